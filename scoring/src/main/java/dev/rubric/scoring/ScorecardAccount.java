package dev.rubric.scoring;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import org.immutables.value.Value;

/**
 * What became of one scorecard given to the {@link Evaluator}: used, with any advice about it, or
 * rejected, with the errors that kept it out.
 */
@Value.Immutable
@ValueStyle
public abstract class ScorecardAccount {
  ScorecardAccount() {}

  /** {@return the scorecard as given} */
  @Value.Parameter
  public abstract Scorecard scorecard();

  /** {@return whether its ratings were used} */
  @Value.Parameter
  public abstract boolean used();

  /**
   * {@return the errors that rejected it, or the advice about a used one, each located in the
   * scorecard}
   */
  @Value.Parameter
  public abstract ImmutableList<Problem> problems();

  @Value.Check
  void check() {
    Checks.checkArgument(
        used() || hasError(),
        "a rejected scorecard needs an error among its problems (%s)",
        problems());
  }

  private boolean hasError() {
    for (Problem p : problems()) {
      if (p.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return an account}
   *
   * @param scorecard what became of one scorecard given to the {@link Evaluator}: used, with any
   *     advice about it, or rejected, with the errors that kept it out
   * @param used whether its ratings were used
   * @param problems the errors that rejected it, or the advice about a used one, each located in
   *     the scorecard
   */
  public static ScorecardAccount of(
      Scorecard scorecard, boolean used, Iterable<? extends Problem> problems) {
    return ImmutableScorecardAccount.of(scorecard, used, problems);
  }
}

package dev.rubric.scoring;

import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import java.util.List;
import org.immutables.value.Value;

/**
 * What became of one scorecard given to the {@link Evaluator}: used, with any advice about it, or
 * rejected, with the errors that kept it out.
 */
@Value.Immutable
@ValueStyle
public abstract class ScorecardAccount {
  ScorecardAccount() {}

  /** The scorecard as given. */
  @Value.Parameter
  public abstract Scorecard scorecard();

  /** Whether its ratings were used. */
  @Value.Parameter
  public abstract boolean used();

  /** The errors that rejected it, or the advice about a used one, each located in the scorecard. */
  @Value.Parameter
  public abstract List<Problem> problems();

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

  /** Returns an account. */
  public static ScorecardAccount of(
      Scorecard scorecard, boolean used, Iterable<? extends Problem> problems) {
    return ImmutableScorecardAccount.of(scorecard, used, problems);
  }
}

package dev.rubric.scoring;

import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.util.Elements;
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
  public abstract List<Problem> problems();

  /**
   * Whether the scorecard is used for calibration only, never in the decision: it comes from a
   * shadow seat ({@link EvaluationProblemCodes#SHADOW_SEAT}). Such a scorecard is not {@link
   * #used()} and needs no error.
   *
   * @return whether it counts in calibration only
   */
  @Value.Default
  public boolean calibrationOnly() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.checkArgument(
        !(used() && calibrationOnly()), "a scorecard is used or calibration-only, not both");
    Checks.checkArgument(
        used() || calibrationOnly() || hasError(),
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
    return ImmutableScorecardAccount.of(scorecard, used, Elements.copyOf(problems, "problems"));
  }

  /**
   * Returns the account of a scorecard used for calibration only (from a shadow seat).
   *
   * @param scorecard the scorecard
   * @param problems the advice about it
   * @return the account
   * @throws NullPointerException if an argument or an element is null
   */
  public static ScorecardAccount calibrationOnly(
      Scorecard scorecard, Iterable<? extends Problem> problems) {
    return ImmutableScorecardAccount.builder()
        .scorecard(scorecard)
        .used(false)
        .addAllProblems(Elements.copyOf(problems, "problems"))
        .calibrationOnly(true)
        .build();
  }
}

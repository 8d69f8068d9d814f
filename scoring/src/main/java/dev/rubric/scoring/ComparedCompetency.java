package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One cell of a {@link CandidateComparison}'s matrix: one candidate's score on one competency of
 * the plan, against the role's target and must-have bar, with a concern mark when the score falls
 * short of either.
 */
@Value.Immutable
@ValueStyle
public abstract class ComparedCompetency {
  ComparedCompetency() {}

  /**
   * The competency.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract String competencyId();

  /**
   * The candidate's score.
   *
   * @return the score; undefined when nobody rated the competency
   */
  @Value.Parameter
  public abstract Coefficient score();

  /**
   * The role's target level for the competency.
   *
   * @return the target, or empty when the role does not require it
   */
  @Value.Parameter
  public abstract OptionalInt target();

  /**
   * The must-have bar.
   *
   * @return the bar, or empty when the competency is not a must-have
   */
  @Value.Parameter
  public abstract OptionalInt bar();

  /**
   * Whether the score is below the target or the bar: a concern to probe.
   *
   * @return true when scored and below the target or the bar
   */
  public boolean concern() {
    if (!score().isDefined()) {
      return false;
    }
    double s = score().value();
    return (target().isPresent() && s < target().getAsInt())
        || (bar().isPresent() && s < bar().getAsInt());
  }

  /**
   * Returns a cell.
   *
   * @param competencyId the competency
   * @param score the score; undefined when nobody rated the competency
   * @param target the role's target, if required
   * @param bar the must-have bar, if any
   * @return the cell
   */
  public static ComparedCompetency of(
      String competencyId, Coefficient score, OptionalInt target, OptionalInt bar) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bar, "bar");
    return ImmutableComparedCompetency.of(competencyId, score, target, bar);
  }
}

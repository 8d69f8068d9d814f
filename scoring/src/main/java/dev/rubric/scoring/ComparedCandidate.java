package dev.rubric.scoring;

import dev.rubric.core.internal.util.Elements;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One candidate in a {@link CandidateComparison}: the decision, the overall score, the must-have
 * bars met and missed, the concerns and one {@link ComparedCompetency} per competency of the plan.
 */
@Value.Immutable
@ValueStyle
public abstract class ComparedCandidate {
  ComparedCandidate() {}

  /**
   * The candidate.
   *
   * @return the candidate id, or empty when the evaluation could name none
   */
  @Value.Parameter
  public abstract Optional<String> candidateId();

  /**
   * The decision's outcome.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * The overall score.
   *
   * @return the weighted score (for information under a conjunctive strategy, as the comparison
   *     orders by it); undefined when nothing is rated
   */
  @Value.Parameter
  public abstract Coefficient score();

  /**
   * The must-have bars met.
   *
   * @return the competency ids, in requirement order
   */
  @Value.Parameter
  public abstract List<String> barsMet();

  /**
   * The must-have bars missed.
   *
   * @return the competency ids, in requirement order
   */
  @Value.Parameter
  public abstract List<String> barsMissed();

  /**
   * The decision's concerns ({@link Decision#concerns()}).
   *
   * @return the concerns
   */
  @Value.Parameter
  public abstract List<Reason> concerns();

  /**
   * One cell per competency of the plan, in plan order.
   *
   * @return the cells
   */
  @Value.Parameter
  public abstract List<ComparedCompetency> competencies();

  /**
   * Returns a compared candidate.
   *
   * @param candidateId the candidate, if named
   * @param outcome the decision's outcome
   * @param score the overall score; undefined when there is none
   * @param barsMet the must-have bars met
   * @param barsMissed the must-have bars missed
   * @param concerns the decision's concerns
   * @param competencies one cell per competency of the plan
   * @return the value
   */
  public static ComparedCandidate of(
      Optional<String> candidateId,
      Outcome outcome,
      Coefficient score,
      Iterable<String> barsMet,
      Iterable<String> barsMissed,
      Iterable<? extends Reason> concerns,
      Iterable<? extends ComparedCompetency> competencies) {
    Objects.requireNonNull(candidateId, "candidateId");
    return ImmutableComparedCandidate.of(
        candidateId,
        outcome,
        score,
        Elements.copyOf(barsMet, "barsMet"),
        Elements.copyOf(barsMissed, "barsMissed"),
        Elements.copyOf(concerns, "concerns"),
        Elements.copyOf(competencies, "competencies"));
  }
}

package dev.rubric.scoring.audit;

import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a selection step did to one candidate: selected or not, the score it gave where it gives
 * one, and the candidate's competency scores for the drill-down. Carries no group membership.
 *
 * @param candidateId the candidate; not blank
 * @param selected whether the step selected the candidate (moved forward, hired)
 * @param score the overall score, when the step scores; finite
 * @param competencyScores competency id to score, each finite; may be empty
 */
public record CandidateOutcome(
    String candidateId,
    boolean selected,
    OptionalDouble score,
    Map<String, Double> competencyScores) {

  /**
   * Checks the components and copies the competency scores in competency id order.
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate (moved forward, hired)
   * @param score the overall score, when the step scores; finite
   * @param competencyScores competency id to score, each finite; may be empty
   */
  public CandidateOutcome {
    Checks.checkNotNull(candidateId, "candidateId");
    Checks.checkNotNull(score, "score");
    Checks.checkNotNull(competencyScores, "competencyScores");
    Checks.checkArgument(!candidateId.isBlank(), "candidateId (%s) must not be blank", candidateId);
    Checks.checkArgument(
        score.isEmpty() || Double.isFinite(score.getAsDouble()),
        "score (%s) of candidate %s must be finite",
        score,
        candidateId);
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : competencyScores.entrySet()) {
      Checks.checkNotNull(e.getKey(), "competencyScores key");
      Checks.checkNotNull(e.getValue(), "competencyScores value");
      Checks.checkArgument(
          Double.isFinite(e.getValue()),
          "competency score (%s) of %s for candidate %s must be finite",
          e.getValue(),
          e.getKey(),
          candidateId);
      copy.put(e.getKey(), e.getValue());
    }
    competencyScores = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return an outcome with a score and no competency scores}
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate (moved forward, hired)
   * @param score the overall score, when the step scores; finite
   */
  public static CandidateOutcome of(String candidateId, boolean selected, double score) {
    return new CandidateOutcome(candidateId, selected, OptionalDouble.of(score), Map.of());
  }

  /**
   * {@return an outcome without a score}
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate (moved forward, hired)
   */
  public static CandidateOutcome of(String candidateId, boolean selected) {
    return new CandidateOutcome(candidateId, selected, OptionalDouble.empty(), Map.of());
  }

  /**
   * {@return the outcomes of evaluations, a candidate counting as selected when the decision is
   * {@link Outcome#HIRE}}
   *
   * @param evaluations the evaluations, one per candidate
   */
  public static List<CandidateOutcome> fromEvaluations(Iterable<Evaluation> evaluations) {
    return fromEvaluations(evaluations, EnumSet.of(Outcome.HIRE));
  }

  /**
   * {@return the outcomes of evaluations: selected when the decision's outcome is in {@code
   * selectedOutcomes}; the score is the overall score and the competency scores are the scored
   * competencies}
   *
   * @param evaluations the evaluations, one per candidate
   * @param selectedOutcomes the decision outcomes that count as selected; not empty
   * @throws IllegalArgumentException when an evaluation names no candidate (its position is given)
   *     or {@code selectedOutcomes} is empty
   */
  public static List<CandidateOutcome> fromEvaluations(
      Iterable<Evaluation> evaluations, Set<Outcome> selectedOutcomes) {
    Checks.checkNotNull(evaluations, "evaluations");
    Checks.checkNotNull(selectedOutcomes, "selectedOutcomes");
    Checks.checkArgument(!selectedOutcomes.isEmpty(), "selectedOutcomes must not be empty");
    List<CandidateOutcome> out = new ArrayList<>();
    int index = 0;
    for (Evaluation e : evaluations) {
      Checks.checkNotNull(e, "evaluations[" + index + "]");
      if (e.candidateId().isEmpty()) {
        throw Checks.illegal("evaluations[%d] names no candidate", index);
      }
      Map<String, Double> competencies = new TreeMap<>();
      for (CompetencyScore s : e.findings().scores().scores()) {
        s.score().ifPresent(v -> competencies.put(s.competencyId(), v));
      }
      out.add(
          new CandidateOutcome(
              e.candidateId().get(),
              selectedOutcomes.contains(e.decision().outcome()),
              e.findings().overall().score(),
              competencies));
      index++;
    }
    return List.copyOf(out);
  }
}

package dev.rubric.scoring.audit;

import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
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
 * one, and the candidate's scores per competency, per stage and per seat for the drill-down.
 * Carries no group membership.
 *
 * @param candidateId the candidate; not blank
 * @param selected whether the step selected the candidate (moved forward, hired)
 * @param score the overall score, when the step scores; finite
 * @param competencyScores competency id to score, each finite; may be empty
 * @param stageScores evaluation stage id to the candidate's score in that stage, each finite; may
 *     be empty
 * @param seatScores panel role (seat) id to the candidate's score from that seat, each finite; may
 *     be empty
 */
public record CandidateOutcome(
    String candidateId,
    boolean selected,
    OptionalDouble score,
    Map<String, Double> competencyScores,
    Map<String, Double> stageScores,
    Map<String, Double> seatScores) {

  /**
   * Checks the components and copies the score maps in id order.
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate (moved forward, hired)
   * @param score the overall score, when the step scores; finite
   * @param competencyScores competency id to score, each finite; may be empty
   * @param stageScores evaluation stage id to the candidate's score in that stage, each finite; may
   *     be empty
   * @param seatScores panel role (seat) id to the candidate's score from that seat, each finite;
   *     may be empty
   * @throws IllegalArgumentException when the id is blank or a score is not finite (the message
   *     names the candidate and the score)
   */
  public CandidateOutcome {
    Checks.checkNotNull(candidateId, "candidateId");
    Checks.checkNotNull(score, "score");
    Checks.checkNotNull(competencyScores, "competencyScores");
    Checks.checkNotNull(stageScores, "stageScores");
    Checks.checkNotNull(seatScores, "seatScores");
    Checks.checkArgument(!candidateId.isBlank(), "candidateId (%s) must not be blank", candidateId);
    Checks.checkArgument(
        score.isEmpty() || Double.isFinite(score.getAsDouble()),
        "score (%s) of candidate %s must be finite",
        score,
        candidateId);
    competencyScores = copy(competencyScores, "competencyScores", "competency", candidateId);
    stageScores = copy(stageScores, "stageScores", "stage", candidateId);
    seatScores = copy(seatScores, "seatScores", "seat", candidateId);
  }

  /**
   * An outcome with competency scores and no stage or seat scores.
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate
   * @param score the overall score, when the step scores; finite
   * @param competencyScores competency id to score, each finite
   * @throws IllegalArgumentException when the id is blank or a score is not finite
   */
  public CandidateOutcome(
      String candidateId,
      boolean selected,
      OptionalDouble score,
      Map<String, Double> competencyScores) {
    this(candidateId, selected, score, competencyScores, Map.of(), Map.of());
  }

  private static Map<String, Double> copy(
      Map<String, Double> scores, String field, String what, String candidateId) {
    Checks.checkNotNull(scores, field);
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      Checks.checkNotNull(e.getKey(), field + " key");
      Checks.checkNotNull(e.getValue(), field + " value");
      Checks.checkArgument(
          Double.isFinite(e.getValue()),
          "%s score (%s) of %s for candidate %s must be finite",
          what,
          e.getValue(),
          e.getKey(),
          candidateId);
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An outcome with a score and no competency, stage or seat scores.
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate
   * @param score the score; finite
   * @return the outcome
   * @throws IllegalArgumentException when the id is blank or the score is not finite
   */
  public static CandidateOutcome of(String candidateId, boolean selected, double score) {
    return new CandidateOutcome(candidateId, selected, OptionalDouble.of(score), Map.of());
  }

  /**
   * An outcome without a score.
   *
   * @param candidateId the candidate; not blank
   * @param selected whether the step selected the candidate
   * @return the outcome
   * @throws IllegalArgumentException when the id is blank
   */
  public static CandidateOutcome of(String candidateId, boolean selected) {
    return new CandidateOutcome(candidateId, selected, OptionalDouble.empty(), Map.of());
  }

  /**
   * The outcomes of evaluations, a candidate counting as selected when the decision is {@link
   * Outcome#HIRE}; seat scores filled, stage scores empty (they need the plan).
   *
   * @param evaluations one evaluation per candidate
   * @return the outcomes, in the evaluations' order
   * @throws IllegalArgumentException when an evaluation names no candidate
   */
  public static List<CandidateOutcome> fromEvaluations(Iterable<Evaluation> evaluations) {
    return fromEvaluations(evaluations, EnumSet.of(Outcome.HIRE));
  }

  /**
   * The outcomes of evaluations: selected when the decision's outcome is in {@code
   * selectedOutcomes}; the score is the overall score, the competency scores are the scored
   * competencies, and each seat's score is the mean rating level on the seat's used scorecards.
   * Stage scores are empty (they need the plan).
   *
   * @param evaluations one evaluation per candidate
   * @param selectedOutcomes the decisions that count as selected; not empty
   * @return the outcomes, in the evaluations' order
   * @throws IllegalArgumentException when an evaluation names no candidate (its position is given)
   *     or {@code selectedOutcomes} is empty
   */
  public static List<CandidateOutcome> fromEvaluations(
      Iterable<Evaluation> evaluations, Set<Outcome> selectedOutcomes) {
    return read(evaluations, null, selectedOutcomes);
  }

  /**
   * The outcomes of evaluations against a plan: as {@link #fromEvaluations(Iterable, Set)}, and
   * each stage's score is the mean rating level on the used scorecards of the stage's seats (a seat
   * in two stages counts in both). A stage or seat without a rating for the candidate has no score.
   *
   * @param evaluations one evaluation per candidate
   * @param plan the plan the scorecards were written against, for its stages
   * @param selectedOutcomes the decisions that count as selected; not empty
   * @return the outcomes, in the evaluations' order
   * @throws IllegalArgumentException when an evaluation names no candidate (its position is given)
   *     or {@code selectedOutcomes} is empty
   */
  public static List<CandidateOutcome> fromEvaluations(
      Iterable<Evaluation> evaluations, InterviewPlan plan, Set<Outcome> selectedOutcomes) {
    Checks.checkNotNull(plan, "plan");
    return read(evaluations, plan, selectedOutcomes);
  }

  private static List<CandidateOutcome> read(
      Iterable<Evaluation> evaluations,
      @org.jspecify.annotations.Nullable InterviewPlan plan,
      Set<Outcome> selectedOutcomes) {
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
        if (s.score().isDefined()) {
          competencies.put(s.competencyId(), s.score().value());
        }
      }
      Map<String, double[]> seats = new TreeMap<>(); // seat -> {sum, count}
      for (Scorecard card : e.used()) {
        double[] sc = seats.computeIfAbsent(card.panelRoleId(), k -> new double[2]);
        for (Rating r : card.ratings()) {
          sc[0] += r.level();
          sc[1]++;
        }
      }
      Map<String, Double> stages = new TreeMap<>();
      if (plan != null) {
        for (EvaluationStage stage : plan.stages()) {
          double sum = 0;
          double n = 0;
          for (String seat : stage.panelRoles()) {
            double[] sc = seats.get(seat);
            if (sc != null) {
              sum += sc[0];
              n += sc[1];
            }
          }
          if (n > 0) {
            stages.put(stage.id(), sum / n);
          }
        }
      }
      Map<String, Double> seatMeans = new TreeMap<>();
      seats.forEach(
          (seat, sc) -> {
            if (sc[1] > 0) {
              seatMeans.put(seat, sc[0] / sc[1]);
            }
          });
      out.add(
          new CandidateOutcome(
              e.candidateId().get(),
              selectedOutcomes.contains(e.decision().outcome()),
              e.findings().overall().score().toOptional(),
              competencies,
              stages,
              seatMeans));
      index++;
    }
    return List.copyOf(out);
  }
}

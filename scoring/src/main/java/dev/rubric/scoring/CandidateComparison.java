package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The candidates of one plan side by side: each one's decision, score, must-have bars met and
 * missed, concerns, and a matrix of competencies by candidate (score against target, concern
 * marks). Candidates are ordered by decision (HIRE, NEEDS_DEBRIEF, NO_HIRE, INCOMPLETE), then by
 * score, highest first (no score last), then by candidate id. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
 * List<Evaluation> evaluations = packets.stream().map(evaluator::evaluate).toList();
 * CandidateComparison comparison = CandidateComparison.of(plan, evaluations);
 * comparison.candidates().get(0).candidateId(); // the strongest candidate
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class CandidateComparison {
  /**
   * Decision first (HIRE, NEEDS_DEBRIEF, NO_HIRE, INCOMPLETE), then score, highest first, then id.
   */
  static final Comparator<ComparedCandidate> ORDER =
      Comparator.comparingInt((ComparedCandidate c) -> rank(c.outcome()))
          .thenComparingDouble(c -> -c.score().orElse(Double.NEGATIVE_INFINITY))
          .thenComparing(c -> c.candidateId().orElse(""));

  CandidateComparison() {}

  /**
   * The plan's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String planId();

  /**
   * The plan's fingerprint, which every evaluation compared shares.
   *
   * @return the fingerprint
   */
  @Value.Parameter
  public abstract String planFingerprint();

  /**
   * The competencies of the matrix: the plan's, in plan order.
   *
   * @return the competency ids
   */
  @Value.Parameter
  public abstract List<String> competencyIds();

  /**
   * The candidates, in the comparison's order (see the class documentation).
   *
   * @return the candidates
   */
  @Value.Parameter
  public abstract List<ComparedCandidate> candidates();

  /**
   * Compares the candidates evaluated against {@code plan}.
   *
   * @param plan the plan every evaluation was made with
   * @param evaluations one evaluation per candidate
   * @return the comparison
   * @throws IllegalArgumentException if an evaluation was made against another plan (its
   *     fingerprint differs), naming the candidate and both fingerprints, or if two evaluations are
   *     of the same candidate (each would be a partial view shown as a candidate of its own),
   *     naming the candidate and both positions
   */
  public static CandidateComparison of(InterviewPlan plan, Iterable<Evaluation> evaluations) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(evaluations, "evaluations");
    List<ComparedCandidate> out = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    int k = 0;
    for (Evaluation e : evaluations) {
      Objects.requireNonNull(e, "evaluations[" + k + "]");
      Checks.checkArgument(
          e.planFingerprint().equals(plan.fingerprint()),
          "evaluations[%s] (candidate %s) was made against plan %s, not %s",
          k,
          e.candidateId().orElse("(none)"),
          e.planFingerprint(),
          plan.fingerprint());
      if (e.candidateId().isPresent()) {
        Integer first = positions.putIfAbsent(e.candidateId().get(), k);
        Checks.checkArgument(
            first == null,
            "evaluations[%s] and evaluations[%s] are both of candidate %s; evaluate each"
                + " candidate's scorecards together, once",
            first,
            k,
            e.candidateId().get());
      }
      out.add(candidate(plan, e));
      k++;
    }
    out.sort(ORDER);
    List<String> ids = new ArrayList<>();
    plan.competencies().forEach(c -> ids.add(c.id()));
    return ImmutableCandidateComparison.of(plan.id(), plan.fingerprint(), ids, out);
  }

  /** The place of {@code outcome} in the comparison: a debrief before a no hire. */
  static int rank(Outcome outcome) {
    return switch (outcome) {
      case HIRE -> 0;
      case NEEDS_DEBRIEF -> 1;
      case NO_HIRE -> 2;
      case INCOMPLETE -> 3;
    };
  }

  private static ComparedCandidate candidate(InterviewPlan plan, Evaluation e) {
    OverallScore overall = e.findings().overall();
    List<String> met = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (BarCheck b : overall.bars()) {
      if (b.isMissed()) {
        missed.add(b.competencyId());
      } else if (b.isMet()) {
        met.add(b.competencyId());
      }
    }
    List<ComparedCompetency> cells = new ArrayList<>();
    for (CompetencyScore s : e.findings().scores().scores()) {
      Optional<CompetencyRequirement> r = plan.profile().requirement(s.competencyId());
      cells.add(
          ComparedCompetency.of(
              s.competencyId(),
              s.score(),
              r.map(q -> OptionalInt.of(q.targetLevel())).orElse(OptionalInt.empty()),
              r.flatMap(CompetencyRequirement::mustHaveBar)
                  .map(OptionalInt::of)
                  .orElse(OptionalInt.empty())));
    }
    Coefficient score = overall.score();
    return ComparedCandidate.of(
        e.candidateId(),
        e.decision().outcome(),
        score,
        met,
        missed,
        e.decision().concerns(),
        cells);
  }

  @Override
  public String toString() {
    return format("CandidateComparison{plan=%s, candidates=%d}", planId(), candidates().size());
  }
}

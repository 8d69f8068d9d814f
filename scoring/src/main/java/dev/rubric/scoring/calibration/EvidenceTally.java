package dev.rubric.scoring.calibration;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.EvaluationProblemCodes;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.EvidenceRules;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.ScorecardAccount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often one interviewer's written evidence drew advice from the {@link EvidenceRules}, over a
 * history of scorecards: the evidence side of calibration. Counts are of ratings; a rating whose
 * evidence is both short and uses a forbidden phrase counts under both, once in {@link #flagged()}.
 *
 * @param interviewerId the interviewer
 * @param ratings how many ratings they gave on used scorecards
 * @param empty ratings with blank evidence ({@code EVIDENCE_EMPTY} or the validator's {@code
 *     MISSING_EVIDENCE})
 * @param tooShort ratings whose evidence is shorter than the minimum ({@code EVIDENCE_TOO_SHORT})
 * @param forbiddenPhrase ratings whose evidence uses a forbidden phrase ({@code
 *     EVIDENCE_FORBIDDEN_PHRASE})
 * @param flagged ratings with at least one of these
 */
public record EvidenceTally(
    String interviewerId, int ratings, int empty, int tooShort, int forbiddenPhrase, int flagged) {
  /**
   * Checks the components.
   *
   * @param interviewerId the interviewer
   * @param ratings how many ratings they gave on used scorecards
   * @param empty ratings with blank evidence ({@code EVIDENCE_EMPTY} or the validator's {@code
   *     MISSING_EVIDENCE})
   * @param tooShort ratings whose evidence is shorter than the minimum ({@code EVIDENCE_TOO_SHORT})
   * @param forbiddenPhrase ratings whose evidence uses a forbidden phrase ({@code
   *     EVIDENCE_FORBIDDEN_PHRASE})
   * @param flagged ratings with at least one of these
   * @throws IllegalArgumentException if a count is negative
   */
  public EvidenceTally {
    Objects.requireNonNull(interviewerId, "interviewerId");
    for (int count : new int[] {ratings, empty, tooShort, forbiddenPhrase, flagged}) {
      if (count < 0) {
        throw new IllegalArgumentException(
            "evidence counts of " + interviewerId + " must be >= 0, not " + count);
      }
    }
  }

  /**
   * The share of ratings with advice about their evidence.
   *
   * @return flagged / ratings, or 0 without ratings
   */
  public double flaggedShare() {
    return ratings == 0 ? 0 : (double) flagged / ratings;
  }

  /**
   * Counts, per interviewer, the evidence advice on the scorecards of {@code history} that an
   * evaluation uses (the same selection as {@link InterviewerCalibration#calibrate}: per candidate,
   * rejected and superseded scorecards left out).
   *
   * @param plan the plan the history was written against; must validate
   * @param history the scorecards
   * @param rules the evidence rules
   * @return one tally per interviewer with a used scorecard, ordered by interviewer id
   * @throws IllegalArgumentException when the plan has validation errors
   */
  public static List<EvidenceTally> perInterviewer(
      InterviewPlan plan, Iterable<Scorecard> history, EvidenceRules rules) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(rules, "rules");
    TreeMap<String, List<Scorecard>> byCandidate = new TreeMap<>();
    int k = 0;
    for (Scorecard c : history) {
      Objects.requireNonNull(c, "history element " + k++);
      byCandidate.computeIfAbsent(c.candidateId(), id -> new ArrayList<>()).add(c);
    }
    PlanEvaluator evaluator = Evaluator.builder().evidence(rules).build().forPlan(plan);
    Map<String, int[]> counts = new TreeMap<>();
    for (Map.Entry<String, List<Scorecard>> e : byCandidate.entrySet()) {
      for (ScorecardAccount a : evaluator.evaluate(e.getKey(), e.getValue()).scorecards()) {
        if (a.used()) {
          count(a, counts.computeIfAbsent(a.scorecard().interviewerId(), id -> new int[5]));
        }
      }
    }
    List<EvidenceTally> out = new ArrayList<>();
    counts.forEach((id, c) -> out.add(new EvidenceTally(id, c[0], c[1], c[2], c[3], c[4])));
    return List.copyOf(out);
  }

  private static void count(ScorecardAccount a, int[] c) {
    c[0] += a.scorecard().ratings().size();
    Set<String> empty = new HashSet<>();
    Set<String> shorter = new HashSet<>();
    Set<String> phrase = new HashSet<>();
    for (Problem p : a.problems()) {
      switch (p.code()) {
        case EvaluationProblemCodes.EVIDENCE_EMPTY, "MISSING_EVIDENCE" -> empty.add(p.path());
        case EvaluationProblemCodes.EVIDENCE_TOO_SHORT -> shorter.add(p.path());
        case EvaluationProblemCodes.EVIDENCE_FORBIDDEN_PHRASE -> phrase.add(p.path());
        default -> {}
      }
    }
    Set<String> any = new HashSet<>(empty);
    any.addAll(shorter);
    any.addAll(phrase);
    c[1] += empty.size();
    c[2] += shorter.size();
    c[3] += phrase.size();
    c[4] += any.size();
  }
}

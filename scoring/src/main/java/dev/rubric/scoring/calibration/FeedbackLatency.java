package dev.rubric.scoring.calibration;

import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How quickly one interviewer writes feedback: over their scorecards that say when the interview
 * took place, the latency {@code submittedAt - interviewedAt}. A scorecard submitted before its
 * interview (one of its times is wrong: {@code SUBMITTED_BEFORE_INTERVIEW}) is not timed.
 *
 * <p>Formulas: the median is the middle latency of the sorted sample, the mean of the two middle
 * ones for an even count (rounded down to the nanosecond); the 90th percentile is the nearest-rank
 * percentile, the latency at rank {@code ceil(0.9 n)} (1-based) of the sorted sample (Hyndman and
 * Fan's definition 1; for n below 10 it is the largest latency). The share overdue is the fraction
 * of scorecards with a deadline (their stage sets {@code feedbackDueWithin}) submitted after it.
 * Degenerate cases: no scorecard with an interview time gives empty median and percentile; no
 * scorecard with a deadline gives an undefined share ({@link UndefinedReason#NO_DEADLINES}).
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, 361-365, doi:10.1080/00031305.1996.10473566.
 *
 * @param interviewerId the interviewer
 * @param scorecardsTimed how many of their used scorecards say when the interview took place
 * @param median the median latency, if any scorecard is timed
 * @param percentile90 the 90th-percentile latency (nearest rank), if any scorecard is timed
 * @param scorecardsWithDeadline how many timed scorecards had a feedback deadline
 * @param shareOverdue the share of those submitted after their deadline; undefined when none had
 *     one
 */
public record FeedbackLatency(
    String interviewerId,
    int scorecardsTimed,
    Optional<Duration> median,
    Optional<Duration> percentile90,
    int scorecardsWithDeadline,
    Coefficient shareOverdue) {

  /**
   * Checks that no component is null.
   *
   * @param interviewerId the interviewer
   * @param scorecardsTimed how many of their used scorecards say when the interview took place
   * @param median the median latency, if any scorecard is timed
   * @param percentile90 the 90th-percentile latency (nearest rank), if any scorecard is timed
   * @param scorecardsWithDeadline how many timed scorecards had a feedback deadline
   * @param shareOverdue the share of those submitted after their deadline; undefined when none had
   *     one
   */
  public FeedbackLatency {
    Objects.requireNonNull(interviewerId, "interviewerId");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(percentile90, "percentile90");
    Objects.requireNonNull(shareOverdue, "shareOverdue");
  }

  /** One figure per interviewer of {@code used}, ordered by interviewer id. */
  static List<FeedbackLatency> of(InterviewPlan plan, List<Scorecard> used) {
    Map<String, List<Duration>> latencies = new TreeMap<>();
    Map<String, int[]> deadlines = new TreeMap<>(); // {with a deadline, late}
    for (Scorecard c : used) {
      List<Duration> mine = latencies.computeIfAbsent(c.interviewerId(), id -> new ArrayList<>());
      int[] late = deadlines.computeIfAbsent(c.interviewerId(), id -> new int[2]);
      // Untimed, as is a scorecard submitted before its interview: one of its times is wrong.
      if (c.interviewedAt().isEmpty() || c.submittedAt().isBefore(c.interviewedAt().get())) {
        continue;
      }
      Duration latency = Duration.between(c.interviewedAt().get(), c.submittedAt());
      mine.add(latency);
      Optional<Duration> within =
          plan.stageOf(c.panelRoleId()).flatMap(EvaluationStage::feedbackDueWithin);
      if (within.isPresent()) {
        late[0]++;
        if (latency.compareTo(within.get()) > 0) {
          late[1]++;
        }
      }
    }
    List<FeedbackLatency> out = new ArrayList<>();
    for (Map.Entry<String, List<Duration>> e : latencies.entrySet()) {
      List<Duration> sorted = new ArrayList<>(e.getValue());
      sorted.sort(null);
      int n = sorted.size();
      int[] late = Objects.requireNonNull(deadlines.get(e.getKey()));
      out.add(
          new FeedbackLatency(
              e.getKey(),
              n,
              n == 0
                  ? Optional.empty()
                  : Optional.of(
                      n % 2 == 1
                          ? sorted.get(n / 2)
                          : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2)),
              n == 0 ? Optional.empty() : Optional.of(sorted.get((int) Math.ceil(0.9 * n) - 1)),
              late[0],
              late[0] == 0
                  ? Coefficient.undefined(
                      UndefinedReason.NO_DEADLINES,
                      "No timed scorecard had a feedback deadline: no stage of the plan sets"
                          + " feedbackDueWithin for its seats.")
                  : Coefficient.of((double) late[1] / late[0])));
    }
    return List.copyOf(out);
  }
}

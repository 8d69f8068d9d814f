package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Many candidates interviewed under one plan: every scorecard is valid against the plan. Seats are
 * staffed by a few interviewers each (an interviewer may staff several seats), so the same
 * interviewers meet many candidates; some candidates were seen by two interviewers in the same seat
 * and some skipped a seat.
 *
 * @param plan the plan every scorecard names
 * @param scorecards the scorecards, candidate by candidate, in seat order
 */
public record History(InterviewPlan plan, List<Scorecard> scorecards) {
  /**
   * Copies the scorecards and checks for nulls.
   *
   * @param plan the plan every scorecard names
   * @param scorecards the scorecards, candidate by candidate, in seat order
   */
  public History {
    requireNonNull(plan, "plan");
    scorecards = Sequences.copyWithoutNulls(scorecards, "scorecards");
  }

  /** {@return the candidates of this history, in id order} */
  public Set<String> candidates() {
    Set<String> ids = new TreeSet<>();
    scorecards.forEach(c -> ids.add(c.candidateId()));
    return ids;
  }

  /** {@return the interviewers of this history, in id order} */
  public Set<String> interviewers() {
    Set<String> ids = new TreeSet<>();
    scorecards.forEach(c -> ids.add(c.interviewerId()));
    return ids;
  }
}

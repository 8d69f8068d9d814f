package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.List;
import java.util.Optional;

/**
 * Everything the panel wrote about one candidate: the plan and one scorecard per seat, each valid
 * against the plan, in seat order; at most one seat may be missing.
 *
 * @param plan the plan every scorecard names
 * @param candidateId the candidate every scorecard is about
 * @param scorecards one scorecard per seat that interviewed, in the plan's seat order
 * @param missingSeat the id of the seat that wrote no scorecard, if any
 */
public record Packet(
    InterviewPlan plan,
    String candidateId,
    List<Scorecard> scorecards,
    Optional<String> missingSeat) {
  /**
   * Copies the scorecards and checks for nulls.
   *
   * @param plan the plan every scorecard names
   * @param candidateId the candidate every scorecard is about
   * @param scorecards one scorecard per seat that interviewed, in the plan's seat order
   * @param missingSeat the id of the seat that wrote no scorecard, if any
   */
  public Packet {
    requireNonNull(plan, "plan");
    requireNonNull(candidateId, "candidateId");
    scorecards = Sequences.copyWithoutNulls(scorecards, "scorecards");
    requireNonNull(missingSeat, "missingSeat");
  }
}

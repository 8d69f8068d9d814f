package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableSortedMap;
import dev.rubric.core.internal.util.Elements;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * How one interviewer rates, over a history of scorecards.
 *
 * @param interviewerId the interviewer
 * @param scorecards how many of their scorecards were used
 * @param ratingCounts how many ratings they gave at each level of the scale (every level listed,
 *     zero included)
 * @param noRecommendationShare the share of their scorecards without an overall recommendation
 * @param adherence the share of their seats' competencies they actually rated, over all their
 *     scorecards (ratings given divided by competencies their seats assess); 1 means they always
 *     rated everything their seat asks for
 * @param leniency their leniency or severity against the rest of their comparable group
 * @param diagnostics central tendency, range restriction and halo, in that order (see {@link
 *     InterviewerCalibration}); descriptions, never flags
 */
public record InterviewerProfile(
    String interviewerId,
    int scorecards,
    SortedMap<Integer, Integer> ratingCounts,
    double noRecommendationShare,
    double adherence,
    Leniency leniency,
    List<Diagnostic> diagnostics) {
  /**
   * Checks that no component is null.
   *
   * @param interviewerId the interviewer
   * @param scorecards how many of their scorecards were used
   * @param ratingCounts how many ratings they gave at each level of the scale (every level listed,
   *     zero included)
   * @param noRecommendationShare the share of their scorecards without an overall recommendation
   * @param adherence the share of their seats' competencies they actually rated, over all their
   *     scorecards (ratings given divided by competencies their seats assess); 1 means they always
   *     rated everything their seat asks for
   * @param leniency their leniency or severity against the rest of their comparable group
   * @param diagnostics central tendency, range restriction and halo, in that order (see {@link
   *     InterviewerCalibration}); descriptions, never flags
   */
  public InterviewerProfile {
    Objects.requireNonNull(interviewerId, "interviewerId");
    Objects.requireNonNull(ratingCounts, "ratingCounts");
    Objects.requireNonNull(leniency, "leniency");
    Objects.requireNonNull(diagnostics, "diagnostics");
    ratingCounts = ImmutableSortedMap.copyOfSorted(ratingCounts);
    diagnostics = Elements.copyOf(diagnostics, "diagnostics");
  }
}

package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import dev.rubric.scoring.agreement.IccEstimate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Panel sizing for one competency: how reliable one interviewer's rating is, and how many
 * interviewers a panel needs for its mean to reach a target reliability.
 *
 * @param competencyId the competency
 * @param units the candidates rated by at least two interviewers on it (the ICCs rest on these)
 * @param icc11 ICC(1,1) with its 95% interval: the reliability of one rating when each candidate
 *     has their own interviewers
 * @param icc21 ICC(2,1) with its 95% interval, absolute agreement; the two ratings of a candidate
 *     are taken in interviewer-id order, so its rater term is the difference between those
 *     positions, not between fixed people
 * @param meanReliability the Spearman-Brown reliability of the mean of {@code k} interviewers for
 *     {@code k = 1..6} (index {@code k - 1}), from ICC(1,1); empty when ICC(1,1) is undefined or
 *     negative, where the step-up has a pole at {@code k = 1 - 1 / rho} and gives no reliability
 * @param needed for each target reliability, the interviewers needed
 */
public record CompetencyReliability(
    String competencyId,
    long units,
    IccEstimate icc11,
    IccEstimate icc21,
    List<Double> meanReliability,
    List<Target> needed) {
  /**
   * Checks that no component is null.
   *
   * @param competencyId the competency
   * @param units the candidates rated by at least two interviewers on it (the ICCs rest on these)
   * @param icc11 ICC(1,1) with its 95% interval: the reliability of one rating when each candidate
   *     has their own interviewers
   * @param icc21 ICC(2,1) with its 95% interval, absolute agreement; the two ratings of a candidate
   *     are taken in interviewer-id order, so its rater term is the difference between those
   *     positions, not between fixed people
   * @param meanReliability the Spearman-Brown reliability of the mean of {@code k} interviewers for
   *     {@code k = 1..6} (index {@code k - 1}), from ICC(1,1); empty when ICC(1,1) is undefined or
   *     negative, where the step-up has a pole at {@code k = 1 - 1 / rho} and gives no reliability
   * @param needed for each target reliability, the interviewers needed
   */
  public CompetencyReliability {
    Objects.requireNonNull(competencyId, "competencyId");
    Objects.requireNonNull(icc11, "icc11");
    Objects.requireNonNull(icc21, "icc21");
    Objects.requireNonNull(meanReliability, "meanReliability");
    Objects.requireNonNull(needed, "needed");
    meanReliability = ImmutableList.copyOf(meanReliability);
    needed = ImmutableList.copyOf(needed);
  }

  /**
   * A target reliability and the smallest number of interviewers whose mean rating reaches it.
   *
   * @param reliability the target, for example 0.8
   * @param interviewers {@code ceil(R (1 - rho) / (rho (1 - R)))}, at least 1; empty when ICC(1,1)
   *     is undefined or not positive (no panel size reaches it)
   */
  public record Target(double reliability, OptionalInt interviewers) {
    /**
     * Checks that no component is null.
     *
     * @param reliability the target, for example 0.8
     * @param interviewers {@code ceil(R (1 - rho) / (rho (1 - R)))}, at least 1; empty when
     *     ICC(1,1) is undefined or not positive (no panel size reaches it)
     */
    public Target {
      Objects.requireNonNull(interviewers, "interviewers");
    }
  }
}

package dev.rubric.scoring.calibration;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Objects;

/**
 * The leniency part of a calibration, from a fit ({@link InterviewerCalibration#estimate}): one
 * {@link Leniency} per interviewer index with its test, shrinkage and flag, and the figures of the
 * fit they rest on. The same figures as the {@link CalibrationReport} of {@link
 * InterviewerCalibration#calibrate} for the same ratings when they come with the halo sums ({@link
 * LeniencyHalo}); without them, the standard errors treat every rating as independent.
 *
 * @param interviewers the leniency of interviewer {@code i} at position {@code i}
 * @param groups the number of comparable groups
 * @param residualVariance {@code s^2 = RSS / df}; undefined ({@link
 *     UndefinedReason#NO_RESIDUAL_DEGREES_OF_FREEDOM}) without residual degrees of freedom
 * @param degreesOfFreedom the residual degrees of freedom {@code df}
 * @param tauSquared the between-interviewer variance of the shrinkage
 */
public record LeniencyEstimates(
    List<Leniency> interviewers,
    int groups,
    Coefficient residualVariance,
    long degreesOfFreedom,
    double tauSquared) {
  /**
   * Copies the list and checks it for nulls.
   *
   * @param interviewers the leniency of interviewer {@code i} at position {@code i}
   * @param groups the number of comparable groups
   * @param residualVariance {@code s^2 = RSS / df}; undefined ({@link
   *     UndefinedReason#NO_RESIDUAL_DEGREES_OF_FREEDOM}) without residual degrees of freedom
   * @param degreesOfFreedom the residual degrees of freedom {@code df}
   * @param tauSquared the between-interviewer variance of the shrinkage
   */
  public LeniencyEstimates {
    Objects.requireNonNull(interviewers, "interviewers");
    for (int i = 0; i < interviewers.size(); i++) {
      Objects.requireNonNull(interviewers.get(i), "interviewers[" + i + "]");
    }
    interviewers = List.copyOf(interviewers);
    Objects.requireNonNull(residualVariance, "residualVariance");
  }
}

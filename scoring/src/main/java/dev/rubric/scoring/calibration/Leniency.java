package dev.rubric.scoring.calibration;

import java.util.Objects;

/**
 * One interviewer's leniency (positive) or severity (negative), in levels of the plan's scale,
 * against the other interviewers of their comparable group.
 *
 * @param comparisons the number of candidate-competency units this interviewer shared with at least
 *     one other interviewer
 * @param group the comparable group (1, 2, ...): interviewers linked by shared candidates, directly
 *     or through others; offsets compare only within one group; 0 when the interviewer shared no
 *     unit with anyone
 * @param rawDifference the mean signed difference between their rating and the other interviewers'
 *     mean rating on the same unit; NaN when there is no comparison
 * @param offset their effect in the fitted additive model, centred so that the offsets of their
 *     group sum to zero (see {@link InterviewerCalibration}); NaN without comparisons
 * @param standardError the standard error of {@code offset} from the fitted model: {@code sqrt(s^2
 *     C^+_ii)}; NaN without comparisons or residual degrees of freedom
 * @param z {@code offset / standardError}; NaN when either is undefined, infinite when the standard
 *     error is zero and the offset is not
 * @param pValue the two-sided p-value of {@code z} on the fit's residual degrees of freedom
 *     (Student's t); NaN when the interviewer was not tested
 * @param adjustedPValue {@code pValue} adjusted for the number of interviewers tested (see {@link
 *     Multiplicity}); NaN when not tested
 * @param shrunkOffset {@code offset} shrunk toward zero in proportion to its uncertainty; zero when
 *     the evidence is too thin; this is the correction an aggregator subtracts
 * @param flag what the evidence says
 */
public record Leniency(
    int comparisons,
    int group,
    double rawDifference,
    double offset,
    double standardError,
    double z,
    double pValue,
    double adjustedPValue,
    double shrunkOffset,
    LeniencyFlag flag) {
  /**
   * Checks that the flag is not null.
   *
   * @param comparisons the number of candidate-competency units this interviewer shared with at
   *     least one other interviewer
   * @param group the comparable group (1, 2, ...): interviewers linked by shared candidates,
   *     directly or through others; offsets compare only within one group; 0 when the interviewer
   *     shared no unit with anyone
   * @param rawDifference the mean signed difference between their rating and the other
   *     interviewers' mean rating on the same unit; NaN when there is no comparison
   * @param offset their effect in the fitted additive model, centred so that the offsets of their
   *     group sum to zero (see {@link InterviewerCalibration}); NaN without comparisons
   * @param standardError the standard error of {@code offset} from the fitted model: {@code
   *     sqrt(s^2 C^+_ii)}; NaN without comparisons or residual degrees of freedom
   * @param z {@code offset / standardError}; NaN when either is undefined, infinite when the
   *     standard error is zero and the offset is not
   * @param pValue the two-sided p-value of {@code z} on the fit's residual degrees of freedom
   *     (Student's t); NaN when the interviewer was not tested
   * @param adjustedPValue {@code pValue} adjusted for the number of interviewers tested (see {@link
   *     Multiplicity}); NaN when not tested
   * @param shrunkOffset {@code offset} shrunk toward zero in proportion to its uncertainty; zero
   *     when the evidence is too thin; this is the correction an aggregator subtracts
   * @param flag what the evidence says
   */
  public Leniency {
    Objects.requireNonNull(flag, "flag");
  }
}

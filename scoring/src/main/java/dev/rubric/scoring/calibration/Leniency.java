package dev.rubric.scoring.calibration;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.Objects;

/**
 * One interviewer's leniency (positive) or severity (negative), in the values of the plan's scale
 * (on a scale of consecutive values, levels), against the other interviewers of their comparable
 * group.
 *
 * <p>Every figure the history may fail to define is a {@link Coefficient}: undefined with {@link
 * UndefinedReason#NO_COMPARISONS} when the interviewer shared no unit with anyone, with {@link
 * UndefinedReason#NO_RESIDUAL_DEGREES_OF_FREEDOM} when the fit has no residual degrees of freedom
 * (standard error, z, p-values), with {@link UndefinedReason#NO_VARIANCE} for z when the standard
 * error is zero and the offset is not (z is unbounded; the p-value is then 0), and with {@link
 * UndefinedReason#NOT_TESTED} for the p-values of an interviewer with too few comparisons, and of
 * everyone when the scorecards leave no degrees of freedom (one candidate, for example: one
 * impression of one candidate cannot be told from a habit).
 *
 * <p>The standard error is zero when the model fits every rating exactly: a residual sum of squares
 * of at most 1e-20 times the data's own sum of squares (every rating's squared level) is the
 * rounding of the computation and counts as zero (see {@link InterviewerCalibration}), so data
 * where interviewers are a whole number of levels apart always take the {@code NO_VARIANCE} path,
 * whatever the number of candidates.
 *
 * @param comparisons the number of candidate-competency units this interviewer shared with at least
 *     one other interviewer
 * @param group the comparable group (1, 2, ...): interviewers linked by shared candidates, directly
 *     or through others; offsets compare only within one group; 0 when the interviewer shared no
 *     unit with anyone
 * @param rawDifference the mean signed difference between their rating and the other interviewers'
 *     mean rating on the same unit; undefined when there is no comparison
 * @param offset their effect in the fitted additive model against the typical interviewer of their
 *     group: the Huber location of the group's offsets, which is their mean when they all lie
 *     within the calibration's minimum offset of it, so that the group's offsets then sum to zero
 *     (see {@link InterviewerCalibration}); undefined without comparisons
 * @param standardError the standard error of {@code offset} from the fitted model: {@code sqrt(s^2
 *     C^+_ii)} against the mean, {@code sqrt((e_i - c)' Var(b) (e_i - c))} against a location that
 *     moves with the offsets by {@code c}; undefined without comparisons or residual degrees of
 *     freedom
 * @param z {@code offset / standardError}; undefined when either is undefined or when the standard
 *     error is zero and the offset is not (z = 0 when both are zero)
 * @param pValue the two-sided p-value of {@code z} on the fit's residual degrees of freedom
 *     (Student's t); undefined when the interviewer was not tested
 * @param adjustedPValue {@code pValue} adjusted for the number of interviewers tested (see {@link
 *     Multiplicity}); undefined when not tested
 * @param shrunkOffset {@code offset} shrunk toward zero in proportion to its uncertainty; zero when
 *     the evidence is too thin; this is the correction an aggregator subtracts
 * @param flag what the evidence says
 */
public record Leniency(
    int comparisons,
    int group,
    Coefficient rawDifference,
    Coefficient offset,
    Coefficient standardError,
    Coefficient z,
    Coefficient pValue,
    Coefficient adjustedPValue,
    double shrunkOffset,
    LeniencyFlag flag) {
  /**
   * Checks that no component is null and that the shrunk offset is finite.
   *
   * @param comparisons the number of candidate-competency units this interviewer shared with at
   *     least one other interviewer
   * @param group the comparable group (1, 2, ...): interviewers linked by shared candidates,
   *     directly or through others; offsets compare only within one group; 0 when the interviewer
   *     shared no unit with anyone
   * @param rawDifference the mean signed difference between their rating and the other
   *     interviewers' mean rating on the same unit; undefined when there is no comparison
   * @param offset their effect in the fitted additive model against the typical interviewer of
   *     their group: the Huber location of the group's offsets, which is their mean when they all
   *     lie within the calibration's minimum offset of it (see {@link InterviewerCalibration});
   *     undefined without comparisons
   * @param standardError the standard error of {@code offset} from the fitted model: {@code
   *     sqrt(s^2 C^+_ii)} against the mean, {@code sqrt((e_i - c)' Var(b) (e_i - c))} against a
   *     location that moves with the offsets by {@code c}; undefined without comparisons or
   *     residual degrees of freedom
   * @param z {@code offset / standardError}; undefined when either is undefined or when the
   *     standard error is zero and the offset is not
   * @param pValue the two-sided p-value of {@code z} on the fit's residual degrees of freedom
   *     (Student's t); undefined when the interviewer was not tested
   * @param adjustedPValue {@code pValue} adjusted for the number of interviewers tested (see {@link
   *     Multiplicity}); undefined when not tested
   * @param shrunkOffset {@code offset} shrunk toward zero in proportion to its uncertainty; zero
   *     when the evidence is too thin; this is the correction an aggregator subtracts
   * @param flag what the evidence says
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code shrunkOffset} is not finite
   */
  public Leniency {
    Objects.requireNonNull(rawDifference, "rawDifference");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(standardError, "standardError");
    Objects.requireNonNull(z, "z");
    Objects.requireNonNull(pValue, "pValue");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    Objects.requireNonNull(flag, "flag");
    if (!Double.isFinite(shrunkOffset)) {
      throw new IllegalArgumentException("shrunkOffset (" + shrunkOffset + ") must be finite");
    }
  }
}

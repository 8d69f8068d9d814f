package dev.rubric.scoring.calibration;

import java.util.Objects;

/**
 * One interviewer's leniency (positive) or severity (negative), in levels of the plan's scale.
 *
 * @param comparisons the number of candidate-competency units this interviewer shared with at least
 *     one other interviewer
 * @param rawDifference the mean signed difference between their rating and the other interviewers'
 *     mean rating on the same unit; NaN when there is no comparison
 * @param offset the same difference once the other interviewers' own offsets are taken out and
 *     centred on the panel average (see {@link InterviewerCalibration}); NaN without comparisons
 * @param standardError the standard error of {@code offset}: the sample standard deviation of the
 *     adjusted differences divided by the square root of {@code comparisons}; NaN with fewer than
 *     two comparisons
 * @param shrunkOffset {@code offset} shrunk toward zero in proportion to its uncertainty; zero when
 *     the evidence is too thin; this is the correction an aggregator subtracts
 * @param flag what the evidence says
 */
public record Leniency(
    int comparisons,
    double rawDifference,
    double offset,
    double standardError,
    double shrunkOffset,
    LeniencyFlag flag) {
  /** Checks that the flag is not null. */
  public Leniency {
    Objects.requireNonNull(flag, "flag");
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One intraclass correlation with its F test and 95% confidence interval.
 *
 * @param form the Shrout and Fleiss form
 * @param value the correlation, or undefined
 * @param test the F test; empty when the value is undefined
 * @param interval the 95% interval; empty when the value is undefined or the bounds are not finite
 *     (for example no residual variance)
 */
public record IccEstimate(
    IccForm form, Coefficient value, Optional<FTest> test, Optional<ConfidenceInterval> interval) {

  /**
   * Checks for nulls.
   *
   * @param form the Shrout and Fleiss form
   * @param value the correlation, or undefined
   * @param test the F test; empty when the value is undefined
   * @param interval the 95% interval; empty when the value is undefined or the bounds are not
   *     finite (for example no residual variance)
   */
  public IccEstimate {
    requireNonNull(form, "form");
    requireNonNull(value, "value");
    requireNonNull(test, "test");
    requireNonNull(interval, "interval");
  }
}

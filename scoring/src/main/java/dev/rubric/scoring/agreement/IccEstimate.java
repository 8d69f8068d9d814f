package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One intraclass correlation with its F test and 95% confidence interval.
 *
 * @param form the Shrout and Fleiss form
 * @param value the correlation, or undefined
 * @param test the F test; empty when the value is undefined. A defined value may carry a test whose
 *     {@link FTest#f() f} (and {@link FTest#pValue() pValue}) are undefined: ICC(2,1) and ICC(2,k)
 *     when the raters differ but the targets and the residual do not (0/0), or any form under
 *     perfect agreement (an infinite F, with p = 0)
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
   * @param test the F test; empty when the value is undefined; its figures may be undefined (see
   *     {@link FTest})
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

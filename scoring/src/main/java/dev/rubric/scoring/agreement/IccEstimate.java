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
 * @param interval the 95% interval; empty when the value is undefined or the bounds are not finite.
 *     For a defined value that is ICC(2,1) or ICC(2,k) whose Satterthwaite degrees of freedom are 0
 *     or undefined, as when the targets do not differ ({@code {{2, 5}, {5, 2}}}: ICC(2,k) = 2 with
 *     no interval). A residual mean square of 0 does not empty it: under perfect agreement the
 *     intervals are [1, 1], and with rater differences among differing targets ICC(2,1) keeps a
 *     finite limit. ICC(2,k)'s interval is the Spearman-Brown step-up of ICC(2,1)'s and is empty
 *     when ICC(2,1)'s interval holds the step-up's pole {@code -1 / (k - 1)}: stepped up, it is
 *     unbounded below ({@code {{2, 2, 2}, {2, 1, 1}, {1, 2, 2}}}: ICC(2,1) = 0 in [-0.83, 0.95],
 *     ICC(2,k) = 0 with no interval, where psych::ICC prints [3.78, 0.98]). A given interval has
 *     {@code lower <= upper}, and a single-rater form's bounds are at most 1
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
   *     finite (for example when the targets do not differ; see the record's description)
   */
  public IccEstimate {
    requireNonNull(form, "form");
    requireNonNull(value, "value");
    requireNonNull(test, "test");
    requireNonNull(interval, "interval");
  }
}

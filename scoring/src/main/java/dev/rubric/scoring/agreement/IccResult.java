package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.internal.util.Elements;
import java.util.List;

/**
 * The six intraclass correlations with the two-way analysis of variance they come from.
 *
 * <p><b>Formula.</b> With {@code n} complete targets, {@code k} raters, {@code x_ij} the rating of
 * target {@code i} by rater {@code j}, {@code G} the grand sum, {@code R_i} the target sums and
 * {@code C_j} the rater sums: {@code SS_total = sum x^2 - G^2 / (nk)}, {@code SS_targets = sum
 * R_i^2 / k - G^2 / (nk)}, {@code SS_raters = sum C_j^2 / n - G^2 / (nk)} and {@code SS_error =
 * SS_total - SS_targets - SS_raters}; each mean square divides its sum of squares by its degrees of
 * freedom as listed below (Shrout and Fleiss 1979, table 2; McGraw and Wong 1996). The sums of
 * squares are formed exactly from integer sums, so a mean square that is 0 in exact arithmetic is
 * exactly 0.
 *
 * <p><b>Edges.</b> The mean squares are {@link Coefficient}s: a defined one is finite and {@code >=
 * 0}. With fewer than two complete targets or fewer than two raters a degree of freedom is 0, so
 * all four are undefined, with the same reason and sentence as every estimate (for example {@link
 * UndefinedReason#TOO_FEW_UNITS}, {@link UndefinedReason#NO_UNITS} or {@link
 * UndefinedReason#ONE_RATER}). A mean square of 0 is defined: it is what makes an F test infinite
 * or 0/0 (see {@link FTest}).
 *
 * <p><b>Sources.</b> Shrout, P. E. and Fleiss, J. L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin 86(2), 420-428.
 * doi:10.1037/0033-2909.86.2.420. McGraw, K. O. and Wong, S. P. (1996). Forming inferences about
 * some intraclass correlation coefficients. Psychological Methods 1(1), 30-46.
 * doi:10.1037/1082-989X.1.1.30.
 *
 * @param targets complete targets (units) used
 * @param droppedTargets targets removed listwise because a rating was missing
 * @param raters judges {@code k}
 * @param betweenTargetsMeanSquare {@code BMS = SS_targets / (n - 1)}; undefined when the data are
 *     too small
 * @param withinTargetsMeanSquare {@code WMS = (SS_total - SS_targets) / (n (k - 1))}; undefined
 *     when the data are too small
 * @param betweenRatersMeanSquare {@code JMS = SS_raters / (k - 1)}; undefined when the data are too
 *     small
 * @param errorMeanSquare {@code EMS = SS_error / ((n - 1)(k - 1))}; undefined when the data are too
 *     small
 * @param estimates the six forms in the order of {@link IccForm}
 */
public record IccResult(
    long targets,
    long droppedTargets,
    int raters,
    Coefficient betweenTargetsMeanSquare,
    Coefficient withinTargetsMeanSquare,
    Coefficient betweenRatersMeanSquare,
    Coefficient errorMeanSquare,
    List<IccEstimate> estimates) {

  /**
   * Checks for nulls, that a defined mean square is {@code >= 0}, and copies the estimates,
   * checking that there is one per form, in order.
   *
   * @param targets complete targets (units) used
   * @param droppedTargets targets removed listwise because a rating was missing
   * @param raters judges {@code k}
   * @param betweenTargetsMeanSquare {@code BMS = SS_targets / (n - 1)}; undefined when the data are
   *     too small
   * @param withinTargetsMeanSquare {@code WMS = (SS_total - SS_targets) / (n (k - 1))}; undefined
   *     when the data are too small
   * @param betweenRatersMeanSquare {@code JMS = SS_raters / (k - 1)}; undefined when the data are
   *     too small
   * @param errorMeanSquare {@code EMS = SS_error / ((n - 1)(k - 1))}; undefined when the data are
   *     too small
   * @param estimates the six forms in the order of {@link IccForm}
   * @throws IllegalArgumentException if a defined mean square is negative, or the estimates are not
   *     one per form in the order of {@link IccForm}
   */
  public IccResult {
    meanSquare(betweenTargetsMeanSquare, "betweenTargetsMeanSquare");
    meanSquare(withinTargetsMeanSquare, "withinTargetsMeanSquare");
    meanSquare(betweenRatersMeanSquare, "betweenRatersMeanSquare");
    meanSquare(errorMeanSquare, "errorMeanSquare");
    estimates = Elements.copyOf(estimates, "estimates");
    Checks.checkArgument(
        estimates.size() == IccForm.values().length,
        "estimates (%s) must hold one per form",
        estimates.size());
    for (int i = 0; i < estimates.size(); i++) {
      Checks.checkArgument(
          estimates.get(i).form().ordinal() == i, "estimates must follow the order of IccForm");
    }
  }

  /**
   * {@return the estimate of {@code form}}
   *
   * @param form the Shrout and Fleiss form
   */
  public IccEstimate get(IccForm form) {
    return estimates.get(requireNonNull(form, "form").ordinal());
  }

  private static void meanSquare(Coefficient value, String name) {
    requireNonNull(value, name);
    double v = value.orElse(0);
    Checks.checkArgument(v >= 0, "%s (%s) must be >= 0", name, v);
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The six intraclass correlations with the two-way analysis of variance they come from. Mean
 * squares are {@code NaN} only when the data are too small to define them (fewer than two complete
 * targets or raters), and then every estimate is undefined with a reason.
 *
 * @param targets complete targets (units) used
 * @param droppedTargets targets removed listwise because a rating was missing
 * @param raters judges {@code k}
 * @param betweenTargetsMeanSquare {@code BMS = SS_targets / (n - 1)}
 * @param withinTargetsMeanSquare {@code WMS = (SS_total - SS_targets) / (n (k - 1))}
 * @param betweenRatersMeanSquare {@code JMS = SS_raters / (k - 1)}
 * @param errorMeanSquare {@code EMS = SS_error / ((n - 1)(k - 1))}
 * @param estimates the six forms in the order of {@link IccForm}
 */
public record IccResult(
    long targets,
    long droppedTargets,
    int raters,
    double betweenTargetsMeanSquare,
    double withinTargetsMeanSquare,
    double betweenRatersMeanSquare,
    double errorMeanSquare,
    List<IccEstimate> estimates) {

  /**
   * Copies the estimates and checks that there is one per form, in order.
   *
   * @param targets complete targets (units) used
   * @param droppedTargets targets removed listwise because a rating was missing
   * @param raters judges {@code k}
   * @param betweenTargetsMeanSquare {@code BMS = SS_targets / (n - 1)}
   * @param withinTargetsMeanSquare {@code WMS = (SS_total - SS_targets) / (n (k - 1))}
   * @param betweenRatersMeanSquare {@code JMS = SS_raters / (k - 1)}
   * @param errorMeanSquare {@code EMS = SS_error / ((n - 1)(k - 1))}
   * @param estimates the six forms in the order of {@link IccForm}
   */
  public IccResult {
    estimates = List.copyOf(estimates);
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
}

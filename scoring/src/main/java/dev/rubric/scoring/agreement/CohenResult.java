package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * Cohen's kappa with the figures it was computed from. For weighted kappa the agreements use the
 * agreement weights {@code 1 - w_ij}.
 *
 * @param weights the weighting
 * @param kappa {@code (p_o - p_e) / (1 - p_e)}, or undefined
 * @param units every unit added
 * @param pairedUnits units rated by both raters, the only ones that count
 * @param categories distinct values among paired ratings
 * @param observedAgreement {@code p_o}; {@code NaN} exactly when no unit is paired (kappa undefined
 *     with {@link UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS} or {@link
 *     UndefinedReason#NO_PAIRABLE_UNITS}); 1 for {@link UndefinedReason#ONE_CATEGORY_ONLY}
 * @param expectedAgreement {@code p_e}; {@code NaN} exactly when no unit is paired (kappa undefined
 *     with {@link UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS} or {@link
 *     UndefinedReason#NO_PAIRABLE_UNITS}); 1 for {@link UndefinedReason#ONE_CATEGORY_ONLY}
 */
public record CohenResult(
    KappaWeights weights,
    Coefficient kappa,
    long units,
    long pairedUnits,
    int categories,
    double observedAgreement,
    double expectedAgreement) {

  /**
   * Checks for nulls.
   *
   * @param weights the weighting
   * @param kappa {@code (p_o - p_e) / (1 - p_e)}, or undefined
   * @param units every unit added
   * @param pairedUnits units rated by both raters, the only ones that count
   * @param categories distinct values among paired ratings
   * @param observedAgreement {@code p_o}; {@code NaN} exactly when no unit is paired (kappa
   *     undefined with {@link UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS} or
   *     {@link UndefinedReason#NO_PAIRABLE_UNITS}); 1 for {@link UndefinedReason#ONE_CATEGORY_ONLY}
   * @param expectedAgreement {@code p_e}; {@code NaN} exactly when no unit is paired (kappa
   *     undefined with {@link UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS} or
   *     {@link UndefinedReason#NO_PAIRABLE_UNITS}); 1 for {@link UndefinedReason#ONE_CATEGORY_ONLY}
   */
  public CohenResult {
    requireNonNull(weights, "weights");
    requireNonNull(kappa, "kappa");
  }

  /** {@return units dropped because one rater (or both) gave no rating} */
  public long droppedUnits() {
    return units - pairedUnits;
  }
}

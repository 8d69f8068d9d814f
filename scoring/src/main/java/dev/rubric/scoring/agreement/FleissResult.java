package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * Fleiss' kappa with the figures it was computed from.
 *
 * @param kappa {@code (P - P_e) / (1 - P_e)}, or undefined
 * @param units the units added
 * @param ratingsPerUnit {@code n}, the ratings every unit carries; 0 when units differ
 * @param categories distinct values rated
 * @param observedAgreement {@code P}, the mean proportion of agreeing rater pairs per unit; {@code
 *     NaN} exactly when kappa is undefined for a reason other than {@link
 *     UndefinedReason#ONE_CATEGORY_ONLY} (no unit has two ratings, or units carry different numbers
 *     of ratings); 1 for {@code ONE_CATEGORY_ONLY}
 * @param expectedAgreement {@code P_e = sum_j p_j^2}; {@code NaN} exactly when {@code
 *     observedAgreement} is; 1 for {@code ONE_CATEGORY_ONLY}
 */
public record FleissResult(
    Coefficient kappa,
    long units,
    int ratingsPerUnit,
    int categories,
    double observedAgreement,
    double expectedAgreement) {

  /**
   * Checks for nulls.
   *
   * @param kappa {@code (P - P_e) / (1 - P_e)}, or undefined
   * @param units the units added
   * @param ratingsPerUnit {@code n}, the ratings every unit carries; 0 when units differ
   * @param categories distinct values rated
   * @param observedAgreement {@code P}, the mean proportion of agreeing rater pairs per unit;
   *     {@code NaN} exactly when kappa is undefined for a reason other than {@link
   *     UndefinedReason#ONE_CATEGORY_ONLY} (no unit has two ratings, or units carry different
   *     numbers of ratings); 1 for {@code ONE_CATEGORY_ONLY}
   * @param expectedAgreement {@code P_e = sum_j p_j^2}; {@code NaN} exactly when {@code
   *     observedAgreement} is; 1 for {@code ONE_CATEGORY_ONLY}
   */
  public FleissResult {
    requireNonNull(kappa, "kappa");
  }
}

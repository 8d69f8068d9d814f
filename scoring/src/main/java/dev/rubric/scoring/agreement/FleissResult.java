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
 *     NaN} only when kappa is undefined because the data are not complete
 * @param expectedAgreement {@code P_e = sum_j p_j^2}; {@code NaN} only when kappa is undefined
 *     because the data are not complete
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
   *     {@code NaN} only when kappa is undefined because the data are not complete
   * @param expectedAgreement {@code P_e = sum_j p_j^2}; {@code NaN} only when kappa is undefined
   *     because the data are not complete
   */
  public FleissResult {
    requireNonNull(kappa, "kappa");
  }
}

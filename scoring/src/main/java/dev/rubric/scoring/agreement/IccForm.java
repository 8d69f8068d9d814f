package dev.rubric.scoring.agreement;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979), named {@code ICC(model, unit)}:
 * model 1 is one-way random (each target rated by different judges), model 2 two-way random (judges
 * a sample, absolute agreement), model 3 two-way mixed (these judges only, consistency); unit 1 is
 * the reliability of one judge's rating, unit k of the mean of k judges' ratings.
 */
public enum IccForm {
  /** One-way random, single rating: {@code (BMS - WMS) / (BMS + (k - 1) WMS)}. */
  ICC_1_1,
  /**
   * Two-way random, absolute agreement, single rating: {@code (BMS - EMS) / (BMS + (k - 1) EMS + k
   * (JMS - EMS) / n)}.
   */
  ICC_2_1,
  /** Two-way mixed, consistency, single rating: {@code (BMS - EMS) / (BMS + (k - 1) EMS)}. */
  ICC_3_1,
  /** One-way random, mean of k ratings: {@code (BMS - WMS) / BMS}. */
  ICC_1_K,
  /**
   * Two-way random, absolute agreement, mean of k: {@code (BMS - EMS) / (BMS + (JMS - EMS) / n)}.
   */
  ICC_2_K,
  /** Two-way mixed, consistency, mean of k (Cronbach's alpha): {@code (BMS - EMS) / BMS}. */
  ICC_3_K
}

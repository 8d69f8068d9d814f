package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * Krippendorff's alpha with the figures it was computed from.
 *
 * @param level the level of measurement
 * @param alpha {@code 1 - D_o / D_e}, or undefined
 * @param units every unit added, pairable or not
 * @param pairableUnits units with at least two ratings, the only ones that count
 * @param pairableValues {@code n}, the ratings in pairable units
 * @param raters the longest ratings array added (rater columns)
 * @param categories distinct values among the pairable values
 * @param observedDisagreement {@code D_o = (1/n) sum_c sum_k o_ck delta_ck}; {@code NaN} exactly
 *     when alpha is undefined for a reason other than {@link UndefinedReason#ONE_CATEGORY_ONLY} (no
 *     unit has two ratings, or a negative value at the ratio level); 0 for {@code
 *     ONE_CATEGORY_ONLY}
 * @param expectedDisagreement {@code D_e = 1/(n(n-1)) sum_c sum_k n_c n_k delta_ck}; {@code NaN}
 *     exactly when {@code observedDisagreement} is; 0 for {@code ONE_CATEGORY_ONLY}
 */
public record AlphaResult(
    AlphaLevel level,
    Coefficient alpha,
    long units,
    long pairableUnits,
    long pairableValues,
    int raters,
    int categories,
    double observedDisagreement,
    double expectedDisagreement) {

  /**
   * Checks for nulls.
   *
   * @param level the level of measurement
   * @param alpha {@code 1 - D_o / D_e}, or undefined
   * @param units every unit added, pairable or not
   * @param pairableUnits units with at least two ratings, the only ones that count
   * @param pairableValues {@code n}, the ratings in pairable units
   * @param raters the longest ratings array added (rater columns)
   * @param categories distinct values among the pairable values
   * @param observedDisagreement {@code D_o = (1/n) sum_c sum_k o_ck delta_ck}; {@code NaN} exactly
   *     when alpha is undefined for a reason other than {@link UndefinedReason#ONE_CATEGORY_ONLY}
   *     (no unit has two ratings, or a negative value at the ratio level); 0 for {@code
   *     ONE_CATEGORY_ONLY}
   * @param expectedDisagreement {@code D_e = 1/(n(n-1)) sum_c sum_k n_c n_k delta_ck}; {@code NaN}
   *     exactly when {@code observedDisagreement} is; 0 for {@code ONE_CATEGORY_ONLY}
   */
  public AlphaResult {
    requireNonNull(level, "level");
    requireNonNull(alpha, "alpha");
  }

  /** {@return units that dropped out because they had fewer than two ratings} */
  public long droppedUnits() {
    return units - pairableUnits;
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * The within-group agreement over J items: rwg(j) of James, Demaree and Wolf and r*wg(j) of
 * Lindell, Brandt and Whitney.
 *
 * @param value {@code J (1 - r) / (J (1 - r) + r)} with {@code r = mean s^2 / sigma_EU^2}; 0 and
 *     truncated when {@code r > 1}
 * @param truncated whether the mean item variance exceeded the null variance
 * @param lindell {@code r*wg(j) = 1 - r}, never truncated
 * @param items the items J with at least two ratings, the only ones that count
 * @param droppedItems items with fewer than two ratings
 * @param meanVariance the mean sample variance over the items; {@code NaN} when undefined
 * @param nullVariance {@code sigma_EU^2 = (A^2 - 1) / 12}
 * @param droppedRaters raters removed by listwise deletion ({@link MissingRatings#LISTWISE}); 0
 *     otherwise
 */
public record RwgJ(
    Coefficient value,
    boolean truncated,
    Coefficient lindell,
    int items,
    int droppedItems,
    double meanVariance,
    double nullVariance,
    int droppedRaters) {

  /**
   * Checks for nulls.
   *
   * @param value {@code J (1 - r) / (J (1 - r) + r)} with {@code r = mean s^2 / sigma_EU^2}; 0 and
   *     truncated when {@code r > 1}
   * @param truncated whether the mean item variance exceeded the null variance
   * @param lindell {@code r*wg(j) = 1 - r}, never truncated
   * @param items the items J with at least two ratings, the only ones that count
   * @param droppedItems items with fewer than two ratings
   * @param meanVariance the mean sample variance over the items; {@code NaN} when undefined
   * @param nullVariance {@code sigma_EU^2 = (A^2 - 1) / 12}
   * @param droppedRaters raters removed by listwise deletion ({@link MissingRatings#LISTWISE}); 0
   *     otherwise
   */
  public RwgJ {
    requireNonNull(value, "value");
    requireNonNull(lindell, "lindell");
  }
}

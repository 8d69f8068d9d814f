package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * The within-group agreement rwg of one item.
 *
 * @param value {@code max(0, 1 - s^2 / sigma_EU^2)}, or undefined with fewer than two ratings
 * @param truncated whether {@code 1 - s^2 / sigma_EU^2} was negative and reported as 0
 * @param ratings the ratings present
 * @param variance the sample variance {@code s^2} (divisor n - 1); {@code NaN} when undefined
 * @param nullVariance {@code sigma_EU^2 = (A^2 - 1) / 12}
 */
public record Rwg(
    Coefficient value, boolean truncated, int ratings, double variance, double nullVariance) {

  /**
   * Checks for nulls.
   *
   * @param value {@code max(0, 1 - s^2 / sigma_EU^2)}, or undefined with fewer than two ratings
   * @param truncated whether {@code 1 - s^2 / sigma_EU^2} was negative and reported as 0
   * @param ratings the ratings present
   * @param variance the sample variance {@code s^2} (divisor n - 1); {@code NaN} when undefined
   * @param nullVariance {@code sigma_EU^2 = (A^2 - 1) / 12}
   */
  public Rwg {
    requireNonNull(value, "value");
  }
}

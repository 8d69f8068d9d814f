package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * The average deviation index AD of one item: the mean absolute deviation of the ratings around
 * their mean and around their median, dividing by n.
 *
 * @param aroundMean {@code AD_M = sum |x - mean| / n}; undefined with fewer than two ratings (a
 *     single rating deviates from nothing, which is not perfect agreement)
 * @param aroundMedian {@code AD_Md = sum |x - median| / n}; undefined with fewer than two ratings
 * @param ratings the ratings present
 */
public record AverageDeviation(Coefficient aroundMean, Coefficient aroundMedian, int ratings) {

  /**
   * Checks for nulls.
   *
   * @param aroundMean {@code AD_M = sum |x - mean| / n}; undefined with fewer than two ratings (a
   *     single rating deviates from nothing, which is not perfect agreement)
   * @param aroundMedian {@code AD_Md = sum |x - median| / n}; undefined with fewer than two ratings
   * @param ratings the ratings present
   */
  public AverageDeviation {
    requireNonNull(aroundMean, "aroundMean");
    requireNonNull(aroundMedian, "aroundMedian");
  }
}

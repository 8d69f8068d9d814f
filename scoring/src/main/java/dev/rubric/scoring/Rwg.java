package dev.rubric.scoring;

/**
 * Within-group agreement rwg for one item against the uniform null.
 *
 * <p>rwg = 1 - s^2 / sigma^2_EU, where s^2 is the sample variance (n - 1 denominator) of the n
 * ratings and sigma^2_EU = (A^2 - 1) / 12 the variance of the discrete uniform distribution over A
 * equally spaced levels. James, L. R., Demaree, R. G. and Wolf, G. (1984). Estimating within-group
 * interrater reliability with and without response bias. Journal of Applied Psychology 69(1),
 * 85-98. doi:10.1037/0021-9010.69.1.85
 */
final class Rwg {
  private Rwg() {}

  /* [1] s^2 is computed from exact integer sums: (n * sum x^2 - (sum x)^2) / (n (n - 1)), so the
   * result does not depend on the order of the ratings. */

  /** The sample variance from exact sums; requires n >= 2. */
  static double sampleVariance(int n, long sum, long sumOfSquares) {
    long numerator = n * sumOfSquares - sum * sum;
    return (double) numerator / ((double) n * (n - 1));
  }

  /** sigma^2_EU for {@code levels} levels. */
  static double uniformNullVariance(int levels) {
    return ((double) levels * levels - 1) / 12.0;
  }

  /** Untruncated rwg; may be negative. */
  static double raw(double sampleVariance, int levels) {
    return 1 - sampleVariance / uniformNullVariance(levels);
  }
}

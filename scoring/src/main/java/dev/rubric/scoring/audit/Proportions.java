package dev.rubric.scoring.audit;

import java.math.BigInteger;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Comparisons of two selection rates s1 / n1 (a category) and s2 / n2 (the reference).
 *
 * <ul>
 *   <li>Pooled two-proportion z: z = (s1/n1 - s2/n2) / sqrt(p (1 - p) (1/n1 + 1/n2)) with p = (s1 +
 *       s2) / (n1 + n2) (Agresti 2002, section 3.1.3); negative when the category is selected less
 *       often. Undefined when p is 0 or 1 (nobody or everybody selected).
 *   <li>Confidence interval for the impact ratio (a risk ratio) by the Katz log method: exp(ln RR
 *       +- z(1 - alpha/2) sqrt(1/s1 - 1/n1 + 1/s2 - 1/n2)) (Katz, Baptista, Azen and Pike 1978,
 *       Obtaining confidence intervals for the risk ratio in cohort studies, Biometrics 34(3),
 *       469-474, doi:10.2307/2530610). Undefined when s1 or s2 is 0.
 *   <li>Shortfall: the fewest extra selections x in the category, the reference held fixed, with
 *       (s1 + x) / n1 &gt;= 0.8 s2 / n2, that is x = max(0, ceil(4 s2 n1 / (5 n2)) - s1), computed
 *       in exact integer arithmetic.
 * </ul>
 */
final class Proportions {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private Proportions() {}

  static OptionalDouble pooledZ(long s1, long n1, long s2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return OptionalDouble.empty();
    }
    double p = (double) (s1 + s2) / (n1 + n2);
    if (!(p > 0 && p < 1)) {
      return OptionalDouble.empty();
    }
    double se = Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
    return OptionalDouble.of(((double) s1 / n1 - (double) s2 / n2) / se);
  }

  /**
   * The two-sided normal quantile z(1 - alpha / 2), finite for every alpha in (0, 1), the smallest
   * positive double included. Where alpha / 2 is exact (alpha at least twice the smallest normal
   * double) it is the survival quantile of alpha / 2; below that, halving would round (alpha =
   * {@link Double#MIN_VALUE} would halve to 0, and an infinite z), so z is found from alpha itself
   * by {@link #twoSidedTailZ}.
   */
  static double criticalZ(double alpha) {
    if (alpha >= 2 * Double.MIN_NORMAL) {
      return STANDARD.inverseSurvivalProbability(alpha / 2);
    }
    return twoSidedTailZ(alpha);
  }

  /**
   * The z with 2 Q(z) = alpha for a tiny positive alpha (under about 1e-300, z above 37), solved in
   * logarithms so that no probability is formed: ln(2 Q(z)) = ln 2 - z^2 / 2 - ln sqrt(2 pi) + ln
   * R(z), with R(z) = Q(z) / phi(z) Mills' ratio by its continued fraction 1 / (z + 1 / (z + 2 / (z
   * + 3 / (z + ...)))) (Abramowitz and Stegun 1964, 26.2.14), which at such z is exact to double
   * precision within a few terms. Newton's method on ln(2 Q(z)), whose slope is -1 / R(z), from the
   * survival quantile of the nearest representable half converges in a few steps.
   */
  static double twoSidedTailZ(double alpha) {
    double target = Math.log(alpha);
    double z = STANDARD.inverseSurvivalProbability(Math.max(alpha / 2, Double.MIN_VALUE));
    for (int i = 0; i < 8; i++) {
      double r = millsRatio(z);
      double step = (LN_2 - z * z / 2 - LN_SQRT_2PI + Math.log(r) - target) * r;
      z += step;
      if (Math.abs(step) <= 1e-15 * z) {
        break;
      }
    }
    return z;
  }

  private static final double LN_2 = Math.log(2);
  private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  /** Mills' ratio Q(z) / phi(z) for z above about 30, by 40 terms of its continued fraction. */
  private static double millsRatio(double z) {
    double tail = z;
    for (int k = 40; k >= 1; k--) {
      tail = z + k / tail;
    }
    return 1 / tail;
  }

  /** The Katz log interval {lower, upper}, or null when s1 or s2 is 0. */
  static double @org.jspecify.annotations.Nullable [] katz(
      long s1, long n1, long s2, long n2, double alpha) {
    if (s1 == 0 || s2 == 0) {
      return null;
    }
    double logRatio = Math.log(ratio(s1, n1, s2, n2));
    double se = Math.sqrt(1.0 / s1 - 1.0 / n1 + 1.0 / s2 - 1.0 / n2);
    double z = criticalZ(alpha);
    return new double[] {Math.exp(logRatio - z * se), Math.exp(logRatio + z * se)};
  }

  /**
   * (s1 / n1) / (s2 / n2) as (s1 n2) / (n1 s2): equal rates give exactly 1, and a rate no higher
   * than the reference's gives at most 1, since both products are exact integers rounded
   * monotonically.
   */
  static double ratio(long s1, long n1, long s2, long n2) {
    return product(s1, n2) / product(n1, s2);
  }

  /**
   * {@return a b for counts a, b >= 0, rounded to the nearest double} Exact products beyond a long
   * (counts in the billions) are rounded from their exact value, so the rounding stays monotone.
   */
  static double product(long a, long b) {
    if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
      return (double) (a * b);
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).doubleValue();
  }

  /** {@return the sign of a b - c d for counts >= 0, decided exactly (no product overflows)} */
  static int compareProducts(long a, long b, long c, long d) {
    int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Whether (s1 / n1) / (s2 / n2) is under four fifths, decided exactly as 5 s1 n2 &lt; 4 n1 s2 in
   * integers: a ratio of exactly 0.8 (48% against 60%) is never flagged through rounding.
   */
  static boolean belowFourFifths(long s1, long n1, long s2, long n2) {
    BigInteger left = BigInteger.valueOf(5).multiply(BigInteger.valueOf(s1)).multiply(big(n2));
    BigInteger right = BigInteger.valueOf(4).multiply(BigInteger.valueOf(n1)).multiply(big(s2));
    return left.compareTo(right) < 0;
  }

  /**
   * x = max(0, ceil(4 s2 n1 / (5 n2)) - s1) in unbounded integers, so counts in the billions do not
   * overflow; the result is at most n1.
   */
  static long shortfall(long s1, long n1, long s2, long n2) {
    BigInteger numerator = BigInteger.valueOf(4).multiply(big(s2)).multiply(big(n1));
    BigInteger denominator = BigInteger.valueOf(5).multiply(big(n2));
    BigInteger needed = numerator.add(denominator).subtract(BigInteger.ONE).divide(denominator);
    return Math.max(0, needed.subtract(big(s1)).longValueExact());
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }
}

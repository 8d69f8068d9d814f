package dev.rubric.scoring.audit;

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

  /** The two-sided normal quantile z(1 - alpha / 2). */
  static double criticalZ(double alpha) {
    return STANDARD.inverseSurvivalProbability(alpha / 2);
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
    return (double) Math.multiplyExact(s1, n2) / (double) Math.multiplyExact(n1, s2);
  }

  /**
   * Whether (s1 / n1) / (s2 / n2) is under four fifths, decided exactly as 5 s1 n2 &lt; 4 n1 s2 in
   * integers: a ratio of exactly 0.8 (48% against 60%) is never flagged through rounding.
   */
  static boolean belowFourFifths(long s1, long n1, long s2, long n2) {
    java.math.BigInteger left =
        java.math.BigInteger.valueOf(5)
            .multiply(java.math.BigInteger.valueOf(s1))
            .multiply(java.math.BigInteger.valueOf(n2));
    java.math.BigInteger right =
        java.math.BigInteger.valueOf(4)
            .multiply(java.math.BigInteger.valueOf(n1))
            .multiply(java.math.BigInteger.valueOf(s2));
    return left.compareTo(right) < 0;
  }

  static long shortfall(long s1, long n1, long s2, long n2) {
    long numerator = Math.multiplyExact(Math.multiplyExact(4L, s2), n1);
    long denominator = Math.multiplyExact(5L, n2);
    long needed = Math.floorDiv(numerator + denominator - 1, denominator);
    return Math.max(0, needed - s1);
  }
}

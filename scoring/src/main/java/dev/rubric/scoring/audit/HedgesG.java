package dev.rubric.scoring.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Hedges' g, the bias-corrected standardized mean difference of two independent samples, with its
 * large-sample standard error.
 *
 * <p>d = (m1 - m2) / s_within, s_within = sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2)); J
 * = 1 - 3 / (4 (n1 + n2 - 2) - 1); g = J d; Var(d) = (n1 + n2) / (n1 n2) + d^2 / (2 (n1 + n2));
 * SE(g) = J sqrt(Var(d)); interval g +- z(1 - alpha/2) SE(g). Borenstein, Hedges, Higgins and
 * Rothstein (2009), Introduction to Meta-Analysis, equations 4.18 to 4.24,
 * doi:10.1002/9780470743386; Hedges (1981), J. Educ. Stat. 6(2), 107-128,
 * doi:10.3102/10769986006002107. Undefined with fewer than two scores in a sample, a within-group
 * standard deviation of 0, or a difference so large against the spread that g or its interval is
 * beyond the range of a double.
 *
 * <p>Range and rounding. Each sample's sum of squared deviations is given as {@code ss * 2^(2e)},
 * squared after scaling its deviations by 2^-e (e the exponent of the largest deviation), so that
 * deviations of 1e-300 or less do not square to 0 and read as no spread; a power of two is exact,
 * so ordinary scores give the same g, bit for bit, as unscaled squares. The difference of the means
 * is given exactly, as the numerator s1 n2 - s2 n1 of (s1 / n1 - s2 / n2) from exact sums s1 and
 * s2, and is rounded once: equal means give g = 0 exactly, not a rounding residue such as 1e-16.
 * The audit sums the scores exactly as the doubles they are: 1, 2 and 3 against 2, 2, 2, 1 and 3
 * give 0; 0.1, 0.2, 0.3 and 0.6 against 0.3, 0.3, 0.3, 0.3, 0.1 and 0.5 give the true difference of
 * these doubles' means, 2^-57 / 3 (their decimals have equal means, the doubles do not), and g =
 * 1.26e-17, where rounded sums gave -1.5e-16.
 */
final class HedgesG {
  private HedgesG() {}

  /**
   * {g, lower, upper}, or null when undefined.
   *
   * @param n1 scores of the first sample (the category)
   * @param n2 scores of the second sample (the reference)
   * @param sumDifference s1 n2 - s2 n1, exact, with s1 and s2 the samples' sums (in the units of
   *     the squares); m1 - m2 is this over n1 n2
   * @param ss1 the first sample's sum of squared deviations over 2^(2 e1); 0 for no spread
   * @param e1 the first sample's scale exponent
   * @param ss2 the second sample's sum of squared deviations over 2^(2 e2); 0 for no spread
   * @param e2 the second sample's scale exponent
   * @param alpha one minus the confidence of the interval
   */
  static double @org.jspecify.annotations.Nullable [] of(
      long n1,
      long n2,
      BigDecimal sumDifference,
      double ss1,
      int e1,
      double ss2,
      int e2,
      double alpha) {
    if (n1 < 2 || n2 < 2 || !(ss1 > 0 || ss2 > 0)) {
      return null;
    }
    int common = ss1 > 0 && ss2 > 0 ? Math.max(e1, e2) : ss1 > 0 ? e1 : e2;
    double pooled =
        (ss1 > 0 ? Math.scalb(ss1, 2 * (e1 - common)) : 0)
            + (ss2 > 0 ? Math.scalb(ss2, 2 * (e2 - common)) : 0);
    double df = n1 + n2 - 2;
    double sWithin = Math.sqrt(pooled / df); // in units of 2^common
    double difference =
        sumDifference
            .multiply(powerOfTwo(-common))
            .divide(BigDecimal.valueOf(n1).multiply(BigDecimal.valueOf(n2)), MathContext.DECIMAL128)
            .doubleValue();
    double d = difference / sWithin;
    double j = 1 - 3 / (4 * df - 1);
    double g = j * d;
    double a = (double) (n1 + n2) / ((double) n1 * n2);
    double varD = a + d * d / (2.0 * (n1 + n2));
    double se =
        Double.isFinite(varD)
            ? j * Math.sqrt(varD)
            : j * Math.hypot(Math.sqrt(a), d / Math.sqrt(2.0 * (n1 + n2)));
    double z = Proportions.criticalZ(alpha);
    double lower = g - z * se;
    double upper = g + z * se;
    if (!(Double.isFinite(g) && Double.isFinite(lower) && Double.isFinite(upper))) {
      return null;
    }
    return new double[] {g, lower, upper};
  }

  /** 2^e exactly. */
  static BigDecimal powerOfTwo(int e) {
    BigDecimal p = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(e)));
    return e >= 0 ? p : BigDecimal.ONE.divide(p);
  }
}

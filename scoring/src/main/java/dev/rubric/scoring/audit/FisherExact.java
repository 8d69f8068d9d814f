package dev.rubric.scoring.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The two-sided Fisher exact test of a 2 x 2 table, computed as R's {@code fisher.test} does.
 *
 * <p>With the table [[a, b], [c, d]], margins m = a + c, n = b + d, k = a + b and support x in
 * [max(0, k - n), min(k, m)], the null distribution of the top-left cell is hypergeometric: P(x) =
 * C(m, x) C(n, k - x) / C(m + n, k). The p-value is the sum of P(x) over every x with P(x) &lt;=
 * P(a) (1 + 1e-7), the relative tolerance R uses so that tables of equal probability are not split
 * by rounding (R, {@code src/library/stats/R/fisher.test.R}); it is clamped to [0, 1].
 *
 * <p>[1] Fisher, R. A. (1935). The logic of inductive inference. J. R. Stat. Soc. 98(1), 39-82.
 * doi:10.2307/2342435. Agresti, A. (2002). Categorical Data Analysis, 2nd ed., section 3.5.
 *
 * <p>Implementation: the probabilities are built by the ratio recurrence P(x + 1) / P(x) = (m -
 * x)(k - x) / ((x + 1)(n - k + x + 1)) outward from the mode, where the probability is largest, and
 * normalised by their sum, as R normalises {@code exp(d - max(d))}; no factorial is formed, so any
 * count fits. Relative accuracy about 1e-13 per term. Terms under 2^-1022 are taken as 0, so a
 * p-value under 2.2e-308 is reported as 0 (a subnormal term is not accurate).
 *
 * <p><b>At the significance level.</b> A p-value is a fraction whose denominator is C(m + n, k),
 * and small tables land on round levels exactly: [[0, 2], [12, 2]] has p = C(4, 2) / C(16, 2) =
 * 1/20. Rounding may put the floating-point sum either side of such a level (the sum above gives
 * 0.04999999999999999 here, R 4.2.2 gives 0.05 here and 0.04999999999999999 for [[0, 1], [19, 0]],
 * whose p is 1/20 as well). {@link #test} therefore decides {@code p < level} exactly whenever the
 * floating-point p lies within a relative 1e-9 of the level: it sums the hypergeometric weights
 * C(m, x) C(n, k - x) in integers (with R's tolerance made exact, weight * 10^7 &lt;= observed *
 * (10^7 + 1)), compares the fraction with the level as the decimal number it was written as ({@code
 * BigDecimal.valueOf(level)}: 0.05, not the binary double just above it), and reports the fraction
 * rounded to the nearest double. Elsewhere the floating-point p decides, its error being far below
 * that margin.
 */
final class FisherExact {
  private static final double RELATIVE_ERROR = 1 + 1e-7;

  /** How close (relative) to the level a floating-point p-value is re-decided exactly. */
  private static final double EXACT_WINDOW = 1e-9;

  private FisherExact() {}

  /**
   * The p-value of a table and whether it is below a significance level.
   *
   * @param p the two-sided p-value, in [0, 1]
   * @param significant whether {@code p < level}, decided exactly at the level
   */
  record Result(double p, boolean significant) {}

  /**
   * The two-sided test of [[a, b], [c, d]] at {@code level}; every cell >= 0, level in (0, 1).
   * Exact at the level (see the class comment), so a p-value equal to the level is never
   * significant.
   */
  static Result test(long a, long b, long c, long d, double level) {
    double p = twoSided(a, b, c, d);
    if (Math.abs(p - level) > EXACT_WINDOW * level) {
      return new Result(p, p < level);
    }
    BigInteger[] fraction = exact(a, b, c, d);
    BigDecimal numerator = new BigDecimal(fraction[0]);
    BigDecimal denominator = new BigDecimal(fraction[1]);
    boolean below = numerator.compareTo(BigDecimal.valueOf(level).multiply(denominator)) < 0;
    double rounded = numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
    return new Result(Math.max(0, Math.min(1, rounded)), below);
  }

  /**
   * The two-sided p-value of [[a, b], [c, d]] as an exact fraction {numerator, denominator}: the
   * sum of the weights C(m, x) C(n, k - x) no larger than the observed one times (1 + 1e-7), over
   * the sum of all weights C(m + n, k).
   */
  static BigInteger[] exact(long a, long b, long c, long d) {
    long m = a + c;
    long n = b + d;
    long k = a + b;
    long lo = Math.max(0, k - n);
    long hi = Math.min(k, m);
    int size = Math.toIntExact(hi - lo + 1);
    BigInteger[] weight = new BigInteger[size];
    weight[0] = binomial(m, lo).multiply(binomial(n, k - lo));
    for (int i = 0; i < size - 1; i++) {
      long x = lo + i; // w(x + 1) = w(x) (m - x)(k - x) / ((x + 1)(n - k + x + 1)), exactly
      weight[i + 1] =
          weight[i]
              .multiply(BigInteger.valueOf(m - x))
              .multiply(BigInteger.valueOf(k - x))
              .divide(BigInteger.valueOf(x + 1).multiply(BigInteger.valueOf(n - k + x + 1)));
    }
    BigInteger bound = weight[(int) (a - lo)].multiply(BigInteger.valueOf(10_000_001L));
    BigInteger ten7 = BigInteger.valueOf(10_000_000L);
    BigInteger total = BigInteger.ZERO;
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger w : weight) {
      total = total.add(w);
      if (w.multiply(ten7).compareTo(bound) <= 0) {
        sum = sum.add(w);
      }
    }
    return new BigInteger[] {sum, total};
  }

  private static BigInteger binomial(long n, long k) {
    long j = Math.min(k, n - k);
    BigInteger r = BigInteger.ONE;
    for (long i = 1; i <= j; i++) {
      r = r.multiply(BigInteger.valueOf(n - j + i)).divide(BigInteger.valueOf(i));
    }
    return r;
  }

  /**
   * A term of the recurrence, or 0 under {@link Double#MIN_NORMAL}: a subnormal term keeps fewer
   * and fewer bits as the recurrence goes on, and summed it gave p-values such as 1.2e-321 for
   * tables whose exact p is 2.8e-383 (R gives 0). The mode's term is 1, so a flushed term is under
   * 2.2e-308 of the total, and a p-value under 2.2e-308 is reported as 0.
   */
  private static double flush(double term) {
    return term < Double.MIN_NORMAL ? 0 : term;
  }

  /** The two-sided p-value of [[a, b], [c, d]]; every cell >= 0; 0 when it is under 2.2e-308. */
  static double twoSided(long a, long b, long c, long d) {
    Checks.checkArgument(a >= 0 && b >= 0 && c >= 0 && d >= 0, "cells must be >= 0");
    long m = a + c;
    long n = b + d;
    long k = a + b;
    long lo = Math.max(0, k - n);
    long hi = Math.min(k, m);
    if (lo == hi) {
      return 1.0;
    }
    int size = Math.toIntExact(hi - lo + 1);
    double[] p = new double[size];
    // The mode of the hypergeometric distribution, clamped into the support.
    long mode = (long) Math.floor((double) (k + 1) * (m + 1) / (m + n + 2));
    mode = Math.max(lo, Math.min(hi, mode));
    int at = (int) (mode - lo);
    p[at] = 1.0;
    for (int i = at; i < size - 1; i++) {
      long x = lo + i;
      p[i + 1] = flush(p[i] * ((double) (m - x) * (k - x)) / ((double) (x + 1) * (n - k + x + 1)));
    }
    for (int i = at; i > 0; i--) {
      long x = lo + i; // P(x - 1) = P(x) * x (n - k + x) / ((m - x + 1)(k - x + 1))
      p[i - 1] = flush(p[i] * ((double) x * (n - k + x)) / ((double) (m - x + 1) * (k - x + 1)));
    }
    double total = 0;
    for (double v : p) {
      total += v;
    }
    double observed = p[(int) (a - lo)] * RELATIVE_ERROR;
    double sum = 0;
    for (double v : p) {
      if (v <= observed) {
        sum += v;
      }
    }
    return Math.max(0, Math.min(1, sum / total));
  }
}

package dev.rubric.scoring.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

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
 * rounded to the nearest double, for tables whose top-left cell can take at most {@value
 * #EXACT_SUPPORT} values. Elsewhere the floating-point p decides, its error being far below that
 * margin.
 */
final class FisherExact {
  private static final double RELATIVE_ERROR = 1 + 1e-7;

  /** How close (relative) to the level a floating-point p-value is re-decided exactly. */
  private static final double EXACT_WINDOW = 1e-9;

  /**
   * The most values of the top-left cell the exact re-decision sums in integers; a larger table's
   * floating-point p decides even within the window (its weights would be integers of hundreds of
   * thousands of digits).
   */
  static final long EXACT_SUPPORT = 100_000;

  private FisherExact() {}

  /** How many values the top-left cell of [[a, b], [c, d]] can take with the margins fixed. */
  static long supportSize(long a, long b, long c, long d) {
    long m = Math.addExact(a, c);
    long n = Math.addExact(b, d);
    long k = Math.addExact(a, b);
    return Math.min(k, m) - Math.max(0, k - n) + 1;
  }

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
    if (Math.abs(p - level) > EXACT_WINDOW * level || supportSize(a, b, c, d) > EXACT_SUPPORT) {
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

  /**
   * The two-sided p-value of [[a, b], [c, d]]; every cell >= 0; 0 when it is under 2.2e-308.
   *
   * <p>The terms rise to the mode and fall after it, so once a term is flushed to 0 every term
   * beyond it is 0 as well: the walk from the mode stops there in each direction, and only the
   * terms it reached are kept. Their number follows the spread of the hypergeometric distribution
   * (its standard deviation is at most half the square root of the candidates), not the counts: a
   * table of 10^8 candidates a side keeps about 2.7 x 10^5 terms, one of 3 x 10^9 about 1.5 x 10^6.
   * The sums run over the terms in increasing x, the terms left out being 0.
   */
  static double twoSided(long a, long b, long c, long d) {
    Checks.checkArgument(a >= 0 && b >= 0 && c >= 0 && d >= 0, "cells must be >= 0");
    long m = Math.addExact(a, c);
    long n = Math.addExact(b, d);
    long k = Math.addExact(a, b);
    long lo = Math.max(0, k - n);
    long hi = Math.min(k, m);
    if (lo == hi) {
      return 1.0;
    }
    // The mode of the hypergeometric distribution, clamped into the support.
    long mode = (long) Math.floor(((double) k + 1) * ((double) m + 1) / ((double) m + n + 2));
    mode = Math.max(lo, Math.min(hi, mode));
    // below[i] = P(mode - 1 - i), above[i] = P(mode + 1 + i), relative to P(mode) = 1.
    Terms below = new Terms();
    double term = 1.0;
    for (long x = mode; x > lo; x--) { // P(x - 1) = P(x) * x (n - k + x) / ((m - x + 1)(k - x + 1))
      term = flush(term * ((double) x * (n - k + x)) / ((double) (m - x + 1) * (k - x + 1)));
      if (term == 0) {
        break;
      }
      below.add(term);
    }
    Terms above = new Terms();
    term = 1.0;
    for (long x = mode; x < hi; x++) {
      term = flush(term * ((double) (m - x) * (k - x)) / ((double) (x + 1) * (n - k + x + 1)));
      if (term == 0) {
        break;
      }
      above.add(term);
    }
    double observedTerm;
    if (a == mode) {
      observedTerm = 1.0;
    } else if (a < mode) {
      observedTerm = mode - 1 - a < below.size ? below.values[(int) (mode - 1 - a)] : 0;
    } else {
      observedTerm = a - mode - 1 < above.size ? above.values[(int) (a - mode - 1)] : 0;
    }
    double total = 0;
    for (int i = below.size - 1; i >= 0; i--) {
      total += below.values[i];
    }
    total += 1.0;
    for (int i = 0; i < above.size; i++) {
      total += above.values[i];
    }
    double observed = observedTerm * RELATIVE_ERROR;
    double sum = 0;
    for (int i = below.size - 1; i >= 0; i--) {
      sum += below.values[i] <= observed ? below.values[i] : 0;
    }
    sum += 1.0 <= observed ? 1.0 : 0;
    for (int i = 0; i < above.size; i++) {
      sum += above.values[i] <= observed ? above.values[i] : 0;
    }
    return Math.max(0, Math.min(1, sum / total));
  }

  /** A growing list of terms. */
  private static final class Terms {
    double[] values = new double[64];
    int size;

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }
  }
}

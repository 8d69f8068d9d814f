package dev.rubric.scoring.audit;

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
 * count fits. Relative accuracy about 1e-13 per term.
 */
final class FisherExact {
  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private FisherExact() {}

  /** The two-sided p-value of [[a, b], [c, d]]; every cell >= 0. */
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
      p[i + 1] = p[i] * ((double) (m - x) * (k - x)) / ((double) (x + 1) * (n - k + x + 1));
    }
    for (int i = at; i > 0; i--) {
      long x = lo + i; // P(x - 1) = P(x) * x (n - k + x) / ((m - x + 1)(k - x + 1))
      p[i - 1] = p[i] * ((double) x * (n - k + x)) / ((double) (m - x + 1) * (k - x + 1));
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

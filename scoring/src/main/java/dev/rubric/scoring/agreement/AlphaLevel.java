package dev.rubric.scoring.agreement;

/**
 * The level of measurement of Krippendorff's alpha: the difference function {@code delta(c, k)}
 * between two values {@code c} and {@code k} (Krippendorff 2011, section E).
 */
public enum AlphaLevel {
  /**
   * Categories without order: {@code delta = 0} if {@code c == k}, else 1. Ratings 1 and 4 disagree
   * exactly as much as 1 and 2.
   */
  NOMINAL {
    @Override
    double delta(int c, int k, long[] cumulative, long[] marginals, int lo) {
      return c == k ? 0 : 1;
    }
  },
  /**
   * Ranks: {@code delta = (sum_{g=c}^{k} n_g - (n_c + n_k) / 2)^2}, where {@code n_g} counts the
   * pairable values equal to {@code g}. The distance between 1 and 2 grows with how many pairable
   * ratings are 1 or 2, not with the numeric gap.
   */
  ORDINAL {
    @Override
    double delta(int c, int k, long[] cumulative, long[] marginals, int lo) {
      if (c == k) {
        return 0;
      }
      int a = Math.min(c, k) - lo;
      int b = Math.max(c, k) - lo;
      // Twice the bracket, in exact integers: 2 * sum_{g=a}^{b} n_g - n_a - n_b.
      long twice = 2 * (cumulative[b + 1] - cumulative[a]) - marginals[a] - marginals[b];
      double t = twice;
      return t * t / 4;
    }
  },
  /** Equal intervals: {@code delta = (c - k)^2}; 1 and 4 disagree nine times as much as 1 and 2. */
  INTERVAL {
    @Override
    double delta(int c, int k, long[] cumulative, long[] marginals, int lo) {
      double d = (double) c - k;
      return d * d;
    }
  },
  /**
   * Ratios from an absolute zero: {@code delta = ((c - k) / (c + k))^2}, 0 when {@code c = k = 0};
   * 1 and 2 disagree as much as 2 and 4. Values must not be negative.
   */
  RATIO {
    @Override
    double delta(int c, int k, long[] cumulative, long[] marginals, int lo) {
      if (c == k) {
        return 0;
      }
      double d = ((double) c - k) / ((double) c + k);
      return d * d;
    }
  };

  /**
   * Returns {@code delta(c, k)}; {@code cumulative[i]} is the sum of {@code marginals[0..i)} and
   * {@code lo} is the value of index 0.
   */
  abstract double delta(int c, int k, long[] cumulative, long[] marginals, int lo);
}

package dev.rubric.scoring;

import dev.rubric.core.CompetencyRequirement;
import java.util.List;

/**
 * Sums of a role profile's weights that neither overflow nor vanish. A weight may be any finite
 * number above zero: twelve weights near the largest double add up to infinity, and a subnormal
 * weight divided by a total rounds to zero. Each sum here first scales the weights by the power of
 * two that puts the largest in [1, 2); scaling by a power of two is exact, so a share or a weighted
 * mean is the same double it would be unscaled whenever the unscaled sum is finite and no weight is
 * subnormal, and otherwise only a weight negligible next to the largest (below 2^-1074 of it)
 * counts as zero. Stateless.
 */
final class Weights {
  private Weights() {}

  /**
   * {@return the exponent that scales {@code largest} into [1, 2) (see {@link Math#getExponent}),
   * or 0 when it is not above 0 (there is no weight)}
   *
   * @param largest the largest of the weights to be summed
   */
  static int exponentOf(double largest) {
    return largest > 0 ? Math.getExponent(largest) : 0;
  }

  /**
   * {@return the exponent that scales the largest weight of {@code requirements} into [1, 2), or 0
   * when there is none}
   *
   * @param requirements the requirements whose weights are summed
   */
  static int exponent(List<CompetencyRequirement> requirements) {
    return exponentOf(largest(requirements));
  }

  /**
   * {@return the sum of the weights of {@code requirements}, each scaled by 2^-{@code exponent}, in
   * their order}
   *
   * @param requirements the requirements
   * @param exponent the scale, from {@link #exponent}
   */
  static double scaledTotal(List<CompetencyRequirement> requirements, int exponent) {
    double total = 0;
    for (int k = 0; k < requirements.size(); k++) {
      total += Math.scalb(requirements.get(k).weight(), -exponent);
    }
    return total;
  }

  /**
   * {@return the mean weight of {@code requirements}: never infinite, at most their largest weight;
   * 1 when there is none}
   *
   * @param requirements the requirements
   */
  static double mean(List<CompetencyRequirement> requirements) {
    int n = requirements.size();
    if (n == 0) {
      return 1;
    }
    double largest = largest(requirements);
    int e = exponentOf(largest);
    // In exact arithmetic the mean is at most the largest weight; rounding must not pass it (and
    // overflow when the largest is near the largest double).
    return Math.min(largest, Math.scalb(scaledTotal(requirements, e) / n, e));
  }

  private static double largest(List<CompetencyRequirement> requirements) {
    double largest = 0;
    for (int k = 0; k < requirements.size(); k++) {
      largest = Math.max(largest, requirements.get(k).weight());
    }
    return largest;
  }

  /**
   * A weighted mean {@code sum w_k v_k / sum w_k} accumulated without rounding drift, so that
   * comparing it with a bar or a threshold says what the exact mean says: an area whose exact mean
   * is its bar of 3 meets it, where the sum of the parts {@code (w_k / W) v_k} came to
   * 2.9999999999999996. Each product is split exactly into a double and its rounding error ({@link
   * Math#fma}), and both sums are carried as unevaluated pairs of doubles (Knuth's TwoSum), about
   * 2^-100 relative; the mean is their quotient, corrected once by its residual. So the mean is the
   * exact one rounded to the nearest double whenever the exact one is a double (a bar, a whole
   * level, 3.25), and otherwise within a unit in the last place of it. The weights should be scaled
   * into [2^-1022, 2) first (see {@link #exponentOf}), so no product or error term leaves the
   * normal range for levels or scores of ordinary size. Mutable: one per computation, never shared.
   */
  static final class Mean {
    private double sum;
    private double sumError;
    private double weight;
    private double weightError;

    /** Adds value {@code v} with weight {@code w}. */
    void add(double w, double v) {
      double p = w * v;
      double pe = Math.fma(w, v, -p); // w v = p + pe exactly
      double s = sum + p;
      sumError += twoSumError(sum, p, s) + pe;
      sum = s;
      double t = weight + w;
      weightError += twoSumError(weight, w, t);
      weight = t;
    }

    /** {@return whether no weight above zero was added} */
    boolean isEmpty() {
      return !(weight + weightError > 0);
    }

    /** {@return the weighted mean; NaN when no weight was added} */
    double value() {
      double s = sum + sumError;
      double se = sumError - (s - sum); // the part of sumError that s could not hold
      double w = weight + weightError;
      double we = weightError - (w - weight);
      double q = s / w;
      // The residual (s + se) - q (w + we), with q w exact through fma: q plus residual / w is
      // the quotient of the pairs to about 2^-100, rounded once.
      double residual = Math.fma(-q, w, s) + se - q * we;
      return q + residual / w;
    }

    /** The rounding error of {@code s = a + b} (Knuth's TwoSum): a + b = s + error exactly. */
    private static double twoSumError(double a, double b, double s) {
      double bb = s - a;
      return (a - (s - bb)) + (b - bb);
    }
  }
}

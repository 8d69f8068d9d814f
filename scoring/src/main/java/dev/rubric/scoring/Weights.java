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
}

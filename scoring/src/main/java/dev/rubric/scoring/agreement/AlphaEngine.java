package dev.rubric.scoring.agreement;

/* [1] Implementation notes.
 *
 * The accumulator keeps, for each unit size m, P_m[c][k] = sum over units of size m of the ordered
 * pairs of ratings (c, k) from different raters: n_uc * n_uk for c != k and n_uc * (n_uc - 1) for
 * c == k. These are exact integers, so merging is exact and order-free. The coincidence matrix is
 * o_ck = sum_m P_m[c][k] / (m - 1). We never form o_ck: the observed sum
 *   S_o = sum_c sum_k o_ck delta_ck = sum_m (1 / (m - 1)) * sum_c sum_k P_m[c][k] delta_ck
 * divides once per unit size, in increasing m, at the end. The expected sum is
 *   S_e = sum_c sum_k n_c n_k delta_ck
 * with n_c the pairable values per category. Then
 *   alpha = 1 - (n - 1) * S_o / S_e,  D_o = S_o / n,  D_e = S_e / (n (n - 1)).
 * The ordinal delta needs the marginals n_g, known only at the end; this is why the accumulator
 * keeps pair counts rather than a running disagreement.
 */

import java.util.Locale;

/** Computes alpha from the accumulator's state. */
final class AlphaEngine {
  private AlphaEngine() {}

  static AlphaResult compute(
      AlphaLevel level,
      int lo,
      int width,
      long[] marginals,
      int[] sizes,
      long[][] pairsBySize,
      long units,
      long pairableUnits,
      long pairableValues,
      int raters,
      boolean rated) {
    int categories = 0;
    int minValue = Integer.MAX_VALUE;
    long[] cumulative = new long[width + 1];
    for (int c = 0; c < width; c++) {
      cumulative[c + 1] = cumulative[c] + marginals[c];
      if (marginals[c] > 0) {
        categories++;
        minValue = Math.min(minValue, lo + c);
      }
    }
    if (pairableValues > 0 && level == AlphaLevel.RATIO && minValue < 0) {
      return new AlphaResult(
          level,
          Coefficient.undefined(
              UndefinedReason.NEGATIVE_VALUE_ON_RATIO_SCALE,
              String.format(
                  Locale.ROOT, "the ratio metric needs values >= 0 but %s was rated", minValue)),
          units,
          pairableUnits,
          pairableValues,
          raters,
          categories,
          Double.NaN,
          Double.NaN);
    }
    if (pairableValues == 0) {
      return new AlphaResult(
          level,
          Shapes.undefined(units, rated, raters),
          units,
          pairableUnits,
          0,
          raters,
          0,
          Double.NaN,
          Double.NaN);
    }
    double[] delta = new double[width * width];
    for (int c = 0; c < width; c++) {
      for (int k = 0; k < width; k++) {
        if (marginals[c] > 0 && marginals[k] > 0) {
          delta[c * width + k] = level.delta(lo + c, lo + k, cumulative, marginals, lo);
        }
      }
    }
    double expected = 0;
    for (int c = 0; c < width; c++) {
      for (int k = 0; k < width; k++) {
        expected += (double) marginals[c] * marginals[k] * delta[c * width + k];
      }
    }
    double observed = 0;
    for (int s = 0; s < sizes.length; s++) {
      int m = sizes[s];
      long[] pairs = pairsBySize[s];
      double sum = 0;
      for (int i = 0; i < pairs.length; i++) {
        sum += pairs[i] * delta[i];
      }
      observed += sum / (m - 1);
    }
    double n = pairableValues;
    double observedDisagreement = observed / n;
    double expectedDisagreement = expected / (n * (n - 1));
    Coefficient alpha;
    if (expected == 0) {
      alpha =
          Coefficient.undefined(
              UndefinedReason.ONE_CATEGORY_ONLY,
              "every pairable rating has the same value, so no disagreement is expected by chance");
    } else {
      alpha = Coefficient.of(1 - (n - 1) * observed / expected);
    }
    return new AlphaResult(
        level,
        alpha,
        units,
        pairableUnits,
        pairableValues,
        raters,
        categories,
        observedDisagreement,
        expectedDisagreement);
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collector;

/**
 * Cohen's kappa for exactly two raters, unweighted or with linear or quadratic disagreement weights
 * computed from the category values.
 *
 * <p><b>Formula.</b> With {@code p_ij} the proportion of units that rater 1 put in category {@code
 * i} and rater 2 in {@code j}, {@code p_i.} and {@code p_.j} the margins and {@code w_ij} the
 * disagreement weights of {@link KappaWeights} ({@code 1 - [i = j]} when unweighted):
 *
 * <pre>
 *   q_o = sum_ij w_ij p_ij      q_e = sum_ij w_ij p_i. p_.j      kappa = 1 - q_o / q_e
 * </pre>
 *
 * <p>which is {@code (p_o - p_e) / (1 - p_e)} with the agreements {@code p = 1 - q}. Weights come
 * from the values {@code x_i}, {@code w_ij = |x_i - x_j| / (max - min)} (or squared), over the
 * declared scale ({@link #onScale(int, int)}, {@link #onCategories(int...)}) or, if none is
 * declared, over the observed values' range. The normaliser {@code max - min} cancels in kappa, so
 * declaring the scale changes only the reported agreements and the check that values lie on it.
 * Units where a rater gave no rating are dropped and counted.
 *
 * <p><b>Malformed input.</b> Cohen's kappa has two raters: a unit of other than two cells is
 * refused with an {@link IllegalArgumentException} ({@link #compute(int[][])} names the row, {@code
 * unitsByRaters[3]}), so {@link UndefinedReason#ONE_RATER} never arises here; an empty unit ({@code
 * {}}) is a unit neither rater rated, like {@code {MISSING, MISSING}}.
 *
 * <p><b>Undefined</b> when no unit is rated by both ({@link UndefinedReason#NO_UNITS}, {@link
 * UndefinedReason#NO_RATINGS} or {@link UndefinedReason#NO_PAIRABLE_UNITS}) and when both raters
 * use one and the same category throughout ({@link UndefinedReason#ONE_CATEGORY_ONLY}).
 *
 * <p><b>Sources.</b> Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational
 * and Psychological Measurement 20(1), 37-46. doi:10.1177/001316446002000104. Cohen, J. (1968).
 * Weighted kappa. Psychological Bulletin 70(4), 213-220. doi:10.1037/h0026256. Fleiss, J. L. and
 * Cohen, J. (1973). The equivalence of weighted kappa and the intraclass correlation coefficient as
 * measures of reliability. Educational and Psychological Measurement 33(3), 613-619.
 * doi:10.1177/001316447303300309.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CohenKappa {
  private static final int[] DISCOVERED = new int[0];

  private final KappaWeights weights;
  private final int[] scale;

  private CohenKappa(KappaWeights weights, int[] scale) {
    this.weights = weights;
    this.scale = scale;
  }

  /** {@return unweighted kappa} */
  public static CohenKappa unweighted() {
    return new CohenKappa(KappaWeights.NONE, DISCOVERED);
  }

  /** {@return kappa with linear weights {@code |x_i - x_j| / (max - min)}} */
  public static CohenKappa linear() {
    return new CohenKappa(KappaWeights.LINEAR, DISCOVERED);
  }

  /** {@return kappa with quadratic weights {@code ((x_i - x_j) / (max - min))^2}} */
  public static CohenKappa quadratic() {
    return new CohenKappa(KappaWeights.QUADRATIC, DISCOVERED);
  }

  /**
   * {@return kappa with {@code weights}}
   *
   * @param weights kappa with {@code weights}
   */
  public static CohenKappa weighted(KappaWeights weights) {
    return new CohenKappa(requireNonNull(weights, "weights"), DISCOVERED);
  }

  /**
   * {@return this kappa on the declared scale of consecutive levels {@code min..max}}
   *
   * @param min the lowest level of the scale
   * @param max the highest level of the scale
   * @throws IllegalArgumentException unless {@code min < max} and the scale has at most {@link
   *     Ratings#MAX_SPAN} levels
   */
  public CohenKappa onScale(int min, int max) {
    Checks.checkArgument(min < max, "min (%s) must be < max (%s)", min, max);
    Checks.checkArgument(
        (long) max - min < Ratings.MAX_SPAN,
        "scale [%s, %s] must have at most %s levels",
        min,
        max,
        Ratings.MAX_SPAN);
    int[] values = new int[max - min + 1];
    Arrays.setAll(values, i -> min + i);
    return new CohenKappa(weights, values);
  }

  /**
   * {@return this kappa on the declared scale of the given category values, for example {@code 1,
   * 2, 4, 8}; the weights use the values themselves}
   *
   * @param values the category values; at least two distinct
   * @throws IllegalArgumentException unless there are at least two distinct values, none is {@link
   *     Ratings#MISSING}, and they span at most {@link Ratings#MAX_SPAN} levels
   */
  public CohenKappa onCategories(int... values) {
    int[] sorted = requireNonNull(values, "values").clone();
    Arrays.sort(sorted);
    int[] distinct = Arrays.stream(sorted).distinct().toArray();
    Checks.checkArgument(
        distinct.length >= 2, "categories (%s) must hold >= 2 distinct values", distinct.length);
    Checks.checkArgument(
        distinct[0] != Ratings.MISSING, "categories must not hold the missing marker");
    Checks.checkArgument(
        (long) distinct[distinct.length - 1] - distinct[0] < Ratings.MAX_SPAN,
        "categories %s must span at most %s levels",
        Arrays.toString(distinct),
        Ratings.MAX_SPAN);
    return new CohenKappa(weights, distinct);
  }

  /** {@return the weighting} */
  public KappaWeights weights() {
    return weights;
  }

  /** {@return a new, empty accumulator; see {@link CohenAccumulator} for its contract} */
  public CohenAccumulator accumulator() {
    return new CohenAccumulator(weights, scale);
  }

  /** {@return a collector of units ({@code int[2]} ratings) to kappa; works on parallel streams} */
  public Collector<int[], CohenAccumulator, CohenResult> collector() {
    return Collector.of(
        this::accumulator,
        (acc, unit) -> acc.addUnit(unit),
        CohenAccumulator::merge,
        CohenAccumulator::result);
  }

  /**
   * {@return kappa of a units-by-2 matrix with {@link Ratings#MISSING} for missing cells}
   *
   * @param unitsByRaters one row per unit, one column per rater
   */
  public CohenResult compute(int[][] unitsByRaters) {
    CohenAccumulator acc = accumulator();
    Checks.eachRow(unitsByRaters, "unitsByRaters", acc::addUnit);
    return acc.result();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CohenKappa[weights=%s, scale=%s]",
        weights,
        scale.length == 0 ? "observed" : Arrays.toString(scale));
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.stream.Collector;

/**
 * Krippendorff's alpha, the chance-corrected agreement of any number of raters with missing
 * ratings, at a nominal, ordinal, interval or ratio {@link AlphaLevel level}.
 *
 * <p><b>Formula.</b> Only pairable units count: units with {@code m_u >= 2} ratings; the others
 * drop out, also from the marginals. With {@code n_uc} the ratings of value {@code c} in unit
 * {@code u}, the coincidence matrix is {@code o_ck = sum_u n_uc (n_uk - [c = k]) / (m_u - 1)}, the
 * marginals {@code n_c = sum_k o_ck} and {@code n = sum_c n_c} the pairable values. Then
 *
 * <pre>
 *   D_o = (1 / n) sum_c sum_k o_ck delta_ck
 *   D_e = 1 / (n (n - 1)) sum_c sum_k n_c n_k delta_ck
 *   alpha = 1 - D_o / D_e
 * </pre>
 *
 * <p>with the difference function {@code delta} of the level (the ordinal one uses the marginals
 * {@code n_g} over pairable values, as in Krippendorff 2011). Alpha is 1 for perfect agreement, 0
 * for agreement at chance level and negative below chance.
 *
 * <p><b>Undefined</b> when no unit has two ratings ({@link UndefinedReason#NO_PAIRABLE_UNITS}),
 * when all pairable values are equal so that {@code D_e = 0} ({@link
 * UndefinedReason#ONE_CATEGORY_ONLY}), and for the ratio level when a pairable value is negative
 * ({@link UndefinedReason#NEGATIVE_VALUE_ON_RATIO_SCALE}); a value in a unit rated once drops out
 * with its unit, as every such value does, so {@code {{1, 1}, {-1, no}}} is {@code
 * ONE_CATEGORY_ONLY}.
 *
 * <p><b>Sources.</b> Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg
 * School for Communication, University of Pennsylvania (no DOI). Hayes, A. F. and Krippendorff, K.
 * (2007). Answering the call for a standard reliability measure for coding data. Communication
 * Methods and Measures 1(1), 77-89. doi:10.1080/19312450709336664. Krippendorff, K. (1970).
 * Estimating the reliability, systematic error and random error of interval data. Educational and
 * Psychological Measurement 30(1), 61-70. doi:10.1177/001316447003000105.
 *
 * <p>Instances are immutable and stateless; share them freely.
 */
public final class KrippendorffAlpha {
  private static final KrippendorffAlpha NOMINAL = new KrippendorffAlpha(AlphaLevel.NOMINAL);
  private static final KrippendorffAlpha ORDINAL = new KrippendorffAlpha(AlphaLevel.ORDINAL);
  private static final KrippendorffAlpha INTERVAL = new KrippendorffAlpha(AlphaLevel.INTERVAL);
  private static final KrippendorffAlpha RATIO = new KrippendorffAlpha(AlphaLevel.RATIO);

  private final AlphaLevel level;

  private KrippendorffAlpha(AlphaLevel level) {
    this.level = level;
  }

  /** {@return alpha for nominal data} */
  public static KrippendorffAlpha nominal() {
    return NOMINAL;
  }

  /** {@return alpha for ordinal data} */
  public static KrippendorffAlpha ordinal() {
    return ORDINAL;
  }

  /** {@return alpha for interval data} */
  public static KrippendorffAlpha interval() {
    return INTERVAL;
  }

  /** {@return alpha for ratio data} */
  public static KrippendorffAlpha ratio() {
    return RATIO;
  }

  /**
   * {@return alpha at {@code level}}
   *
   * @param level alpha at {@code level}
   */
  public static KrippendorffAlpha at(AlphaLevel level) {
    return switch (requireNonNull(level, "level")) {
      case NOMINAL -> NOMINAL;
      case ORDINAL -> ORDINAL;
      case INTERVAL -> INTERVAL;
      case RATIO -> RATIO;
    };
  }

  /** {@return the level of measurement} */
  public AlphaLevel level() {
    return level;
  }

  /** {@return a new, empty accumulator; see {@link AlphaAccumulator} for its contract} */
  public AlphaAccumulator accumulator() {
    return new AlphaAccumulator(level);
  }

  /**
   * {@return a collector of units (one {@code int[]} of ratings per unit, {@link Ratings#MISSING}
   * for a missing rating) to alpha; it works on parallel streams}
   */
  public Collector<int[], AlphaAccumulator, AlphaResult> collector() {
    return Collector.of(
        this::accumulator,
        (acc, unit) -> acc.addUnit(unit),
        AlphaAccumulator::merge,
        AlphaAccumulator::result);
  }

  /**
   * {@return alpha of a units-by-raters matrix with {@link Ratings#MISSING} for missing cells}
   *
   * @param unitsByRaters one row per unit, one column per rater
   */
  public AlphaResult compute(int[][] unitsByRaters) {
    AlphaAccumulator acc = accumulator();
    Checks.eachRow(unitsByRaters, "unitsByRaters", acc::addUnit);
    return acc.result();
  }

  /**
   * {@return alpha of a units-by-raters matrix with {@code NaN} for missing cells} Other cells must
   * be integers from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int}
   * overloads, whose {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param unitsByRaters one row per unit, one column per rater
   * @throws IllegalArgumentException naming the row, if a cell is not {@code NaN} and not such an
   *     integer, or as {@link AlphaAccumulator#addUnit(double...)}
   */
  public AlphaResult compute(double[][] unitsByRaters) {
    AlphaAccumulator acc = accumulator();
    Checks.eachRow(unitsByRaters, "unitsByRaters", acc::addUnit);
    return acc.result();
  }

  @Override
  public String toString() {
    return "KrippendorffAlpha." + level.name().toLowerCase(java.util.Locale.ROOT) + "()";
  }
}

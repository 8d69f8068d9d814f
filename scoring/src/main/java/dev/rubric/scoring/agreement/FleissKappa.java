package dev.rubric.scoring.agreement;

import java.util.stream.Collector;

/**
 * Fleiss' kappa, the chance-corrected agreement of a fixed number {@code n} of ratings per unit
 * over nominal categories (the raters may differ between units).
 *
 * <p><b>Formula.</b> With {@code N} units, {@code n_ij} the ratings of unit {@code i} in category
 * {@code j} and {@code p_j = sum_i n_ij / (N n)}:
 *
 * <pre>
 *   P_i = (sum_j n_ij^2 - n) / (n (n - 1))      P = (1/N) sum_i P_i
 *   P_e = sum_j p_j^2                           kappa = (P - P_e) / (1 - P_e)
 * </pre>
 *
 * <p><b>Undefined</b>, in this order: when no unit has two ratings ({@link
 * UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS}, {@link UndefinedReason#ONE_RATER}
 * when every unit has one cell, {@link UndefinedReason#NO_PAIRABLE_UNITS} when units have several
 * cells but at most one rating each, as for every statistic of this package: {@code {{1, no}, {2,
 * no}}} is {@code NO_PAIRABLE_UNITS}); when units carry different numbers of ratings ({@link
 * UndefinedReason#MISSING_RATINGS} if some were missing, else {@link
 * UndefinedReason#UNEQUAL_RATERS_PER_UNIT}; an empty unit {@code {}} is a unit nobody rated, its
 * ratings missing, as {@code {MISSING, MISSING}} is); and when every rating is in one category
 * ({@link UndefinedReason#ONE_CATEGORY_ONLY}). Units that all miss the same number of ratings are
 * complete in Fleiss' sense and count. For complete data nominal alpha relates to kappa by {@code
 * alpha = 1 - (1 - kappa) (N n - 1) / (N n)}.
 *
 * <p><b>Source.</b> Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 * Psychological Bulletin 76(5), 378-382. doi:10.1037/h0031619.
 *
 * <p>Stateless and thread-safe.
 */
public final class FleissKappa {
  private static final FleissKappa INSTANCE = new FleissKappa();

  private FleissKappa() {}

  /** {@return Fleiss' kappa} */
  public static FleissKappa of() {
    return INSTANCE;
  }

  /** {@return a new, empty accumulator; see {@link FleissAccumulator} for its contract} */
  public FleissAccumulator accumulator() {
    return new FleissAccumulator();
  }

  /** {@return a collector of units ({@code int[]} ratings) to kappa; works on parallel streams} */
  public Collector<int[], FleissAccumulator, FleissResult> collector() {
    return Collector.of(
        this::accumulator,
        (acc, unit) -> acc.addUnit(unit),
        FleissAccumulator::merge,
        FleissAccumulator::result);
  }

  /**
   * {@return kappa of a units-by-raters matrix with {@link Ratings#MISSING} for missing cells}
   *
   * @param unitsByRaters one row per unit, one column per rater
   */
  public FleissResult compute(int[][] unitsByRaters) {
    FleissAccumulator acc = accumulator();
    Checks.eachRow(unitsByRaters, "unitsByRaters", acc::addUnit);
    return acc.result();
  }

  @Override
  public String toString() {
    return "FleissKappa.of()";
  }
}

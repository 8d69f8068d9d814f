package dev.rubric.scoring.agreement;

/**
 * Why the data cannot define a statistic. Each constant names a degenerate case, and every
 * statistic of this package gives the same constant for the same data: the first four describe the
 * shape of the data and are tested in this order by alpha, both kappas, the intraclass
 * correlations, rwg, rwg(j) and the average deviation; the others belong to particular statistics.
 */
public enum UndefinedReason {
  /** No unit (target, item) was added at all, for example an empty matrix. */
  NO_UNITS,
  /**
   * No unit has two or more ratings that can be paired, although there are several raters and some
   * ratings: every unit was rated by one rater only, for example {@code [3, MISSING, MISSING]}.
   */
  NO_PAIRABLE_UNITS,
  /**
   * Too few units for the statistic although some can be paired, for example one complete target
   * for an intraclass correlation.
   */
  TOO_FEW_UNITS,
  /**
   * There is one rater only: every unit has a single cell, for example {@code [[3], [4]]}. Used
   * only then; several raters who never rate the same unit give {@link #NO_PAIRABLE_UNITS}.
   */
  ONE_RATER,
  /**
   * Every rating falls in one category, for example all ratings are 3: the agreement expected by
   * chance is already perfect, so chance-corrected agreement is 0/0.
   */
  ONE_CATEGORY_ONLY,
  /**
   * The variance (or the denominator) that the statistic divides by is exactly zero, for example
   * all targets rated alike for an intraclass correlation.
   */
  NO_VARIANCE,
  /**
   * Units can be paired, but the statistic needs complete data and missing ratings leave too
   * little: Fleiss' kappa with units of different sizes because of missing ratings, an intraclass
   * correlation whose every target misses a rating, rwg(j) whose listwise deletion leaves fewer
   * than two raters.
   */
  MISSING_RATINGS,
  /** Units carry different numbers of ratings and the statistic needs the same number. */
  UNEQUAL_RATERS_PER_UNIT,
  /** The ratio metric met a negative value; ratio scales start at an absolute zero. */
  NEGATIVE_VALUE_ON_RATIO_SCALE,
  /** Units were added, but every rating in them is missing (or the units have no cells). */
  NO_RATINGS
}

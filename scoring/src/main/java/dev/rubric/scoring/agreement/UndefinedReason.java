package dev.rubric.scoring.agreement;

/** Why the data cannot define a statistic. Each constant names a degenerate case. */
public enum UndefinedReason {
  /** No unit was added at all. */
  NO_UNITS,
  /**
   * No unit has two or more ratings that can be paired, for example every unit was rated by one
   * rater only: {@code [3, MISSING, MISSING]}.
   */
  NO_PAIRABLE_UNITS,
  /** Too few units for the statistic, for example one target for an intraclass correlation. */
  TOO_FEW_UNITS,
  /** Fewer than two raters (or ratings per unit): agreement needs at least two judgements. */
  ONE_RATER,
  /**
   * Every rating falls in one category, for example all ratings are 3: the agreement expected by
   * chance is already perfect, so chance-corrected agreement is 0/0.
   */
  ONE_CATEGORY_ONLY,
  /** The variance that the statistic divides by is zero, for example all targets rated alike. */
  NO_VARIANCE,
  /** Some ratings are missing and the statistic needs complete data. */
  MISSING_RATINGS,
  /** Units carry different numbers of ratings and the statistic needs the same number. */
  UNEQUAL_RATERS_PER_UNIT,
  /** The ratio metric met a negative value; ratio scales start at an absolute zero. */
  NEGATIVE_VALUE_ON_RATIO_SCALE,
  /** No rating at all was given. */
  NO_RATINGS
}

package dev.rubric.scoring.agreement;

/**
 * Why the data cannot define a figure. Each constant names a degenerate case. Every agreement
 * statistic of this package gives the same constant for the same data: the first four describe the
 * shape of the data and are tested in this order by alpha, both kappas, the intraclass
 * correlations, rwg, rwg(j) and the average deviation; the others belong to particular statistics
 * (the F test of an intraclass correlation has {@link #NO_ERROR_VARIANCE}), to interviewer
 * calibration ({@link #NO_COMPARISONS}, {@link #NO_RESIDUAL_DEGREES_OF_FREEDOM}, {@link
 * #NOT_TESTED}, {@link #TOO_FEW_RATINGS}, {@link #NO_DEADLINES}), to the adverse-impact audit
 * ({@link #EXCLUDED_SMALL_SHARE}, {@link #REFERENCE_CATEGORY}, {@link #REFERENCE_RATE_ZERO}, {@link
 * #ZERO_COUNT}, {@link #NO_SCORES}, {@link #TOO_FEW_SCORES}, and {@link #NO_VARIANCE} for a z
 * without variation) and to the scores of an evaluation. Every figure that the data may fail to
 * define is a {@link Coefficient} carrying one of these constants and a sentence; none is a {@code
 * NaN}.
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
   * all targets rated alike for an intraclass correlation. Also the F test of an intraclass
   * correlation whose two mean squares are both zero (0/0, for example {@code [[1, 2], [1, 2], [1,
   * 2]]} for the two-way forms): its {@code f} and its {@code pValue}, since nothing is tested.
   */
  NO_VARIANCE,
  /**
   * The error mean square that a test statistic divides by is exactly zero while its numerator is
   * positive, so the statistic is infinite: the {@code f} of an intraclass correlation's {@link
   * FTest} when every rater gives each target the same rating but the targets differ, for example
   * {@code [[1, 1], [3, 3], [2, 2]]} (the two-way forms also when raters differ by a constant
   * shift). The test's p-value stays defined: 0, its limit.
   */
  NO_ERROR_VARIANCE,
  /**
   * Units can be paired, but the statistic needs complete data and missing ratings leave too
   * little: Fleiss' kappa with units of different sizes because of missing ratings, an intraclass
   * correlation whose every target misses a rating, rwg(j) whose listwise deletion leaves fewer
   * than two raters.
   */
  MISSING_RATINGS,
  /** Units carry different numbers of ratings and the statistic needs the same number. */
  UNEQUAL_RATERS_PER_UNIT,
  /**
   * The ratio metric met a negative value among the pairable values (a unit rated once drops out of
   * alpha with its value); ratio scales start at an absolute zero.
   */
  NEGATIVE_VALUE_ON_RATIO_SCALE,
  /** Units were added, but every rating in them is missing (or the units have no cells). */
  NO_RATINGS,
  /**
   * An interviewer shared no candidate-competency unit with another interviewer, so nothing
   * compares their ratings with anyone's: their leniency offset, its standard error, z and p-values
   * are undefined.
   */
  NO_COMPARISONS,
  /**
   * The fitted model has no residual degrees of freedom ({@code df = observations - units -
   * (interviewers - groups) <= 0}): every rating is explained exactly, so the residual variance and
   * every standard error, z and p-value built on it are undefined. More shared candidates fix it.
   */
  NO_RESIDUAL_DEGREES_OF_FREEDOM,
  /**
   * The figure belongs to a test that was not run, for example an interviewer with fewer
   * comparisons than the calibration's {@code minComparisons}: no p-value and no adjusted p-value.
   */
  NOT_TESTED,
  /**
   * Ratings were given, but fewer than the figure needs, for example the standard deviation of one
   * rating, or a halo index without a scorecard carrying two ratings.
   */
  TOO_FEW_RATINGS,
  /**
   * No scorecard had a feedback deadline (no stage of the plan sets {@code feedbackDueWithin}), so
   * there is no share submitted late.
   */
  NO_DEADLINES,
  /**
   * An audit category holds fewer candidates than the audit's minimum share of the total, so it is
   * left out of every ratio and test (its selection rate is still given).
   */
  EXCLUDED_SMALL_SHARE,
  /**
   * The figure would compare the audit's reference category (the highest selection rate) with
   * itself: no test, no z and no interval.
   */
  REFERENCE_CATEGORY,
  /** The reference category's rate is 0, so no ratio to it exists. */
  REFERENCE_RATE_ZERO,
  /**
   * A count in the two-by-two table is zero, so the log interval of the impact ratio (Katz) is
   * infinite.
   */
  ZERO_COUNT,
  /** No candidate (of the audit, or of the category) has a score. */
  NO_SCORES,
  /**
   * Too few scores, or scores without spread, for a standardized mean difference (Hedges' g needs
   * two scores on each side and a positive pooled variance).
   */
  TOO_FEW_SCORES
}

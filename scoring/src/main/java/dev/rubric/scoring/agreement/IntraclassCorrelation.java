package dev.rubric.scoring.agreement;

import java.util.stream.Collector;

/**
 * The intraclass correlations of Shrout and Fleiss (1979): the six {@link IccForm forms} with their
 * F tests and 95% confidence intervals, from one two-way analysis of variance of n targets by k
 * raters.
 *
 * <p><b>Formula.</b> From the mean squares between targets {@code BMS}, within targets {@code WMS},
 * between raters {@code JMS} and residual {@code EMS} (see {@link IccResult}), each form as in
 * {@link IccForm}. The one-way forms are tested with {@code F = BMS / WMS} on {@code (n - 1, n (k -
 * 1))} degrees of freedom, the two-way forms with {@code F = BMS / EMS} on {@code (n - 1, (n - 1)(k
 * - 1))}. ICC(3,k) equals Cronbach's alpha with raters as items. Targets with a missing rating are
 * removed listwise and counted in {@link IccResult#droppedTargets()}.
 *
 * <p><b>Undefined</b> when the data have no two ratings of one target to compare ({@link
 * UndefinedReason#NO_UNITS}, {@link UndefinedReason#NO_RATINGS}, {@link UndefinedReason#ONE_RATER},
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}, in that order, as for every statistic of this
 * package), with fewer than two complete targets ({@link UndefinedReason#MISSING_RATINGS} if all
 * were removed listwise, else {@link UndefinedReason#TOO_FEW_UNITS}), and, per form, when its
 * denominator is exactly zero ({@link UndefinedReason#NO_VARIANCE}), for example all ratings equal.
 * ICC(2,k) is defined whenever its denominator {@code BMS + (JMS - EMS) / n} is not zero, also
 * where ICC(2,1) is not, so it is the Spearman-Brown step-up of ICC(2,1) only where both are
 * defined. Without variance between targets ({@code BMS = 0}) it is {@code n EMS / (EMS - JMS)}:
 * negative when {@code JMS > EMS}, above 1 when {@code JMS < EMS} ({@code {{2, 5}, {5, 2}}}: BMS =
 * JMS = 0, EMS = 9, ICC(2,k) = 2 while ICC(2,1) has a zero denominator and is undefined with {@link
 * UndefinedReason#NO_VARIANCE}), as psych::ICC's formula gives. The denominators of ICC(2,1) and
 * ICC(2,k) hold {@code JMS - EMS} and may be negative on small samples: both estimates then lie
 * outside [-1, 1], as psych::ICC gives them ({@code {{1, 3}, {2, 0}}}: ICC(2,1) = -3, ICC(2,k) =
 * 3).
 *
 * <p><b>Malformed input.</b> Column {@code j} is rater {@code j} throughout, so a target whose
 * length differs from the first non-empty target's is refused with an {@link
 * IllegalArgumentException} ({@link #compute(int[][])} names the row, {@code targetsByRaters[3]}),
 * as is a null row (a {@link NullPointerException}). An empty target ({@code {}}) is a target that
 * nobody rated, removed listwise and counted like any incomplete one: {@code {{}}} is {@link
 * UndefinedReason#NO_RATINGS}, as for every statistic of this package.
 *
 * <p><b>Edges.</b> Sums are exact integers of any size and the zero tests exact. An F test whose
 * error mean square is 0 has an infinite F, so its {@link FTest#f() f} is undefined with {@link
 * UndefinedReason#NO_ERROR_VARIANCE} and its {@link FTest#pValue() pValue} is 0 (the limit), while
 * the targets differ; when they do not (0/0) both are undefined with {@link
 * UndefinedReason#NO_VARIANCE}: no figure of an F test is ever {@code NaN} or infinite (see {@link
 * FTest}). Under perfect agreement, or perfect consistency for form 3, the intervals of forms 1 and
 * 3, single and average, are [1, 1] (the limit of their bounds; psych::ICC gives NaN for the single
 * forms), and under perfect agreement so are those of form 2. When the error mean square is 0 and
 * the rater mean square is not, ICC(2,1) keeps a finite interval from the limit {@code v = k - 1}
 * of the Satterthwaite degrees of freedom (psych::ICC gives NaN). ICC(2,k)'s interval, the
 * Spearman-Brown step-up of ICC(2,1)'s, is empty when ICC(2,1)'s interval holds the step-up's pole
 * {@code -1 / (k - 1)}, where the stepped-up interval is unbounded below (psych::ICC prints a lower
 * bound above the upper one there).
 *
 * <p><b>Sources.</b> Shrout, P. E. and Fleiss, J. L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin 86(2), 420-428.
 * doi:10.1037/0033-2909.86.2.420. McGraw, K. O. and Wong, S. P. (1996). Forming inferences about
 * some intraclass correlation coefficients. Psychological Methods 1(1), 30-46.
 * doi:10.1037/1082-989X.1.1.30.
 *
 * <p>Stateless and thread-safe.
 */
public final class IntraclassCorrelation {
  private static final IntraclassCorrelation INSTANCE = new IntraclassCorrelation();

  private IntraclassCorrelation() {}

  /** {@return the intraclass correlations} */
  public static IntraclassCorrelation of() {
    return INSTANCE;
  }

  /** {@return a new, empty accumulator; see {@link IccAccumulator} for its contract} */
  public IccAccumulator accumulator() {
    return new IccAccumulator();
  }

  /** {@return a collector of targets ({@code int[]} ratings) to the ICCs; works in parallel} */
  public Collector<int[], IccAccumulator, IccResult> collector() {
    return Collector.of(
        this::accumulator,
        (acc, unit) -> acc.addUnit(unit),
        IccAccumulator::merge,
        IccAccumulator::result);
  }

  /**
   * {@return the ICCs of a targets-by-raters matrix, {@link Ratings#MISSING} for missing cells}
   *
   * @param targetsByRaters one row per target (candidate), one column per rater
   */
  public IccResult compute(int[][] targetsByRaters) {
    IccAccumulator acc = accumulator();
    Checks.eachRow(targetsByRaters, "targetsByRaters", acc::addUnit);
    return acc.result();
  }

  /**
   * {@return the ICCs of a targets-by-raters matrix, {@code NaN} for missing cells} Other cells
   * must be integers from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int}
   * overloads, whose {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param targetsByRaters one row per target (candidate), one column per rater
   * @throws IllegalArgumentException naming the row, if a cell is not {@code NaN} and not such an
   *     integer, or as {@link IccAccumulator#addUnit(double...)}
   */
  public IccResult compute(double[][] targetsByRaters) {
    IccAccumulator acc = accumulator();
    Checks.eachRow(targetsByRaters, "targetsByRaters", acc::addUnit);
    return acc.result();
  }

  @Override
  public String toString() {
    return "IntraclassCorrelation.of()";
  }
}

package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.FDistribution;
import org.junit.jupiter.api.Test;

/**
 * Every mean square, F test, p-value and 95% interval of the six intraclass correlations, checked
 * against an independent textbook computation done in this test.
 *
 * <p>The reference works on the raw matrix with two-pass deviations from the means (not the
 * engine's exact integer sums) and follows the published formulas: Shrout and Fleiss (1979),
 * Psychological Bulletin 86(2):420-428, doi:10.1037/0033-2909.86.2.420, for the estimates and the
 * F-based intervals of forms 1 and 3; McGraw and Wong (1996), Psychological Methods 1(1):30-46,
 * doi:10.1037/1082-989X.1.1.30, Table 7 (case 2A, written with a and b) for the Satterthwaite
 * interval of form 2, Spearman-Brown for the average form. Quantiles and p-values come from
 * commons-statistics {@link FDistribution}. Both paths are double arithmetic on small integers, so
 * they agree to 1e-9; the constants in {@link #shroutFleissAgainstPsych} are R psych::ICC's printed
 * values (2 decimals for the coefficients and upper bounds), checked to 0.005.
 *
 * <p>Each test computes its own result: a result held in a static field is computed once, before
 * PIT can attribute it to a test, and so kills no mutant.
 */
class IccEngineMutationTest {

  private static final Coefficient ONE = Coefficient.of(1);

  private static final int[][] SHROUT_FLEISS = {
    {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
  };

  // Three raters with clearly different means (a large rater effect) and an uneven error term.
  private static final int[][] RATER_EFFECT = {
    {1, 3, 4}, {2, 2, 5}, {3, 5, 5}, {1, 4, 3}, {4, 6, 7}, {2, 3, 6}, {3, 3, 4}
  };

  // Two raters who mostly disagree: BMS (0.25) < EMS (2.65), F < 1. ICC(2,k) is 24 here: its
  // denominator BMS + (JMS - EMS)/n is negative, so the textbook form leaves [-1, 1]; kept as
  // the formula gives it (psych::ICC does the same). ICC(2,1)'s interval [-1.36, 0.12] holds the
  // pole -1 of the Spearman-Brown step-up, so ICC(2,k) has no interval (psych prints [7.57, 0.21]).
  private static final int[][] DISAGREEING = {{1, 4}, {4, 1}, {2, 3}, {3, 3}, {1, 3}};

  private static final double TOL = 1e-9;

  /** The textbook computation; see the class comment. */
  private record Reference(
      double bms,
      double wms,
      double jms,
      double ems,
      double[] value,
      double[][] interval,
      double oneWayF,
      double twoWayF,
      double oneWayP,
      double twoWayP) {

    static Reference of(int[][] x) {
      int n = x.length;
      int k = x[0].length;
      double grand = 0;
      double[] rowMean = new double[n];
      double[] colMean = new double[k];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          grand += x[i][j];
          rowMean[i] += x[i][j] / (double) k;
          colMean[j] += x[i][j] / (double) n;
        }
      }
      grand /= n * k;
      double ssRows = 0;
      double ssCols = 0;
      double ssWithin = 0;
      double ssError = 0;
      for (int i = 0; i < n; i++) {
        ssRows += k * sq(rowMean[i] - grand);
        for (int j = 0; j < k; j++) {
          ssWithin += sq(x[i][j] - rowMean[i]);
          ssError += sq(x[i][j] - rowMean[i] - colMean[j] + grand);
        }
      }
      for (int j = 0; j < k; j++) {
        ssCols += n * sq(colMean[j] - grand);
      }
      double bms = ssRows / (n - 1);
      double wms = ssWithin / (n * (k - 1));
      double jms = ssCols / (k - 1);
      double ems = ssError / ((n - 1) * (k - 1));
      double[] value = {
        (bms - wms) / (bms + (k - 1) * wms),
        (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
        (bms - ems) / (bms + (k - 1) * ems),
        (bms - wms) / bms,
        (bms - ems) / (bms + (jms - ems) / n),
        (bms - ems) / bms
      };
      double df1 = n - 1;
      double dfWithin = n * (k - 1);
      double dfError = (n - 1) * (k - 1);
      double f1 = bms / wms;
      double f3 = bms / ems;
      double[] single1 = singleBounds(f1, df1, dfWithin, k);
      double[] single3 = singleBounds(f3, df1, dfError, k);
      double[] average1 = averageBounds(f1, df1, dfWithin);
      double[] average3 = averageBounds(f3, df1, dfError);
      // McGraw and Wong (1996), Table 7, case 2A.
      double r = value[1];
      double a = k * r / (n * (1 - r));
      double b = 1 + k * r * (n - 1) / (n * (1 - r));
      double v =
          sq(a * jms + b * ems)
              / (sq(a * jms) / (k - 1) + sq(b * ems) / ((n - 1) * (double) (k - 1)));
      double fStarLow = quantile975(n - 1, v);
      double fStarHigh = quantile975(v, n - 1);
      double lower2 =
          n * (bms - fStarLow * ems) / (fStarLow * (k * jms + (k * n - k - n) * ems) + n * bms);
      double upper2 =
          n * (fStarHigh * bms - ems) / (k * jms + (k * n - k - n) * ems + n * fStarHigh * bms);
      double[][] interval = {
        single1,
        {lower2, upper2},
        single3,
        average1,
        // Spearman-Brown; none when ICC(2,1)'s interval holds its pole -1 / (k - 1), where the
        // stepped-up interval is unbounded below (an empty array: no interval)
        1 + (k - 1) * lower2 <= 0 && 1 + (k - 1) * upper2 > 0
            ? new double[0]
            : new double[] {
              k * lower2 / (1 + (k - 1) * lower2), k * upper2 / (1 + (k - 1) * upper2)
            },
        average3
      };
      return new Reference(
          bms,
          wms,
          jms,
          ems,
          value,
          interval,
          f1,
          f3,
          FDistribution.of(df1, dfWithin).survivalProbability(f1),
          FDistribution.of(df1, dfError).survivalProbability(f3));
    }

    private static double[] singleBounds(double f, double df1, double df2, int k) {
      double fl = f / quantile975(df1, df2);
      double fu = f * quantile975(df2, df1);
      return new double[] {(fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1)};
    }

    private static double[] averageBounds(double f, double df1, double df2) {
      double fl = f / quantile975(df1, df2);
      double fu = f * quantile975(df2, df1);
      return new double[] {1 - 1 / fl, 1 - 1 / fu};
    }

    private static double quantile975(double df1, double df2) {
      return FDistribution.of(df1, df2).inverseCumulativeProbability(0.975);
    }

    private static double sq(double d) {
      return d * d;
    }
  }

  private static void assertMatchesReference(int[][] data) {
    IccResult result = IntraclassCorrelation.of().compute(data);
    Reference ref = Reference.of(data);
    int n = data.length;
    int k = data[0].length;

    assertThat(result.targets()).isEqualTo(n);
    assertThat(result.raters()).isEqualTo(k);
    assertThat(result.droppedTargets()).isZero();
    assertThat(result.betweenTargetsMeanSquare().value()).isCloseTo(ref.bms(), within(TOL));
    assertThat(result.withinTargetsMeanSquare().value()).isCloseTo(ref.wms(), within(TOL));
    assertThat(result.betweenRatersMeanSquare().value()).isCloseTo(ref.jms(), within(TOL));
    assertThat(result.errorMeanSquare().value()).isCloseTo(ref.ems(), within(TOL));
    for (IccForm form : IccForm.values()) {
      IccEstimate e = result.get(form);
      int i = form.ordinal();
      boolean oneWay = form == IccForm.ICC_1_1 || form == IccForm.ICC_1_K;
      assertThat(e.form()).isEqualTo(form);
      assertThat(e.value().value()).as("%s", form).isCloseTo(ref.value()[i], within(TOL));
      FTest t = e.test().orElseThrow();
      assertThat(t.f().value())
          .as("F of %s", form)
          .isCloseTo(oneWay ? ref.oneWayF() : ref.twoWayF(), within(TOL));
      assertThat(t.numeratorDf()).isEqualTo(n - 1);
      assertThat(t.denominatorDf()).isEqualTo(oneWay ? n * (k - 1) : (n - 1) * (k - 1));
      assertThat(t.pValue().value())
          .as("p of %s", form)
          .isCloseTo(oneWay ? ref.oneWayP() : ref.twoWayP(), within(1e-12));
      if (ref.interval()[i].length == 0) {
        assertThat(e.interval()).as("interval of %s", form).isEmpty();
        continue;
      }
      ConfidenceInterval ci = e.interval().orElseThrow();
      assertThat(ci.level()).isEqualTo(0.95);
      assertThat(ci.lower()).as("lower of %s", form).isCloseTo(ref.interval()[i][0], within(TOL));
      assertThat(ci.upper()).as("upper of %s", form).isCloseTo(ref.interval()[i][1], within(TOL));
    }
  }

  @Test
  void shroutFleissDataMatchTheTextbookFormulas() {
    assertMatchesReference(SHROUT_FLEISS);
    for (IccEstimate e : IntraclassCorrelation.of().compute(SHROUT_FLEISS).estimates()) {
      assertThat(e.interval().orElseThrow().lower()).isLessThan(e.value().value());
      assertThat(e.interval().orElseThrow().upper()).isGreaterThan(e.value().value());
    }
  }

  @Test
  void aLargeRaterEffectMatchesTheTextbookFormulas() {
    assertMatchesReference(RATER_EFFECT);
  }

  @Test
  void disagreeingRatersMatchTheTextbookFormulas() {
    assertMatchesReference(DISAGREEING);
    IccResult r = IntraclassCorrelation.of().compute(DISAGREEING);
    assertThat(r.get(IccForm.ICC_1_1).value().value()).isNegative();
    assertThat(r.get(IccForm.ICC_1_1).test().orElseThrow().pValue().value()).isGreaterThan(0.5);
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isCloseTo(24, within(1e-9));
  }

  @Test
  void doubleRatingsGiveTheSameResultAsIntegers() {
    double[][] asDoubles = new double[SHROUT_FLEISS.length][];
    for (int i = 0; i < SHROUT_FLEISS.length; i++) {
      asDoubles[i] = java.util.Arrays.stream(SHROUT_FLEISS[i]).asDoubleStream().toArray();
    }

    assertThat(IntraclassCorrelation.of().compute(asDoubles))
        .isEqualTo(IntraclassCorrelation.of().compute(SHROUT_FLEISS));
  }

  // R psych 2.2.9, ICC(sf) on the Shrout-Fleiss table (the help-page example): coefficients and
  // upper bounds to 2 decimals (checked to 0.005), lower bounds to 3 (checked to 0.0005). The
  // ICC3k lower bound is 0.676 (0.6757 here); a 2-decimal "0.67" is a truncation, not a rounding.
  @Test
  void shroutFleissAgainstPsych() {
    IccResult r = IntraclassCorrelation.of().compute(SHROUT_FLEISS);
    double[][] psych = {
      {0.17, -0.133, 0.72},
      {0.29, 0.019, 0.76},
      {0.71, 0.342, 0.95},
      {0.44, -0.884, 0.91},
      {0.62, 0.071, 0.93},
      {0.91, 0.676, 0.99}
    };
    for (IccForm form : IccForm.values()) {
      IccEstimate e = r.get(form);
      double[] expected = psych[form.ordinal()];
      assertThat(e.value().value()).as("%s", form).isCloseTo(expected[0], within(0.005));
      assertThat(e.interval().orElseThrow().lower())
          .as("%s", form)
          .isCloseTo(expected[1], within(0.0005));
      assertThat(e.interval().orElseThrow().upper())
          .as("%s", form)
          .isCloseTo(expected[2], within(0.005));
    }
  }

  @Test
  void twoTargetsAndTwoRatersAreEnough() {
    int[][] data = {{1, 2}, {4, 4}};
    IccResult r = IntraclassCorrelation.of().compute(data);

    assertThat(r.estimates()).allSatisfy(e -> assertThat(e.value().isDefined()).isTrue());
    assertThat(r.get(IccForm.ICC_1_1).value().value())
        .isCloseTo(Reference.of(data).value()[0], within(TOL));
  }

  @Test
  void emptyAccumulatorHasNoUnits() {
    IccResult r = IntraclassCorrelation.of().accumulator().result();

    assertThat(r.targets()).isZero();
    assertThat(r.raters()).isZero();
    assertThat(r.betweenTargetsMeanSquare())
        .isEqualTo(Coefficient.undefined(UndefinedReason.NO_UNITS, "no target was added"));
    for (IccEstimate e : r.estimates()) {
      assertThat(e.value().undefinedReason()).contains(UndefinedReason.NO_UNITS);
      assertThat(e.test()).isEmpty();
      assertThat(e.interval()).isEmpty();
    }
    assertThatThrownBy(() -> r.get(IccForm.ICC_3_K).value().value())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NO_UNITS: no target was added");
  }

  @Test
  void oneRaterWithADroppedTargetIsStillOneRater() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{MISSING}, {3}});

    assertThat(r.targets()).isEqualTo(1);
    assertThat(r.droppedTargets()).isEqualTo(1);
    assertThatThrownBy(() -> r.get(IccForm.ICC_1_1).value().value())
        .hasMessage("ONE_RATER: there is one rater only; agreement needs at least two raters");
  }

  @Test
  void oneCompleteTargetIsTooFew() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {3, MISSING}});

    assertThatThrownBy(() -> r.get(IccForm.ICC_2_K).value().value())
        .hasMessage("TOO_FEW_UNITS: complete targets (1) must be >= 2 (1 removed)");
  }

  @Test
  void everyTargetDroppedMissesRatings() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2, MISSING}});

    assertThatThrownBy(() -> r.get(IccForm.ICC_1_1).value().value())
        .hasMessage("MISSING_RATINGS: every target misses a rating and was removed listwise");
    IccResult unpaired = IntraclassCorrelation.of().compute(new int[][] {{1, MISSING}});
    assertThatThrownBy(() -> unpaired.get(IccForm.ICC_1_1).value().value())
        .hasMessage(
            "NO_PAIRABLE_UNITS: no target has two or more ratings, so no pair of ratings can be"
                + " compared");
  }

  // Every target has the same total, but raters disagree within targets: no between-target
  // variance. The consistency forms are -1, absolute agreement -3; ICC(1,k) and ICC(3,k) divide by
  // BMS = 0 and are undefined, while ICC(2,k) = (0 - 2) / (0 + (0 - 2) / 3) = 3, as psych::ICC
  // gives (3.0000000000000000; psych 2.2.9, R 4.2.2, lmer = FALSE).
  @Test
  void noVarianceBetweenTargets() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 3}, {3, 1}, {2, 2}});

    assertThat(r.betweenTargetsMeanSquare().value()).isZero();
    assertThat(r.get(IccForm.ICC_1_1).value().value()).isEqualTo(-1);
    assertThat(r.get(IccForm.ICC_3_1).value().value()).isEqualTo(-1);
    // (0 - EMS) / (0 + EMS + 2 (0 - EMS) / 3) with EMS = 2.
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isCloseTo(-3, within(1e-12));
    assertThat(r.get(IccForm.ICC_1_1).test().orElseThrow().f().value()).isZero();
    assertThat(r.get(IccForm.ICC_1_1).test().orElseThrow().pValue().value()).isEqualTo(1);
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isEqualTo(3);
    for (IccForm form : List.of(IccForm.ICC_1_K, IccForm.ICC_3_K)) {
      IccEstimate e = r.get(form);
      assertThat(e.value().undefinedReason()).as("%s", form).contains(UndefinedReason.NO_VARIANCE);
      assertThat(e.test()).isEmpty();
      assertThat(e.interval()).isEmpty();
      assertThatThrownBy(() -> e.value().value())
          .hasMessage(
              "NO_VARIANCE: the variance that "
                  + (form == IccForm.ICC_1_K ? "ICC(1,k)" : "ICC(3,k)")
                  + " divides by is zero: the targets are rated alike");
    }
  }

  // Each rater gives the same value to every target, and the raters differ: the only variance is
  // between raters. Consistency (form 3) is 0/0, undefined; absolute agreement (form 2) is 0 at
  // single and average units, with F = BMS / EMS = 0/0, so F and p are NaN and there is no
  // interval; the one-way form sees only within-target variance and is -1.
  @Test
  void onlyRaterVariance() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {1, 2}, {1, 2}});

    assertThat(r.errorMeanSquare().value()).isZero();
    assertThat(r.get(IccForm.ICC_1_1).value().value()).isEqualTo(-1);
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isZero();
    assertThat(r.get(IccForm.ICC_2_1).test().orElseThrow().f().undefinedReason())
        .contains(UndefinedReason.NO_VARIANCE);
    assertThat(r.get(IccForm.ICC_2_1).test().orElseThrow().pValue().undefinedReason())
        .contains(UndefinedReason.NO_VARIANCE);
    assertThat(r.get(IccForm.ICC_2_1).interval()).isEmpty();
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isZero();
    assertThat(r.get(IccForm.ICC_2_K).test().orElseThrow().pValue().isDefined()).isFalse();
    assertThat(r.get(IccForm.ICC_3_1).value().undefinedReason())
        .contains(UndefinedReason.NO_VARIANCE);
  }

  // Perfect consistency with a rater shift: EMS = 0, so F is infinite; both intervals of form 3
  // collapse to [1, 1], the limit of their bounds (psych gives NaN for the single form).
  @Test
  void perfectConsistencyIntervals() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {2, 3}, {4, 5}});

    assertThat(r.get(IccForm.ICC_3_K).value().value()).isEqualTo(1);
    assertThat(r.get(IccForm.ICC_3_K).interval()).contains(new ConfidenceInterval(0.95, 1, 1));
    assertThat(r.get(IccForm.ICC_3_1).interval()).contains(new ConfidenceInterval(0.95, 1, 1));
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isLessThan(1).isGreaterThan(0.5);
  }

  @Test
  void emptyTargetIsATargetNobodyRated() {
    // An empty unit is a unit without ratings for every statistic (README, "Measuring agreement").
    IccResult r = IntraclassCorrelation.of().accumulator().addUnit(new int[0]).result();

    assertThat(r.droppedTargets()).isEqualTo(1);
    assertThat(r.raters()).isZero();
    assertThat(r.get(IccForm.ICC_1_1).value().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
  }

  @Test
  void targetWithOtherRatersIsRefused() {
    IccAccumulator acc = IntraclassCorrelation.of().accumulator().addUnit(1, 2);

    assertThatThrownBy(() -> acc.addUnit(1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings length (3) must equal the raters (2)");
  }

  @Test
  void mergeIntoItselfIsRefused() {
    IccAccumulator acc = IntraclassCorrelation.of().accumulator().addUnit(1, 2);

    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge an accumulator (icc) into itself");
  }

  @Test
  void mergeOfEmptyAccumulatorsInBothDirections() {
    IccAccumulator full = IntraclassCorrelation.of().accumulator();
    for (int[] row : SHROUT_FLEISS) {
      full.addUnit(row);
    }
    IccResult expected = IntraclassCorrelation.of().compute(SHROUT_FLEISS);

    assertThat(full.merge(IntraclassCorrelation.of().accumulator()).result()).isEqualTo(expected);
    assertThat(IntraclassCorrelation.of().accumulator().merge(full).result()).isEqualTo(expected);
    assertThat(
            IntraclassCorrelation.of()
                .accumulator()
                .merge(IntraclassCorrelation.of().accumulator())
                .result()
                .get(IccForm.ICC_1_1)
                .value()
                .undefinedReason())
        .contains(UndefinedReason.NO_UNITS);
  }

  @Test
  void resultRefusesMisorderedOrMissingEstimates() {
    IccResult good = IntraclassCorrelation.of().compute(SHROUT_FLEISS);
    List<IccEstimate> estimates = good.estimates();
    IccEstimate first = estimates.get(0);

    assertThatThrownBy(() -> new IccResult(6, 0, 4, ONE, ONE, ONE, ONE, estimates.subList(0, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("estimates (5) must hold one per form");
    List<IccEstimate> swapped =
        List.of(
            estimates.get(1),
            first,
            estimates.get(2),
            estimates.get(3),
            estimates.get(4),
            estimates.get(5));
    assertThatThrownBy(() -> new IccResult(6, 0, 4, ONE, ONE, ONE, ONE, swapped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("estimates must follow the order of IccForm");
    assertThat(new IccResult(6, 0, 4, ONE, ONE, ONE, ONE, estimates).get(IccForm.ICC_1_1))
        .isEqualTo(first);
    assertThat(first.interval()).isNotEqualTo(Optional.empty());
  }

  @Test
  void resultRefusesANegativeMeanSquare() {
    List<IccEstimate> estimates = IntraclassCorrelation.of().compute(SHROUT_FLEISS).estimates();
    Coefficient negative = Coefficient.of(-0.5);

    assertThatThrownBy(() -> new IccResult(6, 0, 4, ONE, ONE, ONE, negative, estimates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("errorMeanSquare (-0.5) must be >= 0");
    assertThatThrownBy(() -> new IccResult(6, 0, 4, negative, ONE, ONE, ONE, estimates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("betweenTargetsMeanSquare (-0.5) must be >= 0");
  }
}

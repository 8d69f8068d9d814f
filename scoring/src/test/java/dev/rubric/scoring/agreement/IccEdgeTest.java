package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The intraclass correlations at their edges: 0/0 F tests, ICC(2,k) without variance between
 * targets, intervals under perfect agreement and without error, and sums beyond a {@code long}.
 * Reference values from psych::ICC (psych 2.2.9, R 4.2.2, {@code lmer = FALSE}) where psych defines
 * them, otherwise from the closed forms worked out in the comments; tolerance 1e-12 unless exact.
 */
class IccEdgeTest {
  private static final double TOL = 1e-12;

  // Row sums 5, 5, 5, 5: BMS = 0. ICC(2,k) = n((k-1)T - E) / (n(k-1)T + (n-1)J - E) with T = 0,
  // here -9 exactly; psych::ICC gives ICC2k -9.0000000000000373 and ICC2 -0.42857142857142883
  // (-3/7). Rubric reported NO_VARIANCE for ICC(2,k) before.
  @Test
  void iccTwoKIsDefinedWithoutVarianceBetweenTargets() {
    IccResult r =
        IntraclassCorrelation.of()
            .compute(new int[][] {{1, 1, 3}, {1, 1, 3}, {1, 2, 2}, {2, 2, 1}});

    assertThat(r.betweenTargetsMeanSquare().value()).isZero();
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isCloseTo(-9, within(TOL));
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isCloseTo(-3.0 / 7, within(TOL));
    assertThat(r.get(IccForm.ICC_2_K).test().orElseThrow().f().value()).isZero();
    assertThat(r.get(IccForm.ICC_2_K).test().orElseThrow().pValue().value()).isEqualTo(1);
  }

  // n = 2, k = 2, {{1, 3}, {2, 0}}: BMS = 1, JMS = 0, EMS = 4, so the denominators of the two-way
  // random forms are negative and both estimates leave [-1, 1]: ICC(2,1) = (1 - 4) / (1 + 4 + 2(0
  // - 4) / 2) = -3, ICC(2,k) = (1 - 4) / (1 + (0 - 4) / 2) = 3. psych::ICC gives ICC2 -3.0000000,
  // ICC2k 3.0000000, ICC1 -0.3333333, ICC3 -0.6000000, ICC1k -1, ICC3k -3.
  @Test
  void theTwoWayRandomFormsLeaveMinusOneToOneWhenRatersDifferLessThanTheResidual() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 3}, {2, 0}});

    assertThat(r.get(IccForm.ICC_2_1).value().value()).isCloseTo(-3, within(TOL));
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isCloseTo(3, within(TOL));
    assertThat(r.get(IccForm.ICC_1_1).value().value()).isCloseTo(-1.0 / 3, within(TOL));
    assertThat(r.get(IccForm.ICC_3_1).value().value()).isCloseTo(-0.6, within(TOL));
    assertThat(r.get(IccForm.ICC_1_K).value().value()).isCloseTo(-1, within(TOL));
    assertThat(r.get(IccForm.ICC_3_K).value().value()).isCloseTo(-3, within(TOL));
  }

  // n = 4, k = 2, rows {1,3} x 3 and {3,1}: T = 0, J = 2*(6^2 + 10^2) - 16^2 = 16, E = 48, so the
  // denominator of ICC(2,k), n(k-1)T + (n-1)J - E = 0 + 48 - 48, is exactly 0: undefined. psych
  // divides rounding noise and prints 9.0e15.
  @Test
  void iccTwoKIsUndefinedOnlyWhenItsDenominatorIsExactlyZero() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 3}, {1, 3}, {1, 3}, {3, 1}});

    assertThat(r.get(IccForm.ICC_2_K).value().undefinedReason())
        .contains(UndefinedReason.NO_VARIANCE);
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isCloseTo(-1, within(TOL));
  }

  // Everything equal: BMS = EMS = WMS = 0 and F = 0/0 for both tests: every form undefined.
  // Raters differ but targets and error do not ({1, 2} x 3): F = BMS / EMS = 0/0 leaves F and p
  // undefined (NO_VARIANCE), never p = 0, while ICC(2,1) and ICC(2,k) are 0.
  @Test
  void zeroOverZeroGivesNoTest() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {1, 2}, {1, 2}});

    for (IccForm form : List.of(IccForm.ICC_2_1, IccForm.ICC_2_K)) {
      FTest t = r.get(form).test().orElseThrow();
      assertThat(t.f()).as("%s", form).isInstanceOf(Coefficient.Undefined.class);
      assertThat(t.f().undefinedReason()).as("%s", form).contains(UndefinedReason.NO_VARIANCE);
      assertThat(t.pValue().undefinedReason()).as("%s", form).contains(UndefinedReason.NO_VARIANCE);
      assertThat(((Coefficient.Undefined) t.f()).explanation())
          .isEqualTo(
              "F = BMS / EMS is 0/0: the between-target and residual mean squares are both zero,"
                  + " so there is no test");
      assertThat(t.numeratorDf()).isEqualTo(2);
      assertThat(t.denominatorDf()).isEqualTo(2);
      assertThat(r.get(form).interval()).as("%s", form).isEmpty();
    }
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isZero();
  }

  // Perfect agreement (every rater gives each target the same rating, targets differ): WMS = EMS
  // = 0 < BMS, so F is infinite, undefined with NO_ERROR_VARIANCE, while p = 0 (its limit) stays
  // defined, and every form is 1 with the interval [1, 1] at single and average units, for forms
  // 1 and 3 alike.
  @Test
  void perfectAgreementGivesOneWithIntervalsOfOne() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 1, 1}, {3, 3, 3}, {2, 2, 2}});
    ConfidenceInterval one = new ConfidenceInterval(0.95, 1, 1);

    for (IccForm form :
        List.of(IccForm.ICC_1_1, IccForm.ICC_1_K, IccForm.ICC_3_1, IccForm.ICC_3_K)) {
      IccEstimate e = r.get(form);
      assertThat(e.value().value()).as("%s", form).isEqualTo(1);
      FTest t = e.test().orElseThrow();
      assertThat(t.f().undefinedReason())
          .as("%s", form)
          .contains(UndefinedReason.NO_ERROR_VARIANCE);
      assertThat(((Coefficient.Undefined) t.f()).explanation())
          .as("%s", form)
          .startsWith(
              form == IccForm.ICC_1_1 || form == IccForm.ICC_1_K
                  ? "F = BMS / WMS is infinite: the within-target mean square is zero"
                  : "F = BMS / EMS is infinite: the residual mean square is zero");
      assertThat(t.pValue()).as("%s", form).isEqualTo(Coefficient.of(0));
      assertThat(e.interval()).as("%s", form).contains(one);
    }
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isEqualTo(1);
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isEqualTo(1);
  }

  // Perfect agreement, the two-way random forms: EMS = JMS = 0, so D = k JMS + (kn - k - n) EMS = 0
  // and both Satterthwaite bounds n (x - EMS) / (D + n x) are exactly 1. Before, the two bounds
  // were two expressions whose rounding gave ICC(2,1) and ICC(2,k) the intervals [1,
  // 1.0000000000000002] here and [1, 0.9999999999999999] (a lower bound above the upper one) on the
  // second matrix. psych::ICC gives NaN for both (its F_j = JMS / EMS is 0/0).
  @Test
  void perfectAgreementGivesTheTwoWayRandomFormsIntervalsOfOne() {
    ConfidenceInterval one = new ConfidenceInterval(0.95, 1, 1);
    for (int[][] m :
        List.of(
            new int[][] {{1, 1, 1}, {2, 2, 2}, {4, 4, 4}},
            new int[][] {{5, 5}, {7, 7}, {7, 7}, {3, 3}, {4, 4}, {7, 7}, {1, 1}, {2, 2}, {7, 7}})) {
      IccResult r = IntraclassCorrelation.of().compute(m);
      for (IccForm form : List.of(IccForm.ICC_2_1, IccForm.ICC_2_K)) {
        assertThat(r.get(form).value().value()).as("%s", form).isEqualTo(1);
        assertThat(r.get(form).interval()).as("%s %s", Arrays.deepToString(m), form).contains(one);
      }
    }
  }

  // ICC(2,k)'s interval is the Spearman-Brown step-up s(r) = r k / (1 + r (k - 1)) of ICC(2,1)'s,
  // which has its pole at r = -1 / (k - 1) = -0.5 here. ICC(2,1) = 0 has the interval [-0.828,
  // 0.950] (psych::ICC: -0.82831307370221985, 0.95030860549629725), which holds the pole, so the
  // stepped-up interval is unbounded below and there is none. psych::ICC steps the bounds up as
  // they fall and prints [3.7844049173632679, 0.9828686824599312], a lower bound above the upper
  // one, which Rubric gave too.
  @Test
  void iccTwoKHasNoIntervalWhenIccTwoOnesHoldsThePoleOfTheStepUp() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{2, 2, 2}, {2, 1, 1}, {1, 2, 2}});
    ConfidenceInterval single = r.get(IccForm.ICC_2_1).interval().orElseThrow();

    assertThat(single.lower()).isCloseTo(-0.82831307370221985, within(1e-9));
    assertThat(single.upper()).isCloseTo(0.95030860549629725, within(1e-9));
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isCloseTo(0, within(TOL));
    assertThat(r.get(IccForm.ICC_2_K).test()).isPresent();
    assertThat(r.get(IccForm.ICC_2_K).interval()).isEmpty();
  }

  // Law, on small random matrices (where the edges live): every interval given has lower <= upper,
  // and every bound of a single-rater form is at most 1 (Shrout and Fleiss's bounds of forms 1 and
  // 3 are (F - 1) / (F + k - 1) < 1; ICC(2,1)'s are n (x - EMS) / (D + n x) <= 1).
  @Test
  void everyIntervalIsInOrderAndSingleRaterBoundsAreAtMostOne() {
    Random random = new Random(2026_12_02);
    for (int t = 0; t < 4_000; t++) {
      int n = 2 + random.nextInt(7);
      int k = 2 + random.nextInt(4);
      int levels = 2 + random.nextInt(4);
      boolean perfect = random.nextInt(4) == 0;
      int[][] m = new int[n][k];
      for (int[] row : m) {
        int target = random.nextInt(levels);
        for (int j = 0; j < k; j++) {
          row[j] = perfect ? target : random.nextInt(levels);
        }
      }
      IccResult r = IntraclassCorrelation.of().compute(m);
      for (IccEstimate e : r.estimates()) {
        if (e.interval().isEmpty()) {
          continue;
        }
        ConfidenceInterval ci = e.interval().get();
        String what = Arrays.deepToString(m) + " " + e.form() + " " + ci;
        assertThat(ci.lower()).as(what).isLessThanOrEqualTo(ci.upper());
        if (e.form() == IccForm.ICC_1_1
            || e.form() == IccForm.ICC_2_1
            || e.form() == IccForm.ICC_3_1) {
          assertThat(ci.upper()).as(what).isLessThanOrEqualTo(1);
        }
      }
    }
  }

  // Perfect consistency with a rater shift ({1,2}, {2,3}, {4,5}): EMS = 0 < JMS. The Satterthwaite
  // v tends to k - 1 = 1, giving ICC(2,1) in [n BMS / (F* k JMS + n BMS), n F' BMS / (k JMS + n F'
  // BMS)]. psych::ICC, whose EMS here is 3.1e-32 of rounding rather than 0, prints this limit:
  // Single_random_raters [0.0058031088082901644, 0.99446584938704008], Average_random_raters
  // [0.0115392540696476580, 0.99722524674229907].
  @Test
  void iccTwoOneKeepsItsIntervalWithoutError() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {2, 3}, {4, 5}});
    ConfidenceInterval single = r.get(IccForm.ICC_2_1).interval().orElseThrow();
    ConfidenceInterval average = r.get(IccForm.ICC_2_K).interval().orElseThrow();

    assertThat(r.errorMeanSquare().value()).isZero();
    assertThat(r.get(IccForm.ICC_2_1).value().value()).isCloseTo(14.0 / 17, within(TOL));
    assertThat(single.lower()).isCloseTo(0.0058031088082901644, within(1e-9));
    assertThat(single.upper()).isCloseTo(0.99446584938704008, within(1e-9));
    assertThat(average.lower()).isCloseTo(0.0115392540696476580, within(1e-9));
    assertThat(average.upper()).isCloseTo(0.99722524674229907, within(1e-9));
  }

  // Law: the interval at EMS = 0 is the limit of intervals as the error vanishes. Scaling the
  // perfectly consistent data by s and adding one unit of noise makes EMS / JMS of order 1/s^2.
  @Test
  void theIntervalWithoutErrorIsTheLimitOfSmallErrors() {
    ConfidenceInterval limit =
        IntraclassCorrelation.of()
            .compute(new int[][] {{1, 2}, {2, 3}, {4, 5}})
            .get(IccForm.ICC_2_1)
            .interval()
            .orElseThrow();
    int s = 100_000;
    ConfidenceInterval near =
        IntraclassCorrelation.of()
            .compute(new int[][] {{s, 2 * s}, {2 * s, 3 * s + 1}, {4 * s, 5 * s}})
            .get(IccForm.ICC_2_1)
            .interval()
            .orElseThrow();

    assertThat(near.lower()).isCloseTo(limit.lower(), within(1e-4));
    assertThat(near.upper()).isCloseTo(limit.upper(), within(1e-4));
  }

  // 1,000 raters rating near 10^6 on 20 targets: each squared row sum is near 10^18, their sum
  // 2e19 passes Long.MAX_VALUE (9.2e18). The accumulator threw ArithmeticException before; now
  // the sums are exact. Reference: the same analysis from BigInteger sums computed here, and the
  // law that shifting every rating by a constant changes no ICC (the data minus 10^6 fit a long).
  @Test
  void sumsBeyondALongAreExact() {
    Random random = new Random(13);
    int n = 20;
    int k = 1_000;
    int[][] big = new int[n][k];
    int[][] small = new int[n][k];
    for (int i = 0; i < n; i++) {
      int target = random.nextInt(5);
      for (int j = 0; j < k; j++) {
        small[i][j] = target + random.nextInt(3);
        big[i][j] = 1_000_000 + small[i][j];
      }
    }
    IccResult exact = IntraclassCorrelation.of().compute(big);
    IccResult shifted = IntraclassCorrelation.of().compute(small);

    BigInteger squaredRows = BigInteger.ZERO;
    for (int[] row : big) {
      squaredRows =
          squaredRows.add(BigInteger.valueOf(Arrays.stream(row).asLongStream().sum()).pow(2));
    }
    assertThat(squaredRows).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
    for (IccForm form : IccForm.values()) {
      assertThat(exact.get(form).value().value())
          .as("%s", form)
          .isCloseTo(shifted.get(form).value().value(), within(1e-9));
    }
    assertThat(exact.betweenTargetsMeanSquare().value())
        .isCloseTo(shifted.betweenTargetsMeanSquare().value(), within(1e-6));
  }

  @Test
  void mergesBeyondALongStayExact() {
    IccAccumulator a = IntraclassCorrelation.of().accumulator();
    IccAccumulator b = IntraclassCorrelation.of().accumulator();
    IccAccumulator one = IntraclassCorrelation.of().accumulator();
    int max = Integer.MAX_VALUE;
    int[][] rows = new int[40][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new int[] {max - i, max - 2 * i, max - (i % 3)};
      one.addUnit(rows[i]);
      (i % 2 == 0 ? a : b).addUnit(rows[i]);
    }

    assertThat(a.merge(b).result()).isEqualTo(one.result());
  }

  // Too small to define an analysis of variance (a degree of freedom is 0): each mean square is
  // undefined with the very reason and sentence of the estimates, never NaN.
  @Test
  void tooSmallDataLeaveEveryMeanSquareUndefinedWithTheEstimatesReason() {
    List<IccResult> small =
        List.of(
            IntraclassCorrelation.of().accumulator().result(),
            IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {3, MISSING}}),
            IntraclassCorrelation.of().compute(new int[][] {{1, 2, MISSING}}),
            IntraclassCorrelation.of().compute(new int[][] {{1, MISSING}, {MISSING, 2}}),
            IntraclassCorrelation.of().compute(new int[][] {{4}, {3}, {5}}));
    for (IccResult r : small) {
      Coefficient why = r.get(IccForm.ICC_1_1).value();
      assertThat(why.isDefined()).as("%s", r).isFalse();
      assertThat(
              List.of(
                  r.betweenTargetsMeanSquare(),
                  r.withinTargetsMeanSquare(),
                  r.betweenRatersMeanSquare(),
                  r.errorMeanSquare()))
          .as("%s", r)
          .containsOnly(why);
    }
    assertThat(small.get(1).errorMeanSquare())
        .isEqualTo(
            Coefficient.undefined(
                UndefinedReason.TOO_FEW_UNITS, "complete targets (1) must be >= 2 (1 removed)"));
  }

  // Law: with two or more complete targets and raters, every mean square is defined, finite and
  // >= 0, and it is 0 exactly when its sum of squares is: BMS when the target means are equal.
  @Test
  void meanSquaresAreDefinedAndNonNegativeOnceTheDataDefineThem() {
    Random random = new Random(31);
    for (int round = 0; round < 1_000; round++) {
      int n = 2 + random.nextInt(4);
      int k = 2 + random.nextInt(3);
      int[][] data = new int[n][k];
      for (int[] row : data) {
        for (int j = 0; j < k; j++) {
          row[j] = random.nextInt(3);
        }
      }
      IccResult r = IntraclassCorrelation.of().compute(data);
      String at = Arrays.deepToString(data);
      for (Coefficient ms :
          List.of(
              r.betweenTargetsMeanSquare(),
              r.withinTargetsMeanSquare(),
              r.betweenRatersMeanSquare(),
              r.errorMeanSquare())) {
        assertThat(ms.isDefined()).as(at).isTrue();
        assertThat(ms.value()).as(at).isFinite().isGreaterThanOrEqualTo(0);
      }
      boolean equalTotals =
          Arrays.stream(data).mapToInt(row -> Arrays.stream(row).sum()).distinct().count() == 1;
      assertThat(r.betweenTargetsMeanSquare().value() == 0).as(at).isEqualTo(equalTotals);
    }
  }

  // Law: an F test's figures are never NaN or infinite. Over random small matrices, degenerate
  // ones included (few levels, few targets, constant rows and columns): f is defined exactly when
  // the error mean square is positive, and then f >= 0 with p in [0, 1] equal to the upper tail
  // of F(df1, df2); with error 0, f is NO_ERROR_VARIANCE and p is 0 when the targets differ, and
  // both are NO_VARIANCE when they do not.
  @Test
  void anFTestIsDefinedExactlyWhenItsErrorVaries() {
    Random random = new Random(29);
    int[] seen = new int[3];
    for (int round = 0; round < 2_000; round++) {
      int n = 2 + random.nextInt(4);
      int k = 2 + random.nextInt(3);
      int levels = 1 + random.nextInt(3);
      boolean shifted = random.nextBoolean();
      int[][] data = new int[n][k];
      for (int i = 0; i < n; i++) {
        int target = random.nextInt(levels);
        for (int j = 0; j < k; j++) {
          data[i][j] = shifted ? target + j : random.nextInt(levels);
        }
      }
      IccResult r = IntraclassCorrelation.of().compute(data);
      for (IccEstimate e : r.estimates()) {
        if (e.test().isEmpty()) {
          continue;
        }
        FTest t = e.test().orElseThrow();
        boolean oneWay = e.form() == IccForm.ICC_1_1 || e.form() == IccForm.ICC_1_K;
        double error = (oneWay ? r.withinTargetsMeanSquare() : r.errorMeanSquare()).value();
        String at = e.form() + " of " + Arrays.deepToString(data);
        if (error > 0) {
          seen[0]++;
          double f = t.f().value();
          assertThat(f).as(at).isEqualTo(r.betweenTargetsMeanSquare().value() / error);
          assertThat(t.pValue().value())
              .as(at)
              .isEqualTo(
                  org.apache.commons.statistics.distribution.FDistribution.of(
                          t.numeratorDf(), t.denominatorDf())
                      .survivalProbability(f));
        } else if (r.betweenTargetsMeanSquare().value() > 0) {
          seen[1]++;
          assertThat(t.f().undefinedReason()).as(at).contains(UndefinedReason.NO_ERROR_VARIANCE);
          assertThat(t.pValue()).as(at).isEqualTo(Coefficient.of(0));
        } else {
          seen[2]++;
          assertThat(t.f().undefinedReason()).as(at).contains(UndefinedReason.NO_VARIANCE);
          assertThat(t.pValue().undefinedReason()).as(at).contains(UndefinedReason.NO_VARIANCE);
        }
      }
    }
    assertThat(seen).as("defined, infinite, 0/0 cases met").doesNotContain(0);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void anFTestRefusesFiguresOutsideTheirRanges() {
    Coefficient one = Coefficient.of(1);
    Coefficient half = Coefficient.of(0.5);

    assertThatThrownBy(() -> new FTest(one, 0, 4, half))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numeratorDf (0.0) must be finite and >= 1");
    assertThatThrownBy(() -> new FTest(one, 3, Double.NaN, half))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominatorDf (NaN) must be finite and >= 1");
    assertThatThrownBy(() -> new FTest(Coefficient.of(-1), 3, 4, half))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f (-1.0) must be >= 0");
    assertThatThrownBy(() -> new FTest(one, 3, 4, Coefficient.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pValue (1.5) must be in [0, 1]");
    assertThatThrownBy(() -> new FTest(one, 3, 4, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pValue");
  }
}

package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Span growth, merges, declared scales and argument checks of the agreement accumulators, with
 * values worked out by hand in the comments.
 */
class AccumulatorEdgeTest {
  private static final int M = MISSING;

  // Linear-weighted kappa, two raters, values {1, 2, 4} (3 unused): pairs (1,1), (2,2), (1,2),
  // (4,2), (4,4). Each unit grows the span by exactly one level or more, upward.
  // Disagreements |a-b|: 0+0+1+2+0 = 3; range |4-1| = 3; observed agreement 1 - 3/(5*3) = 0.8.
  // Rater A counts {1:2, 2:1, 4:2}, B {1:1, 2:3, 4:1}; sum of A_i B_j |i-j| = 12 + 3 + 18 = 33;
  // expected agreement 1 - 33/(25*3) = 0.56; kappa 1 - 5*3/33 = 6/11.
  private static final int[][] LINEAR_PAIRS = {{1, 1}, {2, 2}, {1, 2}, {4, 2}, {4, 4}};

  @Test
  void cohenGrowsUpwardOneLevelAtATime() {
    CohenResult r = CohenKappa.linear().compute(LINEAR_PAIRS);

    assertThat(r.kappa().value()).isCloseTo(6.0 / 11, within(1e-12));
    assertThat(r.observedAgreement()).isCloseTo(0.8, within(1e-12));
    assertThat(r.expectedAgreement()).isCloseTo(0.56, within(1e-12));
    assertThat(r.categories()).isEqualTo(3);
    assertThat(r.pairedUnits()).isEqualTo(5);
  }

  @Test
  void cohenMergeGrowsEitherWay() {
    CohenResult onePass = CohenKappa.linear().compute(LINEAR_PAIRS);
    // Other reaches above this one.
    CohenAccumulator low = CohenKappa.linear().accumulator().addUnit(1, 1);
    CohenAccumulator high = CohenKappa.linear().accumulator();
    for (int i = 1; i < LINEAR_PAIRS.length; i++) {
      high.addUnit(LINEAR_PAIRS[i]);
    }
    assertThat(low.merge(high).result()).isEqualTo(onePass);
    // Other reaches below this one.
    CohenAccumulator top = CohenKappa.linear().accumulator().addUnit(4, 4).addUnit(4, 2);
    CohenAccumulator bottom =
        CohenKappa.linear().accumulator().addUnit(1, 1).addUnit(2, 2).addUnit(1, 2);
    assertThat(top.merge(bottom).result()).isEqualTo(onePass);
  }

  @Test
  void cohenMergeWithEmptyKeepsTheSpan() {
    // 300 and 301 lie more than Ratings.MAX_SPAN (256) above 0, the origin of an empty span.
    CohenAccumulator far = CohenKappa.unweighted().accumulator().addUnit(300, 301);
    far.addUnit(301, 301);
    CohenResult before = far.result();

    assertThat(far.merge(CohenKappa.unweighted().accumulator()).result()).isEqualTo(before);
    assertThat(CohenKappa.unweighted().accumulator().merge(far).result()).isEqualTo(before);
  }

  @Test
  void cohenMergeUpToTheLargestSpan() {
    CohenAccumulator a = CohenKappa.unweighted().accumulator().addUnit(1, 2);
    CohenAccumulator b = CohenKappa.unweighted().accumulator().addUnit(200, Ratings.MAX_SPAN);

    assertThat(a.merge(b).result().categories()).isEqualTo(4);
    assertThatThrownBy(
            () ->
                CohenKappa.unweighted()
                    .accumulator()
                    .addUnit(0, 1)
                    .merge(CohenKappa.unweighted().accumulator().addUnit(Ratings.MAX_SPAN, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratings span the values [0, 256], 257 levels; at most 256 consecutive levels are"
                + " supported");
  }

  @Test
  void cohenOnANegativeScale() {
    CohenResult r =
        CohenKappa.unweighted().onScale(-3, -1).compute(new int[][] {{-3, -3}, {-1, -2}});

    // Observed 1/2 agreement; A {-3:1, -1:1}, B {-3:1, -2:1}: expected 1/4; kappa 1/3.
    assertThat(r.kappa().value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.categories()).isEqualTo(3);
  }

  @Test
  void cohenChecksBothRatingsAgainstTheScale() {
    CohenAccumulator acc = CohenKappa.unweighted().onScale(1, 4).accumulator();

    assertThatThrownBy(() -> acc.addUnit(5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (5) is not on the declared scale [1, 2, 3, 4]");
    assertThatThrownBy(() -> acc.addUnit(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (0) is not on the declared scale [1, 2, 3, 4]");
    assertThatThrownBy(() -> acc.addUnit(1.0, 2.0, 3.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratings length (3) must be 2 for Cohen's kappa (or 0 for a unit nobody rated)");
  }

  @Test
  void cohenMergeChecks() {
    CohenAccumulator acc = CohenKappa.linear().accumulator().addUnit(1, 2);

    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge an accumulator (cohen) into itself");
    assertThatThrownBy(() -> acc.merge(CohenKappa.quadratic().accumulator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge kappa with weights QUADRATIC and scale [] into weights LINEAR and scale"
                + " []");
    assertThatThrownBy(() -> acc.merge(CohenKappa.linear().onScale(1, 2).accumulator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge kappa with weights LINEAR and scale [1, 2] into weights LINEAR and scale"
                + " []");
  }

  @Test
  void cohenScaleChecks() {
    assertThatThrownBy(() -> CohenKappa.unweighted().onScale(2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (2) must be < max (2)");
    assertThat(CohenKappa.unweighted().onScale(1, Ratings.MAX_SPAN).accumulator().addUnit(1, 256))
        .isNotNull();
    assertThatThrownBy(() -> CohenKappa.unweighted().onScale(0, Ratings.MAX_SPAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale [0, 256] must have at most 256 levels");
    assertThatThrownBy(() -> CohenKappa.unweighted().onScale(-200, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale [-200, 100] must have at most 256 levels");
    assertThatThrownBy(() -> CohenKappa.unweighted().onCategories(3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories (1) must hold >= 2 distinct values");
    assertThatThrownBy(() -> CohenKappa.unweighted().onCategories(1, M))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories must not hold the missing marker");
    assertThatThrownBy(() -> CohenKappa.unweighted().onCategories(-200, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories [-200, 100] must span at most 256 levels");
    assertThatThrownBy(() -> CohenKappa.unweighted().onCategories(1, 257))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories [1, 257] must span at most 256 levels");
    assertThat(CohenKappa.unweighted().onCategories(1, 256).accumulator().addUnit(1, 256))
        .isNotNull();
  }

  @Test
  void cohenCategoriesGivenOutOfOrder() {
    // Linear weights on the values themselves: 8 vs 1 is seven times 2 vs 1.
    CohenResult r =
        CohenKappa.linear()
            .onCategories(8, 1, 2)
            .compute(new int[][] {{1, 1}, {2, 1}, {8, 8}, {8, 2}});

    // Disagreement 1 + 6 = 7 over range 7 and 4 units: observed agreement 1 - 7/28 = 0.75.
    assertThat(r.observedAgreement()).isCloseTo(0.75, within(1e-12));
    assertThatThrownBy(() -> CohenKappa.linear().onCategories(8, 1, 2).accumulator().addUnit(4, 1))
        .hasMessage("rating (4) is not on the declared scale [1, 2, 8]");
  }

  // Fleiss: units of 2 ratings, values {1, 2, 4}, each unit growing the span upward.
  // Unit agreement P_i: {1,1} 1, {2,2} 1, {1,2} 0, {4,2} 0, {4,4} 1: mean P = 0.6.
  // Totals {1:3, 2:4, 4:3} of 10: P_e = (9 + 16 + 9)/100 = 0.34; kappa (0.6-0.34)/0.66 = 13/33.
  @Test
  void fleissGrowsUpwardAndCountsOnlyUsedCategories() {
    FleissResult r = FleissKappa.of().compute(LINEAR_PAIRS);

    assertThat(r.kappa().value()).isCloseTo(13.0 / 33, within(1e-12));
    assertThat(r.observedAgreement()).isCloseTo(0.6, within(1e-12));
    assertThat(r.expectedAgreement()).isCloseTo(0.34, within(1e-12));
    assertThat(r.categories()).isEqualTo(3);

    FleissAccumulator doubles = FleissKappa.of().accumulator();
    for (int[] unit : LINEAR_PAIRS) {
      doubles.addUnit(new double[] {unit[0], unit[1]});
    }
    assertThat(doubles.result()).isEqualTo(r);
  }

  @Test
  void fleissMergeGrowsEitherWayAndKeepsFarSpans() {
    FleissResult onePass = FleissKappa.of().compute(LINEAR_PAIRS);
    FleissAccumulator low = FleissKappa.of().accumulator().addUnit(1, 1);
    FleissAccumulator high = FleissKappa.of().accumulator();
    for (int i = 1; i < LINEAR_PAIRS.length; i++) {
      high.addUnit(LINEAR_PAIRS[i]);
    }
    assertThat(low.merge(high).result()).isEqualTo(onePass);
    FleissAccumulator top = FleissKappa.of().accumulator().addUnit(4, 4).addUnit(4, 2);
    FleissAccumulator bottom =
        FleissKappa.of().accumulator().addUnit(1, 1).addUnit(2, 2).addUnit(1, 2);
    assertThat(top.merge(bottom).result()).isEqualTo(onePass);

    FleissAccumulator far = FleissKappa.of().accumulator().addUnit(300, 301).addUnit(301, 301);
    FleissResult before = far.result();
    assertThat(far.merge(FleissKappa.of().accumulator()).result()).isEqualTo(before);
    assertThat(
            FleissKappa.of()
                .accumulator()
                .addUnit(1, 2)
                .merge(FleissKappa.of().accumulator().addUnit(200, Ratings.MAX_SPAN))
                .result()
                .categories())
        .isEqualTo(4);
  }

  @Test
  void fleissMergeCarriesUnequalAndMissingFlags() {
    FleissAccumulator equal = FleissKappa.of().accumulator().addUnit(1, 1).addUnit(2, 1);

    FleissAccumulator unequal = FleissKappa.of().accumulator().addUnit(1, 2).addUnit(1, 2, 3);
    assertThat(unequal.merge(equal).result().kappa().undefinedReason())
        .contains(UndefinedReason.UNEQUAL_RATERS_PER_UNIT);

    FleissAccumulator missing = FleissKappa.of().accumulator().addUnit(1, 2, M).addUnit(1, 2, 3);
    assertThat(
            FleissKappa.of()
                .accumulator()
                .addUnit(1, 1)
                .merge(missing)
                .result()
                .kappa()
                .undefinedReason())
        .contains(UndefinedReason.MISSING_RATINGS);

    FleissAccumulator self = FleissKappa.of().accumulator();
    assertThatThrownBy(() -> self.merge(self))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge an accumulator (fleiss) into itself");
  }

  // Nominal alpha on values {1, 2, 4}: the categories count only values that occur in pairable
  // units.
  @Test
  void alphaGrowsUpwardAndMergesEitherWay() {
    AlphaResult onePass = KrippendorffAlpha.nominal().compute(LINEAR_PAIRS);
    // Coincidences: o_11 = 2, o_22 = 2, o_44 = 2, o_12 = o_21 = 1, o_24 = o_42 = 1; n = 10,
    // n_1 = 3, n_2 = 4, n_4 = 3. D_o = 4/10; D_e = (100 - 34)/(10*9) = 66/90; alpha = 1 - 36/66.
    assertThat(onePass.alpha().value()).isCloseTo(1 - 36.0 / 66, within(1e-12));
    assertThat(onePass.categories()).isEqualTo(3);

    AlphaAccumulator low = KrippendorffAlpha.nominal().accumulator().addUnit(1, 1);
    AlphaAccumulator high = KrippendorffAlpha.nominal().accumulator();
    for (int i = 1; i < LINEAR_PAIRS.length; i++) {
      high.addUnit(LINEAR_PAIRS[i]);
    }
    assertThat(low.merge(high).result()).isEqualTo(onePass);
    AlphaAccumulator top = KrippendorffAlpha.nominal().accumulator().addUnit(4, 4).addUnit(4, 2);
    AlphaAccumulator bottom =
        KrippendorffAlpha.nominal().accumulator().addUnit(1, 1).addUnit(2, 2).addUnit(1, 2);
    assertThat(top.merge(bottom).result()).isEqualTo(onePass);

    AlphaAccumulator far =
        KrippendorffAlpha.nominal().accumulator().addUnit(300, 301).addUnit(301, 301);
    AlphaResult before = far.result();
    assertThat(far.merge(KrippendorffAlpha.nominal().accumulator()).result()).isEqualTo(before);
    assertThat(
            KrippendorffAlpha.nominal()
                .accumulator()
                .addUnit(1, 2)
                .merge(KrippendorffAlpha.nominal().accumulator().addUnit(200, Ratings.MAX_SPAN))
                .result()
                .categories())
        .isEqualTo(4);
  }

  @Test
  void ratioAlphaAcceptsZeroAndRefusesNegatives() {
    // Ratio delta ((c-k)/(c+k))^2: 0 vs 2 is 1, so zero is a legal value.
    AlphaResult withZero = KrippendorffAlpha.ratio().compute(new int[][] {{0, 0}, {2, 2}, {0, 2}});
    assertThat(withZero.alpha().isDefined()).isTrue();

    AlphaResult negative = KrippendorffAlpha.ratio().compute(new int[][] {{-1, 1}, {2, 2}});
    assertThatThrownBy(() -> negative.alpha().value())
        .hasMessage(
            "NEGATIVE_VALUE_ON_RATIO_SCALE: the ratio metric needs values >= 0 but -1 was rated");
    assertThat(negative.categories()).isEqualTo(3);
  }

  @Test
  void alphaExplainsWhyNothingIsPairable() {
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().accumulator().result().alpha().value())
        .hasMessage("NO_UNITS: no unit was added");
    assertThatThrownBy(
            () -> KrippendorffAlpha.nominal().compute(new int[][] {{1, M}}).alpha().value())
        .hasMessage(
            "NO_PAIRABLE_UNITS: no unit has two or more ratings, so no pair of ratings can be"
                + " compared");
  }

  @Test
  void theWidestSpanIsAccepted() {
    FleissResult r = FleissKappa.of().compute(new int[][] {{1, 1}, {256, 256}});
    assertThat(r.categories()).isEqualTo(2);
    assertThatThrownBy(() -> FleissKappa.of().compute(new int[][] {{0, 0}, {256, 256}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unitsByRaters[1]: ratings span the values [0, 256], 257 levels; at most 256 consecutive levels are"
                + " supported");
    // A span far from zero is measured from its own low end.
    assertThat(FleissKappa.of().compute(new int[][] {{1000, 1000}, {1255, 1255}}).categories())
        .isEqualTo(2);
  }

  @Test
  void doubleRatingsAtTheIntegerLimits() {
    assertThat(
            FleissKappa.of()
                .accumulator()
                .addUnit(new double[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1})
                .result()
                .categories())
        .isEqualTo(2);
    FleissAccumulator acc = FleissKappa.of().accumulator();
    assertThatThrownBy(() -> acc.addUnit(new double[] {1, Integer.MIN_VALUE}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rating (-2.147483648E9) lies outside the levels -2147483647 to 2147483647 that the"
                + " statistics take (-2147483648 is the missing marker of the int overloads); use"
                + " NaN for a missing rating");
  }

  @Test
  void aWholeDoubleBeyondTheIntLevelsIsNamedAsOutOfRangeByEveryDoubleOverload() {
    // 3e9 is an integer, so it must not be refused as "not an integer level"; every entry point
    // that reads doubles refuses it for its range, and still refuses 2.5 as a fraction.
    String outside =
        "rating (3.0E9) lies outside the levels -2147483647 to 2147483647 that the statistics"
            + " take (-2147483648 is the missing marker of the int overloads); use NaN for a"
            + " missing rating";
    double[] unit = {1, 3e9};
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        List.of(
            () -> KrippendorffAlpha.nominal().accumulator().addUnit(unit),
            () -> FleissKappa.of().accumulator().addUnit(unit),
            () -> CohenKappa.unweighted().accumulator().addUnit(unit),
            () -> IntraclassCorrelation.of().accumulator().addUnit(unit));
    for (var call : calls) {
      assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(outside);
    }
    assertThatThrownBy(() -> KrippendorffAlpha.ordinal().compute(new double[][] {{1, 1}, unit}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitsByRaters[1]: " + outside);
    assertThatThrownBy(() -> IntraclassCorrelation.of().compute(new double[][] {{1, 1}, unit}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetsByRaters[1]: " + outside);
    assertThatThrownBy(() -> FleissKappa.of().accumulator().addUnit(1, 2.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (2.5) must be an integer level or NaN for a missing rating");
  }
}

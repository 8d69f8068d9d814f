package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The boundaries of r_wg, r_wg(J) and the average deviation (James, Demaree and Wolf 1984,
 * doi:10.1037/0021-9010.69.1.85; Burke, Finkelstein and Dusig 1999, doi:10.1177/109442819922004),
 * with values worked out by hand.
 */
class WithinGroupAgreementEdgeTest {

  @Test
  void uniformNullVarianceOfTwoLevels() {
    // (A^2 - 1) / 12 with A = 2.
    assertThat(WithinGroupAgreement.uniformNullVariance(2)).isEqualTo(0.25);
    assertThatThrownBy(() -> WithinGroupAgreement.uniformNullVariance(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels (1) must be >= 2");
  }

  // Ratings 1 and 3 on 5 levels: variance 2 equals the null variance (25 - 1)/12 = 2, so r_wg is
  // exactly 0 and was not truncated.
  @Test
  void twoRatingsAtTheNullVarianceGiveZeroUntruncated() {
    Rwg r = WithinGroupAgreement.rwg(new int[] {1, 3}, 5);

    assertThat(r.value().value()).isZero();
    assertThat(r.truncated()).isFalse();
    assertThat(r.ratings()).isEqualTo(2);
    assertThat(r.variance()).isEqualTo(2);
    assertThat(r.nullVariance()).isEqualTo(2);
  }

  @Test
  void rwgJAtTheNullVarianceIsZeroUntruncated() {
    // One item with two ratings (variance 2), one with one rating (dropped): r = 2/2 = 1.
    RwgJ r = WithinGroupAgreement.rwgJ(new double[][] {{1, 3}, {4, Double.NaN}}, 5);

    assertThat(r.items()).isEqualTo(1);
    assertThat(r.droppedItems()).isEqualTo(1);
    assertThat(r.truncated()).isFalse();
    assertThat(r.value().value()).isZero();
    assertThat(r.lindell().value()).isZero();
    assertThat(r.meanVariance()).isEqualTo(2);
  }

  @Test
  void rwgJWithTwoItems() {
    // Variances 0.5 and 0.5 on 5 levels: r = 0.25, J = 2: 2*0.75 / (2*0.75 + 0.25) = 6/7.
    RwgJ r = WithinGroupAgreement.rwgJ(new double[][] {{3, 4}, {2, 3}}, 5);

    assertThat(r.value().value()).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(r.lindell().value()).isCloseTo(0.75, within(1e-12));
  }

  // Unsorted, even count: 5, 1, 2, 2 has mean 2.5 and median 2.
  @Test
  void averageDeviationOfAnUnsortedEvenGroup() {
    AverageDeviation d = WithinGroupAgreement.averageDeviation(5, 1, 2, 2);

    assertThat(d.aroundMean().value()).isCloseTo(1.25, within(1e-12));
    assertThat(d.aroundMedian().value()).isCloseTo(1.0, within(1e-12));
    assertThat(d.ratings()).isEqualTo(4);
  }

  // Odd count: 3, 1, 2 has median 2 (the middle value, not an average of two).
  @Test
  void averageDeviationOfAnOddGroup() {
    AverageDeviation d = WithinGroupAgreement.averageDeviation(3, 1, 2);

    assertThat(d.aroundMedian().value()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(d.aroundMean().value()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void infiniteRatingsAreRefused() {
    assertThatThrownBy(
            () -> WithinGroupAgreement.rwg(new double[] {1, Double.POSITIVE_INFINITY}, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (Infinity) must be finite or NaN");
  }

  // One rating deviates from nothing: AD was 0 (read as perfect agreement), now undefined with
  // the code rwg gives for the same data.
  @Test
  void averageDeviationOfOneRatingIsUndefined() {
    AverageDeviation one = WithinGroupAgreement.averageDeviation(4.0);
    AverageDeviation oneOfThree = WithinGroupAgreement.averageDeviation(4, Double.NaN, Double.NaN);

    assertThat(one.aroundMean().undefinedReason()).contains(UndefinedReason.ONE_RATER);
    assertThat(one.aroundMedian().undefinedReason()).contains(UndefinedReason.ONE_RATER);
    assertThat(one.ratings()).isEqualTo(1);
    assertThat(oneOfThree.aroundMean().undefinedReason())
        .contains(UndefinedReason.NO_PAIRABLE_UNITS);
    assertThat(WithinGroupAgreement.rwg(new double[] {4, Double.NaN, Double.NaN}, 5).value())
        .isEqualTo(oneOfThree.aroundMean());
  }

  // Items a = {3, 4, 4, 5}, b = {4, NA, 4, 4}, c = {2, 3, 3, 4} (cell i is rater i) on 5 levels,
  // null variance 2. Per item: variances 2/3, 0, 2/3, r = 2/9, rwg(3) = 21/23. Listwise: rater 2
  // goes, variances 1, 0, 1, r = 1/3, rwg(3) = 6/7; multilevel::rwg.j(x, grpid, 2) gives
  // 0.8571428571428571 with gsize 3 (multilevel 2.7, R 4.2.2).
  @Test
  void rwgJWithListwiseDeletionMatchesMultilevel() {
    double na = Double.NaN;
    double[][] items = {{3, 4, 4, 5}, {4, na, 4, 4}, {2, 3, 3, 4}};

    RwgJ perItem = WithinGroupAgreement.rwgJ(items, 5);
    RwgJ listwise = WithinGroupAgreement.rwgJ(items, 5, MissingRatings.LISTWISE);

    assertThat(perItem.value().value()).isCloseTo(21.0 / 23, within(1e-15));
    assertThat(perItem.droppedRaters()).isZero();
    assertThat(listwise.value().value()).isCloseTo(0.8571428571428571, within(1e-15));
    assertThat(listwise.meanVariance()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(listwise.droppedRaters()).isEqualTo(1);
    assertThat(listwise.items()).isEqualTo(3);
    assertThat(WithinGroupAgreement.rwgJ(items, 5, MissingRatings.PER_ITEM)).isEqualTo(perItem);
  }

  // A short item array misses the raters beyond its end; listwise deletion that leaves one rater
  // is undefined (MISSING_RATINGS), though per item the data are fine.
  @Test
  void listwiseDeletionThatLeavesOneRaterIsUndefined() {
    double[][] items = {{3, 4, 4}, {4}, {2, 3, Double.NaN}};

    RwgJ listwise = WithinGroupAgreement.rwgJ(items, 5, MissingRatings.LISTWISE);

    assertThat(listwise.value().undefinedReason()).contains(UndefinedReason.MISSING_RATINGS);
    assertThat(listwise.droppedRaters()).isEqualTo(2);
    assertThat(WithinGroupAgreement.rwgJ(items, 5).value().isDefined()).isTrue();
  }
}

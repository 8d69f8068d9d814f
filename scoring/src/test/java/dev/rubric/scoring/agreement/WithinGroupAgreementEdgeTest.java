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
}

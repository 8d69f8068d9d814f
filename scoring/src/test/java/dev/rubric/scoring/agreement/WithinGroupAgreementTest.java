package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * rwg, rwg(j), r*wg(j) and AD against closed forms worked by hand from the definitions of James,
 * Demaree and Wolf (1984), Lindell, Brandt and Whitney (1999) and Burke, Finkelstein and Dusig
 * (1999). No published worked example is bundled (see the reference README).
 */
class WithinGroupAgreementTest {
  private static final double NAN = Double.NaN;

  @Test
  void nullVarianceOfAFourLevelScaleIs125() {
    assertThat(WithinGroupAgreement.uniformNullVariance(4)).isEqualTo(1.25);
  }

  @Test
  void rwgOfOneItem() {
    // s^2 = 2/3, sigma_EU^2 = (25 - 1) / 12 = 2, rwg = 1 - 1/3.
    Rwg rwg = WithinGroupAgreement.rwg(new double[] {3, 4, NAN, 4, 5}, 5);

    assertThat(rwg.value().value()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(rwg.truncated()).isFalse();
    assertThat(rwg.ratings()).isEqualTo(4);
    assertThat(rwg.variance()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void rwgIsTruncatedAtZeroWithAFlag() {
    // s^2 = 16/3 > 2.
    Rwg rwg = WithinGroupAgreement.rwg(new int[] {1, 5, 1, 5}, 5);

    assertThat(rwg.value().value()).isZero();
    assertThat(rwg.truncated()).isTrue();
  }

  @Test
  void rwgOfPerfectAgreementIsOne() {
    assertThat(WithinGroupAgreement.rwg(new int[] {3, 3, 3}, 4).value().value()).isEqualTo(1);
  }

  @Test
  void rwgWithOneRatingIsUndefined() {
    Rwg rwg = WithinGroupAgreement.rwg(new int[] {3, Ratings.MISSING}, 4);

    assertThat(rwg.value().undefinedReason()).contains(UndefinedReason.NO_PAIRABLE_UNITS);
    assertThat(WithinGroupAgreement.rwg(new int[] {3}, 4).value().undefinedReason())
        .contains(UndefinedReason.ONE_RATER);
  }

  @Test
  void rwgJOverTwoItems() {
    // Item variances 2/3 and 0: mean 1/3, r = 1/6, rwg(2) = 2(5/6) / (2(5/6) + 1/6) = 10/11.
    RwgJ rwgJ = WithinGroupAgreement.rwgJ(new double[][] {{3, 4, 4, 5}, {4, 4, 4, 4}, {2, NAN}}, 5);

    assertThat(rwgJ.value().value()).isCloseTo(10.0 / 11, within(1e-15));
    assertThat(rwgJ.lindell().value()).isCloseTo(5.0 / 6, within(1e-15));
    assertThat(rwgJ.truncated()).isFalse();
    assertThat(rwgJ.items()).isEqualTo(2);
    assertThat(rwgJ.droppedItems()).isEqualTo(1);
    assertThat(rwgJ.meanVariance()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void rwgJIsTruncatedButLindellIsNot() {
    // Mean variance 16/3 on a 5-level scale: r = 8/3.
    RwgJ rwgJ = WithinGroupAgreement.rwgJ(new double[][] {{1, 5, 1, 5}, {5, 1, 5, 1}}, 5);

    assertThat(rwgJ.value().value()).isZero();
    assertThat(rwgJ.truncated()).isTrue();
    assertThat(rwgJ.lindell().value()).isCloseTo(1 - 8.0 / 3, within(1e-15));
  }

  @Test
  void averageDeviationAroundMeanAndMedian() {
    // Mean 2.5: (1.5 + 0.5 + 0.5 + 2.5) / 4; median 2: (1 + 0 + 0 + 3) / 4.
    AverageDeviation ad = WithinGroupAgreement.averageDeviation(1, 2, NAN, 2, 5);

    assertThat(ad.aroundMean().value()).isEqualTo(1.25);
    assertThat(ad.aroundMedian().value()).isEqualTo(1.0);
    assertThat(ad.ratings()).isEqualTo(4);
  }

  @Test
  void averageDeviationWithoutRatingsIsUndefined() {
    AverageDeviation ad = WithinGroupAgreement.averageDeviation(NAN, NAN);

    assertThat(ad.aroundMean().undefinedReason()).contains(UndefinedReason.NO_RATINGS);
    assertThat(ad.aroundMedian().isDefined()).isFalse();
  }

  @Test
  void levelsMustBeAtLeastTwo() {
    assertThatThrownBy(() -> WithinGroupAgreement.rwg(new int[] {1, 1}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels (1) must be >= 2");
  }
}

package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Degenerate data give an undefined result with the right reason, never NaN or an exception. */
class UndefinedCasesTest {
  private static final int M = MISSING;

  @Test
  void alphaWithOneCategoryOnly() {
    AlphaResult r = KrippendorffAlpha.nominal().compute(new int[][] {{2, 2}, {2, 2, M}});

    assertThat(r.alpha().undefinedReason()).contains(UndefinedReason.ONE_CATEGORY_ONLY);
    assertThat(r.pairableValues()).isEqualTo(4);
  }

  @Test
  void alphaWithNoPairableUnit() {
    AlphaResult r = KrippendorffAlpha.interval().compute(new int[][] {{1, M}, {M, 3}, {M, M}});

    assertThat(r.alpha().undefinedReason()).contains(UndefinedReason.NO_PAIRABLE_UNITS);
    assertThat(r.units()).isEqualTo(3);
    assertThat(r.droppedUnits()).isEqualTo(3);
    assertThatThrownBy(() -> r.alpha().value())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("NO_PAIRABLE_UNITS: ");
  }

  @Test
  void alphaWithOneRaterSaysOneRater() {
    AlphaResult r = KrippendorffAlpha.ordinal().compute(new int[][] {{1}, {2}, {3}});

    assertThat(r.alpha().undefinedReason()).contains(UndefinedReason.ONE_RATER);
  }

  @Test
  void alphaOnEmptyInput() {
    assertThat(KrippendorffAlpha.nominal().accumulator().result().alpha().undefinedReason())
        .contains(UndefinedReason.NO_UNITS);
  }

  @Test
  void ratioAlphaWithNegativeValues() {
    AlphaResult r = KrippendorffAlpha.ratio().compute(new int[][] {{-1, 1}, {2, 2}});

    assertThat(r.alpha().undefinedReason()).contains(UndefinedReason.NEGATIVE_VALUE_ON_RATIO_SCALE);
  }

  // A negative value in a unit rated once drops out with its unit (Krippendorff 2011: only
  // pairable values enter the coincidences), so it decides nothing; -1 paired with 2 does.
  @Test
  void ratioAlphaIgnoresANegativeValueThatIsNotPairable() {
    int no = Ratings.MISSING;
    AlphaResult unpaired = KrippendorffAlpha.ratio().compute(new int[][] {{1, 1}, {-1, no}});
    AlphaResult paired = KrippendorffAlpha.ratio().compute(new int[][] {{1, 1}, {-1, 2}});

    assertThat(unpaired.alpha().undefinedReason()).contains(UndefinedReason.ONE_CATEGORY_ONLY);
    assertThat(paired.alpha().undefinedReason())
        .contains(UndefinedReason.NEGATIVE_VALUE_ON_RATIO_SCALE);
  }

  @Test
  void fleissWithOneCategoryOnly() {
    assertThat(
            FleissKappa.of().compute(new int[][] {{4, 4, 4}, {4, 4, 4}}).kappa().undefinedReason())
        .contains(UndefinedReason.ONE_CATEGORY_ONLY);
  }

  @Test
  void fleissWithOneRater() {
    assertThat(FleissKappa.of().compute(new int[][] {{1}, {2}}).kappa().undefinedReason())
        .contains(UndefinedReason.ONE_RATER);
  }

  @Test
  void fleissWithMissingRatings() {
    FleissResult r = FleissKappa.of().compute(new int[][] {{1, 2, 2}, {1, M, 2}});

    assertThat(r.kappa().undefinedReason()).contains(UndefinedReason.MISSING_RATINGS);
    assertThat(r.ratingsPerUnit()).isZero();
  }

  @Test
  void fleissWithUnequalRatersPerUnit() {
    assertThat(FleissKappa.of().compute(new int[][] {{1, 2, 2}, {1, 2}}).kappa().undefinedReason())
        .contains(UndefinedReason.UNEQUAL_RATERS_PER_UNIT);
  }

  @Test
  void fleissWithSameNumberOfRatingsFromDifferentRatersIsDefined() {
    assertThat(FleissKappa.of().compute(new int[][] {{1, 1, M}, {M, 2, 2}}).kappa().value())
        .isEqualTo(1);
  }

  @Test
  void fleissWithoutUnits() {
    assertThat(FleissKappa.of().accumulator().result().kappa().undefinedReason())
        .contains(UndefinedReason.NO_UNITS);
  }

  @Test
  void cohenWithOneCategoryOnly() {
    CohenResult r = CohenKappa.linear().compute(new int[][] {{3, 3}, {3, 3}, {3, M}});

    assertThat(r.kappa().undefinedReason()).contains(UndefinedReason.ONE_CATEGORY_ONLY);
    assertThat(r.droppedUnits()).isEqualTo(1);
  }

  @Test
  void cohenWithNoPairedUnit() {
    assertThat(
            CohenKappa.unweighted().compute(new int[][] {{3, M}, {M, 2}}).kappa().undefinedReason())
        .contains(UndefinedReason.NO_PAIRABLE_UNITS);
  }

  @Test
  void iccWithOneRater() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1}, {2}, {3}});

    for (IccEstimate e : r.estimates()) {
      assertThat(e.value().undefinedReason()).contains(UndefinedReason.ONE_RATER);
      assertThat(e.test()).isEmpty();
    }
  }

  @Test
  void iccWithNoVariance() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{2, 2}, {2, 2}, {2, 2}});

    for (IccEstimate e : r.estimates()) {
      assertThat(e.value().undefinedReason()).contains(UndefinedReason.NO_VARIANCE);
    }
  }

  @Test
  void iccWithTooFewCompleteTargets() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {3, M}});

    assertThat(r.get(IccForm.ICC_2_1).value().undefinedReason())
        .contains(UndefinedReason.TOO_FEW_UNITS);
    assertThat(r.droppedTargets()).isEqualTo(1);
  }

  @Test
  void iccWhenEveryTargetMissesARating() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 3, M}, {M, 2, 2}});

    assertThat(r.get(IccForm.ICC_1_1).value().undefinedReason())
        .contains(UndefinedReason.MISSING_RATINGS);
  }

  @Test
  void iccWithPerfectConsistencyHasInfiniteFAndTheIntervalOfOne() {
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{1, 2}, {2, 3}, {4, 5}});
    IccEstimate icc3 = r.get(IccForm.ICC_3_1);

    assertThat(icc3.value().value()).isEqualTo(1);
    assertThat(icc3.test().orElseThrow().f().undefinedReason())
        .contains(UndefinedReason.NO_ERROR_VARIANCE);
    assertThat(icc3.test().orElseThrow().pValue().value()).isZero();
    assertThat(icc3.interval()).contains(new ConfidenceInterval(0.95, 1, 1));
  }
}

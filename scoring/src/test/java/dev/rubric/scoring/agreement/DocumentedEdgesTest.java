package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edge cases whose documentation was corrected: the values the Javadoc and README now state. */
class DocumentedEdgesTest {
  private static final int NO = Ratings.MISSING;

  @Test
  void fleissWithOneRatingInEachOfSeveralCellsIsNoPairableUnits() {
    // FleissKappa's Javadoc: several cells but at most one rating each is NO_PAIRABLE_UNITS.
    assertThat(FleissKappa.of().compute(new int[][] {{1, NO}, {2, NO}}).kappa().undefinedReason())
        .contains(UndefinedReason.NO_PAIRABLE_UNITS);
    assertThat(FleissKappa.of().compute(new int[][] {{1}, {2}}).kappa().undefinedReason())
        .contains(UndefinedReason.ONE_RATER);
  }

  @Test
  void icc2kIsDefinedAndAboveOneWithoutVarianceBetweenTargetsOrRaters() {
    // By hand: row sums 7, 7 and column sums 7, 7, so BMS = JMS = 0; every rating is 1.5 from
    // the grand mean 3.5, SS_total = 4 * 2.25 = 9 = SS_error on (n - 1)(k - 1) = 1 df: EMS = 9.
    // ICC(2,k) = (BMS - EMS) / (BMS + (JMS - EMS) / n) = -9 / -4.5 = 2 (psych::ICC's formula);
    // ICC(2,1) divides -9 by BMS + (k - 1) EMS + k (JMS - EMS) / n = 0 + 9 - 9 = 0.
    IccResult r = IntraclassCorrelation.of().compute(new int[][] {{2, 5}, {5, 2}});
    assertThat(r.betweenTargetsMeanSquare().value()).isZero();
    assertThat(r.betweenRatersMeanSquare().value()).isZero();
    assertThat(r.errorMeanSquare().value()).isEqualTo(9.0);
    assertThat(r.get(IccForm.ICC_2_K).value().value()).isEqualTo(2.0);
    assertThat(r.get(IccForm.ICC_2_1).value().undefinedReason())
        .contains(UndefinedReason.NO_VARIANCE);
  }
}

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
}

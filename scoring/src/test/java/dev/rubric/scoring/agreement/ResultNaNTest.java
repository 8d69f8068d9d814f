package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which figures of a result are {@code NaN} for which reason code, exactly as the result records'
 * Javadoc states it: each test enumerates every reason the statistic gives.
 */
class ResultNaNTest {
  private static final int NO = Ratings.MISSING;

  @Test
  void alphaDisagreementsAreNaNExactlyWhenUndefinedForAReasonOtherThanOneCategory() {
    Set<UndefinedReason> seen = EnumSet.noneOf(UndefinedReason.class);
    int[][][] data = {
      {},
      {{NO, NO}},
      {{1}, {2}, {3}},
      {{1, NO}, {NO, 2}},
      {{-1, 1}, {2, 3}},
      {{3, 3}, {3, 3}},
      {{1, 2}, {2, 2}},
      {{}}
    };
    for (AlphaLevel level : AlphaLevel.values()) {
      for (int[][] d : data) {
        AlphaResult r = KrippendorffAlpha.at(level).compute(d);
        UndefinedReason why = r.alpha().undefinedReason().orElse(null);
        if (why != null) {
          seen.add(why);
        }
        boolean nan = why != null && why != UndefinedReason.ONE_CATEGORY_ONLY;
        assertThat(Double.isNaN(r.observedDisagreement())).as("%s %s", level, why).isEqualTo(nan);
        assertThat(Double.isNaN(r.expectedDisagreement())).as("%s %s", level, why).isEqualTo(nan);
        if (why == UndefinedReason.ONE_CATEGORY_ONLY) {
          assertThat(r.observedDisagreement()).isZero();
          assertThat(r.expectedDisagreement()).isZero();
        }
      }
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            UndefinedReason.NO_UNITS,
            UndefinedReason.NO_RATINGS,
            UndefinedReason.ONE_RATER,
            UndefinedReason.NO_PAIRABLE_UNITS,
            UndefinedReason.NEGATIVE_VALUE_ON_RATIO_SCALE,
            UndefinedReason.ONE_CATEGORY_ONLY);
    assertThat(
            KrippendorffAlpha.ratio()
                .compute(new int[][] {{-1, 1}, {2, 3}})
                .alpha()
                .undefinedReason())
        .contains(UndefinedReason.NEGATIVE_VALUE_ON_RATIO_SCALE);
  }

  @Test
  void fleissAgreementsAreNaNExactlyWhenUndefinedForAReasonOtherThanOneCategory() {
    Set<UndefinedReason> seen = EnumSet.noneOf(UndefinedReason.class);
    int[][][] data = {
      {},
      {{NO, NO}},
      {{1}, {2}},
      {{1, NO}, {2, NO}},
      {{1, 2, 2}, {1, NO, 2}},
      {{1, 2, 2}, {1, 2}},
      {{3, 3}, {3, 3}},
      {{1, 2}, {2, 2}},
      {{}}
    };
    for (int[][] d : data) {
      FleissResult r = FleissKappa.of().compute(d);
      UndefinedReason why = r.kappa().undefinedReason().orElse(null);
      if (why != null) {
        seen.add(why);
      }
      boolean nan = why != null && why != UndefinedReason.ONE_CATEGORY_ONLY;
      assertThat(Double.isNaN(r.observedAgreement())).as("%s", why).isEqualTo(nan);
      assertThat(Double.isNaN(r.expectedAgreement())).as("%s", why).isEqualTo(nan);
      if (why == UndefinedReason.ONE_CATEGORY_ONLY) {
        assertThat(r.observedAgreement()).isEqualTo(1.0);
        assertThat(r.expectedAgreement()).isEqualTo(1.0);
      }
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            UndefinedReason.NO_UNITS,
            UndefinedReason.NO_RATINGS,
            UndefinedReason.ONE_RATER,
            UndefinedReason.NO_PAIRABLE_UNITS,
            UndefinedReason.MISSING_RATINGS,
            UndefinedReason.UNEQUAL_RATERS_PER_UNIT,
            UndefinedReason.ONE_CATEGORY_ONLY);
  }

  @Test
  void cohenAgreementsAreNaNExactlyWhenNoUnitIsPaired() {
    Set<UndefinedReason> seen = EnumSet.noneOf(UndefinedReason.class);
    int[][][] data = {{}, {{NO, NO}}, {{}}, {{1, NO}, {NO, 2}}, {{3, 3}, {3, 3}}, {{1, 2}, {2, 2}}};
    for (KappaWeights weights : KappaWeights.values()) {
      for (int[][] d : data) {
        CohenResult r = CohenKappa.weighted(weights).compute(d);
        UndefinedReason why = r.kappa().undefinedReason().orElse(null);
        if (why != null) {
          seen.add(why);
        }
        boolean nan = r.pairedUnits() == 0;
        assertThat(nan).isEqualTo(why != null && why != UndefinedReason.ONE_CATEGORY_ONLY);
        assertThat(Double.isNaN(r.observedAgreement())).as("%s", why).isEqualTo(nan);
        assertThat(Double.isNaN(r.expectedAgreement())).as("%s", why).isEqualTo(nan);
      }
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            UndefinedReason.NO_UNITS,
            UndefinedReason.NO_RATINGS,
            UndefinedReason.NO_PAIRABLE_UNITS,
            UndefinedReason.ONE_CATEGORY_ONLY);
  }
}

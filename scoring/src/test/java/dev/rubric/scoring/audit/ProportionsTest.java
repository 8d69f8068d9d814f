package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ProportionsTest {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  /**
   * The critical z of the smallest positive level is finite and right: 2 Q(z) = 2^-1074 at z =
   * 38.48540833556734 (erfc(z / sqrt 2) = 2^-1074 solved to 40 digits with mpmath). Halving
   * Double.MIN_VALUE gives 0 and an infinite z.
   */
  @Test
  void criticalZOfTheSmallestLevels() {
    assertThat(Proportions.criticalZ(Double.MIN_VALUE)).isCloseTo(38.48540833556734, within(1e-12));
    // 3 * 2^-1074 halves to a rounded 2 * 2^-1074; z solves 2 Q(z) = 3 * 2^-1074 (mpmath).
    assertThat(Proportions.criticalZ(3 * Double.MIN_VALUE))
        .isCloseTo(38.45687080043705, within(1e-12));
    assertThat(Proportions.criticalZ(1e-323)).isFinite().isLessThan(38.48540833556734);
  }

  @Test
  void criticalZFallsAsTheLevelRisesThroughTheSubnormals() {
    double previous = Double.POSITIVE_INFINITY;
    for (double alpha = Double.MIN_VALUE; alpha < 1e-290; alpha *= 3.7) {
      double z = Proportions.criticalZ(alpha);
      assertThat(z).isFinite().isLessThan(previous);
      previous = z;
    }
    double below = Math.nextDown(2 * Double.MIN_NORMAL);
    assertThat(Proportions.criticalZ(below))
        .isCloseTo(Proportions.criticalZ(2 * Double.MIN_NORMAL), within(1e-12));
  }

  /** Where alpha / 2 is exact, the logarithmic solution agrees with the survival quantile. */
  @Test
  void theTailSolutionAgreesWithTheQuantileWhereBothApply() {
    for (double alpha : new double[] {1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-60}) {
      double z = STANDARD.inverseSurvivalProbability(alpha / 2);
      assertThat(Proportions.twoSidedTailZ(alpha)).isCloseTo(z, within(1e-13 * z));
    }
  }

  @Test
  void intervalsAtTheSmallestLevelAreFinite() {
    double[] katz = Objects.requireNonNull(Proportions.katz(12, 40, 48, 80, Double.MIN_VALUE));
    assertThat(katz[0]).isPositive().isFinite();
    assertThat(katz[1]).isFinite().isGreaterThan(katz[0]);
    double[] g =
        Objects.requireNonNull(
            HedgesG.of(5, 6, java.math.BigDecimal.valueOf(30), 4.0, 0, 5.0, 0, Double.MIN_VALUE));
    assertThat(g[1]).isFinite();
    assertThat(g[2]).isFinite();
  }
}

package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The adjustments, worked by hand (Holm 1979, the example of the enum's Javadoc). */
class MultiplicityTest {
  private static final double[] P = {0.04, 0.001, Double.NaN, 0.01};

  @Test
  void holmStepsDown() {
    double[] adjusted = Multiplicity.HOLM.adjust(P);
    // three tested: 0.001 * 3, 0.01 * 2, max(0.02, 0.04 * 1)
    assertThat(adjusted[1]).isCloseTo(0.003, within(1e-15));
    assertThat(adjusted[3]).isCloseTo(0.02, within(1e-15));
    assertThat(adjusted[0]).isCloseTo(0.04, within(1e-15));
    assertThat(adjusted[2]).isNaN();
  }

  @Test
  void holmIsMonotoneInTheRawOrder() {
    double[] adjusted = Multiplicity.HOLM.adjust(new double[] {0.011, 0.01, 0.5});
    // 0.01 * 3 = 0.03; 0.011 * 2 = 0.022 raised to 0.03; 0.5
    assertThat(adjusted).containsExactly(new double[] {0.03, 0.03, 0.5}, within(1e-15));
  }

  @Test
  void bonferroniAndNone() {
    assertThat(Multiplicity.BONFERRONI.adjust(P))
        .containsExactly(new double[] {0.12, 0.003, Double.NaN, 0.03}, within(1e-15));
    assertThat(Multiplicity.NONE.adjust(P)).containsExactly(P);
    assertThat(Multiplicity.BONFERRONI.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
  }
}

package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Two-sided p-values of Student's t against closed forms. */
class StudentTTest {
  @Test
  void oneDegreeOfFreedomIsTheCauchyDistribution() {
    // df = 1: p = 1 - (2 / pi) atan(|t|).
    for (double t : new double[] {0, 0.3, 1, 2.5, 12.7}) {
      assertThat(StudentT.twoSidedP(t, 1))
          .as("t = %s", t)
          .isCloseTo(1 - 2 / Math.PI * Math.atan(t), within(1e-13));
    }
  }

  @Test
  void twoDegreesOfFreedomHaveAClosedForm() {
    // df = 2: p = 1 - |t| / sqrt(2 + t^2).
    for (double t : new double[] {-4.3, 0.5, 1, 3, 30}) {
      assertThat(StudentT.twoSidedP(t, 2))
          .as("t = %s", t)
          .isCloseTo(1 - Math.abs(t) / Math.sqrt(2 + t * t), within(1e-13));
    }
  }

  @Test
  void manyDegreesOfFreedomApproachTheNormal() {
    // 2 (1 - Phi(1.959964)) = 0.05 (tabled normal quantile); df = 1e7 is the normal to 1e-6.
    assertThat(StudentT.twoSidedP(1.959963984540054, 1e7)).isCloseTo(0.05, within(1e-6));
  }

  @Test
  void edges() {
    assertThat(StudentT.twoSidedP(Double.POSITIVE_INFINITY, 5)).isZero();
    assertThat(StudentT.twoSidedP(Double.NaN, 5)).isNaN();
    assertThat(StudentT.twoSidedP(1, 0)).isNaN();
  }
}

package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Coefficient#of}: a defined value keeps its exact bits, shared or not. */
class CoefficientTest {
  /** Law: of(v).value() is v bit for bit, and two coefficients of v are equal, for any finite v. */
  @Test
  void aDefinedCoefficientKeepsItsValueExactly() {
    SplittableRandom random = new SplittableRandom(20261201L);
    double[] edges = {
      0.0,
      -0.0,
      1.0,
      10.0,
      10.000000000000002,
      11.0,
      -1.0,
      0.5,
      9.999999999999998,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      1e-300,
      4.0,
      3.0 - 1e-16
    };
    for (int i = 0; i < edges.length + 2000; i++) {
      double v =
          i < edges.length
              ? edges[i]
              : random.nextBoolean() ? random.nextInt(-3, 14) : random.nextDouble(-20, 20);
      Coefficient c = Coefficient.of(v);
      assertThat(c.isDefined()).isTrue();
      assertThat(Double.doubleToRawLongBits(c.value()))
          .as("value %s", v)
          .isEqualTo(Double.doubleToRawLongBits(v));
      assertThat(c).isEqualTo(Coefficient.of(v)).isEqualTo(new Coefficient.Defined(v));
      assertThat(c.hashCode()).isEqualTo(new Coefficient.Defined(v).hashCode());
    }
  }

  /**
   * The quarters 0 to 10 are shared, each keeping its value; -0.0 stays apart from 0.0; non-finite
   * is refused.
   */
  @Test
  void quarterValuesAreSharedAndSignedZeroIsKept() {
    for (int i = 0; i <= 40; i++) {
      double v = i / 4.0;
      assertThat(Coefficient.of(v)).isSameAs(Coefficient.of(v));
      assertThat(Coefficient.of(v).value()).isEqualTo(v);
    }
    assertThat(Coefficient.of(-0.0)).isNotEqualTo(Coefficient.of(0.0));
    assertThat(Coefficient.of(-0.0).value()).isEqualTo(-0.0);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1.0 / 0}) {
      assertThatThrownBy(() -> Coefficient.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be finite");
    }
  }
}

package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Gen#anyDoubles()}: the special values at their documented rates, and how they shrink. */
class AnyDoublesTest {
  private static final int N = 20_000;

  /**
   * NaN, +Infinity and -Infinity come only from their kinds, 4%, 2% and 2%: a chi-square test of
   * goodness of fit over those three and the rest, 3 degrees of freedom, below 16.27 (p = 0.001).
   */
  @Test
  void nanAndTheInfinitiesComeUpAtTheirDocumentedRates() {
    List<Double> values = Gen.anyDoubles().sample(7, N);
    long nan = values.stream().filter(v -> Double.isNaN(v)).count();
    long up = values.stream().filter(v -> v == Double.POSITIVE_INFINITY).count();
    long down = values.stream().filter(v -> v == Double.NEGATIVE_INFINITY).count();
    long rest = N - nan - up - down;
    double chiSquare =
        chi(nan, 0.04 * N) + chi(up, 0.02 * N) + chi(down, 0.02 * N) + chi(rest, 0.92 * N);

    assertThat(chiSquare).isLessThan(16.27);
  }

  @Test
  void everySpecialValueAndEveryScaleComesUp() {
    List<Double> values = Gen.anyDoubles().sample(11, N);

    assertThat(values)
        .contains(
            0.0,
            -0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            -Double.MAX_VALUE,
            Double.MAX_VALUE)
        .anySatisfy(v -> assertThat(Double.doubleToRawLongBits(v)).isEqualTo(1L << 63))
        .anySatisfy(v -> assertThat(isSubnormal(v) && Math.abs(v) > Double.MIN_VALUE).isTrue())
        .anySatisfy(v -> assertThat(Math.abs(v)).isBetween(1e200, 1e308))
        .anySatisfy(v -> assertThat(Math.abs(v)).isBetween(1e-300, 1e-200))
        .anySatisfy(v -> assertThat(v).isBetween(2.0, 100.0))
        .anySatisfy(v -> assertThat(v).isBetween(-100.0, -2.0));
    assertThat(values.stream().filter(v -> v == Math.rint(v) && Math.abs(v) < 1000).count())
        .as("small whole numbers")
        .isGreaterThan(N / 50);
  }

  @Test
  void aGuardThatMissesNanShrinksToNan() {
    assertThat(shrunk(x -> !Double.isNaN(x))).isNaN();
  }

  @Test
  void aGuardThatMissesTheInfinitiesShrinksToPositiveInfinity() {
    assertThat(shrunk(x -> Double.isNaN(x) || Double.isFinite(x)))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void aGuardThatMissesNegativeZeroShrinksToIt() {
    double smallest = shrunk(x -> x != 0 || Double.doubleToRawLongBits(x) == 0);

    assertThat(Double.doubleToRawLongBits(smallest)).isEqualTo(1L << 63);
  }

  @Test
  void aGuardThatMissesSubnormalsShrinksToASubnormal() {
    assertThat(shrunk(x -> !isSubnormal(x))).satisfies(v -> assertThat(isSubnormal(v)).isTrue());
  }

  @Test
  void plainFailuresShrinkToPlainValues() {
    assertThat(shrunk(x -> false)).isEqualTo(0.0);
    assertThat(shrunk(x -> !(x >= 10.5))).isBetween(10.5, 11.0);
    assertThat(shrunk(x -> !(Math.abs(x) > 1e6))).isBetween(1e6, 1e6 + 1);
  }

  private static double shrunk(java.util.function.Predicate<Double> holds) {
    double first = ShrinkingTest.shrunk(Gen.anyDoubles(), holds, 1);
    for (long seed = 2; seed <= 10; seed++) {
      double again = ShrinkingTest.shrunk(Gen.anyDoubles(), holds, seed);
      assertThat(Double.doubleToRawLongBits(again))
          .as("seed %d gave %s, seed 1 %s", seed, again, first)
          .isEqualTo(Double.doubleToRawLongBits(first));
    }
    return first;
  }

  private static boolean isSubnormal(double v) {
    return v != 0 && Math.abs(v) < Double.MIN_NORMAL;
  }

  private static double chi(long observed, double expected) {
    return (observed - expected) * (observed - expected) / expected;
  }
}

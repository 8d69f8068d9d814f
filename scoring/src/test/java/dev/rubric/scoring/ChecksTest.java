package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast figure formatting prints exactly what {@link String#format} under ROOT prints. */
class ChecksTest {
  @Test
  void threeDecimalsMatchesTheFormatterOnRandomValuesAndTies() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      double v =
          switch (i % 4) {
            case 0 -> random.nextDouble(-5, 5);
            case 1 -> Math.round(random.nextDouble(0, 4) * 2000) / 2000.0; // ties at 0.0005
            case 2 -> random.nextDouble(-2e6, 2e6);
            default -> Math.round(random.nextDouble(0, 4) * 1000) / 1000.0 + 5e-4 * (i % 3 - 1);
          };
      assertThat(Checks.threeDecimals(v))
          .as("%s", v)
          .isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    }
    for (double v :
        new double[] {
          0.0,
          -0.0,
          0.0005,
          0.0015,
          2.0005,
          -2.0005,
          1e-9,
          -1e-9,
          0.9995,
          999_999.9995,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE,
          1e300
        }) {
      assertThat(Checks.threeDecimals(v))
          .as("%s", v)
          .isEqualTo(String.format(Locale.ROOT, "%.3f", v));
    }
  }

  @Test
  void figureDropsTrailingZeros() {
    assertThat(Checks.figure(2.5)).isEqualTo("2.5");
    assertThat(Checks.figure(3)).isEqualTo("3");
    assertThat(Checks.figure(2.0 / 3)).isEqualTo("0.667");
  }
}

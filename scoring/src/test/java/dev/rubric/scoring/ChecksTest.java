package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast formatting paths print exactly what {@link String#format} under ROOT prints. */
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

  @Test
  void formatMatchesTheFormatterForPlainAndOtherTemplates() {
    Object[][] cases = {
      {"Seat '%s' still owes a scorecard.", "seat-1"},
      {"Level %d is not on the scale (%d to %d).", 7, 1, 4},
      {"%s %s %s", null, 2.5, 3L},
      {"100%% of %d", (short) -3},
      {"a %5s b", "x"},
      {"%.2f and %s", 1.005, "y"},
      {"%d", 2.5},
      {"%n%s", "z"},
    };
    for (Object[] c : cases) {
      String template = (String) c[0];
      Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      String expected;
      try {
        expected = String.format(Locale.ROOT, template, args);
      } catch (java.util.IllegalFormatException e) {
        expected = e.getClass().getName();
      }
      String actual;
      try {
        actual = Checks.format(template, args);
      } catch (java.util.IllegalFormatException e) {
        actual = e.getClass().getName();
      }
      assertThat(actual).as(template).isEqualTo(expected);
    }
  }
}

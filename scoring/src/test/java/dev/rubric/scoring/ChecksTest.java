package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Figures in sentences: three decimals at most, no trailing zeros. */
class ChecksTest {
  /**
   * Found by a review: "Must-have 'model-serving' scored 3, below its bar 3." for a score of 2.9996
   * (a leniency-adjusted mean). Beside the bar it is compared with, a value that would read as the
   * bar is shown in full; one that reads differently keeps three decimals.
   */
  @Test
  void aFigureBesideItsBarNeverReadsAsTheBar() {
    assertThat(Checks.figureBeside(2.9996, 3)).isEqualTo("2.9996");
    assertThat(Checks.figureBeside(Math.nextDown(3.0), 3)).isEqualTo("2.9999999999999996");
    assertThat(Checks.figureBeside(2.5, 3)).isEqualTo("2.5");
    assertThat(Checks.figureBeside(2.0 / 3, 1)).isEqualTo("0.667");
    assertThat(Checks.figureBeside(3, 3)).isEqualTo("3");
    assertThat(Checks.figureBeside(2.99949, 3)).isEqualTo("2.999");

    Evaluation e =
        Evaluator.builder()
            .aggregator(
                CompetencyAggregator.leniencyAdjusted(
                    java.util.Map.of("alice", 0.0004, "bob", 0.0004), CompetencyAggregator.mean()))
            .build()
            .evaluate(Packets.plan(), Packets.packet(Packets.plan(), 3, 3, 3, 3, 3));
    java.util.List<String> sentences = new java.util.ArrayList<>();
    e.decision().reasons().forEach(r -> sentences.add(r.sentence()));
    e.decision().concerns().forEach(r -> sentences.add(r.sentence()));
    assertThat(sentences).noneMatch(t -> t.matches(".*scored 3, below its (bar|target) 3.*"));
    assertThat(sentences).anyMatch(t -> t.contains("scored 2.9996, below its"));
  }

  @Test
  void figureDropsTrailingZeros() {
    assertThat(Checks.figure(2.5)).isEqualTo("2.5");
    assertThat(Checks.figure(3)).isEqualTo("3");
    assertThat(Checks.figure(2.0 / 3)).isEqualTo("0.667");
    assertThat(Checks.figure(2.0004)).isEqualTo("2");
    assertThat(Checks.figure(-1.9996)).isEqualTo("-2");
    assertThat(Checks.figure(-0.0004)).isEqualTo("-0");
    assertThat(Checks.figure(0.0005)).isEqualTo("0.001");
    assertThat(Checks.figure(2.0625)).isEqualTo("2.063");
    assertThat(Checks.figure(-2.0625)).isEqualTo("-2.063");
    assertThat(Checks.figure(0.105)).isEqualTo("0.105");
    assertThat(Checks.figure(Double.NaN)).isEqualTo("NaN");
    assertThat(Checks.figure(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  /**
   * The law: a figure reads as {@code String.format(Locale.ROOT, "%.3f", value)} with its trailing
   * zeros (and a bare point) dropped, whole values below 10^15 as integers, for values of every
   * magnitude and sign, and for values at and next to each rounding tie.
   */
  @Test
  void figureReadsAsTheFormatterWithoutTrailingZeros() {
    SplittableRandom random = new SplittableRandom(20261130);
    for (int i = 0; i < 200_000; i++) {
      double value =
          switch (i % 5) {
            case 0 -> random.nextDouble(-5, 5);
            case 1 -> random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-6, 18));
            case 2 -> (random.nextInt(-200_000, 200_000) + 0.5) / 1000; // a tie in decimal
            case 3 -> Math.nextAfter(random.nextInt(-9_999, 9_999) / 1000.0 + 0.0005, i % 2);
            default ->
                random.nextInt(-4_000, 4_000) / 1000.0 * (1 + (random.nextInt(3) - 1) * 1e-9);
          };
      assertThat(Checks.figure(value)).as("figure(%s)", value).isEqualTo(oracle(value));
    }
  }

  private static String oracle(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = String.format(Locale.ROOT, "%.3f", value);
    s = s.contains(".") ? s.replaceAll("0+$", "") : s;
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}

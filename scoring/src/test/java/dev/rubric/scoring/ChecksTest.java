package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures in sentences: three decimals at most, no trailing zeros. */
class ChecksTest {
  @Test
  void figureDropsTrailingZeros() {
    assertThat(Checks.figure(2.5)).isEqualTo("2.5");
    assertThat(Checks.figure(3)).isEqualTo("3");
    assertThat(Checks.figure(2.0 / 3)).isEqualTo("0.667");
    assertThat(Checks.figure(2.0004)).isEqualTo("2");
    assertThat(Checks.figure(-1.9996)).isEqualTo("-2");
  }
}

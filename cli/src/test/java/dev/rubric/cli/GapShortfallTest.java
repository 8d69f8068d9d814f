package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A gap's shortfall never reads 0.00: found by a review, an area scored just under its bar showed
 * "below its bar 3 by 0.00" in the text and HTML reports.
 */
class GapShortfallTest {
  @Test
  void aShortfallTooSmallForTwoDecimalsIsShownInFull() {
    assertThat(TextReport.shortfall(0.0004)).isEqualTo("0.0004");
    assertThat(TextReport.shortfall(3 - Math.nextDown(3.0)))
        .isEqualTo("0.0000000000000004440892098500626");
    assertThat(TextReport.shortfall(0.5)).isEqualTo("0.50");
    assertThat(TextReport.shortfall(0.005)).isEqualTo("0.01");
    assertThat(TextReport.shortfall(1)).isEqualTo("1.00");
  }
}

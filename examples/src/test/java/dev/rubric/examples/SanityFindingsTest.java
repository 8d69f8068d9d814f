package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Regressions for what the package sanity tests found. */
class SanityFindingsTest {
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void evaluatePacketRejectsANullPacketEvenWhenThePlanIsUnreadable() {
    byte[] brokenPlan = "{".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EvaluatePacketFromJson.evaluate(brokenPlan, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("packetJson");
  }
}

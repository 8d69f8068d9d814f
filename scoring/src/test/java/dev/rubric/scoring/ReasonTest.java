package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Sentences written on first use: once, and equal to a reason given the same sentence. */
class ReasonTest {
  @Test
  void aRenderedSentenceIsWrittenOnceWhenFirstRead() {
    AtomicInteger renders = new AtomicInteger();
    Reason lazy =
        Reason.rendered(
            ReasonCode.DEPTH_GAP,
            "deployment",
            () -> ImmutableMap.of("score", 2.5),
            () -> {
              renders.incrementAndGet();
              return "Depth area 'deployment' scored 2.5.";
            });

    assertThat(lazy.code()).isEqualTo(ReasonCode.DEPTH_GAP);
    assertThat(lazy.figures()).containsExactly(java.util.Map.entry("score", 2.5));
    assertThat(renders).hasValue(0);
    assertThat(lazy.sentence()).isEqualTo("Depth area 'deployment' scored 2.5.");
    assertThat(lazy.sentence()).isSameAs(lazy.sentence());
    assertThat(renders).hasValue(1);
  }

  @Test
  void aRenderedReasonEqualsOneGivenTheSameSentence() {
    Reason given =
        Reason.of(
            ReasonCode.DEPTH_GAP,
            Optional.of("deployment"),
            ImmutableMap.of("score", 2.5),
            "Depth area 'deployment' scored 2.5.");
    Reason lazy =
        Reason.rendered(
            ReasonCode.DEPTH_GAP,
            "deployment",
            () -> ImmutableMap.of("score", 2.5),
            () -> "Depth area 'deployment' scored 2.5.");

    assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
    assertThat(given.toString())
        .isEqualTo("DEPTH_GAP(deployment): Depth area 'deployment' scored 2.5.");
  }

  /** Equality by code, subject, figures and sentence, however they were given. */
  @Test
  // Public: guava-testlib's package sanity test skips a class whose test has a public testEquals.
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(
            Reason.of(ReasonCode.DEPTH_GAP, Optional.of("a"), Map.of("score", 2.0), "Low."),
            Reason.of(
                ReasonCode.DEPTH_GAP, Optional.of("a"), ImmutableMap.of("score", 2.0), "Low."),
            Reason.rendered(
                ReasonCode.DEPTH_GAP, "a", () -> ImmutableMap.of("score", 2.0), () -> "Low."))
        .addEqualityGroup(
            Reason.of(ReasonCode.BREADTH_GAP, Optional.of("a"), Map.of("score", 2.0), "Low."))
        .addEqualityGroup(
            Reason.of(ReasonCode.DEPTH_GAP, Optional.empty(), Map.of("score", 2.0), "Low."))
        .addEqualityGroup(
            Reason.rendered(
                ReasonCode.DEPTH_GAP, "a", () -> ImmutableMap.of("score", 2.5), () -> "Low."))
        .addEqualityGroup(
            Reason.rendered(
                ReasonCode.DEPTH_GAP, "a", () -> ImmutableMap.of("score", 2.0), () -> "Lower."))
        .testEquals();
  }
}

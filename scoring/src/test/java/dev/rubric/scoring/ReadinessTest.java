package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import dev.rubric.core.InterviewPlan;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A readiness laid out on first use behaves as one built with its timeline: equal, with equal hash
 * codes, and its timeline laid out once however often it is read.
 */
class ReadinessTest {
  private static final Timeline AS_OF =
      Timeline.builder().asOf(Instant.parse("2026-11-20T17:00:00Z")).build();

  /** Named so: guava-testlib's package sanity test leaves a readiness's equality to this test. */
  @Test
  void testEquals() {
    new EqualsTester()
        .addEqualityGroup(
            Readiness.of(List.of("deploy"), List.of("comms"), AS_OF),
            Readiness.layingOut(List.of("deploy"), List.of("comms"), () -> AS_OF))
        .addEqualityGroup(
            Readiness.of(List.of("deploy"), List.of("comms")),
            Readiness.layingOut(List.of("deploy"), List.of("comms"), Timeline::empty))
        .addEqualityGroup(Readiness.of(List.of(), List.of("comms"), AS_OF))
        .addEqualityGroup(Readiness.of(List.of("deploy"), List.of(), AS_OF))
        .testEquals();
  }

  @Test
  void aTimelineLaidOutOnFirstUseIsLaidOutOnce() {
    AtomicInteger laidOut = new AtomicInteger();
    Readiness r =
        Readiness.layingOut(
            List.of("deploy"),
            List.of(),
            () -> {
              laidOut.incrementAndGet();
              return AS_OF;
            });
    assertThat(laidOut).hasValue(0);
    assertThat(r.isComplete()).isFalse();
    assertThat(laidOut).hasValue(0);
    assertThat(r.timeline()).isSameAs(AS_OF);
    assertThat(r.overdue()).isEmpty();
    assertThat(r.timeline()).isSameAs(AS_OF);
    assertThat(laidOut).hasValue(1);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void elementsAndTimelineAreRequired() {
    assertThatNullPointerException()
        .isThrownBy(() -> Readiness.of(java.util.Arrays.asList("a", null), List.of()))
        .withMessageContaining("owedSeats");
    assertThatNullPointerException()
        .isThrownBy(() -> Readiness.layingOut(List.of(), List.of(), null))
        .withMessageContaining("layOut");
  }

  /**
   * Without a clock the evaluation lays its timeline out when it is read; the timeline read then is
   * the one laid out at once when the same packet is evaluated with a clock that changes nothing
   * else (the debrief long after every submission, counted).
   */
  @Test
  void anEvaluationWithoutAClockReadsTheSameTimelineEntries() {
    InterviewPlan plan = Packets.plan();
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    Evaluation without = evaluator.evaluate(Packets.packet(plan, 4, 3, 4, 4, 3));
    Evaluation with =
        evaluator.evaluate(
            Packets.packet(plan, 4, 3, 4, 4, 3),
            EvaluationContext.builder().debriefAt(Instant.parse("2999-01-01T00:00:00Z")).build());
    assertThat(without.findings().readiness().timeline().entries())
        .isNotEmpty()
        .isEqualTo(with.findings().readiness().timeline().entries());
    assertThat(without.findings().readiness().timeline().debriefAt()).isEmpty();
  }
}

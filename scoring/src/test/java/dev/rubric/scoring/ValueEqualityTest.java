package dev.rubric.scoring;

import com.google.common.testing.EqualsTester;
import dev.rubric.core.InterviewPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Equality of the evaluation results, checked with {@link EqualsTester}: the same packet evaluated
 * twice gives equal results with equal hash codes, and a packet that differs in one rating gives
 * unequal ones, down to each part.
 */
class ValueEqualityTest {
  private static final InterviewPlan PLAN = Packets.plan();

  private static Evaluation evaluate(int comms) {
    return Evaluator.standard().evaluate(PLAN, Packets.packet(PLAN, 4, 3, 4, 4, comms));
  }

  private static ScorecardAccount carol(Evaluation e) {
    return e.scorecards().stream()
        .filter(c -> c.scorecard().interviewerId().equals("carol"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void evaluationAndItsParts() {
    Evaluation a = evaluate(3);
    Evaluation same = evaluate(3);
    Evaluation other = evaluate(1);
    new EqualsTester().addEqualityGroup(a, same).addEqualityGroup(other).testEquals();
    new EqualsTester()
        .addEqualityGroup(a.findings(), same.findings())
        .addEqualityGroup(other.findings())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.findings().scores(), same.findings().scores())
        .addEqualityGroup(other.findings().scores())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.findings().overall(), same.findings().overall())
        .addEqualityGroup(other.findings().overall())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(carol(a), carol(same))
        .addEqualityGroup(carol(other))
        .testEquals();
  }

  @Test
  void decisionAndReason() {
    Reason bar =
        Reason.of(
            ReasonCode.MUST_HAVE_BAR_MISSED,
            Optional.of("serving"),
            Map.of("mean", 2.5),
            "serving is below its bar.");
    Reason barAgain =
        Reason.of(
            ReasonCode.MUST_HAVE_BAR_MISSED,
            Optional.of("serving"),
            Map.of("mean", 2.5),
            "serving is below its bar.");
    new EqualsTester()
        .addEqualityGroup(bar, barAgain)
        .addEqualityGroup(
            Reason.of(
                ReasonCode.DEPTH_GAP,
                Optional.of("serving"),
                Map.of("mean", 2.5),
                "serving is below its bar."))
        .addEqualityGroup(
            Reason.of(
                ReasonCode.MUST_HAVE_BAR_MISSED,
                Optional.empty(),
                Map.of("mean", 2.5),
                "serving is below its bar."))
        .addEqualityGroup(
            Reason.of(
                ReasonCode.MUST_HAVE_BAR_MISSED,
                Optional.of("serving"),
                Map.of("mean", 2.0),
                "serving is below its bar."))
        .addEqualityGroup(
            Reason.of(
                ReasonCode.MUST_HAVE_BAR_MISSED,
                Optional.of("serving"),
                Map.of("mean", 2.5),
                "serving misses its bar."))
        .testEquals();
    Outcome[] outcomes = Outcome.values();
    new EqualsTester()
        .addEqualityGroup(
            Decision.of(outcomes[0], List.of(bar), List.of()),
            Decision.of(outcomes[0], List.of(barAgain), List.of()))
        .addEqualityGroup(Decision.of(outcomes[1], List.of(bar), List.of()))
        .addEqualityGroup(
            Decision.of(
                outcomes[0],
                List.of(Reason.of(ReasonCode.DEPTH_GAP, Optional.empty(), Map.of(), "A gap.")),
                List.of()))
        .addEqualityGroup(Decision.of(outcomes[0], List.of(bar), List.of(bar)))
        .testEquals();
  }

  @Test
  void readiness() {
    new EqualsTester()
        .addEqualityGroup(
            Readiness.of(List.of("deploy"), List.of("comms")),
            Readiness.of(List.of("deploy"), List.of("comms")))
        .addEqualityGroup(Readiness.of(List.of(), List.of("comms")))
        .addEqualityGroup(Readiness.of(List.of("deploy"), List.of()))
        .testEquals();
  }
}

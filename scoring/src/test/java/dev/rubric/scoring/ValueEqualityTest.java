package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void anEvaluationsToStringCountsItsScorecardsWithoutTheirEvidence() {
    InterviewPlan plan = Packets.plan();
    String evidence = "Walked through the serving stack in detail. ".repeat(1_000);
    Scorecard used =
        Packets.card(plan, "alice", "deploy")
            .rate("serving", 4, evidence)
            .rate("monitoring", 3, evidence)
            .build();
    Scorecard rejected =
        Packets.card(plan, "dave", "no-such-seat").rate("serving", 4, evidence).build();

    String text = Evaluator.standard().evaluate(plan, List.of(used, rejected)).toString();

    assertThat(text)
        .doesNotContain("Walked through")
        .contains("scorecards=2 (1 used, 1 rejected, 0 calibration only)")
        .contains("rejected=[dave/no-such-seat [")
        .hasSizeLessThan(20_000);
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

  /**
   * An evaluation lists its scorecards' accounts on first use: before and after that it equals, and
   * hashes as, the evaluation built eagerly from the same parts, and every thread reading a fresh
   * evaluation at once sees equal accounts, with the written-evidence advice in them.
   */
  @Test
  void anEvaluationListedOnFirstUseEqualsOneBuiltFromItsParts() throws Exception {
    Evaluation listed = Evaluator.standard().evaluate(PLAN, Packets.packet(PLAN, 4, 3, 4, 4, 3));
    Evaluation read = evaluate(3);
    Evaluation built =
        Evaluation.of(
            read.planId(),
            read.planFingerprint(),
            read.candidateId(),
            read.scorecards(),
            read.findings(),
            read.decision());
    new EqualsTester()
        .addEqualityGroup(listed, built, read)
        .addEqualityGroup(evaluate(1))
        .testEquals();
    assertThat(listed.scorecards()).isSameAs(listed.scorecards());

    Evaluation fresh = Evaluator.standard().evaluate(PLAN, Packets.packet(PLAN, 4, 3, 4, 4, 3));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ScorecardAccount>>> seen = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        seen.add(pool.submit(fresh::scorecards));
      }
      for (Future<List<ScorecardAccount>> f : seen) {
        assertThat(f.get()).isEqualTo(built.scorecards());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(built.scorecards())
        .flatMap(ScorecardAccount::problems)
        .extracting(p -> p.code())
        .contains(EvaluationProblemCodes.EVIDENCE_TOO_SHORT);
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

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ReasonCode;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void tShapedEngineerIsAHire() {
    Evaluation e =
        Evaluator.standard().evaluate(MlEngineerRubric.plan(), SampleCandidates.tShapedEngineer());

    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
    assertThat(e.decision().codes()).containsExactly(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD);
    assertThat(e.findings().overall().missedBars()).isEmpty();
  }

  @Test
  void researcherIsNoHireBecauseTheDeploymentMustHavesAreMissed() {
    Evaluation e =
        Evaluator.standard()
            .evaluate(MlEngineerRubric.plan(), SampleCandidates.researcherWhoCannotShip());

    assertThat(e.decision().outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(
            e.decision().reasons().stream()
                .filter(r -> r.code() == ReasonCode.MUST_HAVE_BAR_MISSED)
                .map(r -> r.subject().orElseThrow()))
        .containsExactly(
            "model-serving",
            "experiment-to-production",
            "drift-detection",
            "monitoring-alerting",
            "deployment-rollback");
    assertThat(e.findings().scores().get("modeling-depth").orElseThrow().score().value())
        .isEqualTo(4.0);
  }

  @Test
  void splitPanelNeedsADebriefBecauseOfSplitsOnMustHaves() {
    Evaluation e =
        Evaluator.standard().evaluate(MlEngineerRubric.plan(), SampleCandidates.splitPanel());

    assertThat(e.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    assertThat(
            e.decision().reasons().stream()
                .filter(r -> r.code() == ReasonCode.WEAK_CONSENSUS_ON_MUST_HAVE)
                .map(Reason::subject))
        .extracting(s -> s.orElseThrow())
        .containsExactly("drift-detection", "monitoring-alerting");
    assertThat(e.findings().consensus().agenda())
        .extracting(a -> a.competencyId())
        .containsExactly("drift-detection", "monitoring-alerting");
  }

  @Test
  void demoPrintsTheThreeReportsInOrder() {
    CommandRun run = CommandRun.of("demo");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .containsSubsequence(
            "Candidate 1 of 3: a T-shaped engineer",
            "DECISION: HIRE",
            "[SCORE_AT_OR_ABOVE_THRESHOLD (score=3.310, threshold=3)]",
            "TIMELINE",
            "  stage technical-panel",
            "  plan approved at 2025-12-15T16:00:00Z by dana.okafor (Hiring manager)",
            "Candidate 2 of 3: a strong researcher who cannot ship",
            "DECISION: NO_HIRE",
            "[MUST_HAVE_BAR_MISSED model-serving (score=2, bar=3, shortfall=1)]",
            "Candidate 3 of 3: a split panel",
            "DECISION: NEEDS_DEBRIEF",
            "[WEAK_CONSENSUS_ON_MUST_HAVE drift-detection (rwg=0, threshold=0.500)]",
            "DEBRIEF AGENDA",
            "  1. Drift detection and correction (drift-detection):",
            "     below the hire line:",
            "       iv-ruth (deployment-depth): 2 No",
            "     at or above the hire line:",
            "       iv-noor (deployment-depth): 4 Strong yes",
            "     follow-up questions:");
  }

  @Test
  void demoTakesNoArguments() {
    CommandRun run = CommandRun.of("demo", "extra.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Unmatched argument at index 1: 'extra.json' (see 'rubric demo --help')\n");
  }

  @Test
  void helpDescribesTheDemo() {
    CommandRun run = CommandRun.of("demo", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: rubric demo").contains("bundled candidates");
  }
}

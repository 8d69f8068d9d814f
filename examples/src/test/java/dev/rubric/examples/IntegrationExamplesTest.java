package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.ReasonCode;
import dev.rubric.scoring.agreement.AlphaResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrationExamplesTest {
  private static final RubricJson JSON = RubricJson.standard();

  @Test
  void evaluatePacketFromJsonGivesTheDecisionAndReasons() {
    byte[] plan = JSON.writePlan(MlEngineerRubric.plan()).getBytes(StandardCharsets.UTF_8);
    byte[] packet =
        JSON.writeScorecards(SampleCandidates.splitPanel()).getBytes(StandardCharsets.UTF_8);

    List<String> lines = EvaluatePacketFromJson.evaluate(plan, packet);

    assertThat(lines.get(0)).isEqualTo("NEEDS_DEBRIEF for cand-casey");
    assertThat(lines.get(1)).startsWith("  WEAK_CONSENSUS_ON_MUST_HAVE drift-detection: ");
    assertThat(lines.get(lines.size() - 1)).matches("evaluation JSON: \\d+ characters");
  }

  @Test
  void evaluatePacketFromJsonReturnsTheProblemsOfABadPacket() {
    byte[] plan = JSON.writePlan(MlEngineerRubric.plan()).getBytes(StandardCharsets.UTF_8);

    List<String> lines =
        EvaluatePacketFromJson.evaluate(
            plan, "[{\"candidateId\": 7}]".getBytes(StandardCharsets.UTF_8));

    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("rejected: packet: ERROR "));
    assertThat(lines.get(0)).contains(" at /0/candidateId: ");
  }

  @Test
  void customAggregatorTurnsTheSplitPanelIntoANoHire() {
    Evaluation e =
        CustomAggregatorExample.evaluate(MlEngineerRubric.plan(), SampleCandidates.splitPanel());

    assertThat(e.findings().scores().aggregator()).isEqualTo("lower-half-mean");
    assertThat(e.findings().scores().get("drift-detection").orElseThrow().score().value())
        .isEqualTo(2.0);
    assertThat(e.findings().scores().get("model-serving").orElseThrow().score().value())
        .isEqualTo(3.0);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(e.decision().codes()).contains(ReasonCode.MUST_HAVE_BAR_MISSED);
  }

  @Test
  void customAggregatorKeepsTheTShapedEngineerAHire() {
    Evaluation e =
        CustomAggregatorExample.evaluate(
            MlEngineerRubric.plan(), SampleCandidates.tShapedEngineer());

    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
  }

  @Test
  void reliabilityOverHistoryDoesNotDependOnTheOrderOfScorecards() {
    List<Scorecard> history = HistoryGenerator.generate();
    List<Scorecard> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new java.util.Random(7));

    AlphaResult alpha = ReliabilityOverHistory.alpha(history);

    assertThat(alpha.alpha().value()).isBetween(0.3, 0.95);
    assertThat(alpha.raters()).isEqualTo(12);
    assertThat(ReliabilityOverHistory.alpha(shuffled)).isEqualTo(alpha);
    assertThat(ReliabilityOverHistory.icc(shuffled).value().value())
        .isCloseTo(ReliabilityOverHistory.icc(history).value().value(), within(1e-15));
    assertThat(ReliabilityOverHistory.summary(history))
        .matches(
            "ordinal alpha 0\\.\\d{3} over \\d+ pairable units \\(12 raters\\)\\RICC\\(1,1\\) 0\\.\\d{3}");
  }
}

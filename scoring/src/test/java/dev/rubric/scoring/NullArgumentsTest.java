package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.fixtures.NullElements;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public factory, constructor and method of scoring's packages, the built-in strategies'
 * included, that is handed null where it takes none throws a {@link NullPointerException} naming
 * the parameter: never one without a message, nor the virtual machine's own, which names a local
 * variable of Rubric's ({@code "s"} for an aggregator's sample).
 */
class NullArgumentsTest {
  private static List<Object> receivers() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    Evaluation evaluation = Evaluator.standard().evaluate(plan, packet(plan, 4, 3, 4, 4, 3));
    return List.of(
        CompetencyAggregator.mean(),
        CompetencyAggregator.median(),
        CompetencyAggregator.minimum(),
        CompetencyAggregator.trimmedMean(0.2),
        CompetencyAggregator.leniencyAdjusted(Map.of("alice", 0.5), CompetencyAggregator.mean()),
        ScoringStrategy.hybrid(),
        ScoringStrategy.conjunctive(),
        ScoringStrategy.weightedCompensatory(),
        BreadthDepthStrategy.areaBars(),
        ConsensusMeasure.standard(),
        DecisionPolicy.standard(),
        DecisionThresholds.builder().build(),
        EvidenceRules.defaults(),
        Evaluator.standard(),
        Evaluator.standard().forPlan(plan),
        evaluation,
        evaluation.findings(),
        evaluation.findings().scores(),
        evaluation.findings().overall(),
        evaluation.findings().consensus(),
        evaluation.decision());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dev.rubric.scoring",
        "dev.rubric.scoring.json",
        "dev.rubric.scoring.agreement",
        "dev.rubric.scoring.audit",
        "dev.rubric.scoring.calibration"
      })
  void aNullArgumentIsNamed(String packageName) throws IOException {
    assertThat(
            NullElements.unnamedNullArguments(
                packageName, NullElements.modelDefaults(), receivers()))
        .isEmpty();
  }
}

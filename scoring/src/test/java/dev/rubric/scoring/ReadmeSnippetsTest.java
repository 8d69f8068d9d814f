package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of the README section "Evaluating a candidate", run as tests. */
class ReadmeSnippetsTest {
  private static final InterviewPlan plan = Packets.plan();
  private static final List<Scorecard> scorecards = Packets.packet(plan, 4, 3, 4, 4, 3);

  @Test
  void evaluateAPacket() {
    // snippet:evaluate-packet start
    Evaluation evaluation = Evaluator.standard().evaluate(plan, scorecards);
    Decision decision = evaluation.decision();
    System.out.println(decision.outcome()); // HIRE
    for (Reason reason : decision.reasons()) {
      System.out.println(reason.code() + " " + reason.figures() + ": " + reason.sentence());
    }
    String json = EvaluationJson.write(evaluation);
    // snippet:evaluate-packet end
    assertThat(decision.outcome()).isEqualTo(Outcome.HIRE);
    assertThat(json).contains("SCORE_AT_OR_ABOVE_THRESHOLD");
  }

  @Test
  void plugACustomAggregator() {
    // snippet:custom-aggregator start
    CompetencyAggregator secondLowest =
        CompetencyAggregator.named(
            "second-lowest", sample -> sample.value(Math.min(1, sample.size() - 1)));
    Evaluator evaluator =
        Evaluator.builder()
            .aggregator(secondLowest)
            .scoring(ScoringStrategy.hybrid())
            .thresholds(DecisionThresholds.builder().hireThreshold(3.5).build())
            .build();
    Evaluation evaluation = evaluator.evaluate(plan, scorecards);
    // snippet:custom-aggregator end
    assertThat(evaluation.findings().scores().aggregator()).isEqualTo("second-lowest");
    assertThat(evaluation.findings().overall().score()).hasValue(3.625);
    assertThat(evaluation.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
  }
}

package dev.rubric.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.BreadthDepthStrategy;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.ConsensusMeasure;
import dev.rubric.scoring.DecisionPolicy;
import dev.rubric.scoring.ScoringStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A suite fails a strategy that an {@code Evaluator} would refuse for its name, before any law, so
 * that a strategy passing its suite is one an evaluator runs, and the laws' seeds never come from a
 * lambda's class name, which changes from run to run.
 */
class ContractNamesTest {

  private static final String REFUSED = "an Evaluator refuses the strategy, so no law was checked";

  @Test
  void everySuiteFailsALambdaWithoutAName() {
    CompetencyAggregator aggregator = sample -> sample.value(0);
    ScoringStrategy scoring =
        (scores, profile) -> ScoringStrategy.weightedCompensatory().score(scores, profile);
    BreadthDepthStrategy breadthDepth =
        (scores, profile) -> BreadthDepthStrategy.areaBars().assess(scores, profile);
    ConsensusMeasure consensus =
        (scores, scale) -> ConsensusMeasure.standard().measure(scores, scale);
    DecisionPolicy policy = (findings, plan) -> DecisionPolicy.standard().decide(findings, plan);
    List<Contract<?>> suites =
        List.of(
            AggregatorContract.of(aggregator).monotone(),
            ScoringStrategyContract.of(scoring),
            BreadthDepthContract.of(breadthDepth),
            ConsensusContract.of(consensus),
            DecisionPolicyContract.of(policy));
    for (Contract<?> suite : suites) {
      assertThatThrownBy(suite::check)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(REFUSED)
          .hasMessageContaining("lambda without a name")
          .hasMessageContaining("named");
      String law = suite.laws().get(0);
      assertThatThrownBy(() -> suite.check(law))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(REFUSED);
    }
  }

  @Test
  void aBlankNameIsRefused() {
    CompetencyAggregator blank = CompetencyAggregator.named(" ", sample -> sample.value(0));

    assertThatThrownBy(() -> AggregatorContract.of(blank).check())
        .hasMessageStartingWith("AggregatorContract: " + REFUSED)
        .hasMessageContaining("has no name");
  }

  @Test
  void theSameStrategyNamedPassesAndItsSeedIsItsOwn() {
    CompetencyAggregator first = CompetencyAggregator.named("first", sample -> sample.value(0));
    AggregatorContract.of(first).monotone().check();

    CompetencyAggregator generous =
        CompetencyAggregator.named("generous", sample -> sample.value(sample.size() - 1) + 0.5);
    String once = messageOf(() -> AggregatorContract.of(generous).check());
    String again = messageOf(() -> AggregatorContract.of(generous).check());
    assertThat(once).startsWith("AggregatorContract[generous] breaks");
    assertThat(again).isEqualTo(once);
  }

  private static String messageOf(Runnable run) {
    try {
      run.run();
    } catch (AssertionError e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("expected the suite to fail");
  }
}

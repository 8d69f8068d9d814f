package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.packet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.json.EvaluationJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every strategy of an evaluator has a stable name, read once when the evaluator is built: the
 * built-ins keep theirs, a lambda must be given one (or the evaluator is refused, naming the slot),
 * and evaluations and their JSON show the names, never a lambda's synthetic class name.
 */
class StrategyNamesTest {
  private static final InterviewPlan PLAN = Packets.breadthDepthPlan();
  private static final List<Scorecard> CARDS = packet(PLAN, 4, 3, 4, 4, 3);

  @Test
  void anUnnamedLambdaIsRefusedInEverySlot() {
    CompetencyAggregator aggregator = s -> 3;
    ScoringStrategy scoring = (scores, profile) -> ScoringStrategy.hybrid().score(scores, profile);
    BreadthDepthStrategy breadthDepth =
        (scores, profile) -> BreadthDepthStrategy.areaBars().assess(scores, profile);
    ConsensusMeasure consensus =
        (scores, scale) -> ConsensusMeasure.standard().measure(scores, scale);
    DecisionPolicy policy = (findings, plan) -> DecisionPolicy.standard().decide(findings, plan);

    assertThatThrownBy(() -> Evaluator.builder().aggregator(aggregator).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The aggregator is a lambda without a name (")
        .hasMessageEndingWith(
            "); a strategy needs a stable name, shown in evaluations: use"
                + " CompetencyAggregator.named(name, aggregator).");
    assertThatThrownBy(() -> Evaluator.builder().scoring(scoring).build())
        .hasMessageStartingWith("The scoring strategy is a lambda without a name (")
        .hasMessageEndingWith("use ScoringStrategy.named(name, strategy).");
    assertThatThrownBy(() -> Evaluator.builder().breadthDepth(breadthDepth).build())
        .hasMessageStartingWith("The breadth-depth strategy is a lambda without a name (")
        .hasMessageEndingWith("use BreadthDepthStrategy.named(name, strategy).");
    assertThatThrownBy(() -> Evaluator.builder().consensus(consensus).build())
        .hasMessageStartingWith("The consensus measure is a lambda without a name (")
        .hasMessageEndingWith("use ConsensusMeasure.named(name, measure).");
    assertThatThrownBy(() -> Evaluator.builder().decisionPolicy(policy).build())
        .hasMessageStartingWith("The decision policy is a lambda without a name (")
        .hasMessageEndingWith("use DecisionPolicy.named(name, policy).");
  }

  /**
   * A user strategy may not pass for a built-in: an evaluation showing "median" would make a reader
   * take its scores for the median's. The built-ins keep their names, a wrapper of a user
   * aggregator included.
   */
  @Test
  void aUserStrategyTakingABuiltInsNameIsRefusedInEverySlot() {
    for (String name :
        List.of("median", "Mean", "MINIMUM", "trimmed-mean(0.2)", "Leniency-Adjusted(x)")) {
      CompetencyAggregator named = CompetencyAggregator.named(name, s -> 3);
      assertThatThrownBy(() -> Evaluator.builder().aggregator(named).build())
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "The aggregator's name '"
                  + name
                  + "' is the name of a built-in aggregator; evaluations would show yours as the"
                  + " built-in one: give it a name of its own.");
    }
    for (String name : List.of("hybrid", "Conjunctive", "weighted-compensatory")) {
      ScoringStrategy named = ScoringStrategy.named(name, ScoringStrategy.hybrid());
      assertThatThrownBy(() -> Evaluator.builder().scoring(named).build())
          .as(name)
          .hasMessageStartingWith("The scoring strategy's name '" + name + "' is the name of");
    }
    BreadthDepthStrategy areaBars =
        BreadthDepthStrategy.named("area-bars", BreadthDepthStrategy.areaBars());
    assertThatThrownBy(() -> Evaluator.builder().breadthDepth(areaBars).build())
        .hasMessageStartingWith("The breadth-depth strategy's name 'area-bars' is the name of");
    ConsensusMeasure consensus = ConsensusMeasure.named("Standard", ConsensusMeasure.standard());
    assertThatThrownBy(() -> Evaluator.builder().consensus(consensus).build())
        .hasMessageStartingWith("The consensus measure's name 'Standard' is the name of");
    DecisionPolicy policy = DecisionPolicy.named("standard", DecisionPolicy.standard());
    assertThatThrownBy(() -> Evaluator.builder().decisionPolicy(policy).build())
        .hasMessageStartingWith("The decision policy's name 'standard' is the name of");

    CompetencyAggregator own = CompetencyAggregator.named("median-of-seniors", s -> 3);
    Evaluator builtIns =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.leniencyAdjusted(java.util.Map.of(), own))
            .scoring(ScoringStrategy.conjunctive())
            .decisionPolicy(
                DecisionPolicy.standard(DecisionThresholds.builder().hireThreshold(3.5).build()))
            .build();
    assertThat(builtIns.evaluate(PLAN, CARDS).findings().scores().aggregator())
        .isEqualTo("leniency-adjusted(median-of-seniors)");
    assertThat(
            Evaluator.builder()
                .aggregator(own)
                .build()
                .evaluate(PLAN, CARDS)
                .findings()
                .scores()
                .aggregator())
        .isEqualTo("median-of-seniors");
  }

  /**
   * A report does not show the space around a name: {@code "mean "} would read as the built-in
   * mean, so a built-in's name with space around it, a no-break space included, is refused too.
   */
  @Test
  void aBuiltInsNameWithSpaceAroundItIsRefused() {
    for (String name : List.of("mean ", " Median", "minimum\u00a0", " trimmed-mean(0.3)")) {
      CompetencyAggregator named = CompetencyAggregator.named(name, s -> 3);
      assertThatThrownBy(() -> Evaluator.builder().aggregator(named).build())
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(
              "is the name of a built-in aggregator; evaluations would show yours as the built-in"
                  + " one: give it a name of its own.");
    }
    ScoringStrategy hybrid = ScoringStrategy.named(" hybrid ", ScoringStrategy.hybrid());
    assertThatThrownBy(() -> Evaluator.builder().scoring(hybrid).build())
        .hasMessageStartingWith("The scoring strategy's name ' hybrid ' is the name of");
  }

  /**
   * A name longer than a string of the evaluation's JSON may be would let the evaluation be made
   * and then fail when it is written: it is refused when the evaluator is built.
   */
  @Test
  void aNameLongerThanTheJsonStringLimitIsRefusedWhenTheEvaluatorIsBuilt() {
    String longest = "n".repeat(65_536);
    CompetencyAggregator tooLong = CompetencyAggregator.named(longest + "n", s -> 3);
    DecisionPolicy policy = DecisionPolicy.named(longest + "p", DecisionPolicy.standard());

    assertThatThrownBy(() -> Evaluator.builder().aggregator(tooLong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The aggregator's name has 65537 characters, more than the 65536 a string of an"
                + " evaluation's JSON may have (JsonLimits.maxStringLength): give it a shorter"
                + " name.");
    assertThatThrownBy(() -> Evaluator.builder().decisionPolicy(policy).build())
        .hasMessageStartingWith("The decision policy's name has 65537 characters");
    Evaluation evaluation =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.named(longest, s -> 3))
            .build()
            .evaluate(PLAN, CARDS);
    assertThat(EvaluationJson.read(EvaluationJson.write(evaluation).getBytes(UTF_8)).orElseThrow())
        .isEqualTo(evaluation);
  }

  /** A name is printed in every report: one holding a line break or a bidi control is refused. */
  @Test
  void aNameWithAControlOrFormattingCharacterIsRefused() {
    for (String name : new String[] {"mean\nDECISION: HIRE", "mean\u202e", "me\u200ban"}) {
      CompetencyAggregator named = CompetencyAggregator.named(name, s -> 3);
      assertThatThrownBy(() -> Evaluator.builder().aggregator(named).build())
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("The aggregator's name (")
          .hasMessageEndingWith(
              ") holds a control or invisible formatting character; a strategy's name is printed"
                  + " in evaluations and reports: give it a visible name.")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(name));
    }
    assertThat(
            Evaluator.builder()
                .aggregator(CompetencyAggregator.named("second lowest", s -> 3))
                .build()
                .evaluate(PLAN, CARDS)
                .findings()
                .scores()
                .aggregator())
        .isEqualTo("second lowest");
  }

  @Test
  void aNameThatIsALambdasClassNameIsRefused() {
    CompetencyAggregator inner = s -> 3;
    CompetencyAggregator borrowing =
        new CompetencyAggregator() {
          @Override
          public double aggregate(RatingSample sample) {
            return inner.aggregate(sample);
          }

          @Override
          public String name() {
            return inner.name();
          }
        };

    assertThatThrownBy(() -> Evaluator.builder().aggregator(borrowing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$$Lambda")
        .hasMessageStartingWith("The aggregator is a lambda without a name (");
  }

  @Test
  void namedLambdasShowTheirNamesInTheEvaluationAndItsJson() {
    Evaluator e =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.named("lowest", s -> s.value(0)))
            .scoring(
                ScoringStrategy.named(
                    "my-hybrid",
                    (scores, profile) -> ScoringStrategy.hybrid().score(scores, profile)))
            .breadthDepth(
                BreadthDepthStrategy.named(
                    "my-bars",
                    (scores, profile) -> BreadthDepthStrategy.areaBars().assess(scores, profile)))
            .consensus(
                ConsensusMeasure.named(
                    "my-consensus",
                    (scores, scale) -> ConsensusMeasure.standard().measure(scores, scale)))
            .decisionPolicy(
                DecisionPolicy.named(
                    "my-policy",
                    (findings, plan) -> DecisionPolicy.standard().decide(findings, plan)))
            .build();

    Evaluation evaluation = e.evaluate(PLAN, CARDS);
    String json = EvaluationJson.write(evaluation);

    assertThat(evaluation.findings().scores().aggregator()).isEqualTo("lowest");
    assertThat(evaluation.findings().overall().strategy()).isEqualTo("my-hybrid");
    assertThat(evaluation.findings().breadthDepth().orElseThrow().strategy()).isEqualTo("my-bars");
    assertThat(evaluation.findings().consensus().measure()).isEqualTo("my-consensus");
    assertThat(json)
        .contains("\"aggregator\" : \"lowest\"", "\"strategy\" : \"my-hybrid\"")
        .contains("\"strategy\" : \"my-bars\"", "\"measure\" : \"my-consensus\"")
        .doesNotContain("$$Lambda", "\"hybrid\"", "\"area-bars\"");
    assertThat(e.toString())
        .isEqualTo(
            "Evaluator{aggregator=lowest, scoring=my-hybrid, breadthDepth=my-bars,"
                + " consensus=my-consensus, decision=my-policy}");
  }

  @Test
  void builtInsKeepTheirNames() {
    assertThat(Evaluator.standard().toString())
        .isEqualTo(
            "Evaluator{aggregator=mean, scoring=hybrid, breadthDepth=area-bars,"
                + " consensus=standard, decision=standard}");
    assertThat(Evaluator.standard().forPlan(PLAN).toString())
        .isEqualTo(
            "PlanEvaluator{plan="
                + PLAN.id()
                + ", Evaluator{aggregator=mean, scoring=hybrid, breadthDepth=area-bars,"
                + " consensus=standard, decision=standard}}");
  }

  @Test
  void aBlankNameIsRefusedByTheNamedFactories() {
    assertThatThrownBy(() -> ScoringStrategy.named(" ", ScoringStrategy.hybrid()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name of the scoring strategy must not be blank");
    assertThatThrownBy(() -> DecisionPolicy.named("", DecisionPolicy.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name of the decision policy must not be blank");
  }
}

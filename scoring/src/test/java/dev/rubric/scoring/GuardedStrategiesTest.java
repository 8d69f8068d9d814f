package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a plug-in strategy throws, and whatever its {@code name()} does, an evaluation ends in a
 * {@link StrategyException} naming the strategy, except for the virtual machine errors that say the
 * virtual machine itself is in trouble.
 */
class GuardedStrategiesTest {
  private static final InterviewPlan PLAN = Packets.plan();
  private static final List<Scorecard> CARDS = packet(PLAN, 4, 3, 4, 4, 3);

  /** Throws {@code t} even when it is a checked exception the signature does not declare. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private static int depth(int n) {
    return n == Integer.MIN_VALUE ? 0 : 1 + depth(n - 1);
  }

  /** What a broken plug-in throws, by name. */
  static Stream<Supplier<Throwable>> recoverable() {
    return Stream.of(
        () -> new AssertionError("invariant broken"),
        () -> new IOException("checked, thrown sneakily"),
        () -> new Exception(),
        () -> new NoClassDefFoundError("com/example/Missing"),
        () -> new IllegalStateException("no data"));
  }

  private static Evaluator withEveryStrategyThrowing(Supplier<Throwable> thrown) {
    return Evaluator.builder()
        .scoring(
            new ScoringStrategy() {
              @Override
              public OverallScore score(CompetencyScores scores, RoleProfile profile) {
                throw sneaky(thrown.get());
              }

              @Override
              public String name() {
                return "my-scoring";
              }
            })
        .build();
  }

  @ParameterizedTest
  @MethodSource("recoverable")
  void anythingAScoringStrategyThrowsIsNamed(Supplier<Throwable> thrown) {
    Throwable expected = thrown.get();

    assertThatThrownBy(() -> withEveryStrategyThrowing(thrown).evaluate(PLAN, CARDS))
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith("scoring strategy 'my-scoring' failed: ")
        .hasMessageEndingWith(
            expected.getMessage() != null ? expected.getMessage() : expected.getClass().getName())
        .hasCauseInstanceOf(expected.getClass())
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("my-scoring");
  }

  /** Each figure of an overall score a scoring strategy may break, with the message it gives. */
  static Stream<Arguments> brokenFigures() {
    return Stream.of(
        Arguments.of(
            "contribution score NaN",
            (UnaryOperator<OverallScore>)
                o -> withContribution(o, Contribution.of("serving", 3, 1, Double.NaN, 3)),
            "returned NaN for the score of 'serving', which is not a number on the scale (1 to 4)"),
        Arguments.of(
            "contribution score off the scale",
            (UnaryOperator<OverallScore>)
                o -> withContribution(o, Contribution.of("serving", 3, 1, 9, 3)),
            "returned 9.0 for the score of 'serving', which is not a number on the scale"),
        Arguments.of(
            "infinite weight",
            (UnaryOperator<OverallScore>)
                o ->
                    withContribution(
                        o, Contribution.of("serving", Double.POSITIVE_INFINITY, 1, 3, 3)),
            "returned Infinity for the weight of 'serving', which is not finite"),
        Arguments.of(
            "bar score off the scale",
            (UnaryOperator<OverallScore>)
                o ->
                    OverallScore.builder()
                        .from(o)
                        .bars(List.of(BarCheck.of("serving", 3, Coefficient.of(9))))
                        .build(),
            "returned 9.0 for the must-have bar check of 'serving', which is not a number on the"
                + " scale (1 to 4)"));
  }

  private static OverallScore withContribution(OverallScore o, Contribution c) {
    return OverallScore.builder().from(o).contributions(List.of(c)).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFigures")
  void aScoringStrategyWhoseFigureIsOffTheScaleOrNotFiniteIsNamed(
      String what, UnaryOperator<OverallScore> breaking, String message) {
    Evaluator evaluator =
        Evaluator.builder()
            .scoring(
                ScoringStrategy.named(
                    "my-scoring",
                    (scores, profile) ->
                        breaking.apply(ScoringStrategy.hybrid().score(scores, profile))))
            .build();

    assertThatThrownBy(() -> evaluator.evaluate(PLAN, CARDS))
        .as(what)
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith("scoring strategy 'my-scoring' ")
        .hasMessageContaining(message)
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("my-scoring");
  }

  private static Reason reason(ReasonCode code, Map<String, Double> figures, String sentence) {
    return Reason.of(code, Optional.empty(), figures, sentence);
  }

  /** A decision policy's reasons and advice a policy may break, with the message each gives. */
  static Stream<Arguments> brokenReasons() {
    Reason fine = reason(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD, Map.of("score", 3.5), "Hire.");
    return Stream.of(
        Arguments.of(
            Decision.of(
                Outcome.HIRE,
                List.of(
                    reason(
                        ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD,
                        Map.of("score", Double.NaN),
                        "Hire.")),
                List.of()),
            "returned NaN for figure 'score' of the reason SCORE_AT_OR_ABOVE_THRESHOLD, which is"
                + " not finite"),
        Arguments.of(
            Decision.of(
                Outcome.HIRE,
                List.of(fine),
                List.of(
                    reason(
                        ReasonCode.DISPUTED_COMPETENCY,
                        Map.of("rwg", Double.NEGATIVE_INFINITY),
                        "Disputed."))),
            "returned -Infinity for figure 'rwg' of the advice DISPUTED_COMPETENCY, which is not"
                + " finite"),
        Arguments.of(
            Decision.of(
                Outcome.HIRE,
                List.of(reason(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD, Map.of(), " ")),
                List.of()),
            "gave the reason SCORE_AT_OR_ABOVE_THRESHOLD without a sentence"));
  }

  @ParameterizedTest
  @MethodSource("brokenReasons")
  void aDecisionPolicysReasonWithoutASentenceOrWithAFigureNotFiniteIsNamed(
      Decision decision, String message) {
    Evaluator evaluator =
        Evaluator.builder()
            .decisionPolicy(DecisionPolicy.named("my-policy", (findings, plan) -> decision))
            .build();

    assertThatThrownBy(() -> evaluator.evaluate(PLAN, CARDS))
        .isInstanceOf(StrategyException.class)
        .hasMessage("decision policy 'my-policy' " + message)
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("my-policy");
  }

  private static final String TOO_LONG = "x".repeat(65_537);

  private static Evaluator.Builder scoringGiving(UnaryOperator<OverallScore> change) {
    return Evaluator.builder()
        .scoring(
            ScoringStrategy.named(
                "my-plugin",
                (scores, profile) ->
                    change.apply(ScoringStrategy.hybrid().score(scores, profile))));
  }

  private static Evaluator.Builder profileGiving(UnaryOperator<BreadthDepthProfile> change) {
    return Evaluator.builder()
        .breadthDepth(
            BreadthDepthStrategy.named(
                "my-plugin",
                (scores, profile) ->
                    change.apply(BreadthDepthStrategy.areaBars().assess(scores, profile))));
  }

  private static Evaluator.Builder consensusGiving(UnaryOperator<ConsensusReport> change) {
    return Evaluator.builder()
        .consensus(
            ConsensusMeasure.named(
                "my-plugin",
                (scores, scale) ->
                    change.apply(ConsensusMeasure.standard().measure(scores, scale))));
  }

  private static Evaluator.Builder policyGiving(List<Reason> reasons) {
    return Evaluator.builder()
        .decisionPolicy(
            DecisionPolicy.named(
                "my-plugin", (findings, plan) -> Decision.of(Outcome.HIRE, reasons, List.of())));
  }

  private static Reason sentence(String sentence) {
    return reason(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD, Map.of(), sentence);
  }

  /**
   * Texts and lists a plug-in may return that the evaluation's JSON could not hold, with the
   * message each gives: before, each was taken, and the evaluation failed only when it was written.
   */
  static Stream<Arguments> unwritableResults() {
    Map<String, Double> manyFigures = new java.util.TreeMap<>();
    for (int k = 0; k <= 1_000; k++) {
      manyFigures.put("f" + k, 1.0);
    }
    return Stream.of(
        Arguments.of(
            "a contribution's id with a lone surrogate",
            scoringGiving(o -> withContribution(o, Contribution.of("a\ud800", 1, 1, 3, 3))),
            "scoring strategy 'my-plugin' returned the competency id of contribution 0 holding a"
                + " lone surrogate (\\ud800) at character 1, which is not Unicode text and cannot be"
                + " written as JSON"),
        Arguments.of(
            "an unscored competency over the string limit",
            scoringGiving(o -> OverallScore.builder().from(o).addUnscored(TOO_LONG).build()),
            "scoring strategy 'my-plugin' returned unscored competency 0 of 65537 characters, more"
                + " than the 65536 a string of an evaluation's JSON may have"
                + " (JsonLimits.maxStringLength)"),
        Arguments.of(
            "an unassessed area with a lone surrogate",
            profileGiving(
                p -> BreadthDepthProfile.builder().from(p).addUnassessedAreas("\udc00").build()),
            "breadth-depth strategy 'my-plugin' returned unassessed area 0 holding a lone"
                + " surrogate (\\udc00) at character 0"),
        Arguments.of(
            "a gap whose score is not finite",
            profileGiving(
                p ->
                    BreadthDepthProfile.builder()
                        .from(p)
                        .addGaps(Gap.of("serving", GapKind.DEPTH, 3, Double.NaN, 1, true))
                        .build()),
            "breadth-depth strategy 'my-plugin' returned NaN for the score of gap 0, which is not"
                + " finite"),
        Arguments.of(
            "an agenda item's text over the string limit",
            consensusGiving(
                r ->
                    ConsensusReport.builder()
                        .from(r)
                        .addAgenda(AgendaItem.of("serving", TOO_LONG, List.of()))
                        .build()),
            "consensus measure 'my-plugin' returned the text of agenda item 0 of 65537"
                + " characters"),
        Arguments.of(
            "a sentence over the string limit",
            policyGiving(List.of(sentence(TOO_LONG))),
            "decision policy 'my-plugin' returned the sentence of the reason"
                + " SCORE_AT_OR_ABOVE_THRESHOLD of 65537 characters"),
        Arguments.of(
            "a subject with a lone surrogate",
            policyGiving(
                List.of(
                    Reason.of(
                        ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD,
                        Optional.of("\ud800"),
                        Map.of(),
                        "Hire."))),
            "decision policy 'my-plugin' returned the subject of the reason"
                + " SCORE_AT_OR_ABOVE_THRESHOLD holding a lone surrogate"),
        Arguments.of(
            "a figure name over the field-name limit",
            policyGiving(
                List.of(
                    reason(
                        ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD,
                        Map.of("\u00e9".repeat(129), 1.0),
                        "Hire."))),
            "decision policy 'my-plugin' returned the name of figure 0 of the reason"
                + " SCORE_AT_OR_ABOVE_THRESHOLD of 258 bytes of UTF-8, more than the 256 a field"
                + " name of an evaluation's JSON may have (JsonLimits.maxNameLength)"),
        Arguments.of(
            "more figures than an object may hold",
            policyGiving(
                List.of(reason(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD, manyFigures, "Hi."))),
            "decision policy 'my-plugin' returned 1001 figures for the reason"
                + " SCORE_AT_OR_ABOVE_THRESHOLD, more than the 1000 fields an object of an"
                + " evaluation's JSON may have (JsonLimits.maxFieldsPerObject)"),
        Arguments.of(
            "more reasons than an array may hold",
            policyGiving(java.util.Collections.nCopies(20_001, sentence("Hire."))),
            "decision policy 'my-plugin' returned 20001 reasons, more than the 20000 elements an"
                + " array of an evaluation's JSON may have (JsonLimits.maxArrayElements)"));
  }

  /**
   * Ids a plug-in may return that name no competency or area of the plan, or name one twice, with
   * the message each gives: before, each was taken, and an ATS reading the evaluation found a
   * contribution, a consensus or an area score of something the plan does not have.
   */
  static Stream<Arguments> idsThePlanDoesNotHave() {
    return Stream.of(
        Arguments.of(
            "a contribution of an unknown competency",
            scoringGiving(
                o ->
                    OverallScore.builder()
                        .from(o)
                        .addContributions(Contribution.of("bonus", 1, 0, 3, 0))
                        .build()),
            "scoring strategy 'my-plugin' returned contribution 4 for 'bonus', which is not a"
                + " competency of the plan"),
        Arguments.of(
            "a competency contributing twice",
            scoringGiving(
                o ->
                    OverallScore.builder()
                        .from(o)
                        .addContributions(o.contributions().get(1))
                        .build()),
            "scoring strategy 'my-plugin' returned contribution 4 for competency 'monitoring',"
                + " already named by contribution 1; each competency is named at most once"),
        Arguments.of(
            "an unscored competency of an area's name",
            scoringGiving(o -> OverallScore.builder().from(o).addUnscored("deployment").build()),
            "scoring strategy 'my-plugin' returned unscored competency 0 for 'deployment', which"
                + " is not a competency of the plan"),
        Arguments.of(
            "an area score of an area the plan does not have",
            profileGiving(
                p ->
                    BreadthDepthProfile.builder()
                        .from(p)
                        .addAreas(AreaScore.of("research", Coefficient.of(3), 1))
                        .build()),
            "breadth-depth strategy 'my-plugin' returned area score 3 for 'research', which is not"
                + " an area of the plan"),
        Arguments.of(
            "an area scored twice",
            profileGiving(
                p -> BreadthDepthProfile.builder().from(p).addAreas(p.areas().get(0)).build()),
            "breadth-depth strategy 'my-plugin' returned area score 3 for area 'deployment',"
                + " already named by area score 0; each area is named at most once"),
        Arguments.of(
            "a gap in a competency's name",
            profileGiving(
                p ->
                    BreadthDepthProfile.builder()
                        .from(p)
                        .addGaps(Gap.of("serving", GapKind.DEPTH, 3, 2, 1, true))
                        .build()),
            "breadth-depth strategy 'my-plugin' returned gap 0 for 'serving', which is not an area"
                + " of the plan"),
        Arguments.of(
            "a consensus of an unknown competency",
            consensusGiving(
                r ->
                    ConsensusReport.builder()
                        .from(r)
                        .addCompetencies(
                            CompetencyConsensus.of(
                                "Serving",
                                1,
                                ConsensusReport.NO_MEAN,
                                0,
                                ConsensusReport.NO_MEAN,
                                false,
                                0,
                                false,
                                List.of()))
                        .build()),
            "consensus measure 'my-plugin' returned competency 4 for 'Serving', which is not a"
                + " competency of the plan"),
        Arguments.of(
            "an agenda item twice",
            consensusGiving(
                r ->
                    ConsensusReport.builder()
                        .from(r)
                        .addAgenda(AgendaItem.of("comms", "Disputed.", List.of()))
                        .addAgenda(AgendaItem.of("comms", "Disputed again.", List.of()))
                        .build()),
            "consensus measure 'my-plugin' returned agenda item 1 for competency 'comms', already"
                + " named by agenda item 0; each competency is named at most once"));
  }

  /**
   * A plug-in's result names only the plan's competencies and areas, each at most once where a list
   * holds one entry per competency or area: anything else fails at {@code evaluate}, naming the
   * plug-in and the entry.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("idsThePlanDoesNotHave")
  void aPlugInNamingACompetencyOrAreaThePlanDoesNotHaveIsNamedAtEvaluate(
      String what, Evaluator.Builder builder, String message) {
    Evaluator evaluator = builder.build();
    InterviewPlan plan = Packets.breadthDepthPlan();

    assertThatThrownBy(() -> evaluator.evaluate(plan, packet(plan, 4, 3, 4, 4, 3)))
        .as(what)
        .isInstanceOf(StrategyException.class)
        .hasMessage(message)
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("my-plugin");
  }

  /** A plug-in that passes the built-in's result on, relabelled, is taken as it is. */
  @Test
  void aPlugInReturningTheBuiltInsResultIsTaken() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    List<Scorecard> cards = packet(plan, 4, 3, 4, 4, 3);
    Evaluation standard = Evaluator.standard().evaluate(plan, cards);

    for (Evaluator.Builder b :
        List.of(scoringGiving(o -> o), profileGiving(p -> p), consensusGiving(r -> r))) {
      Evaluation e = b.build().evaluate(plan, cards);
      assertThat(e.findings().overall().contributions())
          .isEqualTo(standard.findings().overall().contributions());
      assertThat(e.findings().breadthDepth().orElseThrow().areas())
          .isEqualTo(standard.findings().breadthDepth().orElseThrow().areas());
      assertThat(e.findings().consensus().competencies())
          .isEqualTo(standard.findings().consensus().competencies());
    }
  }

  /**
   * What a plug-in returns must fit the evaluation's JSON: one that does not fails at {@code
   * evaluate}, naming the plug-in, never later when the evaluation is written.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unwritableResults")
  void aPlugInsTextOrListThatTheJsonCouldNotHoldIsNamedAtEvaluate(
      String what, Evaluator.Builder builder, String message) {
    Evaluator evaluator = builder.build();
    InterviewPlan plan = Packets.breadthDepthPlan(); // so that the breadth-depth slot is called

    assertThatThrownBy(() -> evaluator.evaluate(plan, packet(plan, 4, 3, 4, 4, 3)))
        .as(what)
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith(message)
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("my-plugin");
  }

  @Test
  void aStackOverflowInAnAggregatorIsNamed() {
    Evaluator recursing =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.named("recursing", s -> depth(s.size())))
            .build();

    assertThatThrownBy(() -> recursing.evaluate(PLAN, CARDS))
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith("aggregator 'recursing' failed on competency '")
        .hasCauseInstanceOf(StackOverflowError.class);
  }

  @Test
  void anAssertionErrorInADecisionPolicyIsNamed() {
    DecisionPolicy asserting =
        new DecisionPolicy() {
          @Override
          public Decision decide(Findings findings, InterviewPlan plan) {
            throw new AssertionError("unreachable");
          }

          @Override
          public String name() {
            return "asserting";
          }
        };

    assertThatThrownBy(
            () -> Evaluator.builder().decisionPolicy(asserting).build().evaluate(PLAN, CARDS))
        .isInstanceOf(StrategyException.class)
        .hasMessage("decision policy 'asserting' failed: unreachable");
  }

  @Test
  void aSneakyInterruptedExceptionKeepsTheInterruptFlag() {
    ConsensusMeasure interrupted =
        new ConsensusMeasure() {
          @Override
          public ConsensusReport measure(CompetencyScores scores, RatingScale scale) {
            throw sneaky(new InterruptedException("stop"));
          }

          @Override
          public String name() {
            return "interrupted";
          }
        };
    try {
      assertThatThrownBy(
              () -> Evaluator.builder().consensus(interrupted).build().evaluate(PLAN, CARDS))
          .isInstanceOf(StrategyException.class)
          .hasMessage("consensus measure 'interrupted' failed: stop");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted(); // clear it for the next test
    }
  }

  @Test
  void fatalVirtualMachineErrorsPropagateUnchanged() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    InternalError internal = new InternalError("broken");

    assertThatThrownBy(() -> withEveryStrategyThrowing(() -> oom).evaluate(PLAN, CARDS))
        .isSameAs(oom);
    assertThatThrownBy(() -> withEveryStrategyThrowing(() -> internal).evaluate(PLAN, CARDS))
        .isSameAs(internal);
  }

  /** A strategy whose {@code name()} throws, and one whose name is null. */
  private static final class BadlyNamed implements ScoringStrategy {
    private final boolean throwing;

    BadlyNamed(boolean throwing) {
      this.throwing = throwing;
    }

    @Override
    public OverallScore score(CompetencyScores scores, RoleProfile profile) {
      throw new IllegalStateException("boom");
    }

    @Override
    @SuppressWarnings("NullAway") // a null name, on purpose
    public String name() {
      if (throwing) {
        throw new UnsupportedOperationException("no name");
      }
      return null;
    }
  }

  @Test
  void aStrategyWhoseNameThrowsOrIsNullIsRefusedWhenTheEvaluatorIsBuilt() {
    Evaluator.Builder throwing = Evaluator.builder().scoring(new BadlyNamed(true));
    Evaluator.Builder nameless = Evaluator.builder().scoring(new BadlyNamed(false));

    assertThatThrownBy(throwing::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The scoring strategy's name() failed (no name); a strategy needs a stable name:"
                + " implement name() or use ScoringStrategy.named(name, strategy).")
        .hasCauseInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(nameless::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The scoring strategy "
                + BadlyNamed.class.getName()
                + " has no name (name() returned null); a strategy needs a stable name:"
                + " implement name() or use ScoringStrategy.named(name, strategy).");
  }

  @Test
  void anAggregatorWhoseNameThrowsIsRefusedWhenTheEvaluatorIsBuilt() {
    CompetencyAggregator nameless =
        new CompetencyAggregator() {
          @Override
          public double aggregate(RatingSample sample) {
            return CompetencyAggregator.mean().aggregate(sample);
          }

          @Override
          public String name() {
            throw new AssertionError("no name");
          }
        };

    assertThatThrownBy(() -> Evaluator.builder().aggregator(nameless).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The aggregator's name() failed (no name);");
  }
}

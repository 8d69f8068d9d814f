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

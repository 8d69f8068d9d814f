package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Builders with several checks report every fault in one message; accessors that compute a set
 * return an unmodifiable one.
 */
class EveryFaultAtOnceTest {
  @Test
  void decisionThresholdsNameEveryFault() {
    assertThatThrownBy(
            () ->
                DecisionThresholds.builder()
                    .margin(-1)
                    .weakRwg(2)
                    .heavyWeightShare(0)
                    .hireThreshold(Double.NaN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "hireThreshold (NaN) must be finite; margin (-1.0) must be >= 0; weakRwg (2.0) must be"
                + " between 0 and 1; heavyWeightShare (0.0) must be > 0 and <= 1");
  }

  @Test
  void evidenceRulesNameEveryFault() {
    assertThatThrownBy(
            () ->
                EvidenceRules.builder()
                    .minimumLength(-1)
                    .forbiddenPhrases(List.of(" ", ""))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "minimumLength (-1) must be >= 0; forbiddenPhrases ( ) must not hold a blank phrase;"
                + " forbiddenPhrases () must not hold a blank phrase");
  }

  @Test
  void evaluationContextNamesEveryFault() {
    assertThatThrownBy(
            () ->
                EvaluationContext.builder()
                    .asOf(Instant.parse("+10000-01-01T00:00:00Z"))
                    .debriefAt(Instant.parse("+10001-01-01T00:00:00Z"))
                    .build())
        .hasMessageContaining("asOf (")
        .hasMessageContaining("; debriefAt (")
        .hasMessageContaining("must not be after asOf");
  }

  @Test
  void theEvaluatorNamesEverySlotAtFault() {
    assertThatThrownBy(
            () ->
                Evaluator.builder()
                    .aggregator(s -> 1.0)
                    .scoring(
                        ScoringStrategy.named("hybrid", ScoringStrategy.weightedCompensatory()))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aggregator is a lambda without a name")
        .hasMessageContaining("The scoring strategy's name 'hybrid' is the name of a built-in")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
  }

  @Test
  void aSingleFaultKeepsItsMessage() {
    assertThatThrownBy(() -> DecisionThresholds.builder().margin(-1).build())
        .hasMessage("margin (-1.0) must be >= 0");
    assertThatThrownBy(() -> Evaluator.builder().aggregator(s -> 1.0).build())
        .hasMessageStartingWith("The aggregator is a lambda without a name")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
  }

  @Test
  void decisionCodesAreUnmodifiable() {
    Reason met = Reason.of(ReasonCode.ALL_MUST_HAVE_BARS_MET, Optional.empty(), Map.of(), "Met.");
    Set<ReasonCode> codes = Decision.of(Outcome.HIRE, List.of(met), List.of()).codes();
    assertThat(codes).containsExactly(ReasonCode.ALL_MUST_HAVE_BARS_MET);
    assertThatThrownBy(() -> codes.add(ReasonCode.ALL_MUST_HAVE_BARS_MET))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(codes::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}

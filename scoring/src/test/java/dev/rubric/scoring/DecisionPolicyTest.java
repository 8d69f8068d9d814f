package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every decision path of the standard policy, on {@link Packets} (total weight 8). */
class DecisionPolicyTest {
  private static final InterviewPlan PLAN = Packets.plan();
  private static final InterviewPlan BD = Packets.breadthDepthPlan();

  private static Decision decide(InterviewPlan plan, int as, int m, int bs, int i, int c) {
    return Evaluator.standard().evaluate(plan, packet(plan, as, m, bs, i, c)).decision();
  }

  @Test
  void hireWhenTheScoreClearsTheThreshold() {
    Decision d = decide(PLAN, 4, 3, 4, 4, 3); // (12 + 3 + 8 + 6) / 8 = 3.625
    assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.SCORE_AT_OR_ABOVE_THRESHOLD);
    assertThat(d.reasons().get(0).figures())
        .containsExactly(Map.entry("score", 3.625), Map.entry("threshold", 3.0));
    assertThat(d.reasons().get(0).sentence())
        .isEqualTo("The weighted score 3.625 reaches the hire threshold 3.");
  }

  @Test
  void noHireWhenTheScoreFallsShort() {
    Decision d = decide(PLAN, 3, 1, 3, 2, 2); // (9 + 1 + 4 + 4) / 8 = 2.25
    assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(d.codes()).containsExactly(ReasonCode.SCORE_BELOW_THRESHOLD);
    assertThat(d.reasons().get(0).figures()).containsEntry("score", 2.25);
  }

  @Test
  void noHireWhenAMustHaveBarIsMissed() {
    Decision d = decide(PLAN, 2, 4, 2, 4, 4);
    assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
    Reason r = d.reasons().get(0);
    assertThat(r.code()).isEqualTo(ReasonCode.MUST_HAVE_BAR_MISSED);
    assertThat(r.subject()).hasValue("serving");
    assertThat(r.figures())
        .containsExactly(
            Map.entry("score", 2.0), Map.entry("bar", 3.0), Map.entry("shortfall", 1.0));
    assertThat(r.sentence()).isEqualTo("Must-have 'serving' scored 2, below its bar 3.");
  }

  @Test
  void compensatoryLetsTheRestMakeUpForAMissedBar() {
    Evaluator e = Evaluator.builder().scoring(ScoringStrategy.weightedCompensatory()).build();
    // (6 + 4 + 8 + 8) / 8 = 3.25: exactly the margin away from 3, so not "within" it
    Decision d = e.evaluate(PLAN, packet(PLAN, 2, 4, 2, 4, 4)).decision();
    assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    assertThat(d.advice())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.MUST_HAVE_BAR_COMPENSATED);
  }

  @Test
  void conjunctiveHiresWhenEveryBarIsMet() {
    Evaluator e = Evaluator.builder().scoring(ScoringStrategy.conjunctive()).build();
    Decision d = e.evaluate(PLAN, packet(PLAN, 3, 3, 3, 3, 3)).decision();
    assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.ALL_MUST_HAVE_BARS_MET);
    assertThat(d.reasons().get(0).figures()).containsEntry("bars", 1.0);
  }

  @Test
  void debriefWhenTheScoreIsWithinTheMargin() {
    Decision d = decide(PLAN, 3, 3, 3, 3, 3); // 3.0 against 3
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.SCORE_NEAR_THRESHOLD);
    assertThat(d.reasons().get(0).figures())
        .containsExactly(
            Map.entry("score", 3.0), Map.entry("threshold", 3.0), Map.entry("margin", 0.25));
  }

  @Test
  void debriefWhenConsensusOnAMustHaveIsWeakAndAHeavyCompetencySplits() {
    Decision d = decide(PLAN, 2, 4, 4, 4, 4); // serving 2 and 4: mean 3, rwg 0 (truncated)
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    assertThat(d.reasons())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.WEAK_CONSENSUS_ON_MUST_HAVE, ReasonCode.SPLIT_ON_HEAVY_COMPETENCY);
    assertThat(d.reasons().get(1).figures())
        .containsExactly(
            Map.entry("weightShare", 0.375), Map.entry("lowest", 2.0), Map.entry("highest", 4.0));
    assertThat(d.advice()).extracting(Reason::code).containsExactly(ReasonCode.DISPUTED_COMPETENCY);
  }

  @Test
  void splitOnAHeavyCompetencyAloneAsksForADebrief() {
    Evaluator e =
        Evaluator.builder().thresholds(DecisionThresholds.builder().weakRwg(0).build()).build();
    Decision d = e.evaluate(PLAN, packet(PLAN, 2, 4, 4, 4, 4)).decision();
    assertThat(d.codes()).containsExactly(ReasonCode.SPLIT_ON_HEAVY_COMPETENCY);
    Evaluator light =
        Evaluator.builder()
            .thresholds(DecisionThresholds.builder().weakRwg(0).heavyWeightShare(0.5).build())
            .build();
    // share 0.375 < 0.5: not heavy; (9 + 4 + 8 + 8) / 8 = 3.625
    assertThat(light.evaluate(PLAN, packet(PLAN, 2, 4, 4, 4, 4)).decision().outcome())
        .isEqualTo(Outcome.HIRE);
  }

  @Test
  void incompleteWhileASeatOwesAScorecard() {
    Evaluation ev = Evaluator.standard().evaluate(PLAN, packet(PLAN, 4, 4, 4, 4, 4).subList(0, 2));
    Decision d = ev.decision();
    assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(d.reasons())
        .extracting(Reason::code, Reason::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReasonCode.SEAT_OWES_SCORECARD, Optional.of("comms")),
            org.assertj.core.groups.Tuple.tuple(
                ReasonCode.REQUIRED_COMPETENCY_UNRATED, Optional.of("comms")));
    assertThat(ev.findings().readiness().owedSeats()).containsExactly("comms");
    assertThat(ev.findings().overall().score().value()).isEqualTo(4.0); // renormalised, not lowered
  }

  @Test
  void blockingDepthGap() {
    Evaluation ev = Evaluator.standard().evaluate(BD, packet(BD, 3, 1, 3, 4, 4));
    // deployment = (3 x 3 + 1 x 1) / 4 = 2.5 < 3, unsupported
    assertThat(ev.decision().outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(ev.decision().reasons().get(0).code()).isEqualTo(ReasonCode.DEPTH_GAP);
    assertThat(ev.decision().reasons().get(0).figures()).containsEntry("score", 2.5);
    assertThat(ev.findings().breadthDepth().orElseThrow().shape()).isEqualTo(Shape.GENERALIST);
  }

  @Test
  void aGapInASupportedAreaIsAdvice() {
    Evaluation ev = Evaluator.standard().evaluate(BD, packet(BD, 4, 3, 4, 4, 2));
    // breadth: infrastructure met, communication 2 supported: 1 + 1 >= 2; (12 + 3 + 8 + 4) / 8
    assertThat(ev.decision().outcome()).isEqualTo(Outcome.HIRE);
    assertThat(ev.findings().overall().score().value()).isEqualTo(3.375);
    assertThat(ev.findings().breadthDepth().orElseThrow().shape()).isEqualTo(Shape.SPECIALIST);
    Reason advice = ev.decision().advice().get(0);
    assertThat(advice.code()).isEqualTo(ReasonCode.SUPPORTED_AREA_GAP);
    assertThat(advice.subject()).hasValue("communication");
    assertThat(advice.figures()).containsEntry("shortfall", 1.0);
  }

  @Test
  void breadthShortfallBlocks() {
    Evaluation ev = Evaluator.standard().evaluate(BD, packet(BD, 4, 3, 4, 2, 3));
    assertThat(ev.decision().outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(ev.decision().reasons().get(0).code()).isEqualTo(ReasonCode.BREADTH_SHORTFALL);
    assertThat(ev.decision().reasons().get(0).figures())
        .containsExactly(
            Map.entry("met", 1.0), Map.entry("supportedGaps", 0.0), Map.entry("required", 2.0));
    assertThat(ev.decision().advice())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.BREADTH_GAP);
  }

  @Test
  void tShapedHire() {
    Evaluation ev = Evaluator.standard().evaluate(BD, packet(BD, 4, 3, 4, 4, 3));
    assertThat(ev.findings().breadthDepth().orElseThrow().shape()).isEqualTo(Shape.T_SHAPED);
    assertThat(ev.decision().outcome()).isEqualTo(Outcome.HIRE);
  }

  @Test
  void unassessedDepthAreaIsIncomplete() {
    Decision d =
        DecisionPolicy.standard()
            .decide(
                Findings.of(
                    Readiness.of(List.of(), List.of()),
                    CompetencyScores.of("mean", List.of()),
                    ScoringStrategy.hybrid()
                        .score(CompetencyScores.of("mean", List.of()), BD.profile()),
                    Optional.of(
                        BreadthDepthStrategy.areaBars()
                            .assess(CompetencyScores.of("mean", List.of()), BD.profile())),
                    ConsensusMeasure.standard()
                        .measure(CompetencyScores.of("mean", List.of()), BD.scale())),
                BD);
    assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(d.reasons()).extracting(Reason::code).containsOnly(ReasonCode.AREA_UNASSESSED);
  }
}

package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.UndefinedReason;
import dev.rubric.scoring.json.EvaluationJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The debrief's inputs: the interviewers' overall recommendations, the concerns listed whatever the
 * outcome, and advice on written evidence.
 */
class DebriefFindingsTest {
  private static final InterviewPlan PLAN = Packets.plan();
  private static final String GOOD = "Walked through the canary rollout and its rollback alert.";

  /** A clean HIRE packet (every rating 3 or 4) with the given recommendations. */
  private static List<Scorecard> packet(
      Recommendation alice, Recommendation bob, Recommendation carol) {
    return List.of(
        Packets.card(PLAN, "alice", "deploy")
            .rate("serving", 4, GOOD)
            .rate("monitoring", 3, GOOD)
            .overallRecommendation(alice)
            .build(),
        Packets.card(PLAN, "bob", "infra")
            .rate("infra", 4, GOOD)
            .rate("serving", 4, GOOD)
            .overallRecommendation(bob)
            .build(),
        Packets.card(PLAN, "carol", "comms")
            .rate("comms", 4, GOOD)
            .overallRecommendation(carol)
            .build());
  }

  @Test
  void recommendationsAreCountedWithWhoGaveWhich() {
    Evaluation e =
        Evaluator.standard()
            .evaluate(
                PLAN, packet(Recommendation.STRONG_YES, Recommendation.YES, Recommendation.YES));
    PanelRecommendations r = e.findings().recommendations();
    assertThat(r.interviewers())
        .extracting(InterviewerRecommendation::interviewerId)
        .containsExactly("carol", "alice", "bob"); // canonical order: by seat comms, deploy, infra
    assertThat(r.counts())
        .containsEntry(Recommendation.STRONG_YES, 1)
        .containsEntry(Recommendation.YES, 2)
        .containsEntry(Recommendation.NO, 0)
        .containsEntry(Recommendation.STRONG_NO, 0);
    assertThat(r.split()).isFalse();
    // levels 4, 3, 3: s^2 = 1/3; rwg = 1 - (1/3) / 1.25 = 0.7333... (hand computation)
    assertThat(r.rwg().value()).isCloseTo(1 - (1.0 / 3) / 1.25, within(1e-12));
    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
  }

  @Test
  void aSplitInRecommendationsNeedsADebrief() {
    Evaluation e =
        Evaluator.standard()
            .evaluate(
                PLAN, packet(Recommendation.STRONG_YES, Recommendation.NO, Recommendation.YES));
    assertThat(e.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    Reason split =
        e.decision().reasons().stream()
            .filter(x -> x.code() == ReasonCode.RECOMMENDATION_SPLIT)
            .findFirst()
            .orElseThrow();
    assertThat(split.figures()).containsEntry("positive", 2.0).containsEntry("negative", 1.0);
  }

  @Test
  void aStrongNoSendsToDebriefUnlessTheThresholdsSayOtherwise() {
    List<Scorecard> cards =
        packet(Recommendation.STRONG_NO, Recommendation.STRONG_NO, Recommendation.STRONG_NO);
    Evaluation standard = Evaluator.standard().evaluate(PLAN, cards);
    assertThat(standard.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    assertThat(standard.decision().reasons())
        .filteredOn(x -> x.code() == ReasonCode.STRONG_NO_RECOMMENDATION)
        .extracting(x -> x.subject().orElseThrow())
        .containsExactly("carol", "alice", "bob");

    Evaluation relaxed =
        Evaluator.builder()
            .thresholds(DecisionThresholds.builder().strongNoSendsToDebrief(false).build())
            .build()
            .evaluate(PLAN, cards);
    assertThat(relaxed.decision().outcome()).isEqualTo(Outcome.HIRE);
    assertThat(relaxed.decision().advice())
        .extracting(Reason::code)
        .contains(ReasonCode.STRONG_NO_RECOMMENDATION);
  }

  @Test
  void aRecommendationThatContradictsTheRatingsIsAdviceAndAConcern() {
    // Every one of alice's ratings is at or above the hire line, yet she says strong no.
    List<Scorecard> cards =
        packet(Recommendation.STRONG_NO, Recommendation.YES, Recommendation.YES);
    Evaluation e =
        Evaluator.builder()
            .thresholds(
                DecisionThresholds.builder()
                    .strongNoSendsToDebrief(false)
                    .recommendationSplitSendsToDebrief(false)
                    .build())
            .build()
            .evaluate(PLAN, cards);
    assertThat(e.findings().recommendations().contradictions())
        .extracting(InterviewerRecommendation::interviewerId)
        .containsExactly("alice");
    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
    Reason concern =
        e.decision().concerns().stream()
            .filter(x -> x.code() == ReasonCode.RECOMMENDATION_CONTRADICTS_RATINGS)
            .findFirst()
            .orElseThrow();
    assertThat(concern.subject()).contains("alice");
    assertThat(concern.figures())
        .containsEntry("recommendation", 1.0)
        .containsEntry("ratingsBelowHireLine", 0.0)
        .containsEntry("ratingsAtOrAboveHireLine", 2.0);
    assertThat(e.decision().advice())
        .extracting(Reason::code)
        .contains(ReasonCode.RECOMMENDATION_CONTRADICTS_RATINGS);
  }

  @Test
  void contradictionNeedsEveryRatingOnTheOtherSide() {
    assertThat(
            InterviewerRecommendation.of("a", "s", java.util.Optional.of(Recommendation.YES), 2, 0)
                .contradictsRatings())
        .isTrue();
    assertThat(
            InterviewerRecommendation.of("a", "s", java.util.Optional.of(Recommendation.YES), 2, 1)
                .contradictsRatings())
        .isFalse();
    assertThat(
            InterviewerRecommendation.of("a", "s", java.util.Optional.empty(), 2, 0)
                .contradictsRatings())
        .isFalse();
    assertThat(
            InterviewerRecommendation.of("a", "s", java.util.Optional.of(Recommendation.NO), 0, 0)
                .contradictsRatings())
        .isFalse();
  }

  @Test
  void aHireStillListsTheCompetencyBelowItsTarget() {
    // comms 2 (target 3) is outweighed by the rest: HIRE, and the concern is listed with figures.
    List<Scorecard> cards =
        List.of(
            Packets.card(PLAN, "alice", "deploy")
                .rate("serving", 4, GOOD)
                .rate("monitoring", 4, GOOD)
                .build(),
            Packets.card(PLAN, "bob", "infra")
                .rate("infra", 4, GOOD)
                .rate("serving", 4, GOOD)
                .build(),
            Packets.card(PLAN, "carol", "comms").rate("comms", 2, GOOD).build());
    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
    assertThat(e.decision().concerns()).hasSize(1);
    Reason concern = e.decision().concerns().get(0);
    assertThat(concern.code()).isEqualTo(ReasonCode.COMPETENCY_BELOW_TARGET);
    assertThat(concern.subject()).contains("comms");
    assertThat(concern.figures())
        .containsEntry("score", 2.0)
        .containsEntry("target", 3.0)
        .containsEntry("shortfall", 1.0);
  }

  @Test
  void aCustomPolicySeesTheRecommendationsAndTheEvaluatorAddsConcerns() {
    List<PanelRecommendations> seen = new ArrayList<>();
    DecisionPolicy policy =
        DecisionPolicy.named(
            "recording-policy",
            (findings, plan) -> {
              seen.add(findings.recommendations());
              return Decision.of(
                  Outcome.HIRE,
                  List.of(
                      Reason.of(
                          ReasonCode.ALL_MUST_HAVE_BARS_MET,
                          java.util.Optional.empty(),
                          java.util.Map.of(),
                          "custom")),
                  List.of());
            });
    List<Scorecard> cards = Packets.packet(PLAN, 4, 4, 4, 4, 2);
    Evaluation e = Evaluator.builder().decisionPolicy(policy).build().evaluate(PLAN, cards);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).interviewers()).hasSize(3);
    assertThat(e.decision().concerns())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.COMPETENCY_BELOW_TARGET);
  }

  @Test
  void evidenceAdviceNamesEachWeakRatingAndNeverRejects() {
    List<Scorecard> cards =
        List.of(
            Packets.card(PLAN, "alice", "deploy")
                .rate("serving", 3, "Good.")
                .rate("monitoring", 3, "Strong culture fit, and my gut   feeling says yes.")
                .build(),
            Packets.card(PLAN, "bob", "infra")
                .rate("infra", 3, "")
                .rate("serving", 3, GOOD)
                .build(),
            Packets.card(PLAN, "carol", "comms").rate("comms", 3, GOOD).build());
    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);
    assertThat(e.rejected()).isEmpty();
    List<String> alice = codes(e, "alice");
    // ratings in canonical order: monitoring (0), serving (1)
    assertThat(alice)
        .containsExactly(
            "EVIDENCE_FORBIDDEN_PHRASE /ratings/0/evidence",
            "EVIDENCE_FORBIDDEN_PHRASE /ratings/0/evidence",
            "EVIDENCE_TOO_SHORT /ratings/1/evidence");
    assertThat(codes(e, "bob")).containsExactly("EVIDENCE_EMPTY /ratings/0/evidence");
    assertThat(codes(e, "carol")).isEmpty();
    assertThat(e.scorecards())
        .allSatisfy(a -> assertThat(a.problems()).noneMatch(Problem::isError));
  }

  @Test
  void evidenceRulesAreConfigurable() {
    List<Scorecard> cards = Packets.packet(PLAN, 3, 3, 3, 3, 3); // evidence "evidence": 8 chars
    EvidenceRules off =
        EvidenceRules.builder().minimumLength(0).forbiddenPhrases(List.of()).build();
    Evaluation quiet = Evaluator.builder().evidence(off).build().evaluate(PLAN, cards);
    assertThat(quiet.scorecards()).allSatisfy(a -> assertThat(a.problems()).isEmpty());
    EvidenceRules strict =
        EvidenceRules.builder().minimumLength(0).forbiddenPhrases(List.of("EVIDENCE")).build();
    Evaluation loud = Evaluator.builder().evidence(strict).build().evaluate(PLAN, cards);
    assertThat(codes(loud, "carol"))
        .containsExactly("EVIDENCE_FORBIDDEN_PHRASE /ratings/0/evidence");
    assertThat(EvidenceRules.defaults().forbiddenPhrases())
        .contains("culture fit", "gut feeling", "seems smart");
    assertThatThrownBy(() -> EvidenceRules.builder().minimumLength(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumLength (-1) must be >= 0");
    assertThatThrownBy(() -> EvidenceRules.builder().forbiddenPhrases(List.of(" ")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forbiddenPhrases ( ) must not hold a blank phrase");
  }

  @Test
  void aPhraseMatchesOnlyAsWholeWords() {
    EvidenceRules rules = EvidenceRules.defaults();
    Scorecard partial =
        Packets.card(PLAN, "a", "comms")
            .rate("comms", 3, "Shared gut feelings about the launch plan with the director.")
            .build();
    assertThat(rules.advise(partial, List.of())).isEmpty();
  }

  @Test
  void recommendationsAndConcernsSurviveJson() {
    Evaluation e =
        Evaluator.standard()
            .evaluate(
                PLAN, packet(Recommendation.STRONG_NO, Recommendation.YES, Recommendation.YES));
    assertThat(e.decision().concerns()).isNotEmpty();
    String json = EvaluationJson.write(e);
    assertThat(json).contains("\"recommendations\"", "\"concerns\"", "\"strong_no\"");
    Evaluation back =
        EvaluationJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    assertThat(back).isEqualTo(e);
  }

  @Test
  void candidatesCompareByDecisionThenScore() {
    PlanEvaluator evaluator = Evaluator.standard().forPlan(PLAN);
    Evaluation hireHigh =
        evaluator.evaluate(withCandidate(Packets.packet(PLAN, 4, 4, 4, 4, 4), "high"));
    Evaluation hireLow =
        evaluator.evaluate(withCandidate(Packets.packet(PLAN, 4, 3, 4, 3, 3), "low"));
    Evaluation noHire =
        evaluator.evaluate(withCandidate(Packets.packet(PLAN, 1, 1, 2, 1, 1), "no"));
    // alice 4 against bob 2 on the must-have 'serving': weak consensus, a debrief.
    Evaluation debrief =
        evaluator.evaluate(withCandidate(Packets.packet(PLAN, 4, 4, 2, 4, 4), "split"));
    assertThat(debrief.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    CandidateComparison c =
        CandidateComparison.of(PLAN, List.of(noHire, debrief, hireLow, hireHigh));
    assertThat(c.candidates())
        .extracting(x -> x.candidateId().orElseThrow())
        .containsExactly("high", "low", "split", "no");
    ComparedCandidate no = c.candidates().get(3);
    assertThat(no.outcome()).isEqualTo(Outcome.NO_HIRE);
    assertThat(no.barsMissed()).containsExactly("serving");
    assertThat(no.competencies())
        .extracting(ComparedCompetency::competencyId)
        .containsExactly("serving", "monitoring", "infra", "comms");
    assertThat(no.competencies()).allMatch(ComparedCompetency::concern);
    assertThat(c.candidates().get(0).barsMet()).containsExactly("serving");
    assertThat(c.candidates().get(0).competencies()).noneMatch(ComparedCompetency::concern);
  }

  @Test
  void comparisonRefusesAnotherPlansEvaluation() {
    InterviewPlan other = Packets.breadthDepthPlan();
    Evaluation e = Evaluator.standard().evaluate(other, Packets.packet(other, 3, 3, 3, 3, 3));
    assertThatThrownBy(() -> CandidateComparison.of(PLAN, List.of(e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evaluations[0] (candidate cand-1) was made against plan")
        .hasMessageContaining(PLAN.fingerprint());
  }

  @Test
  void comparisonRefusesTheSameCandidateTwice() {
    // Two evaluations of one candidate (its scorecards split over two files, or one file given
    // twice) were compared as two candidates of the same id, each decided on part of the panel.
    PlanEvaluator evaluator = Evaluator.standard().forPlan(PLAN);
    List<Scorecard> cards = withCandidate(Packets.packet(PLAN, 4, 4, 4, 4, 4), "high");
    Evaluation first = evaluator.evaluate(cards.subList(0, 2));
    Evaluation other = evaluator.evaluate(withCandidate(Packets.packet(PLAN, 1, 1, 2, 1, 1), "no"));
    Evaluation rest = evaluator.evaluate(cards.subList(2, cards.size()));
    assertThatThrownBy(() -> CandidateComparison.of(PLAN, List.of(first, other, rest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evaluations[0] and evaluations[2] are both of candidate high; evaluate each"
                + " candidate's scorecards together, once");
  }

  private static List<Scorecard> withCandidate(List<Scorecard> cards, String candidate) {
    return cards.stream()
        .map(c -> Scorecard.builder().from(c).candidateId(candidate).build())
        .collect(Collectors.toList());
  }

  private static List<String> codes(Evaluation e, String interviewer) {
    return e.scorecards().stream()
        .filter(a -> a.scorecard().interviewerId().equals(interviewer))
        .flatMap(a -> a.problems().stream())
        .map(p -> p.code() + " " + p.path())
        .collect(Collectors.toList());
  }

  @Test
  void rwgOfRecommendationsIsUndefinedWithItsReasonBelowTwo() {
    assertThat(PanelRecommendations.none().rwg().undefinedReason())
        .hasValue(UndefinedReason.NO_RATINGS);
    PanelRecommendations one =
        PanelRecommendations.of(
            List.of(
                InterviewerRecommendation.of(
                    "alice", "deploy", Optional.of(Recommendation.YES), 0, 2),
                InterviewerRecommendation.of("bob", "infra", Optional.empty(), 0, 2)));
    assertThat(one.rwg().undefinedReason()).hasValue(UndefinedReason.ONE_RATER);
  }

  @Test
  void anUnratedComparedCompetencyCarriesItsReasonAndIsNoConcern() {
    ComparedCompetency cell =
        ComparedCompetency.of(
            "serving",
            CompetencyScore.notRated("serving"),
            java.util.OptionalInt.of(3),
            java.util.OptionalInt.of(3));
    assertThat(cell.score().undefinedReason()).hasValue(UndefinedReason.NO_RATINGS);
    assertThat(cell.concern()).isFalse();
  }
}

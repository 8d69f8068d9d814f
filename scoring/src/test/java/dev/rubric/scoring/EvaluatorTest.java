package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.card;
import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.json.EvaluationJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final InterviewPlan PLAN = Packets.plan();

  private static List<Scorecard> withExtras() {
    List<Scorecard> cards = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3));
    cards.add(
        card(PLAN, "dave", "deploy").planFingerprint("sha256:00").rate("serving", 1, "x").build());
    cards.add(card(PLAN, "erin", "nowhere").rate("serving", 1, "x").build());
    cards.add(card(PLAN, "fred", "comms").rate("serving", 1, "x").build());
    cards.add(card(PLAN, "gina", "comms").rate("comms", 7, "x").build());
    cards.add(card(PLAN, "hal", "comms").candidateId("cand-2").rate("comms", 1, "x").build());
    cards.add(
        card(PLAN, "carol", "comms")
            .submittedAt(Instant.parse("2026-11-19T10:00:00Z"))
            .rate("comms", 1, "x")
            .build());
    return cards;
  }

  private static List<String> codes(Evaluation e, String interviewer) {
    List<String> codes = new ArrayList<>();
    for (ScorecardAccount a : e.rejected()) {
      if (a.scorecard().interviewerId().equals(interviewer)) {
        a.problems().forEach(p -> codes.add(p.code()));
      }
    }
    return codes;
  }

  /**
   * Carol's scorecard for the comms seat again under 'CAROL': both are used, as two interviewers'
   * (ids are compared exactly), and each carries advice naming the other spelling. A case variant
   * in another seat (an interviewer may staff two seats) is no concern, nor is one whose other
   * scorecard is not used.
   */
  @Test
  void aSeatsScorecardsFromIdsDifferingOnlyInCaseEachCarryAdvice() {
    List<Scorecard> cards = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3));
    cards.add(card(PLAN, "CAROL", "comms").rate("comms", 4, "evidence").build());
    cards.add(card(PLAN, "Bob", "deploy").rate("serving", 4, "evidence").build());
    cards.add(card(PLAN, "ALICE", "deploy").planFingerprint("sha256:00").build());

    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);

    assertThat(e.used())
        .extracting(Scorecard::interviewerId)
        .containsExactlyInAnyOrder("alice", "bob", "carol", "CAROL", "Bob");
    List<String> advice = new ArrayList<>();
    for (ScorecardAccount a : e.scorecards()) {
      for (Problem p : a.problems()) {
        if (p.code().equals(EvaluationProblemCodes.CASE_VARIANT_ID)) {
          assertThat(p.isError()).isFalse();
          assertThat(p.path()).isEqualTo("/interviewerId");
          advice.add(p.message());
        }
      }
    }
    assertThat(advice)
        .containsExactlyInAnyOrder(
            "Interviewer 'CAROL' and interviewer 'carol' each submitted a scorecard for seat"
                + " 'comms', and their ids differ only in letter case: ids are compared exactly, so"
                + " both scorecards are used, as two interviewers'. If they are one person, give"
                + " their scorecards one spelling; the later one then supersedes the earlier.",
            "Interviewer 'carol' and interviewer 'CAROL' each submitted a scorecard for seat"
                + " 'comms', and their ids differ only in letter case: ids are compared exactly, so"
                + " both scorecards are used, as two interviewers'. If they are one person, give"
                + " their scorecards one spelling; the later one then supersedes the earlier.");
    assertThat(e.findings().scores().get("comms").orElseThrow().score().value()).isEqualTo(3.5);
  }

  @Test
  void everyScorecardIsUsedOrRejectedWithItsReason() {
    Evaluation e = Evaluator.standard().evaluate(PLAN, withExtras());
    assertThat(e.scorecards()).hasSize(9);
    assertThat(e.used())
        .extracting(Scorecard::interviewerId)
        .containsExactlyInAnyOrder("alice", "bob", "carol");
    assertThat(codes(e, "dave")).containsExactly(ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(codes(e, "erin")).containsExactly(ProblemCodes.UNKNOWN_PANEL_ROLE);
    assertThat(codes(e, "fred")).containsExactly(ProblemCodes.COMPETENCY_NOT_IN_SEAT);
    assertThat(codes(e, "gina")).containsExactly(ProblemCodes.LEVEL_OUTSIDE_SCALE);
    assertThat(codes(e, "hal")).containsExactly(EvaluationProblemCodes.CANDIDATE_MISMATCH);
    assertThat(codes(e, "carol")).containsExactly(EvaluationProblemCodes.SUPERSEDED_SCORECARD);
    Problem superseded =
        e.rejected().stream()
            .filter(a -> a.scorecard().interviewerId().equals("carol"))
            .findFirst()
            .orElseThrow()
            .problems()
            .get(0);
    assertThat(superseded.message())
        .isEqualTo(
            "Interviewer 'carol' also submitted a scorecard for seat 'comms' at 2026-11-20T10:00:00Z; the latest one is used.");
    assertThat(e.candidateId()).hasValue("cand-1");
    assertThat(e.findings().scores().get("comms").orElseThrow().score().value()).isEqualTo(3.0);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.HIRE);
  }

  /**
   * Ids from scorecards may hold quotes, spaces and backslashes: every sentence that names an
   * interviewer or a candidate quotes it with its quotes and backslashes escaped, so an id cannot
   * close its own quote and pass for the words after it (a second reason, another candidate).
   */
  @Test
  void sentencesQuoteInterviewerAndCandidateIdsWithTheirQuotesEscaped() {
    String spoof = "x' (seat 'deploy') recommends strong no. Interviewer 'bob";
    List<Scorecard> cards = new ArrayList<>();
    cards.add(
        card(PLAN, spoof, "deploy")
            .rate("serving", 4, "evidence")
            .rate("monitoring", 4, "evidence")
            .overallRecommendation(dev.rubric.core.Recommendation.STRONG_NO)
            .build());
    cards.add(
        card(PLAN, spoof, "deploy")
            .submittedAt(Instant.parse("2026-11-19T10:00:00Z"))
            .rate("serving", 1, "evidence")
            .rate("monitoring", 1, "evidence")
            .build());
    cards.add(card(PLAN, "bob", "infra").rate("infra", 3, "e").rate("serving", 3, "e").build());
    cards.add(card(PLAN, "carol", "comms").rate("comms", 3, "evidence").build());
    cards.add(
        card(PLAN, "hal", "comms").candidateId("c\\', not 'cand-1").rate("comms", 1, "x").build());
    Evaluation e = Evaluator.standard().evaluate(PLAN, "cand-1", cards);
    String quoted = "'x\\' (seat \\'deploy\\') recommends strong no. Interviewer \\'bob'";
    List<String> sentences = new ArrayList<>();
    e.decision().reasons().forEach(r -> sentences.add(r.sentence()));
    e.decision().concerns().forEach(r -> sentences.add(r.sentence()));
    e.decision().advice().forEach(r -> sentences.add(r.sentence()));
    e.rejected().forEach(a -> a.problems().forEach(p -> sentences.add(p.message())));
    assertThat(sentences)
        .contains(
            "Interviewer "
                + quoted
                + " (seat 'deploy') recommends strong no; hear why before deciding.",
            "Interviewer "
                + quoted
                + " also submitted a scorecard for seat 'deploy' at 2026-11-20T10:00:00Z; the latest"
                + " one is used.",
            "The scorecard is about candidate 'c\\\\\\', not \\'cand-1', not 'cand-1'; evaluate it"
                + " with its own candidate.")
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith(
                        "Interviewer " + quoted + " (seat 'deploy') recommends strong no, yet"));
  }

  /**
   * Law: of the usable scorecards one interviewer sent for one seat, exactly one is used, one
   * submitted last; every other is rejected as superseded. Random packets repeat interviewers and
   * seats and mix in scorecards about another candidate and for another plan.
   */
  @Test
  void ofOneInterviewersScorecardsForOneSeatOneSubmittedLastIsUsed() {
    List<Scorecard> base = packet(PLAN, 4, 3, 4, 4, 3);
    Instant t0 = Instant.parse("2026-11-20T10:00:00Z");
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      List<Scorecard> cards = new ArrayList<>();
      for (Scorecard c : base) {
        for (int copies = random.nextInt(4); copies > 0; copies--) {
          Scorecard.Builder copy =
              Scorecard.builder()
                  .from(c)
                  .interviewerId(random.nextBoolean() ? "ann" : "ben")
                  .submittedAt(t0.plusSeconds(random.nextInt(4)));
          int kind = random.nextInt(6);
          if (kind == 0) {
            copy.candidateId("cand-0");
          } else if (kind == 1) {
            copy.planFingerprint("sha256:00");
          }
          cards.add(copy.build());
        }
      }
      Collections.shuffle(cards, random);
      Evaluation e = Evaluator.standard().evaluate(PLAN, "cand-1", cards);
      java.util.Map<String, Instant> latest = new java.util.HashMap<>();
      java.util.Map<String, Integer> offered = new java.util.HashMap<>();
      for (Scorecard c : cards) {
        if (c.candidateId().equals("cand-1") && !c.planFingerprint().equals("sha256:00")) {
          String key = c.interviewerId() + "/" + c.panelRoleId();
          latest.merge(key, c.submittedAt(), (a, b) -> a.isAfter(b) ? a : b);
          offered.merge(key, 1, Integer::sum);
        }
      }
      java.util.Map<String, Integer> used = new java.util.HashMap<>();
      for (Scorecard c : e.used()) {
        String key = c.interviewerId() + "/" + c.panelRoleId();
        assertThat(c.submittedAt()).as("round %d, %s", round, key).isEqualTo(latest.get(key));
        used.merge(key, 1, Integer::sum);
      }
      assertThat(used.keySet()).as("round %d", round).isEqualTo(latest.keySet());
      assertThat(used.values()).allMatch(count -> count == 1);
      // Each other one is superseded, or a duplicate when it is an exact copy of the one used.
      int superseded = 0;
      for (ScorecardAccount a : e.rejected()) {
        List<String> codes = a.problems().stream().map(p -> p.code()).toList();
        if (codes.contains(EvaluationProblemCodes.SUPERSEDED_SCORECARD)) {
          assertThat(e.used()).as("round %d", round).doesNotContain(a.scorecard());
          superseded++;
        }
        if (codes.contains(EvaluationProblemCodes.DUPLICATE_SCORECARD)) {
          assertThat(codes).containsExactly(EvaluationProblemCodes.DUPLICATE_SCORECARD);
          assertThat(e.used()).as("round %d", round).contains(a.scorecard());
          superseded++;
        }
      }
      int expected = 0;
      for (int count : offered.values()) {
        expected += count - 1;
      }
      assertThat(superseded).as("round %d", round).isEqualTo(expected);
    }
  }

  /**
   * A packet given twice counts once: each copy is a DUPLICATE_SCORECARD, named as such, and the
   * findings and decision are those of the packet given once. An earlier, different version of a
   * scorecard stays SUPERSEDED_SCORECARD.
   */
  @Test
  void aPacketGivenTwiceCountsOnce() {
    List<Scorecard> once = packet(PLAN, 4, 3, 2, 4, 3);
    List<Scorecard> twice = new ArrayList<>(once);
    twice.addAll(once);
    Scorecard earlier =
        Scorecard.builder()
            .from(once.get(0))
            .submittedAt(once.get(0).submittedAt().minusSeconds(3600))
            .build();
    twice.add(earlier);
    Evaluation single = Evaluator.standard().evaluate(PLAN, once);
    Evaluation doubled = Evaluator.standard().evaluate(PLAN, twice);
    assertThat(doubled.findings()).isEqualTo(single.findings());
    assertThat(doubled.decision()).isEqualTo(single.decision());
    assertThat(doubled.rejected()).hasSize(once.size() + 1);
    for (ScorecardAccount a : doubled.rejected()) {
      if (a.scorecard().equals(earlier)) {
        assertThat(a.problems())
            .extracting(p -> p.code())
            .containsExactly(EvaluationProblemCodes.SUPERSEDED_SCORECARD);
      } else {
        assertThat(a.problems())
            .extracting(p -> p.code(), p -> p.message())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(
                    EvaluationProblemCodes.DUPLICATE_SCORECARD,
                    "An identical copy of this scorecard is also given; identical copies count as one."));
      }
    }
  }

  /**
   * Found by a review: cand-1 has two interviewers, cand-2 one scorecard given three times (or in
   * three drafts); the copies outvoted cand-1 and cand-2 was evaluated on one scorecard. A vote is
   * an interviewer and seat, so copies and drafts count once and cand-1 is evaluated.
   */
  @Test
  void copiesAndDraftsOfOneScorecardCountOnceWhenTheCandidateIsChosen() {
    List<Scorecard> cards = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3).subList(0, 2));
    Scorecard other =
        Scorecard.builder().from(packet(PLAN, 2, 2, 2, 2, 2).get(2)).candidateId("cand-2").build();
    List<Scorecard> copies = new ArrayList<>(cards);
    List<Scorecard> drafts = new ArrayList<>(cards);
    for (int k = 0; k < 3; k++) {
      copies.add(other);
      drafts.add(
          Scorecard.builder()
              .from(other)
              .submittedAt(other.submittedAt().plusSeconds(60L * k))
              .build());
    }

    for (List<Scorecard> packet : List.of(copies, drafts)) {
      Evaluation e = Evaluator.standard().evaluate(PLAN, packet);
      assertThat(e.candidateId()).hasValue("cand-1");
      assertThat(e.used()).extracting(Scorecard::interviewerId).containsExactly("alice", "bob");
      assertThat(codes(e, "carol"))
          .containsOnly(EvaluationProblemCodes.CANDIDATE_MISMATCH)
          .hasSize(3);
    }
  }

  @Test
  void anExplicitCandidateRejectsEveryoneElse() {
    Evaluation e = Evaluator.standard().evaluate(PLAN, "cand-2", withExtras());
    assertThat(e.used()).extracting(Scorecard::interviewerId).containsExactly("hal");
    assertThat(codes(e, "alice")).containsExactly(EvaluationProblemCodes.CANDIDATE_MISMATCH);
    assertThat(e.decision().outcome()).isEqualTo(Outcome.INCOMPLETE);
  }

  @Test
  void anyOrderGivesAnEqualEvaluation() {
    List<Scorecard> cards = withExtras();
    Evaluation first = Evaluator.standard().evaluate(PLAN, cards);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      List<Scorecard> shuffled = new ArrayList<>(cards);
      Collections.shuffle(shuffled, random);
      assertThat(Evaluator.standard().forPlan(PLAN).evaluate(shuffled)).isEqualTo(first);
    }
  }

  /**
   * Scorecards alike in candidate, seat, interviewer and time are ordered by their JSON text; a
   * lone surrogate in one's evidence, which {@code RubricJson}'s writer refuses, must not make the
   * evaluation throw.
   */
  @Test
  void scorecardsOrderedByTheirTextMayHoldALoneSurrogate() {
    Scorecard odd = card(PLAN, "alice", "deploy").rate("serving", 3, "x\ud800y").build();
    Scorecard plain = card(PLAN, "alice", "deploy").rate("serving", 2, "fine").build();
    Evaluation one = Evaluator.standard().evaluate(PLAN, List.of(odd, plain));
    Evaluation other = Evaluator.standard().evaluate(PLAN, List.of(plain, odd));
    assertThat(one).isEqualTo(other);
  }

  @Test
  void anInvalidPlanIsRejectedWithEveryError() {
    InterviewPlan bad =
        Packets.plan(
            Packets.profile()
                .addRequirements(dev.rubric.core.CompetencyRequirement.of("ghost", 1, 3))
                .build());
    assertThatThrownBy(() -> Evaluator.standard().evaluate(bad, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "plan 'ml-engineer' has 1 validation error: ERROR UNKNOWN_COMPETENCY at /profile/requirements/4");
  }

  /**
   * Found by a review: the prefix printed the plan id raw while the problems after it escaped it.
   */
  @Test
  void anInvalidPlansIdIsShownVisiblyAndItsErrorsCounted() {
    InterviewPlan bad =
        InterviewPlan.builder()
            .from(
                Packets.plan(
                    Packets.profile()
                        .addRequirements(dev.rubric.core.CompetencyRequirement.of("ghost", 1, 3))
                        .addRequirements(dev.rubric.core.CompetencyRequirement.of("ghost2", 1, 3))
                        .build()))
            .id("x\u202e")
            .build();
    assertThatThrownBy(() -> Evaluator.standard().evaluate(bad, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("plan 'x\\u202e' has 3 validation errors: ")
        .hasMessageNotContaining("\u202e");
  }

  @Test
  void noScorecardsAtAllIsIncomplete() {
    Evaluation e = Evaluator.standard().evaluate(PLAN, List.of());
    assertThat(e.candidateId()).isEmpty();
    assertThat(e.decision().outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(e.findings().readiness().owedSeats()).containsExactly("deploy", "infra", "comms");
  }

  @Test
  @SuppressWarnings("NullAway") // a null scorecard, on purpose
  void aNullScorecardIsNamed() {
    List<Scorecard> cards = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3));
    cards.add(null);
    assertThatThrownBy(() -> Evaluator.standard().evaluate(PLAN, cards))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scorecards[3]");
  }

  @Test
  void aBrokenAggregatorIsReportedByName() {
    Evaluator nan =
        Evaluator.builder()
            .aggregator(CompetencyAggregator.named("broken", s -> Double.NaN))
            .build();
    assertThatThrownBy(() -> nan.evaluate(PLAN, packet(PLAN, 4, 3, 4, 4, 3)))
        .isInstanceOf(StrategyException.class)
        .hasMessage(
            "aggregator 'broken' returned NaN for competency 'serving', which is not a number on the scale (1 to 4)")
        .extracting(t -> ((StrategyException) t).strategyName())
        .isEqualTo("broken");
    Evaluator high =
        Evaluator.builder().aggregator(CompetencyAggregator.named("high", s -> 9)).build();
    assertThatThrownBy(() -> high.evaluate(PLAN, packet(PLAN, 4, 3, 4, 4, 3)))
        .hasMessage(
            "aggregator 'high' returned 9.0 for competency 'serving', which is not a number on the scale (1 to 4)");
    Evaluator throwing =
        Evaluator.builder()
            .aggregator(
                CompetencyAggregator.named(
                    "throws",
                    s -> {
                      throw new ArithmeticException("boom");
                    }))
            .build();
    assertThatThrownBy(() -> throwing.evaluate(PLAN, packet(PLAN, 4, 3, 4, 4, 3)))
        .hasMessage("aggregator 'throws' failed on competency 'serving': boom")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // a user's strategy returning null, on purpose
  void brokenStrategiesAreReportedByName() {
    ScoringStrategy nullScoring =
        new ScoringStrategy() {
          @Override
          public OverallScore score(CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
            return null;
          }

          @Override
          public String name() {
            return "null-scoring";
          }
        };
    assertThatThrownBy(
            () -> Evaluator.builder().scoring(nullScoring).build().evaluate(PLAN, List.of()))
        .isInstanceOf(StrategyException.class)
        .hasMessage("scoring strategy 'null-scoring' returned null");
    ConsensusMeasure failing =
        new ConsensusMeasure() {
          @Override
          public ConsensusReport measure(
              CompetencyScores scores, dev.rubric.core.RatingScale scale) {
            throw new IllegalStateException("no data");
          }

          @Override
          public String name() {
            return "failing";
          }
        };
    assertThatThrownBy(
            () -> Evaluator.builder().consensus(failing).build().evaluate(PLAN, List.of()))
        .hasMessage("consensus measure 'failing' failed: no data");
  }

  @Test
  void jsonRoundTripGivesAnEqualEvaluation() {
    Evaluation e =
        Evaluator.standard()
            .evaluate(
                Packets.breadthDepthPlan(), packet(Packets.breadthDepthPlan(), 2, 4, 4, 4, 2));
    String json = EvaluationJson.write(e);
    assertThat(json).contains("\"outcome\" : \"NEEDS_DEBRIEF\"", "\"shape\" : \"SPECIALIST\"");
    assertThat(EvaluationJson.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(e);
    Evaluation rejected = Evaluator.standard().evaluate(PLAN, withExtras());
    assertThat(
            EvaluationJson.read(EvaluationJson.write(rejected).getBytes(StandardCharsets.UTF_8))
                .orElseThrow())
        .isEqualTo(rejected);
  }

  @Test
  void jsonFaultsAreLocatedProblems() {
    String json =
        EvaluationJson.write(Evaluator.standard().evaluate(PLAN, packet(PLAN, 4, 3, 4, 4, 3)));
    String broken =
        json.replace("\"outcome\" : \"HIRE\"", "\"outcome\" : \"MAYBE\"")
            .replace("\"splits\" : 0", "\"splits\" : \"none\"");
    var result = EvaluationJson.read(broken.getBytes(StandardCharsets.UTF_8));
    assertThat(result.isOk()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::path, Problem::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("/consensus/splits", ProblemCodes.JSON_WRONG_TYPE),
            org.assertj.core.groups.Tuple.tuple(
                "/decision/outcome", ProblemCodes.JSON_INVALID_VALUE));
  }
}

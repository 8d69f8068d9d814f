package dev.rubric.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Approval;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.Plans;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.EvaluationContext;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.ScorecardAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Law: every evaluation the library produces reads back equal from the JSON it is written as, the
 * scorecards it rejected included, as they were given: {@code read(write(e))} equals {@code e}. The
 * scorecards are hostile (seeded {@link SplittableRandom}, fixed seeds): timestamps out of the
 * years 0001 to 9999 and at the parser's limits ({@link Instant#MIN}, {@link Instant#MAX}), ids
 * with ambiguous spaces, control characters and bidirectional overrides, blank strings, huge,
 * negative and zero levels, no ratings, duplicated and unknown competencies, unknown and shadow
 * seats, other candidates and plans, superseded scorecards; evaluated without a clock, as of a
 * clock, after a debrief (counting late scorecards or not), for a named candidate, against a plan
 * with and without an approval.
 */
class EvaluationRoundTripLawTest {
  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

  private static final InterviewPlan PLAN =
      Plans.minimal()
          .addPanelRoles(
              PanelRole.builder()
                  .id("shadow-seat")
                  .title("Shadow")
                  .addCompetencies("model-serving")
                  .addScenarioPrompts("How was the model transitioned to production?")
                  .shadow(true)
                  .build())
          .stages(
              List.of(
                  EvaluationStage.builder()
                      .id("panel")
                      .title("Technical panel")
                      .addPanelRoles("deployment-depth", "stakeholder-communication", "shadow-seat")
                      .feedbackDueWithin(Duration.ofHours(24))
                      .build()))
          .build();

  private static final InterviewPlan APPROVED =
      InterviewPlan.builder()
          .from(PLAN)
          .addApprovals(Approval.of("dana", "hiring manager", NOON.minus(Duration.ofDays(3))))
          .build();

  private static final List<Instant> TIMES =
      List.of(
          NOON,
          NOON.minus(Duration.ofDays(10)),
          NOON.plus(Duration.ofDays(30)),
          Instant.MIN,
          Instant.MAX,
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("0000-06-01T00:00:00Z"),
          Instant.parse("-0001-12-31T23:59:59Z"),
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"),
          Instant.parse("2026-11-20T12:00:00.000000001Z"),
          Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L));

  private static final List<String> IDS =
      List.of(
          "alice",
          "bob",
          "alice ",
          " bob",
          "al\u00a0ice",
          "al\u2007ice",
          "bo\u0007b",
          "bo\u202eb",
          "bo\nb",
          "",
          "   ",
          "\t",
          "carol smith");

  private static final List<String> SEATS =
      List.of(
          "deployment-depth",
          "stakeholder-communication",
          "shadow-seat",
          "nobody",
          "",
          "deployment-depth ",
          "deploy\u0000ment");

  private static final List<String> COMPETENCIES =
      List.of("model-serving", "communication", "nope", "", "model-serving ", "model\u200bserving");

  private static final List<Integer> LEVELS =
      List.of(1, 2, 3, 4, 0, -1, 5, 99, Integer.MAX_VALUE, Integer.MIN_VALUE);

  private static final List<String> EVIDENCE =
      List.of(
          "Walked through the canary rollout and its rollback.",
          "",
          "   ",
          "ok",
          "tabs\tand\nlines\r\n and \u0000 nulls \u202e bidi",
          "x".repeat(10_000),
          "great culture fit");

  private static <T> T pick(SplittableRandom r, List<T> values) {
    // The first values are the ordinary ones: a packet is mostly usable, with hostile values in it.
    return r.nextInt(3) == 0 ? values.get(r.nextInt(values.size())) : values.get(r.nextInt(2));
  }

  private static Scorecard card(SplittableRandom r) {
    Scorecard.Builder b =
        Scorecard.builder()
            .candidateId(r.nextInt(8) == 0 ? pick(r, List.of("cand-2", "cand-1 ", "")) : "cand-1")
            .interviewerId(pick(r, IDS))
            .panelRoleId(pick(r, SEATS))
            .planFingerprint(
                r.nextInt(8) == 0
                    ? pick(r, List.of("stale", "", " " + PLAN.fingerprint()))
                    : PLAN.fingerprint())
            .submittedAt(pick(r, TIMES));
    int ratings = r.nextInt(4);
    for (int i = 0; i < ratings; i++) {
      b.rate(pick(r, COMPETENCIES), pick(r, LEVELS), pick(r, EVIDENCE));
    }
    if (r.nextBoolean()) {
      b.overallRecommendation(Recommendation.values()[r.nextInt(Recommendation.values().length)]);
    }
    if (r.nextBoolean()) {
      b.interviewedAt(pick(r, TIMES));
    }
    return b.build();
  }

  private static EvaluationContext context(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return EvaluationContext.none();
      case 1:
        return EvaluationContext.asOf(NOON.plus(Duration.ofDays(r.nextInt(3))));
      default:
        return EvaluationContext.builder()
            .asOf(NOON.plus(Duration.ofDays(2)))
            .debriefAt(NOON.plus(Duration.ofHours(r.nextInt(48))))
            .countSubmittedAfterDebrief(r.nextBoolean())
            .build();
    }
  }

  /** One hostile packet per seed, evaluated as the seed says. */
  private static Evaluation evaluation(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Scorecard> cards = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      cards.add(card(r));
    }
    InterviewPlan plan = r.nextBoolean() ? PLAN : APPROVED;
    Evaluator evaluator = Evaluator.standard();
    switch (r.nextInt(3)) {
      case 0:
        return evaluator.evaluate(plan, cards);
      case 1:
        return evaluator.evaluate(plan, "cand-1", cards);
      default:
        return evaluator.evaluate(plan, cards, context(r));
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 400).mapToObj(i -> 20261201L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyEvaluationReadsBackEqual(long seed) {
    Evaluation e = evaluation(seed);
    String written = EvaluationJson.write(e);
    ReadResult<Evaluation> read = EvaluationJson.read(written.getBytes(UTF_8));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(e);
    assertThat(EvaluationJson.write(read.orElseThrow())).isEqualTo(written);
  }

  /** The generator reaches the values the law is about: rejected scorecards that hold them. */
  @Test
  void theSeedsCoverRejectedScorecardsWithRefusedValues() {
    List<String> codes =
        seeds()
            .map(EvaluationRoundTripLawTest::evaluation)
            .flatMap(e -> e.scorecards().stream())
            .filter(a -> !a.used())
            .flatMap(a -> a.problems().stream())
            .map(Problem::code)
            .distinct()
            .toList();
    assertThat(codes)
        .contains(
            ProblemCodes.TIMESTAMP_OUT_OF_RANGE,
            ProblemCodes.AMBIGUOUS_SPACE,
            ProblemCodes.CONTROL_CHARACTER,
            ProblemCodes.BLANK_TEXT,
            ProblemCodes.LEVEL_OUTSIDE_SCALE,
            ProblemCodes.DUPLICATE_RATING,
            ProblemCodes.UNKNOWN_PANEL_ROLE,
            ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(
            seeds()
                .map(EvaluationRoundTripLawTest::evaluation)
                .flatMap(e -> e.scorecards().stream())
                .anyMatch(ScorecardAccount::calibrationOnly))
        .isTrue();
  }

  /** A person's scorecard document keeps every refusal: year 10000 is out of range, as before. */
  @Test
  void aScorecardDocumentWithYearTenThousandIsStillRefused() {
    Scorecard card =
        Plans.card(PLAN)
            .rate("model-serving", 3, "evidence")
            .submittedAt(Instant.parse("+10000-01-01T00:00:00Z"))
            .build();
    String text = RubricJson.standard().writeScorecard(card);
    assertThat(RubricJson.standard().readScorecard(text).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/submittedAt",
                "'+10000-01-01T00:00:00Z' is outside the years 0001 to 9999 (UTC); write a"
                    + " four-digit year, such as 2026-11-26T10:15:30Z."));
  }

  /**
   * What no readable document can hold is refused up front, by its JSON pointer, never written into
   * a document that its reader refuses or whose UTF-8 bytes differ from the text.
   */
  @Test
  void aValueNoReadableDocumentHoldsIsRefusedUpFront() {
    Scorecard longEvidence = Plans.card(PLAN).rate("model-serving", 3, "x".repeat(65_537)).build();
    assertThatThrownBy(
            () -> EvaluationJson.write(Evaluator.standard().evaluate(PLAN, List.of(longEvidence))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write the evaluation as JSON that Rubric reads back: the string at"
                + " /scorecards/0/scorecard/ratings/0/evidence has 65537 characters, more than the"
                + " 65536 a string may have (JsonLimits.maxStringLength). Nothing was written.");
    Scorecard surrogate = Plans.card(PLAN).rate("model-serving", 3, "ok \ud800").build();
    assertThatThrownBy(
            () -> EvaluationJson.write(Evaluator.standard().evaluate(PLAN, List.of(surrogate))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write the evaluation as JSON that Rubric reads back: the string at"
                + " /scorecards/0/scorecard/ratings/0/evidence holds a lone surrogate (\\ud800) at"
                + " character 3, which is not Unicode text and has no UTF-8 form. Nothing was"
                + " written.");
    Scorecard longest = Plans.card(PLAN).rate("model-serving", 3, "x".repeat(65_536)).build();
    Evaluation e = Evaluator.standard().evaluate(PLAN, List.of(longest));
    assertThat(EvaluationJson.read(EvaluationJson.write(e).getBytes(UTF_8)).orElseThrow())
        .isEqualTo(e);
  }
}

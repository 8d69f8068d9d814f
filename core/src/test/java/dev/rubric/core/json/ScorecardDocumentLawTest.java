package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Law: a scorecard document written by {@link RubricJson#writeScorecard} (and a list, by {@link
 * RubricJson#writeScorecards}) reads back equal, unless the scorecard holds a value a person's
 * document may not hold, and then the reader names that value: a timestamp outside the years 0001
 * to 9999 ({@code JSON_INVALID_VALUE} at its field), an id with an ambiguous space ({@code
 * AMBIGUOUS_SPACE}) or a hidden character ({@code CONTROL_CHARACTER}). Hostile scorecards from a
 * seeded {@link SplittableRandom} (fixed seeds).
 */
class ScorecardDocumentLawTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  private static final List<Instant> TIMES =
      List.of(
          Instant.parse("2026-11-20T10:15:30Z"),
          Instant.parse("2026-11-20T10:15:30.000000001Z"),
          Instant.MIN,
          Instant.MAX,
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("0000-06-01T00:00:00Z"),
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"));

  private static final List<String> IDS =
      List.of(
          "alice",
          "carol smith",
          "alice ",
          " bob",
          "al\u00a0ice",
          "bo\u0007b",
          "bo\u202eb",
          "",
          "  ");

  private static final List<Integer> LEVELS =
      List.of(3, 0, -1, 99, Integer.MAX_VALUE, Integer.MIN_VALUE);

  private static <T> T any(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** Mostly one of the first two (ordinary) values, one time in five any of them. */
  private static <T> T pick(SplittableRandom r, List<T> values) {
    return r.nextInt(5) == 0 ? any(r, values) : values.get(r.nextInt(2));
  }

  private static Scorecard card(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Scorecard.Builder b =
        Scorecard.builder()
            .candidateId(pick(r, IDS))
            .interviewerId(pick(r, IDS))
            .panelRoleId(pick(r, IDS))
            .planFingerprint(r.nextBoolean() ? PLAN.fingerprint() : pick(r, IDS))
            .submittedAt(pick(r, TIMES));
    int ratings = r.nextInt(4);
    for (int i = 0; i < ratings; i++) {
      b.rate(
          r.nextBoolean() ? "model-serving" : pick(r, IDS),
          any(r, LEVELS),
          any(r, List.of("", "evidence", "tabs\tand\nlines \u202e")));
    }
    if (r.nextBoolean()) {
      b.overallRecommendation(any(r, List.of(Recommendation.values())));
    }
    if (r.nextBoolean()) {
      b.interviewedAt(pick(r, TIMES));
    }
    return b.build();
  }

  /** The problems a person's document gets for {@code card}'s values, in no particular order. */
  private static boolean refusable(Scorecard c) {
    Stream<String> ids =
        Stream.concat(
            Stream.of(c.candidateId(), c.interviewerId(), c.panelRoleId(), c.planFingerprint()),
            c.ratings().stream().map(dev.rubric.core.Rating::competencyId));
    boolean badId =
        ids.anyMatch(
            id ->
                !id.isBlank()
                    && (VisibleText.hasHidden(id) || VisibleText.indexOfAmbiguousSpace(id) >= 0));
    boolean badTime =
        !ObjectFields.inRange(c.submittedAt())
            || c.interviewedAt().map(t -> !ObjectFields.inRange(t)).orElse(false);
    return badId || badTime;
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 20261201L * 7 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aScorecardReadsBackEqualOrItsRefusedValueIsNamed(long seed) {
    Scorecard card = card(seed);
    ReadResult<Scorecard> one = JSON.readScorecard(JSON.writeScorecard(card));
    ReadResult<List<Scorecard>> list =
        JSON.readScorecards(JSON.writeScorecards(List.of(card, card)));
    if (!refusable(card)) {
      assertThat(one.orElseThrow()).isEqualTo(card);
      assertThat(list.orElseThrow()).containsExactly(card, card);
      return;
    }
    assertThat(one.problems()).isNotEmpty();
    assertThat(one.problems())
        .extracting(Problem::code)
        .containsAnyOf(
            ProblemCodes.JSON_INVALID_VALUE,
            ProblemCodes.AMBIGUOUS_SPACE,
            ProblemCodes.CONTROL_CHARACTER)
        .allMatch(
            code ->
                List.of(
                        ProblemCodes.JSON_INVALID_VALUE,
                        ProblemCodes.AMBIGUOUS_SPACE,
                        ProblemCodes.CONTROL_CHARACTER)
                    .contains(code));
    assertThat(list.problems()).hasSize(2 * one.problems().size());
  }

  @org.junit.jupiter.api.Test
  void theSeedsReachBothSidesOfTheLaw() {
    long refused =
        seeds()
            .map(ScorecardDocumentLawTest::card)
            .filter(ScorecardDocumentLawTest::refusable)
            .count();
    assertThat(refused).isBetween(50L, 250L);
  }
}

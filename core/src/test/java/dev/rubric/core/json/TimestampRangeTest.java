package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A timestamp outside the years 0001 to 9999 (which the ISO-8601 parser would take, signed and
 * expanded) is refused where it is read, in the tree reader and in the streaming reader alike, and
 * the years' ends themselves are kept.
 */
class TimestampRangeTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  /** Two scorecards about one candidate, written as a list, submitted at {@code submittedAt}. */
  static String cards(String submittedAt) {
    Scorecard card = Plans.card(PLAN).rate("model-serving", 3, "evidence").build();
    return JSON.writeScorecards(
            List.of(card, Scorecard.builder().from(card).interviewerId("bob").build()))
        .replace("2026-11-20T10:15:30Z", submittedAt);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31T23:59:59Z",
        "+1000000000-12-31T23:59:59.999999999Z",
        "-1000000000-01-01T00:00:00Z",
        "+10000-01-01T00:00:00Z",
        "0000-06-01T00:00:00Z",
        "-000001-01-01T00:00:00Z",
        "0001-01-01T00:30:00+01:00"
      })
  void outOfRangeTimestampsAreLocatedErrors(String submittedAt) {
    ReadResult<List<Scorecard>> read = JSON.readScorecards(cards(submittedAt));

    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactly(
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/scorecards/0/submittedAt"),
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/scorecards/1/submittedAt"));
    assertThat(read.problems().get(0).message())
        .isEqualTo(
            "'"
                + submittedAt
                + "' is outside the years 0001 to 9999 (UTC); write a four-digit year, such as"
                + " 2026-11-26T10:15:30Z.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.5Z"})
  void theEndsOfTheRangeAreRead(String submittedAt) {
    ReadResult<List<Scorecard>> read = JSON.readScorecards(cards(submittedAt));

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow().get(0).submittedAt())
        .isEqualTo(Instant.parse(submittedAt.replace(".5Z", ".500Z")));
  }
}

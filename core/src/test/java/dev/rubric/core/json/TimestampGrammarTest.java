package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reader takes one timestamp grammar: ISO 8601 with an offset. Two forms Java's offset parser
 * also takes are refused: a decimal point without digits, and an offset with seconds (which would
 * move the time by them).
 */
class TimestampGrammarTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  private static Scorecard card() {
    return Plans.card(PLAN).rate("model-serving", 3, "evidence").build();
  }

  private static String cards(String submittedAt) {
    return TimestampRangeTest.cards(submittedAt);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-20T10:15:30.Z",
        "2026-11-20T10:15:30.+01:00",
        "2026-11-20T10:15:30+01:00:30",
        "2026-11-20T10:15:30-00:00:01",
        "2026-11-20T10:15+01:00:30"
      })
  void formsOutsideIso8601AreRefusedByEveryReader(String submittedAt) {
    ReadResult<List<Scorecard>> list = JSON.readScorecards(cards(submittedAt));
    ReadResult<Scorecard> one =
        JSON.readScorecard(
            JSON.writeScorecard(card()).replace("2026-11-20T10:15:30Z", submittedAt));

    String message =
        "'"
            + submittedAt
            + "' is not an ISO-8601 timestamp with an offset, such as"
            + " 2026-11-26T10:15:30Z.";
    assertThat(list.problems())
        .extracting(p -> p.code(), p -> p.path(), p -> p.message())
        .containsExactly(
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/scorecards/0/submittedAt", message),
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/scorecards/1/submittedAt", message));
    assertThat(one.problems())
        .extracting(p -> p.code(), p -> p.path(), p -> p.message())
        .containsExactly(tuple(ProblemCodes.JSON_INVALID_VALUE, "/submittedAt", message));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-20T10:15:30Z, 2026-11-20T10:15:30Z",
    "2026-11-20t10:15:30z, 2026-11-20T10:15:30Z",
    "2026-11-20T10:15Z, 2026-11-20T10:15:00Z",
    "2026-11-20T10:15:30.5+01:00, 2026-11-20T09:15:30.500Z",
    "2026-11-20T10:15:30.123456789-05:30, 2026-11-20T15:45:30.123456789Z",
    "2026-11-20T10:15:30+01, 2026-11-20T09:15:30Z",
    "2026-11-20T10:15:30-00:00, 2026-11-20T10:15:30Z"
  })
  void iso8601FormsAreReadToTheirInstant(String written, String instant) {
    ReadResult<List<Scorecard>> list = JSON.readScorecards(cards(written));
    ReadResult<Scorecard> one =
        JSON.readScorecard(JSON.writeScorecard(card()).replace("2026-11-20T10:15:30Z", written));

    assertThat(list.problems()).isEmpty();
    assertThat(one.problems()).isEmpty();
    assertThat(list.orElseThrow().get(1).submittedAt()).isEqualTo(Instant.parse(instant));
    assertThat(one.orElseThrow().submittedAt()).isEqualTo(Instant.parse(instant));
  }

  @Test
  void theSharedParserRefusesWhatJavasOffsetParserWouldTake() {
    assertThat(java.time.OffsetDateTime.parse("2026-11-20T10:15:30+01:00:30").toInstant())
        .isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
    for (String text : List.of("2026-11-20T10:15:30+01:00:30", "2026-11-20T10:15:30.Z")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObjectFields.parseTimestamp(text))
          .isInstanceOf(DateTimeParseException.class);
    }
    assertThat(ObjectFields.parseTimestamp("+10000-01-01T00:00:00Z"))
        .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
  }
}

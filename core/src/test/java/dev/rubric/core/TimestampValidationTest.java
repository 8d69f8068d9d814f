package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps built in code are held to the years the JSON readers accept, 0001 to 9999 (UTC):
 * before, a scorecard submitted at {@code Instant.MAX} validated clean, was used by the evaluator,
 * and was written as {@code +1000000000-12-31T23:59:59.999999999Z}, which no reader takes back.
 */
class TimestampValidationTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+1000000000-12-31T23:59:59.999999999Z",
        "+10000-01-01T00:00:00Z",
        "0000-12-31T23:59:59.999999999Z",
        "-1000000000-01-01T00:00:00Z"
      })
  void scorecardTimesOutsideTheYearsAReaderTakesAreErrors(String time) {
    Instant t = Instant.parse(time);
    Scorecard card =
        Plans.card(PLAN)
            .rate("model-serving", 3, "evidence x")
            .submittedAt(t)
            .interviewedAt(t)
            .build();

    ValidationReport report = card.validateAgainst(PLAN);

    assertThat(report.errors())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.TIMESTAMP_OUT_OF_RANGE, "/submittedAt"),
            tuple(ProblemCodes.TIMESTAMP_OUT_OF_RANGE, "/interviewedAt"));
    assertThat(report.errors().get(0).message())
        .isEqualTo(
            "The submission time "
                + t
                + " is outside the years 0001 to 9999 (UTC), which no Rubric document can hold;"
                + " give a time in those years.");
    assertThat(ScorecardValidator.compile(PLAN).isClean(card)).isFalse();
    // What validation refuses is exactly what the reader refuses.
    assertThat(JSON.readScorecard(JSON.writeScorecard(card)).isOk()).isFalse();
  }

  @Test
  void theFirstAndLastInstantsOfTheRangeAreValid() {
    for (String time : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"}) {
      Instant t = Instant.parse(time);
      Scorecard card =
          Plans.card(PLAN)
              .rate("model-serving", 3, "evidence x")
              .submittedAt(t)
              .interviewedAt(t)
              .build();

      assertThat(card.validateAgainst(PLAN).errors()).as(time).isEmpty();
      assertThat(ScorecardValidator.compile(PLAN).isClean(card)).as(time).isTrue();
      assertThat(JSON.readScorecard(JSON.writeScorecard(card)).orElseThrow())
          .as(time)
          .isEqualTo(card);
    }
  }

  @Test
  void anApprovalOutsideTheYearsIsAnError() {
    InterviewPlan plan =
        Plans.minimal()
            .addApprovals(Approval.of("dana", "Hiring manager", Instant.MAX))
            .addApprovals(Approval.of("li", "Head of ML", Instant.parse("2026-01-05T10:00:00Z")))
            .build();

    assertThat(plan.validate().errors())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.TIMESTAMP_OUT_OF_RANGE, "/approvals/0/approvedAt"));
    assertThat(JSON.readPlan(JSON.writePlan(plan)).isOk()).isFalse();
  }
}

package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every importer's message about a number shows the number as the payload wrote it: {@code 821.0}
 * is refused as an interviewer id and named {@code 821.0}, never {@code 821} (an integer, which an
 * id may be); {@code 8.21e2} and {@code -0.0} likewise keep their spelling.
 */
class NumbersAsWrittenTest {
  private static final InterviewPlan FOUR = Fixtures.fourPointPlan();

  private static String text(String name) {
    return new String(payload(name), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"821.0", "821.00", "8.21e2", "8.210E+2", "-0.0", "1.5e1"})
  void greenhouseInterviewerIdIsNamedAsWritten(String number) {
    String payload =
        text("greenhouse_scorecard_example.json").replace("\"id\": 821", "\"id\": " + number);
    ImportResult result =
        AtsVendor.GREENHOUSE
            .importer(GreenhouseImportTest.mapping().build())
            .importScorecards(json(payload));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/interviewer/id",
                "Expected an id (a non-blank string or an integer) at /interviewer/id, found the"
                    + " number "
                    + number
                    + "."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1423231549510.0", "1.42323154951e12"})
  void leverCompletionTimeIsNamedAsWritten(String number) {
    String payload = text("lever_feedback_example.json").replace("1423231549510", number);
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .recommendationField("Rating")
            .addEvidenceFields("Notes / Comments")
            .seat("On-site interview", "deployment-depth")
            .putInterviewers("a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e", "alice")
            .build();
    ImportResult result = mapping.importer().importScorecards(json(payload), "opp-7");
    assertThat(LeverImportTest.errors(result))
        .contains(
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/data/completedAt",
                "Expected epoch milliseconds at /data/completedAt, found the number "
                    + number
                    + "."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.50", "2.5e0", "35e-1"})
  void ashbyScoreIsNamedAsWritten(String number) {
    String payload =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"submittedValues\": {\"technical_skills\": "
            + number
            + "}}]";
    ImportResult result =
        ImportMapping.builder()
            .vendor(AtsVendor.ASHBY)
            .plan(FOUR)
            .competency("technical_skills", "model-serving")
            .defaultSeat("deployment-depth")
            .build()
            .importer(FOUR)
            .importScorecards(json(payload));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "The Ashby score " + number + " is not a whole number; Score fields hold 1 to 4."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.50", "2.5e0"})
  void mappingLevelIsNamedAsWritten(String number) {
    String mapping =
        "{\"schemaVersion\": 1, \"vendor\": \"greenhouse\", \"competencies\": {\"Serving\":"
            + " \"model-serving\"}, \"defaultSeat\": \"deployment-depth\", \"ratingLevels\":"
            + " {\"yes\": "
            + number
            + "}}";
    assertThat(ImportMapping.fromJson(mapping).problems())
        .extracting(Problem::message)
        .contains("Expected an integer level, found " + number + ", which is not exactly one.");
  }
}

package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reader's message about a number shows it as the document wrote it: the JSON tree keeps a
 * fraction's or exponent's spelling ({@code 821.0}, {@code 3.50}, {@code 1.5e1}, {@code -0.0}),
 * where it used to show the normalised {@code 821}, {@code 3.5} or {@code 15}.
 */
class NumbersAsWrittenTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  private static String card() {
    Scorecard card = Plans.card(PLAN).rate("model-serving", 3, "Served a model.").build();
    return JSON.writeScorecard(card);
  }

  @ParameterizedTest
  @ValueSource(strings = {"821.0", "8.21e2", "1.5e1", "-0.0", "1E+2"})
  void aNumberWhereAStringBelongsIsNamedAsWritten(String number) {
    String text = card().replace("\"alice\"", number);
    assertThat(JSON.readScorecard(text).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/interviewerId",
                "Expected a string at /interviewerId, found the number " + number + "."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.50", "2.5e0", "35e-1", "3.0000000000000001"})
  void aLevelThatIsNoIntegerIsNamedAsWritten(String number) {
    String text = card().replace("\"level\" : 3", "\"level\" : " + number);
    assertThat(JSON.readScorecard(text).problems())
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_NOT_INTEGER,
                "Expected an integer between -2147483648 and 2147483647, found " + number + "."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "1.50", "20e-1"})
  void anUnsupportedVersionIsNamedAsWritten(String number) {
    String text = card().replace("\"schemaVersion\" : 1", "\"schemaVersion\" : " + number);
    assertThat(JSON.readScorecard(text).problems())
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_UNSUPPORTED_VERSION,
                "schemaVersion " + number + " is not supported; this library reads version 1."));
  }

  /**
   * A negative zero is read as the double -0.0 its writer wrote, not as 0.0: a plan whose weight is
   * -0.0 (refused by validation, but a value the model holds) reads back equal, with the same
   * fingerprint.
   */
  @org.junit.jupiter.api.Test
  void aNegativeZeroReadsBackAsNegativeZero() {
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                Plans.profile()
                    .addRequirements(
                        dev.rubric.core.CompetencyRequirement.mustHave("model-serving", -0.0, 3, 3))
                    .addRequirements(
                        dev.rubric.core.CompetencyRequirement.of("communication", 1.0, 3))
                    .build())
            .build();
    InterviewPlan read = JSON.readPlan(JSON.writePlan(plan)).orElseThrow();
    assertThat(read).isEqualTo(plan);
    assertThat(read.fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(read.profile().requirements().get(0).weight()).isEqualTo(-0.0);
  }
}

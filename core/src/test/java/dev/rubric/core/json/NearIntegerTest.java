package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON number is an integer only when its decimal text denotes exactly one: never rounded through
 * a double, in every integer field of every reader.
 */
class NearIntegerTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  private static String card(String level) {
    return JSON.writeScorecard(Plans.card(PLAN).rate("model-serving", 3, "ok").build())
        .replace("\"level\" : 3", "\"level\" : " + level);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "3.0", "3e0", "30e-1", "0.3e1", "3.000", "300E-2"})
  void aNumberWhoseTextIsExactlyThreeReadsAsThree(String three) {
    ReadResult<Scorecard> read = JSON.readScorecard(card(three));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow().ratings().get(0).level()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3.9999999999999999",
        "3.0000000000000001",
        "2.99999999999999999999",
        "1e-400",
        "3.5",
        "1e10",
        "-2147483649"
      })
  void aNumberThatOnlyLooksLikeAnIntegerIsALocatedProblem(String near) {
    ReadResult<Scorecard> read = JSON.readScorecard(card(near));
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_NOT_INTEGER, "/ratings/0/level"));
    assertThat(read.problems().get(0).message()).startsWith("Expected an integer between");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0000000000000001", "0.9999999999999999999", "1e-400"})
  void schemaVersionIsNotRounded(String near) {
    String text =
        JSON.writePlan(PLAN).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : " + near);
    ReadResult<InterviewPlan> read = JSON.readPlan(text);
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_UNSUPPORTED_VERSION, "/schemaVersion"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1e0", "10e-1"})
  void schemaVersionWrittenAsAnExactDecimalIsOne(String one) {
    String text =
        JSON.writePlan(PLAN).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : " + one);
    assertThat(JSON.readPlan(text).orElseThrow()).isEqualTo(PLAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"hireLine\" : 3", "\"seatsPerCompetency\" : 1", "\"targetLevel\" : 3"})
  void everyIntegerFieldOfAPlanRefusesANearInteger(String field) {
    String written = JSON.writePlan(PLAN);
    assertThat(written).contains(field);
    String value = field.substring(field.lastIndexOf(' ') + 1);
    String text = written.replaceFirst(field, field.replace(value, value + ".0000000000000001"));
    ReadResult<InterviewPlan> read = JSON.readPlan(text);
    assertThat(read.problems())
        .extracting(Problem::code)
        .containsOnly(ProblemCodes.JSON_NOT_INTEGER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-999999999", "1e999999999", "-0.0"})
  void extremeExponentsAreDecidedWithoutArithmeticOnHugePowers(String number) {
    ReadResult<Scorecard> read = JSON.readScorecard(card(number));
    if (number.equals("-0.0")) {
      assertThat(read.orElseThrow().ratings().get(0).level()).isZero();
    } else {
      assertThat(read.problems())
          .extracting(Problem::code)
          .containsExactly(ProblemCodes.JSON_NOT_INTEGER);
    }
  }
}

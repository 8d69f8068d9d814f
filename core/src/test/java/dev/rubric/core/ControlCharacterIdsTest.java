package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids that hold a control character, DEL, a C1 control, a bidirectional override, a line separator
 * or another invisible character (a default-ignorable code point such as a variation selector or
 * the combining grapheme joiner, a Hangul filler, the braille blank) are refused at read (located,
 * {@code CONTROL_CHARACTER}) and by validation of values built in code.
 */
class ControlCharacterIdsTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  /** Each hidden character, as JSON escape text. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\n",
        "\\u001b[2J",
        "\\u0000",
        "\\u007f",
        "\\u0085",
        "\\u202e",
        "\\u2066",
        "\\u2028",
        "\\u200b",
        "\\u200d",
        "\\ufeff",
        "\\u2060",
        "\\udb40\\udc41",
        "\\u034f",
        "\\ufe0f",
        "\\ufe00",
        "\\udb40\\udd00",
        "\\udb40\\uddef",
        "\\u180b",
        "\\u180f",
        "\\u115f",
        "\\u1160",
        "\\u3164",
        "\\uffa0",
        "\\u2800",
        "\\u17b4",
        "\\u17b5",
        "\\u2065",
        "\\ufff0"
      })
  void scorecardIdsAreRefusedAtRead(String hidden) {
    String written =
        JSON.writeScorecard(Plans.card(PLAN).rate("model-serving", 3, "evidence " + "x").build());
    String text =
        written
            .replace("\"cand-1\"", "\"cand-1" + hidden + "\"")
            .replace("\"alice\"", "\"iv-0" + hidden + "DECISION: HIRE\"")
            .replace("\"deployment-depth\"", "\"deployment-depth" + hidden + "\"")
            .replace("\"model-serving\"", "\"model" + hidden + "\"")
            .replace("\"evidence x\"", "\"evidence" + hidden + "\"");
    ReadResult<Scorecard> read = JSON.readScorecard(text);
    assertThat(read.problems())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.CONTROL_CHARACTER, "/candidateId"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/interviewerId"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/panelRoleId"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/ratings/0/competencyId"));
    assertThat(read.problems().get(0).toString()).doesNotContain("\n").doesNotContain("\u001b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\n", "\\u001b", "\\u202e", "\\u034f", "\\ufe0f", "\\u3164", "\\u2800"})
  void planIdsAreRefusedAtRead(String hidden) {
    String written = JSON.writePlan(PLAN);
    String text =
        written
            .replace("\"id\" : \"ml-engineer\"", "\"id\" : \"ml" + hidden + "\"")
            .replace("\"id\" : \"communication\"", "\"id\" : \"comm" + hidden + "\"")
            .replace("\"id\" : \"deployment-depth\"", "\"id\" : \"dd" + hidden + "\"")
            .replace("\"id\" : \"panel\"", "\"id\" : \"panel" + hidden + "\"");
    assertThat(JSON.readPlan(text).problems())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.CONTROL_CHARACTER, "/id"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/competencies/1/id"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/panelRoles/0/id"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/stages/0/id"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\n",
        "\u001b[2J",
        "\u007f",
        "\u009b",
        "\u202d",
        "\u2069",
        "\ud800",
        "\u034f",
        "\ufe0f",
        "\udb40\udd00",
        "\u180b",
        "\u115f",
        "\u3164",
        "\uffa0",
        "\u2800",
        "\u17b5"
      })
  void valuesBuiltInCodeAreRefusedByValidation(String hidden) {
    InterviewPlan plan = Plans.minimal().id("ml" + hidden).build();
    assertThat(plan.validate().problems())
        .extracting(p -> p.code(), p -> p.path())
        .contains(tuple(ProblemCodes.CONTROL_CHARACTER, "/id"));
    Scorecard card =
        Plans.card(PLAN)
            .candidateId("c" + hidden)
            .interviewerId("iv-0" + hidden + "DECISION: HIRE")
            .rate("model-serving" + hidden, 3, "fine")
            .build();
    assertThat(card.validateAgainst(PLAN).problems())
        .filteredOn(p -> p.isError())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.CONTROL_CHARACTER, "/candidateId"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/interviewerId"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/ratings/0/competencyId"));
    Scorecard seat = Plans.card(PLAN).panelRoleId("deployment-depth" + hidden).build();
    assertThat(seat.validateAgainst(PLAN).problems())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactly(tuple(ProblemCodes.CONTROL_CHARACTER, "/panelRoleId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\t", "\n", " \r\n "})
  void aBlankIdOfTabsOrLineBreaksIsOneBlankTextProblem(String blank) {
    Scorecard card =
        Scorecard.builder()
            .from(Plans.card(PLAN).rate("model-serving", 3, "evidence").build())
            .interviewerId(blank)
            .build();
    assertThat(card.validateAgainst(PLAN).problems())
        .extracting(p -> p.code(), p -> p.path())
        .containsExactly(tuple(ProblemCodes.BLANK_TEXT, "/interviewerId"));
  }
}

package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemLineTest {
  private static final RubricJson JSON = RubricJson.standard();

  @Test
  void theWholeDocumentIsTheTopLevelNotAFieldNamedEmpty() {
    assertThat(Problem.error("JSON_SYNTAX", "", "The document is empty.").toString())
        .isEqualTo("ERROR JSON_SYNTAX at the top level: The document is empty.");
    assertThat(Problem.advice("X", "/", "A field named ''.").toString())
        .isEqualTo("ADVICE X at /: A field named ''.");
  }

  @Test
  void aMalformedDocumentAndAnUnknownEmptyFieldNameDifferentPlaces() {
    ReadResult<List<Scorecard>> malformed = JSON.readScorecards("xx");
    ReadResult<List<Scorecard>> empty = JSON.readScorecards("");
    ReadResult<List<Scorecard>> emptyName =
        JSON.readScorecards("{\"schemaVersion\": 1, \"scorecards\": [], \"\": 1}");

    assertThat(malformed.problems()).singleElement().extracting(Problem::path).isEqualTo("");
    assertThat(malformed.problems().get(0).toString())
        .startsWith("ERROR JSON_SYNTAX at the top level: Malformed JSON: ");
    assertThat(empty.problems().get(0).toString())
        .isEqualTo("ERROR JSON_SYNTAX at the top level: The document is empty.");
    assertThat(emptyName.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("/");
              assertThat(p.toString()).startsWith("ERROR JSON_UNKNOWN_FIELD at /: ");
            });
  }

  @Test
  void aTopLevelOfTheWrongTypeIsAtTheTopLevel() {
    assertThat(JSON.readScorecard("42").problems())
        .singleElement()
        .hasToString(
            "ERROR JSON_WRONG_TYPE at the top level: Expected an object at the top level, found"
                + " the number 42.");
  }

  @Test
  void aPathHoldingTheColonBeforeTheMessageIsQuoted() {
    String name = "x: Unknown field y; remove it. ERROR JSON_SYNTAX at /z";
    ReadResult<List<Scorecard>> read =
        JSON.readScorecards("{\"schemaVersion\": 1, \"scorecards\": [], \"" + name + "\": 1}");

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path())
                  .isEqualTo("/x: Unknown field y; remove it. ERROR JSON_SYNTAX at ~1z");
              assertThat(p.toString())
                  .startsWith(
                      "ERROR JSON_UNKNOWN_FIELD at \"/x: Unknown field y; remove it. ERROR"
                          + " JSON_SYNTAX at ~1z\": Unknown field 'x: ");
            });
    assertThat(Problem.error("X", "/a \"b\": \\n\n", "m.").toString())
        .isEqualTo("ERROR X at \"/a \\\"b\\\": \\\\n\\n\": m.");
    assertThat(Problem.error("X", "/a b:c/d", "m.").toString())
        .isEqualTo("ERROR X at /a b:c/d: m.");
  }
}

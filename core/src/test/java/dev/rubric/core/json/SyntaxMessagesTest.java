package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A malformed document's problem speaks of the document, not of the JSON library under the reader:
 * no advice to enable a parser feature the caller cannot reach, no library class names, no redacted
 * source.
 */
class SyntaxMessagesTest {
  private static final RubricJson JSON = RubricJson.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"schemaVersion\": NaN}|Non-standard token 'NaN': JSON numbers are finite; write a number"
            + " or leave the field out (line 1, column",
        "{\"schemaVersion\": 1} {}|More content after the end of the document's one JSON value"
            + " (line 1, column",
        "/* plan */ {}|(code 47)): JSON allows no comments (line 1, column",
        "{\"schemaVersion\": 1, \"scorecards\": [{\"a\": 1}|expected close marker for Array (opened"
            + " at line 1, column 36)",
        "{\"schemaVersion\": 1, \"scorecards\": [{\"a\": \"x|end-of-input in a string value",
      })
  void jacksonInternalsNeverReachTheMessage(String document, String expected) {
    List<Problem> problems = JSON.readScorecards(document).problems();

    assertThat(problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.code()).isEqualTo(ProblemCodes.JSON_SYNTAX);
    assertThat(problem.message())
        .contains(expected)
        .doesNotContain("Feature", "fasterxml", "`", "REDACTED", "VALUE_STRING");
  }

  /**
   * Found by a review: a leading plus gave Jackson's advice to enable {@code
   * JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS}. Every kind of malformed input, in every
   * reader of the library, speaks of the document only.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"schemaVersion\" : +1}",
        "{\"schemaVersion\" : +1.5}",
        "{\"schemaVersion\" : +.5}",
        "{\"schemaVersion\" : +Infinity}",
        "{\"schemaVersion\" : 01}",
        "{\"schemaVersion\" : -01}",
        "{\"schemaVersion\" : 00.5}",
        "{\"schemaVersion\" : .5}",
        "{\"schemaVersion\" : -.5}",
        "{\"schemaVersion\" : 1.}",
        "{\"schemaVersion\" : 1e}",
        "{\"schemaVersion\" : 0x10}",
        "{\"schemaVersion\" : NaN}",
        "{\"schemaVersion\" : Infinity}",
        "{\"schemaVersion\" : -Infinity}",
        "{'schemaVersion' : 1}",
        "{\"schemaVersion\" : 'one'}",
        "// a comment\n{}",
        "/* a comment */ {}",
        "# a comment\n{}",
        "{schemaVersion : 1}",
        "{\"scorecards\" : [1,]}",
        "{\"schemaVersion\" : 1,}",
        "[1,,2]",
        "{\"id\" : \"a\tb\"}",
        "{\"id\" : \"a\u0001b\"}",
        "{\"id\" : \"a\nb\"}",
        "{\"id\" : \"\\q\"}",
        "{\"id\" : \"\\'\"}",
        "{\"id\" : \"\\x41\"}",
        "{\"id\" : \"\\u12\"}",
        "{\"id\" : undefined}",
        "{\"id\" : NULL}",
        "{\"id\" 1}",
        "{\"id\" : 1 \"b\" : 2}",
        "{\"id\" : 1}}",
        "{\"id\" : 1} trailing",
        "{\"id\" : [1 2]}",
        "{\"id\" : \"open",
        "{\"open",
        "{\"id\" : [",
      })
  void noMalformedDocumentGetsParserAdvice(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    List<List<Problem>> reports =
        List.of(
            JSON.readPlan(document).problems(),
            JSON.readPlan(bytes).problems(),
            JSON.readScorecard(document).problems(),
            JSON.readScorecards(document).problems(),
            JSON.readScorecards(bytes).problems());
    for (List<Problem> problems : reports) {
      assertThat(problems).isNotEmpty();
      for (Problem problem : problems) {
        assertThat(problem.message())
            .doesNotContainIgnoringCase("enable")
            .doesNotContain(
                "Feature", "Jackson", "jackson", "com.fasterxml", "`", "REDACTED", "Source:")
            .doesNotContain("ALLOW_", "StreamRead", "JsonParser", "JsonToken", "VALUE_");
      }
    }
  }

  @Test
  void aLeadingPlusIsSaidInTheDocumentsTerms() {
    assertThat(JSON.readPlan("{\n\"schemaVersion\" : +1}").problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "Malformed JSON: Unexpected character ('+' (code 43)) in numeric value:"
                            + " JSON numbers have no plus sign; write 1, not +1 (line 2,"
                            + " column 20)."));
  }

  /**
   * Found by a probe of the command line: a fault in a field name (a lone surrogate escape, a
   * control character, a bad escape, a name cut short or over the length limit) was reported at the
   * field before it, {@code /scorecards/0/candidateId}, a field with nothing wrong; the parser had
   * not yet read the faulty name. It is located at the object that holds the name.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"k\\udc00\": 1}]}|JSON_ENCODING",
        "\"k\\ud800\": 1}]}|JSON_ENCODING",
        "\"k\\ud800\\ud800\": 1}]}|JSON_ENCODING",
        "\"k\u0001\": 1}]}|JSON_SYNTAX",
        "\"k\\q\": 1}]}|JSON_SYNTAX",
        "\"k\\u12\": 1}]}|JSON_SYNTAX",
        "k: 1}]}|JSON_SYNTAX",
        "'k': 1}]}|JSON_SYNTAX",
        ", \"k\": 1}]}|JSON_SYNTAX",
        "\"interv|JSON_SYNTAX",
      })
  void aFaultInAFieldNameIsLocatedAtItsObjectNotAtTheFieldBefore(String rest, String code) {
    String document =
        "{\"schemaVersion\": 1, \"scorecards\": [{\"candidateId\": \"cand-1\", " + rest;
    for (List<Problem> problems :
        List.of(
            JSON.readScorecards(document).problems(),
            JSON.readScorecards(document.getBytes(StandardCharsets.UTF_8)).problems())) {
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo(code);
                assertThat(p.path()).isEqualTo("/scorecards/0");
              });
    }
  }

  @Test
  void aFieldNameOverTheLengthLimitIsLocatedAtItsObject() {
    String document = "{\"schemaVersion\": 1, \"id\": \"plan-1\", \"" + "n".repeat(300) + "\": 1}";
    assertThat(JSON.readPlan(document).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
              assertThat(p.path()).isEmpty();
            });
  }

  /** A fault in a value, and a duplicate name, stay where they are: at the field. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"interviewerId\": \"a\u0001b\"}]}|/scorecards/0/interviewerId",
        "\"interviewerId\": \"a\\qb\"}]}|/scorecards/0/interviewerId",
        "\"interviewerId\": tru}]}|/scorecards/0/interviewerId",
        "\"interviewerId\": \"open|/scorecards/0/interviewerId",
        "\"candidateId\": \"cand-2\"}]}|/scorecards/0/candidateId",
        "\"ratings\": [1,,2]}]}|/scorecards/0/ratings/1",
      })
  void aFaultInAValueStaysAtItsField(String rest, String path) {
    String document =
        "{\"schemaVersion\": 1, \"scorecards\": [{\"candidateId\": \"cand-1\", " + rest;
    assertThat(JSON.readScorecards(document).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo(path));
  }

  /**
   * Found by the same probe: a lone surrogate escape in a field name was said in the parser's words
   * ({@code Broken surrogate pair in field name: expected '\' to start low surrogate, got 0x22}),
   * where one in a string is said in the document's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"k\\udc00", "k\\ud800", "\\ud800\\ud800", "\\udbff"})
  void aLoneSurrogateInAFieldNameIsSaidInTheDocumentsTerms(String name) {
    Problem p = JSON.readPlan("{\"schemaVersion\": 1, \"" + name + "\": 1}").problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.message())
        .startsWith("A field name holds a lone surrogate")
        .contains("not Unicode text", "(line 1, column")
        .doesNotContain("0x", "Broken", "Unexpected");
  }

  /** Found by a review: a byte-order mark alone gave Jackson's "Unexpected character ('\ufeff'". */
  @ParameterizedTest
  @ValueSource(strings = {"\ufeff", "\ufeff \n\t", "", " \r\n"})
  void aDocumentOfAByteOrderMarkAndWhiteSpaceIsEmpty(String document) {
    for (List<Problem> problems :
        List.of(
            JSON.readPlan(document.getBytes(StandardCharsets.UTF_8)).problems(),
            JSON.readScorecards(document.getBytes(StandardCharsets.UTF_8)).problems())) {
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo(ProblemCodes.JSON_SYNTAX);
                assertThat(p.message()).isEqualTo("The document is empty.");
              });
    }
  }
}

package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
  private static Problem onlyProblem(ReadResult<?> read) {
    assertThat(read.problems()).hasSize(1);
    return read.problems().get(0);
  }

  @Test
  void defaultsAreDocumentedValues() {
    JsonLimits d = JsonLimits.defaults();
    assertThat(d.maxDocumentBytes()).isEqualTo(16 * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(65_536);
    assertThat(d.maxNumberLength()).isEqualTo(40);
    assertThat(d.maxNameLength()).isEqualTo(256);
    assertThat(d.maxArrayElements()).isEqualTo(20_000);
    assertThat(d.maxFieldsPerObject()).isEqualTo(1_000);
    assertThat(d.maxProblems()).isEqualTo(100);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    Problem p = onlyProblem(RubricJson.standard().readPlan(deep));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    assertThat(p.message()).contains("nesting depth").contains("32");
  }

  @Test
  void hugeStringIsRefused() {
    String text = "{\"schemaVersion\":1,\"candidateId\":\"" + "x".repeat(70_000) + "\"}";
    Problem p = onlyProblem(RubricJson.standard().readScorecard(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    assertThat(p.path()).isEqualTo("/candidateId");
    assertThat(p.message()).contains("A string is longer than the maximum of 65536 characters");
  }

  @Test
  void numberWithAThousandDigitsIsRefused() {
    String text = "{\"schemaVersion\":" + "9".repeat(1000) + "}";
    Problem p = onlyProblem(RubricJson.standard().readScorecard(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    assertThat(p.message()).contains("A number is longer than the maximum of 40 characters");
  }

  @Test
  void tooManyScorecardsAreRefusedBeforeReadingThem() {
    RubricJson small = RubricJson.withLimits(JsonLimits.defaults().withMaxArrayElements(3));
    String text = "{\"schemaVersion\":1,\"scorecards\":[{},{},{},{}]}";
    Problem p = onlyProblem(small.readScorecards(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    assertThat(p.path()).isEqualTo("/scorecards");
    assertThat(p.message()).isEqualTo("The array has 4 elements; the limit is 3.");
  }

  @Test
  void oversizedDocumentIsRefusedByItsLength() {
    RubricJson small = RubricJson.withLimits(JsonLimits.defaults().withMaxDocumentBytes(10));
    ReadResult<Scorecard> read = small.readScorecard("{\"schemaVersion\":1,\"x\":1}");
    assertThat(onlyProblem(read).message())
        .isEqualTo("The document has 25 bytes; the limit is 10.");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth (0) must be > 0");
  }

  @Test
  void everyLimitMustBePositiveAndItsMessageNamesIt() {
    JsonLimits d = JsonLimits.defaults();
    Map<String, java.util.function.IntFunction<JsonLimits>> withers = new LinkedHashMap<>();
    withers.put("maxDocumentBytes", d::withMaxDocumentBytes);
    withers.put("maxNestingDepth", d::withMaxNestingDepth);
    withers.put("maxStringLength", d::withMaxStringLength);
    withers.put("maxNumberLength", d::withMaxNumberLength);
    withers.put("maxNameLength", d::withMaxNameLength);
    withers.put("maxArrayElements", d::withMaxArrayElements);
    withers.put("maxFieldsPerObject", d::withMaxFieldsPerObject);
    withers.put("maxProblems", d::withMaxProblems);
    withers.forEach(
        (name, with) ->
            assertThatThrownBy(() -> with.apply(-3))
                .as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(name + " (-3) must be > 0"));
  }

  @Test
  void eachCopyChangesOnlyItsOwnLimit() {
    JsonLimits l =
        JsonLimits.defaults()
            .withMaxDocumentBytes(1)
            .withMaxNestingDepth(2)
            .withMaxStringLength(3)
            .withMaxNumberLength(4)
            .withMaxNameLength(5)
            .withMaxArrayElements(6)
            .withMaxFieldsPerObject(7)
            .withMaxProblems(8);
    assertThat(
            new int[] {
              l.maxDocumentBytes(),
              l.maxNestingDepth(),
              l.maxStringLength(),
              l.maxNumberLength(),
              l.maxNameLength(),
              l.maxArrayElements(),
              l.maxFieldsPerObject(),
              l.maxProblems()
            })
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(l)
        .hasToString(
            "JsonLimits{documentBytes=1, nestingDepth=2, stringLength=3, numberLength=4,"
                + " nameLength=5, arrayElements=6, fieldsPerObject=7, problems=8}");
    assertThat(l.hashCode()).isEqualTo(java.util.Objects.hash(1, 2, 3, 4, 5, 6, 7, 8));
    assertThat(l)
        .isEqualTo(
            JsonLimits.defaults()
                .withMaxProblems(8)
                .withMaxNestingDepth(2)
                .withMaxDocumentBytes(1)
                .withMaxStringLength(3)
                .withMaxNumberLength(4)
                .withMaxNameLength(5)
                .withMaxArrayElements(6)
                .withMaxFieldsPerObject(7));
    assertThat(l).isNotEqualTo(l.withMaxProblems(9));
  }

  @Test
  void defaultsAreTheDocumentedConstants() {
    assertThat(JsonLimits.defaults())
        .hasToString(
            "JsonLimits{documentBytes=16777216, nestingDepth=32, stringLength=65536,"
                + " numberLength=40, nameLength=256, arrayElements=20000, fieldsPerObject=1000,"
                + " problems=100}");
  }
}

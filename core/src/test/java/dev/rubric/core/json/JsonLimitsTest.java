package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
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
    assertThat(p.message()).contains("String value length").contains("65536");
  }

  @Test
  void numberWithAThousandDigitsIsRefused() {
    String text = "{\"schemaVersion\":" + "9".repeat(1000) + "}";
    Problem p = onlyProblem(RubricJson.standard().readScorecard(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_LIMIT_EXCEEDED);
    assertThat(p.message()).contains("Number value length").contains("40");
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
}

package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.fixtures.Plans;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON is UTF-8: other encodings, malformed bytes and lone surrogates are located problems. */
class EncodingTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();
  private static final String CARD =
      JSON.writeScorecard(Plans.card(PLAN).rate("model-serving", 3, "Rolled back").build());

  private static Problem onlyProblem(ReadResult<?> read) {
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems()).hasSize(1);
    return read.problems().get(0);
  }

  private static byte[] bytes(String text, String charset, byte... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(Charset.forName(charset)));
    return out.toByteArray();
  }

  static Stream<Arguments> otherEncodings() {
    return Stream.of(
        Arguments.of("UTF-16BE with BOM", bytes(CARD, "UTF-16BE", (byte) 0xFE, (byte) 0xFF)),
        Arguments.of("UTF-16LE with BOM", bytes(CARD, "UTF-16LE", (byte) 0xFF, (byte) 0xFE)),
        Arguments.of("UTF-16BE", bytes(CARD, "UTF-16BE")),
        Arguments.of("UTF-16LE", bytes(CARD, "UTF-16LE")),
        Arguments.of("UTF-32BE", bytes(CARD, "UTF-32BE")),
        Arguments.of("UTF-32LE", bytes(CARD, "UTF-32LE")),
        Arguments.of(
            "UTF-32BE with BOM",
            bytes(CARD, "UTF-32BE", (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF)),
        Arguments.of(
            "UTF-32LE with BOM",
            bytes(CARD, "UTF-32LE", (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherEncodings")
  void utf16AndUtf32AreRefused(String name, byte[] document) {
    Problem p = onlyProblem(JSON.readScorecard(document));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.path()).isEmpty();
    assertThat(p.message())
        .startsWith("The document is not UTF-8")
        .contains("Save the document as UTF-8");
    List<Problem> treeProblems = new ArrayList<>();
    assertThat(JsonTrees.parse(document, treeProblems)).isNull();
    assertThat(treeProblems)
        .singleElement()
        .extracting(Problem::code)
        .isEqualTo(ProblemCodes.JSON_ENCODING);
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    byte[] document = bytes(CARD, "UTF-8", (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(JSON.readScorecard(document).problems()).isEmpty();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("stray continuation byte", new byte[] {(byte) 0x80}),
        Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("cut-off sequence", new byte[] {(byte) 0xE2, (byte) 0x82}),
        Arguments.of("Latin-1 e acute", new byte[] {(byte) 0xE9}),
        Arguments.of(
            "beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedUtf8IsRefusedWithItsOffset(String name, byte[] bad) {
    String before = "{\"schemaVersion\":1,\"candidateId\":\"c";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    out.writeBytes(bad);
    out.writeBytes("\"}".getBytes(UTF_8));
    Problem p = onlyProblem(JSON.readScorecard(out.toByteArray()));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.message()).contains("at offset " + before.length());
  }

  @Test
  void aLoneSurrogateEscapeIsRefusedAtItsPath() {
    String text = CARD.replace("\"Rolled back\"", "\"c\\ud800\"");
    ReadResult<Scorecard> read = JSON.readScorecard(text);
    Problem p = onlyProblem(read);
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.path()).isEqualTo("/ratings/0/evidence");
    assertThat(p.message()).contains("lone surrogate (\\ud800) at character 1");
  }

  @Test
  void aLoneSurrogateInAnIdIsReportedOnceAsAnEncodingProblem() {
    ReadResult<Scorecard> read = JSON.readScorecard(CARD.replace("\"cand-1\"", "\"\\udc00x\""));
    assertThat(onlyProblem(read).code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(read.problems().get(0).path()).isEqualTo("/candidateId");
  }

  @Test
  void aLoneSurrogateInAFieldNameIsRefused() {
    String text = CARD.replace("\"schemaVersion\"", "\"v\\udbff\" : 1, \"schemaVersion\"");
    Problem p = onlyProblem(JSON.readScorecard(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.message()).contains("surrogate");
  }

  @Test
  void aPairedSurrogateEscapeIsAnEmojiAndReads() {
    String text = CARD.replace("\"Rolled back\"", "\"ok \\ud83d\\ude00\"");
    assertThat(JSON.readScorecard(text).orElseThrow().ratings().get(0).evidence())
        .isEqualTo("ok \uD83D\uDE00");
  }

  @Test
  void aStringHoldingALoneSurrogateIsRefusedNotTurnedIntoAQuestionMark() {
    String text = CARD.replace("Rolled back", "c\ud800");
    Problem p = onlyProblem(JSON.readScorecard(text));
    assertThat(p.code()).isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(p.message()).contains("lone surrogate (\\ud800)");
    assertThat(onlyProblem(JSON.readPlan("{\"id\":\"\udfff\"}")).code())
        .isEqualTo(ProblemCodes.JSON_ENCODING);
    assertThat(onlyProblem(JSON.readScorecards("[\"\ud800\"]")).code())
        .isEqualTo(ProblemCodes.JSON_ENCODING);
  }

  /**
   * Found by a review: the scorecard writers wrote evidence holding a lone surrogate into a
   * document their own reader refuses (and whose UTF-8 bytes hold {@code ?} in its place), while
   * {@code EvaluationJson.write} refused it. Every document writer refuses it, naming the value.
   */
  @Test
  void everyWriterRefusesALoneSurrogateNamingItsPointer() {
    Scorecard card = Plans.card(PLAN).rate("model-serving", 3, "x\ud800y").build();
    Scorecard fine = Plans.card(PLAN).rate("model-serving", 3, "fine").build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.writeScorecard(card))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/ratings/0/evidence")
        .hasMessageContaining("lone surrogate");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JSON.writeScorecards(List.of(fine, card)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/scorecards/1/ratings/0/evidence")
        .hasMessageContaining("lone surrogate");
    InterviewPlan plan =
        Plans.minimal().profile(Plans.profile().title("Plan \udc00").build()).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.writePlan(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/profile/title")
        .hasMessageContaining("lone surrogate");
    // A pair is a character, and is written.
    assertThat(
            JSON.writeScorecard(Plans.card(PLAN).rate("model-serving", 3, "\ud83d\ude00").build()))
        .contains("\ud83d\ude00");
  }
}

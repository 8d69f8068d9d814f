package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.card;
import static dev.rubric.scoring.Packets.packet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.json.EvaluationJson;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation's JSON at the edges: exact integers, UTF-8 only, every accepted string written
 * back, a capped problem report, and evaluations that do not depend on the order of ratings.
 */
class EvaluationJsonEdgeTest {
  private static final InterviewPlan PLAN = Packets.plan();

  private static Evaluation evaluation(List<Scorecard> cards) {
    return Evaluator.standard().evaluate(PLAN, cards);
  }

  private static String written() {
    return EvaluationJson.write(evaluation(packet(PLAN, 4, 3, 4, 4, 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0000000000000001", "0.99999999999999999", "1e-400"})
  void aSchemaVersionThatOnlyLooksLikeOneIsRefused(String near) {
    String text = written().replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : " + near);
    assertThat(EvaluationJson.read(text.getBytes(UTF_8)).problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.JSON_UNSUPPORTED_VERSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "10e-1"})
  void aSchemaVersionWrittenAsAnExactDecimalIsOne(String one) {
    String text = written().replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : " + one);
    assertThat(EvaluationJson.read(text.getBytes(UTF_8)).problems()).isEmpty();
  }

  /**
   * Replaces the top-level {@code "schemaVersion" : 1} of an indented document, or removes the
   * field when {@code version} is empty.
   */
  private static byte[] withVersion(String document, String version) {
    String replaced =
        version.isEmpty()
            ? document.replaceFirst("\"schemaVersion\" : 1,\\s*", "")
            : document.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : " + version);
    assertThat(replaced).isNotEqualTo(document);
    return replaced.getBytes(UTF_8);
  }

  /**
   * The evaluation's schemaVersion is checked as every Rubric document's: the same problems (code,
   * path, message) as in a scorecard and a plan with the same version, a missing one included.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2", "0", "-1", "1.5", "1e-400", "\"1\"", "true", "[1]", "null", ""})
  void aWrongSchemaVersionIsTheSameProblemAsInEveryRubricDocument(String version) {
    Evaluation e = evaluation(packet(PLAN, 4, 3, 4, 4, 3));
    List<Problem> fromEvaluation =
        EvaluationJson.read(withVersion(EvaluationJson.write(e), version)).problems();
    List<Problem> fromScorecard =
        RubricJson.standard()
            .readScorecard(
                withVersion(
                    RubricJson.standard().writeScorecard(e.scorecards().get(0).scorecard()),
                    version))
            .problems();
    List<Problem> fromPlan =
        RubricJson.standard()
            .readPlan(withVersion(RubricJson.standard().writePlan(PLAN), version))
            .problems();
    assertThat(fromEvaluation).isNotEmpty().isEqualTo(fromScorecard).isEqualTo(fromPlan);
    assertThat(fromEvaluation.get(0).path()).isEqualTo("/schemaVersion");
  }

  /**
   * A scorecard inside an evaluation is read from the evaluation's own tree by the scorecard
   * reader: the same problems as the scorecard alone, each located (path and message) where it is
   * in the evaluation.
   */
  @Test
  void aScorecardInsideAnEvaluationIsReadWithTheScorecardReadersProblems() {
    Evaluation e = evaluation(packet(PLAN, 4, 3, 4, 4, 3));
    Scorecard card = e.scorecards().get(1).scorecard();
    String broken =
        RubricJson.standard()
            .writeScorecard(card)
            .replaceFirst("\"level\" : (\\d)", "\"level\" : \"$1\"")
            .replaceFirst("\"submittedAt\" : \"", "\"submittedAt\" : \"x");
    List<Problem> alone = RubricJson.standard().readScorecard(broken).problems();
    ObjectNode tree = (ObjectNode) readTree(EvaluationJson.write(e));
    ((ObjectNode) tree.get("scorecards").get(1)).set("scorecard", readTree(broken));
    List<Problem> inside = EvaluationJson.read(tree.toString().getBytes(UTF_8)).problems();
    assertThat(alone)
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_WRONG_TYPE, "/ratings/0/level"),
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_INVALID_VALUE, "/submittedAt"));
    String at = "/scorecards/1/scorecard";
    assertThat(inside)
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                at + "/ratings/0/level",
                alone.get(0).message().replace("/ratings/0/level", at + "/ratings/0/level")),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_INVALID_VALUE, at + "/submittedAt", alone.get(1).message()));
  }

  @Test
  void aScorecardBothUsedAndCalibrationOnlyIsRefused() {
    String text =
        written().replaceFirst("\"used\" : true,", "\"used\" : true, \"calibrationOnly\" : true,");
    assertThat(EvaluationJson.read(text.getBytes(UTF_8)).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/scorecards/0",
                "a scorecard is used or calibration-only, not both"));
  }

  /** Scores that name one competency twice are a problem at their path, never an exception. */
  @Test
  void scoresNamingACompetencyTwiceAreRefusedAtTheirPath() {
    ObjectNode tree = (ObjectNode) readTree(written());
    com.fasterxml.jackson.databind.node.ArrayNode competencies =
        (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("scores").get("competencies");
    String twice = competencies.get(0).get("competencyId").asText();
    competencies.add(competencies.get(0).deepCopy());
    ReadResult<Evaluation> read = EvaluationJson.read(tree.toString().getBytes(UTF_8));
    assertThat(read.value()).isEmpty();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/scores",
                "scores hold competency '" + twice + "' more than once"));
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (JsonProcessingException ex) {
      throw new AssertionError(ex);
    }
  }

  @Test
  void aNearIntegerLevelIsRefusedAtItsPath() {
    String text = written().replaceFirst("\"level\" : (\\d)", "\"level\" : $1.0000000000000001");
    ReadResult<Evaluation> read = EvaluationJson.read(text.getBytes(UTF_8));
    assertThat(read.problems()).extracting(Problem::code).contains(ProblemCodes.JSON_NOT_INTEGER);
  }

  @Test
  void utf16IsRefused() {
    ReadResult<Evaluation> read =
        EvaluationJson.read(written().getBytes(Charset.forName("UTF-16")));
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_ENCODING, ""));
  }

  @Test
  void aLoneSurrogateIsRefusedAtItsPath() {
    String text =
        written().replaceFirst("\"planId\" : \"([^\"]*)\"", "\"planId\" : \"$1\\\\ud800\"");
    ReadResult<Evaluation> read = EvaluationJson.read(text.getBytes(UTF_8));
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.JSON_ENCODING, "/planId"));
  }

  static Stream<String> texts() {
    return Stream.of(
        "emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD",
        "astral \uD835\uDD04 \uD840\uDC00",
        "escapes \" \\ / \n\t\u0000\u001b\u2028\u202e",
        "日本語");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyStringIsWrittenBack(String text) {
    List<Scorecard> cards = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3));
    cards.add(card(PLAN, "erin", "deploy").rate("serving", 3, text).build());
    Evaluation e = evaluation(cards);
    ReadResult<Evaluation> read = EvaluationJson.read(EvaluationJson.write(e).getBytes(UTF_8));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(e);
  }

  @Test
  void aFloodOfUnknownFieldsIsCutAtOneHundredAndOneMore() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      extra.append("\"u").append(i).append("\" : 0, ");
    }
    String text = written().replaceFirst("\\{", "{" + extra);
    ReadResult<Evaluation> read = EvaluationJson.read(text.getBytes(UTF_8));
    assertThat(read.problems()).hasSize(101);
    assertThat(read.problems().get(100).code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(read.problems().get(100).message()).startsWith("400 more problems were found");
  }

  @Test
  void evaluationsDoNotDependOnTheOrderOfRatings() {
    Scorecard forward =
        card(PLAN, "erin", "deploy").rate("serving", 3, "a").rate("monitoring", 2, "b").build();
    Scorecard backward =
        card(PLAN, "erin", "deploy").rate("monitoring", 2, "b").rate("serving", 3, "a").build();
    List<Scorecard> one = new ArrayList<>(packet(PLAN, 4, 3, 4, 4, 3));
    List<Scorecard> two = new ArrayList<>(one);
    one.add(forward);
    two.add(backward);
    assertThat(evaluation(one)).isEqualTo(evaluation(two));
    assertThat(EvaluationJson.write(evaluation(one)))
        .isEqualTo(EvaluationJson.write(evaluation(two)));
  }
}

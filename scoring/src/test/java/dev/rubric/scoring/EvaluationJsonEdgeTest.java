package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.card;
import static dev.rubric.scoring.Packets.packet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
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

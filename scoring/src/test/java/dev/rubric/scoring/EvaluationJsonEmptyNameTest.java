package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.json.ReadResult;
import dev.rubric.scoring.json.EvaluationJson;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An empty string where the evaluation names a constant (an outcome, a reason code, a gap's kind, a
 * timeline status, a problem's severity) is a located problem, as any other name that is not a
 * constant: never an element silently left out, never an unlocated "could not be read".
 */
class EvaluationJsonEmptyNameTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void anEmptyNameIsALocatedProblem() throws IOException {
    InterviewPlan plan = Packets.breadthDepthPlan();
    JsonNode tree =
        MAPPER.readTree(
            EvaluationJson.write(Evaluator.standard().evaluate(plan, packet(plan, 2, 4, 4, 4, 2))));
    Map<String, String> fields =
        Map.of(
            "/overall/basis", "ScoreBasis",
            "/breadthDepth/shape", "Shape",
            "/breadthDepth/gaps/0/kind", "GapKind",
            "/decision/outcome", "Outcome",
            "/decision/reasons/0/code", "ReasonCode");
    fields.forEach(
        (pointer, type) -> {
          JsonNode copy = tree.deepCopy();
          int slash = pointer.lastIndexOf('/');
          JsonNode parent = copy.at(pointer.substring(0, slash));
          assertThat(parent.isObject()).as(pointer).isTrue();
          ((ObjectNode) parent).put(pointer.substring(slash + 1), "");
          ReadResult<Evaluation> read;
          try {
            read = EvaluationJson.read(MAPPER.writeValueAsBytes(copy));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertThat(read.isOk()).as(pointer).isFalse();
          assertThat(read.problems())
              .as(pointer)
              .extracting(Problem::code, Problem::path, Problem::message)
              .contains(
                  org.assertj.core.groups.Tuple.tuple(
                      ProblemCodes.JSON_INVALID_VALUE, pointer, "'' is not a " + type + "."));
        });
  }
}

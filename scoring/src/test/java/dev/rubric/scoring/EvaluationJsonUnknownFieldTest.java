package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.card;
import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.FieldFaults;
import dev.rubric.scoring.json.EvaluationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation reader is strict at every level: a field it does not know, placed in any object of
 * a written evaluation, is one located {@code JSON_UNKNOWN_FIELD} problem at that object's path,
 * never silently dropped.
 */
class EvaluationJsonUnknownFieldTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXTRA = "zz_extra";

  private static List<Evaluation> evaluations() {
    InterviewPlan plan = Packets.plan();
    List<Scorecard> cards = new ArrayList<>(packet(plan, 4, 3, 4, 4, 3));
    cards.add(card(plan, "erin", "nowhere").rate("serving", 1, "x").build());
    cards.add(card(plan, "gina", "comms").rate("comms", 7, "x").build());
    return List.of(
        Evaluator.standard()
            .evaluate(
                Packets.breadthDepthPlan(), packet(Packets.breadthDepthPlan(), 2, 4, 4, 4, 2)),
        Evaluator.standard().evaluate(plan, cards),
        Evaluator.standard().evaluate(plan, packet(plan, 4, 3, 4, 4, 3)));
  }

  @Test
  void anUnknownFieldInAnyObjectIsALocatedProblem() throws IOException {
    int checked = 0;
    int figures = 0;
    for (Evaluation e : evaluations()) {
      String json = EvaluationJson.write(e);
      JsonNode tree = MAPPER.readTree(json);
      List<String> paths = FieldFaults.objectPaths(tree, false);
      for (String path : paths) {
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) (path.isEmpty() ? copy : copy.at(path))).put(EXTRA, 1);
        var result =
            EvaluationJson.read(MAPPER.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));

        if (path.endsWith("/figures")) {
          // A reason's figures are an open map of named numbers: a new name is a new figure.
          assertThat(EvaluationJson.write(result.orElseThrow()))
              .as(path)
              .contains("\"" + EXTRA + "\" : 1.0");
          figures++;
          continue;
        }
        assertThat(result.isOk()).as(path).isFalse();
        assertThat(result.problems())
            .as(path)
            .extracting(Problem::code, Problem::path)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(
                    ProblemCodes.JSON_UNKNOWN_FIELD, path + "/" + EXTRA));
        checked++;
      }
      assertThat(EvaluationJson.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow())
          .isEqualTo(e);
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(figures).isPositive();
  }
}

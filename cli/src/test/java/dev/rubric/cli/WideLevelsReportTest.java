package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scale may use any ints as its levels: with levels of nine and ten digits, `compare`'s text
 * tables keep their columns, each as wide as its widest entry.
 */
class WideLevelsReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FACTOR = 500_000_000;
  private static final Set<String> LEVEL_FIELDS =
      Set.of("value", "hireLine", "targetLevel", "bar", "mustHaveBar", "level");

  @TempDir Path dir;

  @Test
  void compareKeepsItsColumnsWhenLevelsAreLarge() throws IOException {
    JsonNode plan = JSON.readTree(Path.of("../examples/plans/ml-engineer.json").toFile());
    scale(plan);
    byte[] planBytes = JSON.writeValueAsBytes(plan);
    Path planFile = Files.write(dir.resolve("plan.json"), planBytes);
    String fingerprint = RubricJson.standard().readPlan(planBytes).orElseThrow().fingerprint();
    List<String> args = new ArrayList<>(List.of("compare", "--plan", planFile.toString()));
    for (String name : List.of("split-panel", "t-shaped-engineer", "researcher-who-cannot-ship")) {
      JsonNode cards = JSON.readTree(Path.of("../examples/candidates/" + name + ".json").toFile());
      scale(cards);
      for (JsonNode card : cards.get("scorecards")) {
        ((ObjectNode) card).put("planFingerprint", fingerprint);
      }
      Path file = dir.resolve(name + ".json");
      JSON.writeValue(file.toFile(), cards);
      args.add(file.toString());
    }

    CommandRun run = CommandRun.of(args.toArray(new String[0]));

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> lines = run.out.lines().toList();
    int table =
        lines.indexOf(lines.stream().filter(l -> l.contains("#  candidate")).findFirst().get());
    int scoreEnd = lines.get(table).indexOf("score") + "score".length();
    for (String row : lines.subList(table + 1, table + 4)) {
      assertThat(row.charAt(scoreEnd - 1)).as(row).isNotEqualTo(' ');
      assertThat(row.charAt(scoreEnd)).as(row).isEqualTo(' ');
    }
    // the scores are ten-digit numbers, wider than the header's "score"
    assertThat(lines.subList(table + 1, table + 4))
        .anyMatch(row -> row.matches(".*\\s-?[0-9]{10}\\.[0-9]{2}\\s.*"));
    int matrix =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("  competency")).findFirst().get());
    List<String> rows = new ArrayList<>();
    for (int i = matrix; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      rows.add(lines.get(i));
    }
    assertThat(rows).hasSizeGreaterThan(12);
    assertThat(rows).extracting(String::length).containsOnly(rows.get(0).length());
  }

  /** Multiplies every level of a plan or a scorecard list, and the plan's anchor keys. */
  private static void scale(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> e : List.copyOf(object.properties())) {
        if (LEVEL_FIELDS.contains(e.getKey()) && e.getValue().isInt()) {
          object.set(e.getKey(), IntNode.valueOf(e.getValue().intValue() * FACTOR));
        } else if (e.getKey().equals("anchors")) {
          ObjectNode anchors = JSON.createObjectNode();
          e.getValue()
              .properties()
              .forEach(a -> anchors.set(Integer.parseInt(a.getKey()) * FACTOR + "", a.getValue()));
          object.set("anchors", anchors);
        } else {
          scale(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(WideLevelsReportTest::scale);
    }
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Law: whatever value a field of the bundled plan holds, `validate`, `evaluate` (with a clock and a
 * debrief) and `compare` either work or refuse the plan with located lines: exit 0 or 1, never an
 * unexpected error. Each number of the plan takes each extreme a JSON number can hold, each
 * deadline and approval time its extremes, and every weight together the largest and the smallest
 * double (a deadline that overflowed the clock and weights whose sum overflowed were found this
 * way). The candidates are stamped with each plan's fingerprint, so that they are evaluated.
 */
class HostilePlanValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final List<String> CANDIDATES =
      List.of(
          "../examples/candidates/split-panel.json",
          "../examples/candidates/t-shaped-engineer.json");
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "-1",
          "0.5",
          "2147483647",
          "-2147483648",
          "1.7976931348623157e308",
          "-1.7976931348623157e308",
          "4.9e-324");
  private static final List<String> DEADLINES =
      List.of(
          "PT0.000000001S", "PT87649415H59M59.999999999S", "PT87649416H", "PT2562047788015215H");
  private static final List<String> TIMES =
      List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z");

  @TempDir Path dir;

  @Test
  void everyExtremeValueOfThePlanIsEvaluatedOrRefusedWithLocatedLines() throws IOException {
    JsonNode plan = JSON.readTree(Path.of(PLAN).toFile());
    List<String> numbers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    leaves(plan, "", numbers, texts);
    assertThat(numbers).hasSizeGreaterThan(50);
    List<String> failures = new ArrayList<>();
    int plans = 0;
    for (String path : numbers) {
      for (String value : NUMBERS) {
        failures.addAll(run(plan, path + " = " + value, p -> set(p, path, number(value))));
        plans++;
      }
    }
    for (String path : texts) {
      for (String value : path.endsWith("Within") ? DEADLINES : TIMES) {
        failures.addAll(
            run(plan, path + " = " + value, p -> set(p, path, TextNode.valueOf(value))));
        plans++;
      }
    }
    for (String value : List.of("1.7976931348623157e308", "1e308", "4.9e-324")) {
      failures.addAll(
          run(
              plan,
              "every weight = " + value,
              p -> {
                for (JsonNode r : p.at("/profile/requirements")) {
                  ((ObjectNode) r).set("weight", number(value));
                }
              }));
      plans++;
    }

    assertThat(plans).isGreaterThan(400);
    assertThat(failures).isEmpty();
  }

  /** The problems of one mutated plan's runs, each naming the mutation and the command. */
  private List<String> run(JsonNode original, String what, Consumer<JsonNode> change)
      throws IOException {
    JsonNode plan = original.deepCopy();
    change.accept(plan);
    byte[] bytes = JSON.writeValueAsBytes(plan);
    Path planFile = Files.write(dir.resolve("plan.json"), bytes);
    String fingerprint =
        RubricJson.standard().readPlan(bytes).value().map(InterviewPlan::fingerprint).orElse("");
    List<String> cards = new ArrayList<>();
    for (String candidate : CANDIDATES) {
      String text = Files.readString(Path.of(candidate), StandardCharsets.UTF_8);
      if (!fingerprint.isEmpty()) {
        text =
            text.replaceAll(
                "\"planFingerprint\" : \"[^\"]*\"",
                "\"planFingerprint\" : \"" + fingerprint + "\"");
      }
      cards.add(Files.writeString(dir.resolve(Path.of(candidate).getFileName()), text).toString());
    }
    String p = planFile.toString();
    List<String[]> commands =
        List.of(
            new String[] {"validate", p},
            new String[] {
              "evaluate",
              "--plan",
              p,
              cards.get(0),
              "--as-of",
              "2026-11-20T17:00:00Z",
              "--debrief-at",
              "2026-11-19T00:00:00Z"
            },
            new String[] {"compare", "--plan", p, cards.get(0), cards.get(1), "--format", "json"});
    List<String> problems = new ArrayList<>();
    for (String[] command : commands) {
      CommandRun run = CommandRun.of(command);
      if (run.exitCode > 1 || run.err.contains("unexpected error")) {
        problems.add(what + ": " + command[0] + " exited " + run.exitCode + ": " + run.err);
      } else if (run.exitCode == 0 && run.out.isEmpty()) {
        problems.add(what + ": " + command[0] + " exited 0 and printed nothing");
      }
    }
    return problems;
  }

  private static JsonNode number(String value) {
    try {
      return JSON.readTree(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(value, e);
    }
  }

  /** The JSON pointers of the plan's numbers, and of its deadlines and approval times. */
  private static void leaves(JsonNode node, String path, List<String> numbers, List<String> texts) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(e.getValue(), path + "/" + e.getKey(), numbers, texts);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), path + "/" + i, numbers, texts);
      }
    } else if (node.isNumber()) {
      numbers.add(path);
    } else if (node.isTextual() && (path.endsWith("Within") || path.endsWith("approvedAt"))) {
      texts.add(path);
    }
  }

  private static void set(JsonNode root, String path, JsonNode value) {
    int slash = path.lastIndexOf('/');
    JsonNode parent = root.at(path.substring(0, slash));
    String last = path.substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }
}

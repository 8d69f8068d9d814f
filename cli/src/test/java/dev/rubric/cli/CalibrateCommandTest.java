package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String HISTORY = "../examples/data/history.json";

  @TempDir Path dir;

  @Test
  void findsThePlantedLenientAndSevereInterviewersFirst() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith(
            "Interviewer calibration: 480 scorecards given, 480 used, 0 rejected; 12"
                + " interviewers, 2 flagged\n"
                + "Flag rule: flagged when the Holm-adjusted p < 0.05 and |shrunk offset| >= 0.25"
                + " levels, with at least 5 comparisons (p from t = offset / standard error,"
                + " adjusted over the interviewers tested).\n"
                + "Comparable groups: 1; offsets are centred within each group and compare only"
                + " within one group.\n");
    String[] lines = run.out.split("\n");
    assertThat(lines[5]).startsWith("interviewer    group flag");
    assertThat(lines[6]).startsWith("iv-02              1 * LENIENT");
    assertThat(lines[7]).startsWith("iv-11              1 * SEVERE");
    assertThat(run.out.lines().filter(l -> l.contains("* "))).hasSize(2);
    assertThat(run.out).contains("\nScale use (descriptions, never flags");
    assertThat(run.out).contains("\nPanel sizing (reliability of one interviewer's rating");
    assertThat(run.out).doesNotContain("Rejected:");
  }

  @Test
  void jsonListsFlaggedInterviewersFirst() throws IOException {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", HISTORY);

    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("scorecardsGiven").asInt()).isEqualTo(480);
    assertThat(json.get("scorecardsUsed").asInt()).isEqualTo(480);
    assertThat(json.get("comparableGroups").asInt()).isEqualTo(1);
    assertThat(json.get("flagRule").asText()).startsWith("flagged when the Holm-adjusted p < 0.05");
    JsonNode first = json.get("interviewers").get(0);
    JsonNode second = json.get("interviewers").get(1);
    assertThat(first.get("interviewerId").asText()).isEqualTo("iv-02");
    assertThat(first.get("flag").asText()).isEqualTo("LENIENT");
    assertThat(first.get("flagged").asBoolean()).isTrue();
    assertThat(first.get("group").asInt()).isEqualTo(1);
    assertThat(first.get("offset").asDouble()).isPositive();
    assertThat(first.get("standardError").asDouble()).isPositive();
    assertThat(first.get("shrunkOffset").asDouble()).isPositive();
    assertThat(first.get("comparisons").asInt()).isPositive();
    assertThat(first.get("diagnostics")).hasSize(3);
    assertThat(second.get("interviewerId").asText()).isEqualTo("iv-11");
    assertThat(second.get("flag").asText()).isEqualTo("SEVERE");
    assertThat(json.get("interviewers").get(2).get("flagged").asBoolean()).isFalse();
    JsonNode sizing = json.get("panelSizing").get(0);
    assertThat(sizing.get("meanReliability")).hasSize(6);
    assertThat(sizing.get("interviewersNeeded").get(0).get("reliability").asDouble())
        .isEqualTo(0.7);
    assertThat(sizing.get("icc11").get("ci").get("lower").isNumber()).isTrue();
  }

  @Test
  void severalFilesAreOneHistory() throws IOException {
    String all = Files.readString(Path.of(HISTORY));
    CommandRun run =
        CommandRun.of(
            "calibrate", "--plan", PLAN, HISTORY, "../examples/candidates/split-panel.json");

    assertThat(all).isNotEmpty();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Interviewer calibration: 485 scorecards given");
  }

  @Test
  void theSameHistoryTwiceCountsOnceAndRejectionsAreCountedPerCause() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY, HISTORY);

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("Interviewer calibration: 960 scorecards given, 480 used, 480 rejected;");
    assertThat(run.out.lines().filter(l -> l.startsWith("Rejected")))
        .containsExactly("Rejected: 480 DUPLICATE_SCORECARD (details with --format json).");
  }

  @Test
  void scorecardsForAnotherPlanExitOneWithOneLine() throws IOException {
    String other =
        Files.readString(Path.of(HISTORY))
            .replaceAll(
                "\"planFingerprint\" *: *\"[^\"]*\"", "\"planFingerprint\": \"sha256:other\"");
    Path file = dir.resolve("other-plan.json");
    Files.writeString(file, other);

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err)
        .startsWith(
            "rubric: no usable scorecard among 480 given (480 FINGERPRINT_MISMATCH): the"
                + " plan's fingerprint is sha256:")
        .endsWith(", the scorecards name sha256:other\n");
  }

  @Test
  void htmlIsOneSelfContainedEscapedPage() throws IOException {
    String hostile =
        Files.readString(Path.of(HISTORY)).replace("\"iv-05\"", "\"<script>alert(1)</script>\"");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, hostile);

    CommandRun run =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "html", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(run.out).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(run.out).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(run.out)
        .contains("id=\"summary\"", "id=\"groups\"", "id=\"leniency\"", "id=\"scale-use\"")
        .contains("id=\"panel-sizing\"", "Flag rule: flagged when the Holm-adjusted p &lt; 0.05")
        .contains("compare only within one group");
  }

  @Test
  void idsHoldingHiddenCharactersAreRefusedAndShownAsEscapes() throws IOException {
    String hidden = Files.readString(Path.of(HISTORY)).replace("\"iv-05\"", "\"iv-\\u202e05\"");
    Path file = dir.resolve("hidden.json");
    Files.writeString(file, hidden);

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isOne();
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("CONTROL_CHARACTER")
        .contains("iv-\\u202e05")
        .doesNotContain("\u202e");
  }

  @Test
  void withoutRotationTheSeatsAreSeparateGroupsAndTheTextSaysSo() throws IOException {
    // Drop the candidates whose seats are shadowed from the next seat (h-003, h-007, ...).
    ObjectMapper mapper = new ObjectMapper();
    JsonNode all = mapper.readTree(Path.of(HISTORY).toFile());
    ArrayNode kept = mapper.createArrayNode();
    all.get("scorecards")
        .forEach(
            c -> {
              int n = Integer.parseInt(c.get("candidateId").asText().substring(2));
              if (n % 4 != 3) {
                kept.add(c);
              }
            });
    Path file = dir.resolve("seats.json");
    ObjectNode root = mapper.createObjectNode().put("schemaVersion", 1);
    root.set("scorecards", kept);
    Files.writeString(file, mapper.writeValueAsString(root));

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains(
            "Comparable groups: 4; offsets are centred within each group and compare only within"
                + " one group.\n  group 1: iv-01, iv-02, iv-03\n  group 2: iv-04, iv-05, iv-06\n");
  }

  @Test
  void missingFileIsRejected() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY, "gone.json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("rubric: cannot read gone.json: no such file\n");
  }

  @Test
  void malformedJsonIsRejected() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"scorecards\": [}");

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("rubric: " + file + ": ERROR ");
    assertThat(run.err.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("rubric: " + file + ": the scorecards are rejected with 1 error");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, "--min-z", "2", HISTORY);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("rubric: Unknown option: '--min-z' (see 'rubric calibrate --help')\n");
  }

  @Test
  void noScorecardFileIsAUsageError() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Missing required parameter: 'SCORECARDS.json' (see 'rubric calibrate"
                + " --help')\n");
  }

  @Test
  void helpDescribesTheCommand() {
    CommandRun run = CommandRun.of("calibrate", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: rubric calibrate").contains("--format=FORMAT");
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            "Interviewer calibration: 400 scorecards given, 400 used, 0 rejected; 12"
                + " interviewers, 2 flagged\n");
    String[] lines = run.out.split("\n");
    assertThat(lines[4]).startsWith("iv-11          * SEVERE");
    assertThat(lines[5]).startsWith("iv-02          * LENIENT");
    assertThat(run.out.lines().filter(l -> l.contains("* "))).hasSize(2);
  }

  @Test
  void jsonListsFlaggedInterviewersFirst() throws IOException {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", HISTORY);

    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("scorecardsUsed").asInt()).isEqualTo(400);
    JsonNode first = json.get("interviewers").get(0);
    JsonNode second = json.get("interviewers").get(1);
    assertThat(first.get("interviewerId").asText()).isEqualTo("iv-11");
    assertThat(first.get("flag").asText()).isEqualTo("SEVERE");
    assertThat(first.get("offset").asDouble()).isNegative();
    assertThat(second.get("interviewerId").asText()).isEqualTo("iv-02");
    assertThat(second.get("flag").asText()).isEqualTo("LENIENT");
    assertThat(json.get("interviewers").get(2).get("flagged").asBoolean()).isFalse();
  }

  @Test
  void severalFilesAreOneHistory() throws IOException {
    String all = Files.readString(Path.of(HISTORY));
    CommandRun run =
        CommandRun.of(
            "calibrate", "--plan", PLAN, HISTORY, "../examples/candidates/split-panel.json");

    assertThat(all).isNotEmpty();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Interviewer calibration: 405 scorecards given");
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

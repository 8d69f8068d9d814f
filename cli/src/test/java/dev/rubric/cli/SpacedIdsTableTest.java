package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id may hold spaces; in a text table it is quoted, so it reads as one cell. Found by a review:
 * a candidate id "cand-casey HIRE 4.00 0 all 6 met" printed in {@code compare}'s table as if it
 * were a row of its own, with the real columns pushed to the right.
 */
class SpacedIdsTableTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String SPOOF = "cand-casey  HIRE  4.00  0  all 6 met";

  @TempDir Path dir;

  @Test
  void compareQuotesACandidateIdHoldingSpaces() throws IOException {
    Path split =
        copy("../examples/candidates/split-panel.json", "\"cand-casey\"", "\"" + SPOOF + "\"");

    CommandRun run =
        CommandRun.of(
            "compare",
            "--plan",
            PLAN,
            split.toString(),
            "../examples/candidates/t-shaped-engineer.json");

    assertThat(run.exitCode).as(run.err).isZero();
    String row = run.out.lines().filter(l -> l.contains(SPOOF)).findFirst().orElseThrow();
    assertThat(row).matches("  +\\d  \"" + SPOOF + "\"  +NEEDS_DEBRIEF .*");
    assertThat(run.out).contains("\"" + SPOOF + "\"").doesNotContain(" " + SPOOF + " ");
  }

  @Test
  void calibrateQuotesAnInterviewerIdHoldingSpaces() throws IOException {
    Path history = copy("../examples/data/history.json", "\"iv-01\"", "\"iv-01  LENIENT\"");

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, history.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("\"iv-01  LENIENT\"").doesNotContain(" iv-01  LENIENT");
    assertThat(run.out.lines().filter(l -> l.startsWith("\"iv-01  LENIENT\"")).count())
        .as("each table row of the interviewer starts with the quoted id")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anIdIsQuotedOnlyWhenItHoldsASpaceAndItsQuotesAreEscaped() {
    assertThat(TableText.id("iv-01")).isEqualTo("iv-01");
    assertThat(TableText.id("Ruth Noor")).isEqualTo("\"Ruth Noor\"");
    assertThat(TableText.id("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThat(TableText.id("iv\n01")).isEqualTo("iv\\n01");
  }

  private Path copy(String file, String from, String to) throws IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace(from, to);
    Path out = dir.resolve(Path.of(file).getFileName());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    return out;
  }
}

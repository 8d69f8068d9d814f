package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of {@code audit}, {@code calibrate} and {@code export-ratings} on fixed inputs are
 * pinned byte for byte, in every format and through {@code --out}: how a command declares its
 * options and writes its rows may change, what it writes may not. Run with the environment variable
 * {@code RUBRIC_PIN_UPDATE=true} to rewrite the pinned copies after a change meant to change them.
 */
class ReportPinTest {
  private static final String PLAN = AuditInputs.PLAN;
  private static final String HISTORY = AuditInputs.HISTORY;

  @TempDir Path dir;

  private static String pinned(String name, String actual) {
    return PinnedText.of("/reports/" + name, actual);
  }

  private void assertPinned(String name, String... args) throws IOException {
    CommandRun run = CommandRun.of(args);
    assertThat(run.exitCode).as(name).isZero();
    assertThat(run.out).as(name).isEqualTo(pinned(name, run.out));
    Path out = dir.resolve(name);
    String[] toFile = java.util.Arrays.copyOf(args, args.length + 2);
    toFile[args.length] = "--out";
    toFile[args.length + 1] = out.toString();
    if (args[0].equals("calibrate")) {
      return; // calibrate takes no --out
    }
    CommandRun written = CommandRun.of(toFile);
    assertThat(written.exitCode).as(name).isZero();
    assertThat(written.out).as(name).isEmpty();
    assertThat(Files.readString(out, UTF_8)).as(name).isEqualTo(run.out);
  }

  @Test
  void auditReportsArePinned() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    String sites = AuditInputs.sites(dir, true);
    for (String format : new String[] {"text", "json", "html"}) {
      assertPinned(
          "audit-outcomes." + format,
          "audit",
          "--groups",
          files[0],
          "--outcomes",
          files[1],
          "--format",
          format);
      assertPinned(
          "audit-scorecards." + format,
          "audit",
          "--groups",
          sites,
          "--plan",
          PLAN,
          "--format",
          format,
          HISTORY);
    }
  }

  @Test
  void calibrateReportsArePinned() throws IOException {
    for (String format : new String[] {"text", "json", "html"}) {
      assertPinned("calibrate." + format, "calibrate", "--plan", PLAN, "--format", format, HISTORY);
    }
  }

  @Test
  void exportedRatingsArePinned() throws IOException {
    assertPinned("export-ratings.csv", "export-ratings", "--plan", PLAN, HISTORY);
    assertPinned(
        "export-ratings-one.csv",
        "export-ratings",
        "--plan",
        PLAN,
        "--competency",
        "drift-detection",
        HISTORY);
  }
}

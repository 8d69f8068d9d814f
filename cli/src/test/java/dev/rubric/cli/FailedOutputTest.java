package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report that cannot be written to standard output (a full disk, a closed pipe) is a failure:
 * found by a review, {@code export-ratings ... > /dev/full} exited 0 with nothing on standard
 * error, since {@link PrintStream} records write errors without throwing.
 */
class FailedOutputTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String CANDIDATE = "../examples/candidates/split-panel.json";
  private static final String HISTORY = "../examples/data/history.json";

  /** Every command that succeeds on the bundled inputs and writes its result to standard output. */
  static Stream<List<String>> commands() {
    return Stream.of(
        List.of("demo"),
        List.of("validate", PLAN),
        List.of("evaluate", "--plan", PLAN, CANDIDATE),
        List.of("evaluate", "--plan", PLAN, CANDIDATE, "--format", "json"),
        List.of("evaluate", "--plan", PLAN, CANDIDATE, "--format", "html"),
        List.of(
            "compare", "--plan", PLAN, CANDIDATE, "../examples/candidates/t-shaped-engineer.json"),
        List.of("calibrate", "--plan", PLAN, HISTORY, "--format", "json"),
        List.of(
            "agreement", "--metric", "alpha", "--level", "ordinal", "../examples/data/ratings.csv"),
        List.of("export-ratings", "--plan", PLAN, HISTORY),
        List.of("diff", PLAN, PLAN),
        List.of("--help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aFailedWriteIsReportedAndIsNotExitZero(List<String> args) {
    CommandRun fine = CommandRun.of(args.toArray(String[]::new));
    assertThat(fine.exitCode).as("the command succeeds when its output can be written").isZero();
    assertThat(fine.out).isNotEmpty();

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream full = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(String[]::new), full, e);
    }

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .endsWith(
            "rubric: cannot write standard output: the output was cut short (a full disk or a"
                + " closed pipe?), so it is incomplete\n");
  }

  /** An output stream that fails every write, as /dev/full does. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpListsTheCommandsAndExitCodes() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    // The description column starts after the longest command name, so match any spacing.
    assertThat(run.out)
        .startsWith("Usage: rubric [-hV] [COMMAND]")
        .containsPattern("\n  demo +Evaluate the three bundled candidates")
        .containsPattern("\n  validate +Validate an interview plan")
        .containsPattern(
            "\n  evaluate +Evaluate a candidate's scorecards against an interview plan")
        .containsPattern("\n  agreement +Measure inter-rater agreement")
        .containsPattern("\n  calibrate +Calibrate interviewers: each one's leniency over a")
        .containsPattern("\n  audit +Audit a selection step for adverse impact")
        .containsPattern("\n  export-ratings +Export a scorecard history as the wide ratings CSV")
        .contains("Exit codes: 0 ok, 1 input rejected, 2 usage error.");
  }

  @Test
  void versionPrintsTheMavenVersion() {
    CommandRun run = CommandRun.of("--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).matches("rubric \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRun run = CommandRun.of();

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("rubric: Missing required subcommand (see 'rubric --help')\n");
  }

  @Test
  void misspelledCommandIsAUsageErrorWithASuggestion() {
    CommandRun run = CommandRun.of("valdate", "plan.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Unmatched arguments from index 0: 'valdate', 'plan.json'; did you mean"
                + " validate or evaluate or calibrate? (see 'rubric --help')\n");
  }

  @Test
  void unknownTopLevelOptionIsAUsageError() {
    CommandRun run = CommandRun.of("--frobnicate");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("rubric: Unknown option: '--frobnicate' (see 'rubric --help')\n");
  }

  @Test
  void runningOutOfHeapIsOneLineSayingHowToGiveJavaMore() {
    // Found by the command-line audit: calibrate of a history too large for the heap ended with
    // "Exception in thread "main" java.lang.OutOfMemoryError: Java heap space" and a stack trace.
    StringWriter err = new StringWriter();

    int code =
        Main.guarded(
            new PrintWriter(err),
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("rubric: out of memory: the input needs more than the ")
        .endsWith(
            " MiB the Java heap may use; give java a larger heap, for example java -Xmx4g -jar"
                + " rubric.jar ...\n")
        .doesNotContain("OutOfMemoryError")
        .hasLineCount(1);
  }

  @Test
  void aStackOverflowOrAnyOtherErrorIsOneLineWithoutItsClassName() {
    StringWriter overflow = new StringWriter();
    StringWriter other = new StringWriter();

    int overflowCode =
        Main.guarded(
            new PrintWriter(overflow),
            () -> {
              throw new StackOverflowError();
            });
    int otherCode =
        Main.guarded(
            new PrintWriter(other),
            () -> {
              throw new AssertionError("the ratings must add up\u001b[2J");
            });

    assertThat(overflowCode).isEqualTo(1);
    assertThat(overflow.toString())
        .isEqualTo(
            "rubric: unexpected error: the input nests too deeply for the stack; give java a"
                + " larger stack, for example java -Xss8m -jar rubric.jar ...\n");
    assertThat(otherCode).isEqualTo(1);
    assertThat(other.toString())
        .isEqualTo("rubric: unexpected error: the ratings must add up\\u001b[2J\n");
  }

  @Test
  void oneLineFoldsLineBreaksAndSurroundingSpace() {
    assertThat(OneLineErrors.oneLine(" first\n  second\r\nthird ")).isEqualTo("first second third");
    assertThat(OneLineErrors.oneLine(null)).isEmpty();
  }

  @Test
  void describeShowsTheMessageOnOneLineWithoutTheExceptionClassName() {
    assertThat(OneLineErrors.describe(new IllegalStateException("a\nb\u001b")))
        .isEqualTo("a\\nb\\u001b");
    assertThat(OneLineErrors.describe(new IllegalStateException())).isEqualTo("no detail given");
    assertThat(OneLineErrors.describe(new NullPointerException(" "))).isEqualTo("no detail given");
  }
}

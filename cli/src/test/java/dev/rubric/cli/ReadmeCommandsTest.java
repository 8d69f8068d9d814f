package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every command the README shows, as a user would: each line {@code $ java -jar
 * cli/target/rubric.jar ARGS} runs {@code ARGS} in a new JVM whose working directory is the
 * repository root, with standard output and error piped.
 *
 * <p>The exit code must be the one the README states at the end of a line ({@code (exit 1)}, {@code
 * (standard error; exit 1)}), 0 when it states none. Every output line the README shows under the
 * command must be printed (to standard error when the README says so) in the order shown: the lines
 * shown for standard output in turn in the output followed by standard error, those marked as
 * standard error in turn in standard error. {@code ...} in a line stands for any text, a line of
 * {@code ...} for lines left out and {@code <64 hex digits>} for a fingerprint's digits. Piped
 * output never holds an ANSI escape.
 */
class ReadmeCommandsTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String PROMPT = "    $ java -jar cli/target/rubric.jar ";
  private static final Pattern ANNOTATION =
      Pattern.compile("\\s+\\((standard error)?(; )?(exit (\\d))?\\)\\s*$");

  /** One shown command: its arguments, stated exit code and shown output lines. */
  record Shown(int line, List<String> args, int exitCode, List<Expected> output) {}

  /** One shown output line and whether the README places it on standard error. */
  record Expected(String text, boolean standardError) {}

  static List<Shown> shown(List<String> readme) {
    List<Shown> commands = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (!line.startsWith(PROMPT)) {
        continue;
      }
      int start = i;
      List<Expected> output = new ArrayList<>();
      int exitCode = 0;
      for (i++; i < readme.size(); i++) {
        String next = readme.get(i);
        if (next.startsWith(PROMPT) || (!next.isBlank() && !next.startsWith("    "))) {
          i--;
          break;
        }
        if (next.isBlank() || next.strip().equals("...")) {
          continue;
        }
        Matcher note = ANNOTATION.matcher(next);
        boolean standardError = false;
        String text = next.substring(4);
        if (note.find()) {
          standardError = note.group(1) != null;
          if (note.group(4) != null) {
            exitCode = Integer.parseInt(note.group(4));
          }
          text = text.substring(0, text.length() - (next.length() - note.start()));
        }
        output.add(new Expected(text, standardError));
      }
      List<String> args = List.of(line.substring(PROMPT.length()).strip().split(" +"));
      commands.add(new Shown(start + 1, args, exitCode, output));
    }
    return commands;
  }

  /** The shown line as a pattern: {@code ...} is any text, {@code <64 hex digits>} the digits. */
  static Pattern pattern(String shown) {
    StringBuilder regex = new StringBuilder();
    String[] parts = shown.split("\\.\\.\\.", -1);
    for (int p = 0; p < parts.length; p++) {
      if (p > 0) {
        regex.append(".*");
      }
      String[] hex = parts[p].split("<64 hex digits>", -1);
      for (int h = 0; h < hex.length; h++) {
        if (h > 0) {
          regex.append("[0-9a-f]{64}");
        }
        regex.append(Pattern.quote(hex[h]));
      }
    }
    return Pattern.compile(regex.toString());
  }

  @TestFactory
  List<DynamicTest> everyCommandOfTheReadmeRunsAsShown() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (Shown command : shown(readme)) {
      tests.add(
          DynamicTest.dynamicTest(
              "README line " + command.line() + ": rubric " + String.join(" ", command.args()),
              () -> check(command)));
    }
    assertThat(tests).hasSizeGreaterThan(10);
    return tests;
  }

  @Test
  void shownLinesMustBePrintedInTheOrderShown() {
    List<Expected> shown = List.of(new Expected("first ...", false), new Expected("second", false));
    assertThat(firstNotPrinted(shown, "first line\nsecond\n", "")).isEmpty();
    assertThat(firstNotPrinted(shown, "second\nfirst line\n", ""))
        .contains("second (printed, but before the line shown above it)");
    assertThat(firstNotPrinted(shown, "first line\n", "")).contains("second");
  }

  @Test
  void linesShownOnStandardErrorAreLookedForThereInTurn() {
    List<Expected> shown =
        List.of(new Expected("warning: a", true), new Expected("warning: b", true));
    assertThat(firstNotPrinted(shown, "warning: a\nwarning: b\n", "")).isPresent();
    assertThat(firstNotPrinted(shown, "", "warning: a\nwarning: b\n")).isEmpty();
    assertThat(firstNotPrinted(shown, "", "warning: b\nwarning: a\n"))
        .contains("warning: b (printed, but before the line shown above it)");
    assertThat(firstNotPrinted(List.of(new Expected("done", false)), "", "done\n")).isEmpty();
  }

  private static void check(Shown command) throws Exception {
    Result result = run(command.args());
    String description =
        "README line " + command.line() + "\nstdout:\n" + result.out + "\nstderr:\n" + result.err;
    assertThat(result.exitCode).as(description).isEqualTo(command.exitCode());
    assertThat(result.out + result.err).as(description).doesNotContain("\u001b");
    Optional<String> missing = firstNotPrinted(command.output(), result.out, result.err);
    assertThat(missing).as("%s\nexpected a line matching: %s", description, missing).isEmpty();
  }

  /**
   * The first shown line that is not printed in the order shown, with a word on why, or empty when
   * every line is: the lines shown for standard output are looked for in turn in the output
   * followed by standard error, those marked as standard error in turn in standard error.
   */
  static Optional<String> firstNotPrinted(List<Expected> shown, String stdout, String stderr) {
    List<String> out = lines(stdout + "\n" + stderr);
    List<String> err = lines(stderr);
    int nextOut = 0;
    int nextErr = 0;
    for (Expected expected : shown) {
      Pattern pattern = pattern(expected.text().stripTrailing());
      List<String> stream = expected.standardError() ? err : out;
      int at = find(stream, pattern, expected.standardError() ? nextErr : nextOut);
      if (at < 0) {
        return Optional.of(
            expected.text()
                + (find(stream, pattern, 0) >= 0
                    ? " (printed, but before the line shown above it)"
                    : ""));
      }
      if (expected.standardError()) {
        nextErr = at + 1;
      } else {
        nextOut = at + 1;
      }
    }
    return Optional.empty();
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::stripTrailing).toList();
  }

  /** The index of the first line at or after {@code from} that matches, or -1. */
  private static int find(List<String> lines, Pattern pattern, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  record Result(int exitCode, String out, String err) {}

  static Result run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.add(Main.class.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
    process.getOutputStream().close();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("rubric " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    return new Result(process.exitValue(), out.get(), err.get());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Surefire's real test class path (its own class path is a manifest-only jar). */
  private static String classPath() {
    String path =
        Optional.ofNullable(System.getProperty("surefire.test.class.path"))
            .filter(p -> !p.isBlank())
            .orElse(System.getProperty("java.class.path", ""));
    List<String> absolute = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        absolute.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, absolute);
  }

  @Test
  void readsCommandsExitCodesAndOutputFromTheReadmeText() {
    List<String> readme =
        List.of(
            "Some text:",
            "",
            PROMPT + "validate examples/plans/ml-engineer.json",
            "    examples/plans/ml-engineer.json: plan 'x' is valid; fingerprint sha256:<64 hex digits>",
            "",
            PROMPT + "validate missing.json",
            "    rubric: cannot read missing.json: no such file               (standard error; exit 1)",
            "",
            PROMPT + "agreement --metric alpha r.csv",
            "    rubric: alpha needs --level ...     (exit 2)",
            "Text again.");

    List<Shown> shown = shown(readme);

    assertThat(shown).extracting(Shown::exitCode).containsExactly(0, 1, 2);
    assertThat(shown.get(0).args()).containsExactly("validate", "examples/plans/ml-engineer.json");
    assertThat(shown.get(1).output())
        .containsExactly(new Expected("rubric: cannot read missing.json: no such file", true));
    assertThat(shown.get(2).output())
        .containsExactly(new Expected("rubric: alpha needs --level ...", false));
    assertThat(
            pattern("plan 'x' is valid; fingerprint sha256:<64 hex digits>")
                .matcher("plan 'x' is valid; fingerprint sha256:" + "ab".repeat(32)))
        .matches();
    assertThat(pattern("rubric: alpha needs --level ...").matcher("rubric: alpha needs --level x"))
        .matches();
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void rejectsAMissingFileOrADirectory() {
    assertThatThrownBy(() -> InputFiles.read(dir.resolve("none.csv").toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + dir.resolve("none.csv") + ": no such file");
    assertThatThrownBy(() -> InputFiles.read(dir.toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + dir + ": a directory, not a regular file");
  }

  /**
   * A name holding U+FFFD, which the Java runtime puts for argument bytes the locale cannot decode,
   * is said to be undecodable in the locale, not a missing file, by every command and for an output
   * too (written as given, it would name another file).
   */
  @Test
  void aNameTheLocaleCouldNotDecodeIsSaidToBeSo() {
    String bad = dir.resolve("bad\uFFFD.json").toString();
    String[][] runs = {
      {"validate", bad},
      {"evaluate", "--plan", bad, EvaluateCommandTest.SPLIT},
      {"compare", "--plan", EvaluateCommandTest.PLAN, bad},
      {"calibrate", "--plan", EvaluateCommandTest.PLAN, bad},
      {"export-ratings", "--plan", EvaluateCommandTest.PLAN, bad},
      {"diff", bad, EvaluateCommandTest.PLAN},
      {"agreement", "--metric", "fleiss-kappa", bad},
      {"audit", "--groups", bad, "--outcomes", bad}
    };
    for (String[] args : runs) {
      CommandRun run = CommandRun.of(args);
      assertThat(run.exitCode).as(args[0]).isEqualTo(1);
      assertThat(run.err)
          .as(args[0])
          .startsWith("rubric: cannot read " + bad + ": the file name could not be decoded in the")
          .contains("current locale (", "encoding " + InputFiles.fileNameEncoding() + ")")
          .contains("run rubric under a UTF-8 locale (LANG=C.UTF-8, say)")
          .hasLineCount(1);
    }
    CommandRun write = evaluateWritingTo(bad);
    assertThat(write.exitCode).isEqualTo(1);
    assertThat(write.err)
        .startsWith("rubric: cannot write " + bad + ": the file name could not be decoded");
    assertThat(Files.exists(Path.of(bad))).isFalse();
  }

  /**
   * Under LANG=C an existing file named in UTF-8 is said to be undecodable, not an invalid path.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void underTheCLocaleANonAsciiNameIsSaidToBeUndecodable() throws Exception {
    Path plan = Files.copy(Path.of(EvaluateCommandTest.PLAN), dir.resolve("pl\u00e4n-\u00e9.json"));
    ProcessBuilder builder =
        new ProcessBuilder(
            ProcessHandle.current().info().command().orElse("java"),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.rubric.cli.Main",
            "validate",
            plan.getFileName().toString());
    builder.directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    builder.environment().put("LANG", "C");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(said).isEqualTo(1);
    assertThat(said)
        .startsWith("rubric: cannot read ")
        .contains(
            ": the file name could not be decoded in the current locale (LANG=C, encoding ",
            "run rubric under a UTF-8 locale (LANG=C.UTF-8, say)")
        .doesNotContain("not a valid path");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void fileSystemFailuresAreSaidInWordsWithoutAnExceptionName() {
    // Linux refuses a name longer than 255 bytes with ENAMETOOLONG.
    String tooLong = dir.resolve("a".repeat(300) + ".json").toString();

    CommandRun read = CommandRun.of("validate", tooLong);
    CommandRun write = evaluateWritingTo(tooLong);

    assertThat(read.exitCode).isEqualTo(1);
    assertThat(read.err).isEqualTo("rubric: cannot read " + tooLong + ": file name too long\n");
    assertThat(write.exitCode).isEqualTo(1);
    assertThat(write.err).isEqualTo("rubric: cannot write " + tooLong + ": file name too long\n");
  }

  @Test
  void anEmptyFileNameIsSaidToBeEmptyNotTheWorkingFolder() {
    assertThat(CommandRun.of("validate", "").err)
        .isEqualTo("rubric: cannot read '': the file name is empty\n");
    assertThat(evaluateWritingTo("").err)
        .isEqualTo("rubric: cannot write '': the file name is empty\n");
  }

  /** {@code rubric evaluate} of the split packet with its report written to {@code out}. */
  private static CommandRun evaluateWritingTo(String out) {
    return CommandRun.of(
        "evaluate", "--plan", EvaluateCommandTest.PLAN, EvaluateCommandTest.SPLIT, "--out", out);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void refusesAFifoAtOnceWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();

    // Opening a FIFO with no writer would block for ever: refusing it must not open it.
    assertThatThrownBy(() -> InputFiles.read(fifo.toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + fifo + ": a pipe, device or socket, not a regular file");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void refusesADevice() {
    CommandRun run = CommandRun.of("validate", "/dev/zero");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo("rubric: cannot read /dev/zero: a pipe, device or socket, not a regular file\n");
  }

  @Test
  void refusesAFileOverTheLimitBeforeReadingIt() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(InputFiles.MAX_BYTES + 1L); // sparse: nothing is written, nothing need be read
    }

    assertThatThrownBy(() -> InputFiles.read(big.toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + big + ": larger than the limit of 16777216 bytes (16 MiB)");
    assertThat(InputFiles.read(Files.writeString(dir.resolve("ok"), "12345").toString(), 5))
        .hasSize(5);
    assertThatThrownBy(() -> InputFiles.read(dir.resolve("ok").toString(), 4))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("larger than the limit of 4 bytes");
  }

  @Test
  void theReaderStopsAtItsLimitWhateverTheSizeSaid() throws IOException {
    Path file = Files.writeString(dir.resolve("r.csv"), "x".repeat(100));

    try (Reader reader = InputFiles.reader(file.toString(), 1000)) {
      char[] all = new char[200];
      assertThat(reader.read(all)).isEqualTo(100);
    }
    // A file that grows after its size was checked: the stream itself stops at the limit.
    Path growing = Files.writeString(dir.resolve("g.csv"), "x".repeat(10));
    Reader reader = InputFiles.reader(growing.toString(), 50);
    Files.writeString(growing, "x".repeat(100));
    assertThatThrownBy(
            () -> {
              try (reader) {
                reader.read(new char[200]);
                reader.read(new char[200]);
              }
            })
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + growing + ": larger than the limit of 50 bytes");
  }

  @Test
  void atFileArgumentsAreNamesNotFilesToExpand() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "hunter2 correct-horse\n");

    CommandRun run = CommandRun.of("validate", "@" + secret);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .doesNotContain("hunter2")
        .isEqualTo("rubric: cannot read @" + secret + ": no such file\n");
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  @Test
  void writesANewFileAndReplacesAnOldOne() throws IOException {
    Path out = dir.resolve("report.txt");

    OutputFile.write(out.toString(), List.of(), bytes("first"));
    OutputFile.write(out.toString(), List.of(), bytes("second"));

    assertThat(out).hasContent("second");
    assertThat(filesIn(dir)).containsExactly("report.txt");
  }

  @Test
  void refusesAnInputWhateverItsSpelling() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.json"), "{\"plan\": true}");
    String other = dir.resolve(".").resolve("sub/../plan.json").toString();
    Files.createDirectory(dir.resolve("sub"));

    assertThatThrownBy(() -> OutputFile.write(other, List.of(plan.toString()), bytes("x")))
        .isInstanceOf(InputRejected.class)
        .hasMessage(
            "cannot write " + other + ": it is the input " + plan + "; give another file to --out");
    assertThat(plan).hasContent("{\"plan\": true}");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void refusesAHardLinkToAnInput() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.json"), "{}");
    Path link = Files.createLink(dir.resolve("link.json"), plan);

    assertThatThrownBy(
            () -> OutputFile.write(link.toString(), List.of(plan.toString()), bytes("x")))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("it is the input " + plan);
    assertThat(plan).hasContent("{}");
  }

  @Test
  void refusesADirectoryAndASymbolicLink() throws IOException {
    Path target = Files.writeString(dir.resolve("target.txt"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    assertThatThrownBy(() -> OutputFile.write(dir.toString(), List.of(), bytes("x")))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot write " + dir + ": it is a directory, not a regular file");
    assertThatThrownBy(() -> OutputFile.write(link.toString(), List.of(), bytes("x")))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot write " + link + ": it is a symbolic link, not a regular file");
    assertThat(target).hasContent("kept");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void refusesAFifoWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> OutputFile.write(fifo.toString(), List.of(), bytes("x")))
        .isInstanceOf(InputRejected.class)
        .hasMessage(
            "cannot write " + fifo + ": it is a pipe, device or socket, not a regular file");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("report.html"), "old report");

    assertThatThrownBy(
            () ->
                OutputFile.write(
                    out.toString(),
                    List.of(),
                    stream -> {
                      stream.write(bytes("half of a new rep"));
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot write " + out + ": no space left on device");
    assertThat(out).hasContent("old report");
    assertThat(filesIn(dir)).containsExactly("report.html");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path out = Files.writeString(dir.resolve("report.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    OutputFile.write(out.toString(), List.of(), bytes("new"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void evaluateRefusesToWriteOverItsPlan() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.copy(Path.of(EvaluateCommandTest.PLAN), plan);
    byte[] before = Files.readAllBytes(plan);

    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--plan",
            plan.toString(),
            EvaluateCommandTest.SPLIT,
            "--out",
            plan.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "rubric: cannot write "
                + plan
                + ": it is the input "
                + plan
                + "; give another file to --out\n");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

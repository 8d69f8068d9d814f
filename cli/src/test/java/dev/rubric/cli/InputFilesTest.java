package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void readsUtf8Text() throws IOException {
    Path file =
        Files.write(
            dir.resolve("r.csv"), "unit,é,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(InputFiles.readUtf8(file.toString())).isEqualTo("unit,é,b\n");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() throws IOException {
    Path file = Files.write(dir.resolve("latin1.csv"), new byte[] {'u', ',', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> InputFiles.readUtf8(file.toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage(file + ": not UTF-8 text");
  }

  @Test
  void rejectsAMissingFileOrADirectory() {
    assertThatThrownBy(() -> InputFiles.read(dir.resolve("none.csv").toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + dir.resolve("none.csv") + ": no such file");
    assertThatThrownBy(() -> InputFiles.read(dir.toString()))
        .isInstanceOf(InputRejected.class)
        .hasMessage("cannot read " + dir + ": is a directory");
  }
}

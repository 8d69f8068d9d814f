package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement CSV is streamed: a file of two million rows (about 30 MB, which the former reader
 * held some 45 times over) is measured in a child JVM limited to a 256 MB heap.
 */
class AgreementStreamingTest {
  private static final int ROWS = 2_000_000;

  @TempDir Path dir;

  @Test
  void twoMillionRowsRunInA256MegabyteHeap() throws Exception {
    Path csv = dir.resolve("ratings.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("unit,noor,tomas,grace\n");
      for (int i = 0; i < ROWS; i++) {
        int base = 1 + i % 4;
        w.write("u" + i + "," + base + "," + (1 + (i / 4) % 4) + "," + (i % 7 == 0 ? "" : base));
        w.write('\n');
      }
    }
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "agreement",
                    "--metric",
                    "alpha",
                    "--level",
                    "ordinal",
                    csv.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!child.waitFor(2, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 2 minutes");
    }

    assertThat(Files.readString(err)).isEmpty();
    assertThat(child.exitValue()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("metric").asText()).isEqualTo("alpha");
    assertThat(json.get("units").asLong()).isEqualTo(ROWS);
    assertThat(json.get("value").isNumber()).isTrue();
  }

  @Test
  void aDuplicateUnitFarApartIsFoundWithBothRows() throws IOException {
    Path csv = dir.resolve("dup.csv");
    StringBuilder text = new StringBuilder("unit,a,b\n");
    for (int i = 0; i < 50_000; i++) {
      text.append('u').append(i).append(",1,2\n");
    }
    text.append("u7,1,2\n");
    Files.writeString(csv, text);

    CommandRun run = CommandRun.of("agreement", "--metric", "fleiss-kappa", csv.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "rubric: " + csv + ": row 50002, column 1: unit 'u7' appears twice (first at row 9)\n");
  }
}

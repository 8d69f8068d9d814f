package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV inputs of {@code agreement} and {@code audit} (groups and outcomes) as the command line
 * reads them: line numbers whatever the line ends, and cells as the file writes them.
 */
class CsvInputsTest {
  @TempDir Path dir;

  @Test
  void agreementCountsCrlfInsideAQuotedCellAsOneLineAndKeepsIt() throws IOException {
    String crlf = write("crlf.csv", "unit,a,b\r\n\"u\r\n1\",1,2\r\n\"u\r\n1\",2,2\r\n");
    String lf = write("lf.csv", "unit,a,b\n\"u\n1\",1,2\n\"u\n1\",2,2\n");
    String cr = write("cr.csv", "unit,a,b\r\"u\r1\",1,2\r\"u\r1\",2,2\r");
    String rating = write("rating.csv", "unit,a,b\r\n\"u\r\n1\",1,2\r\nu2,2,x\r\n");

    assertRejected(
        agreement(crlf),
        crlf + ": row 4, column 1: unit 'u\\r\\n1' appears twice (first at row 2)");
    assertRejected(
        agreement(lf), lf + ": row 4, column 1: unit 'u\\n1' appears twice (first at row 2)");
    assertRejected(
        agreement(cr), cr + ": row 4, column 1: unit 'u\\r1' appears twice (first at row 2)");
    assertRejected(
        agreement(rating), rating + ": row 4, column 3 (rater 'b'): 'x' is not a number");
  }

  @Test
  void auditCountsCrlfInsideAQuotedCellAsOneLineAndKeepsIt() throws IOException {
    String groups = write("groups.csv", "candidateId,race\r\n\"c\r\n1\",A\r\nc2,B\r\nc2,B\r\n");
    String outcomes = write("outcomes.csv", "candidateId,selected,score\nc2,0,\n");
    assertRejected(
        audit(groups, outcomes), groups + ": row 5: candidate c2 appears twice (first on row 4)");

    String okGroups = write("ok-groups.csv", "candidateId,race\nc1,A\nc2,B\n");
    String twice =
        write("twice.csv", "candidateId,selected,score\r\n\"c\r\n1\",0,\r\nc2,1,\r\nc2,1,\r\n");
    assertRejected(
        audit(okGroups, twice), twice + ": row 5: candidate c2 appears twice (first on row 4)");

    // The category is the cell as the file writes it, CRLF included, as an LF is kept.
    String category = write("category.csv", "candidateId,race\r\nc1,\"A\r\nB\"\r\nc2,B\r\n");
    CommandRun run = audit(category, write("both.csv", "candidateId,selected\nc1,1\nc2,0\n"));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .startsWith("rubric: " + category + ": row 2, column 2: the category 'A\\r\\nB'");
  }

  private static CommandRun agreement(String file) {
    return CommandRun.of("agreement", "--metric", "alpha", "--level", "nominal", file);
  }

  private static CommandRun audit(String groups, String outcomes) {
    return CommandRun.of("audit", "--groups", groups, "--outcomes", outcomes);
  }

  private static void assertRejected(CommandRun run, String message) {
    assertThat(run.err).isEqualTo("rubric: " + message + (message.endsWith("\n") ? "" : "\n"));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
  }

  private String write(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(UTF_8)).toString();
  }
}

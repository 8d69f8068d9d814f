package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV inputs of {@code agreement} and {@code audit} (groups and outcomes) as the command line
 * reads them: line numbers whatever the line ends, cells as the file writes them, and the place of
 * a byte that is not UTF-8.
 */
class CsvInputsTest {
  private static final String NOT_UTF8 =
      " does not start or continue a well-formed UTF-8 character; save the file as UTF-8\n";

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
    // With the row's fault, the same run says which candidate has no outcome.
    assertRejected(
        audit(groups, outcomes),
        groups
            + ": row 5: candidate c2 appears twice (first on row 4)\nrubric: "
            + groups
            + ": row 2: candidate c\\r\\n1 has no outcome in "
            + outcomes);

    String okGroups = write("ok-groups.csv", "candidateId,race\nc1,A\nc2,B\n");
    String twice =
        write("twice.csv", "candidateId,selected,score\r\n\"c\r\n1\",0,\r\nc2,1,\r\nc2,1,\r\n");
    assertRejected(
        audit(okGroups, twice),
        twice
            + ": row 5: candidate c2 appears twice (first on row 4)\nrubric: "
            + twice
            + ": row 2: candidate c\\r\\n1 is not in "
            + okGroups
            + "\nrubric: "
            + okGroups
            + ": row 2: candidate c1 has no outcome in "
            + twice);

    // The category is the cell as the file writes it, CRLF included, as an LF is kept.
    String category = write("category.csv", "candidateId,race\r\nc1,\"A\r\nB\"\r\nc2,B\r\n");
    CommandRun run = audit(category, write("both.csv", "candidateId,selected\nc1,1\nc2,0\n"));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .startsWith("rubric: " + category + ": row 2, column 2: the category 'A\\r\\nB'");
  }

  /**
   * Blank lines before the header are passed over in the audit's CSVs as in the agreement CSV: a
   * groups or outcomes file opening with empty lines was refused as having no header at row 1. Row
   * numbers stay the file's lines, the header's included.
   */
  @Test
  void blankLinesBeforeTheHeaderArePassedOverInEveryCsv() throws IOException {
    String groups = write("groups.csv", "\n \r\ncandidateId,race\nc1,A\nc2,B\n");
    String outcomes = write("outcomes.csv", "\r\n\ncandidateId,selected,score\nc1,1,\nc2,0,\n");
    CommandRun run = audit(groups, outcomes);
    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).contains("2 candidates");

    String twice = write("twice.csv", "\n\ncandidateId,race,race\nc1,A,A\nc2,B,B\n");
    assertRejected(audit(twice, outcomes), twice + ": row 3, column 3: dimension race given twice");
    String wrong = write("wrong.csv", "\n\ncandidateId,chosen\nc1,1\nc2,0\n");
    assertRejected(
        audit(groups, wrong),
        wrong + ": row 3: the header must be candidateId,selected,score, not 'candidateId,chosen'");
    // A second byte-order mark is text, invisible but for the escape that shows it.
    String boms = write("boms.csv", "\uFEFF\uFEFFcandidateId,race\nc1,A\nc2,B\n");
    assertRejected(
        audit(boms, outcomes),
        boms + ": row 1: the header must start with candidateId, not '\\ufeffcandidateId'");
    String ratings = write("ratings.csv", "\n\nunit,a,b\nu1,1,x\n");
    assertRejected(
        agreement(ratings), ratings + ": row 4, column 3 (rater 'b'): 'x' is not a number");
  }

  @Test
  void aByteThatIsNotUtf8IsNamedByRowColumnAndOffsetInEveryCsv() throws IOException {
    String ratings = write("ratings.csv", bytes("unit,a,b\nu1,1,2\nu2,", 0xFF, ",2\nu3,3,3\n"));
    assertRejected(
        agreement(ratings),
        ratings + ": row 3, column 2: not UTF-8 text: the byte 0xff at offset 19" + NOT_UTF8);

    String outcomes = write("outcomes.csv", "candidateId,selected,score\nc1,1,\nc2,0,\n");
    String groups = write("groups.csv", bytes("candidateId,race\nc1,A\nc2,", 0x80, "\n"));
    assertRejected(
        audit(groups, outcomes),
        groups + ": row 3, column 2: not UTF-8 text: the byte 0x80 at offset 25" + NOT_UTF8);

    String okGroups = write("ok-groups.csv", "candidateId,race\nc1,A\nc2,B\n");
    // CESU-8: an encoded surrogate, on the second line of a quoted cell that starts on line 3.
    String cesu =
        write(
            "cesu.csv",
            concat(
                "candidateId,selected,score\nc1,1,\n\"c\n".getBytes(UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\",0,\n".getBytes(UTF_8)));
    assertRejected(
        audit(okGroups, cesu),
        cesu + ": row 4, column 1: not UTF-8 text: the byte 0xed at offset 36" + NOT_UTF8);
  }

  @Test
  void utf16IsRefusedWithOrWithoutAByteOrderMark() throws IOException {
    String text = "unit,a,b\nu1,1,2\nu2,2,2\n";
    String bare = write("bare.csv", text.getBytes(UTF_16LE));
    String marked =
        write("marked.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE)));

    assertRejected(
        agreement(bare),
        bare
            + ": row 1, column 1: not UTF-8 text: a zero byte at offset 1, as UTF-16 and UTF-32"
            + " text have beside every ASCII character; save the file as UTF-8\n");
    assertRejected(
        agreement(marked),
        marked
            + ": row 1, column 1: not UTF-8 text: the byte 0xff at offset 0 starts a UTF-16 or"
            + " UTF-32 byte-order mark; save the file as UTF-8\n");
    String groups = write("groups.csv", "candidateId,race\nc1,A\n".getBytes(UTF_16LE));
    CommandRun run = audit(groups, write("o.csv", "candidateId,selected\nc1,1\n"));
    assertThat(run.err).startsWith("rubric: " + groups + ": row 1, column 1: not UTF-8 text:");
  }

  @Test
  void aBadByteAfterALoneCrIsOnTheNextLine() throws IOException {
    String file = write("cr.csv", bytes("unit,a,b\ru1,1,2\r", 0xFF, ",1,2\r"));
    assertRejected(
        agreement(file),
        file + ": row 3, column 1: not UTF-8 text: the byte 0xff at offset 16" + NOT_UTF8);
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
    return write(name, text.getBytes(UTF_8));
  }

  private String write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes).toString();
  }

  private static byte[] bytes(String before, int bad, String after) {
    return concat(before.getBytes(UTF_8), new byte[] {(byte) bad}, after.getBytes(UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}

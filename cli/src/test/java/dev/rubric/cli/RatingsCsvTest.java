package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RatingsCsvTest {
  @Test
  void readsAWideTableWithEmptyCellsAsMissing() {
    RatingsCsv csv =
        RatingsCsv.parse(
            "unit,noor,tomas,grace\n"
                + "c1/drift,3,4,\n"
                + "c1/latency,2,,2\n"
                + "c2/drift,4,4,3\n",
            "r.csv");

    assertThat(csv.unitColumn()).isEqualTo("unit");
    assertThat(csv.raters()).containsExactly("noor", "tomas", "grace");
    assertThat(csv.units()).containsExactly("c1/drift", "c1/latency", "c2/drift");
    assertThat(Arrays.deepToString(csv.ratings()))
        .isEqualTo(
            Arrays.deepToString(
                new double[][] {{3, 4, Double.NaN}, {2, Double.NaN, 2}, {4, 4, 3}}));
    assertThat(csv.ratingCount()).isEqualTo(7);
  }

  @Test
  void acceptsQuotesSpacesIntegerDecimalsCrlfBlankLinesAndAByteOrderMark() {
    RatingsCsv csv =
        RatingsCsv.parse(
            "\uFEFFcandidate, \"a, senior\" ,b\r\n\r\n\"x,1\", 2.0 , 1e0\r\ny,,\r\n", "r.csv");

    assertThat(csv.unitColumn()).isEqualTo("candidate");
    assertThat(csv.raters()).containsExactly("a, senior", "b");
    assertThat(csv.units()).containsExactly("x,1", "y");
    assertThat(csv.rows()).containsExactly(3, 4);
    assertThat(Arrays.deepToString(csv.ratings()))
        .isEqualTo(Arrays.deepToString(new double[][] {{2, 1}, {Double.NaN, Double.NaN}}));
  }

  @Test
  void aRatingIsAnIntegerOnlyIfItsDecimalTextIsExactlyOne() {
    assertRejected(
        "unit,a,b\nx,3.9999999999999999,2\n",
        "r.csv: row 2, column 2 (rater 'a'): '3.9999999999999999' is not an integer; the agreement"
            + " statistics take integer rating levels");
    assertRejected(
        "unit,a,b\nx,3,3.0000000000000001\n",
        "r.csv: row 2, column 3 (rater 'b'): '3.0000000000000001' is not an integer; the agreement"
            + " statistics take integer rating levels");
    assertRejected(
        "unit,a,b\nx,1,2\ny,1e-400,2\n",
        "r.csv: row 3, column 2 (rater 'a'): '1e-400' is not an integer; the agreement"
            + " statistics take integer rating levels");
    assertRejected(
        "unit,a,b\nx,2.5,2\n",
        "r.csv: row 2, column 2 (rater 'a'): '2.5' is not an integer; the agreement"
            + " statistics take integer rating levels");
    assertThat(RatingsCsv.parse("unit,a,b\nx,3.000,+4\ny,40e-1,0.0\n", "r.csv").ratings())
        .isEqualTo(new double[][] {{3, 4}, {4, 0}});
  }

  /** Interviewer ids that are numbers (an ATS's user ids) still make the export's header. */
  @Test
  void theExportHeaderIsAHeaderWhenEveryInterviewerIdIsANumber() {
    RatingsCsv csv = RatingsCsv.parse("candidate/competency,821,822\nc1/drift,3,4\n", "export.csv");
    assertThat(csv.raters()).containsExactly("821", "822");
    assertThat(csv.units()).containsExactly("c1/drift");
    assertRejected(
        "c1/serving,821,822\nc1/drift,3,4\n",
        "r.csv: row 1: the first row looks like ratings; add a header row naming the raters");
  }

  @Test
  void aFirstRowOfRatingsIsNotTakenForAHeader() {
    assertRejected(
        "u1,1,2\nu2,3,4\n",
        "r.csv: row 1: the first row looks like ratings; add a header row naming the raters");
    assertRejected(
        "\nu1,1,,2.0\n",
        "r.csv: row 2: the first row looks like ratings; add a header row naming the raters");
    assertThat(RatingsCsv.parse("unit,r1,2\nx,1,2\n", "r.csv").raters()).containsExactly("r1", "2");
  }

  @Test
  void everyFaultOfTheRowsIsReportedAtOnce() {
    // The reader stopped at the first fault: a file with a bad cell on rows 3 and 9 showed row 9
    // only once row 3 was fixed.
    String text =
        "unit,a,b,c\nx,1,2,3\ny,2.5,x,3\nz,1,2\n,1,2,3\nx,1,2,3\nw,1,2,3\nv,1,2,99999999\n";
    assertThatThrownBy(() -> RatingsCsv.parse(text, "r.csv"))
        .isInstanceOfSatisfying(
            InputRejected.class,
            e ->
                assertThat(e.lines())
                    .containsExactly(
                        "r.csv: row 3, column 2 (rater 'a'): '2.5' is not an integer; the"
                            + " agreement statistics take integer rating levels",
                        "r.csv: row 3, column 3 (rater 'b'): 'x' is not a number",
                        "r.csv: row 4: 3 cells, but the header has 4 (the unit column and 3"
                            + " raters)",
                        "r.csv: row 5, column 1: the unit id is empty",
                        "r.csv: row 6, column 1: unit 'x' appears twice (first at row 2)",
                        "r.csv: row 8, column 4 (rater 'c'): '99999999' is out of range; ratings"
                            + " must lie between -1000000 and 1000000"))
        .hasMessage(
            "r.csv: row 3, column 2 (rater 'a'): '2.5' is not an integer; the agreement statistics"
                + " take integer rating levels");
    assertThatThrownBy(() -> RatingsCsv.parse("unit,a,,a, \nx,1,2,3,4\n", "r.csv"))
        .isInstanceOfSatisfying(
            InputRejected.class,
            e ->
                assertThat(e.lines())
                    .containsExactly(
                        "r.csv: row 1, column 3: the rater name is empty",
                        "r.csv: row 1, column 4: rater 'a' is named twice (first in column 2)",
                        "r.csv: row 1, column 5: the rater name is empty"));
    StringBuilder many = new StringBuilder("unit,a,b\n");
    for (int i = 0; i < 1000; i++) {
      many.append("u").append(i % 10).append(",1,x\n");
    }
    assertThatThrownBy(() -> RatingsCsv.parse(many.toString(), "r.csv"))
        .isInstanceOfSatisfying(
            InputRejected.class,
            e ->
                assertThat(e.lines())
                    .hasSize(ProblemLines.MAX_LINES + 1)
                    .endsWith("... and 1970 more problems"));
  }

  @Test
  void rowNumbersAgreeAcrossMessages() {
    // The first x starts on line 3 and its quoted cell runs to line 5; the second x is on line 7.
    String text = "\nunit,a,b\n\"x\",\"1\n\n\",2\n\n\"x\",1,2\n";
    assertRejected(text, "r.csv: row 7, column 1: unit 'x' appears twice (first at row 3)");
    assertRejected(
        "\nunit,a,b\n\"x\",\"1\n\n\",2\n\ny,1,z\n",
        "r.csv: row 7, column 3 (rater 'b'): 'z' is not a number");
    assertRejected(
        "\nunit,a\n",
        "r.csv: row 2: the header names 1 rater; name the unit column, then at least 2 raters");
  }

  @Test
  void limitsAreOneLineEach() {
    assertRejected(
        "unit,a,b\nx,1," + "2".repeat(CsvRecords.MAX_CELL_CHARS + 1) + "\n",
        "r.csv: row 2, column 3: a cell longer than 4096 characters");
    assertRejected(
        "unit,a,b\nx" + ",1".repeat(CsvRecords.MAX_CELLS) + "\n",
        "r.csv: row 2: more than 10001 cells; a row holds the unit column and at most 10000"
            + " raters");
    assertRejected(
        "unit,a,b\nx" + ("," + "1".repeat(4000)).repeat(300),
        "r.csv: row 2: a row longer than 1048576 characters");
  }

  /**
   * An opening quote with no closing one takes the rest of the file into its cell; the limit it
   * passes then says so, and where the cell has run on to, rather than blame a long cell alone.
   */
  @Test
  void aLimitPassedInsideAQuotedCellSaysItsClosingQuoteMayBeMissing() {
    assertRejected(
        "unit,a,b\nx,\"1,2\n" + "y,1,2\n".repeat(1000),
        "r.csv: row 2, column 2: a quoted cell longer than 4096 characters; the quoted cell runs"
            + " on to row 685: is its closing quote missing?");
  }

  @Test
  void aCharacterAfterAClosingQuoteIsMalformed() {
    assertRejected(
        "unit,a,b\nx,\"1\"2,3\n",
        "r.csv: row 2, column 2: malformed CSV: a character after the closing quote of a quoted"
            + " cell; end the cell with a comma or quote the whole cell");
  }

  @Test
  void ratingsReturnsACopy() {
    RatingsCsv csv = RatingsCsv.parse("u,a,b\nx,1,2\n", "r.csv");
    csv.ratings()[0][0] = 9;

    assertThat(csv.ratings()[0][0]).isEqualTo(1.0);
  }

  @Test
  void raggedRowNamesItsLineNumber() {
    assertRejected(
        "unit,a,b\nx,1,2\n\n  \ny,1\n",
        "r.csv: row 5: 2 cells, but the header has 3 (the unit column and 2 raters)");
    assertRejected(
        "unit,a,b\nx,1,2,3\n",
        "r.csv: row 2: 4 cells, but the header has 3 (the unit column and 2 raters)");
  }

  @Test
  void nonNumericRatingNamesRowColumnAndRater() {
    assertRejected(
        "unit,a,b\nx,1,2\ny,3,yes\n", "r.csv: row 3, column 3 (rater 'b'): 'yes' is not a number");
    assertRejected(
        "unit,a,b\nx,NaN,2\n", "r.csv: row 2, column 2 (rater 'a'): 'NaN' is not a number");
    assertRejected(
        "unit,a,b\nx,1e999,2\n",
        "r.csv: row 2, column 2 (rater 'a'): '1e999' is out of range; ratings must lie between"
            + " -1000000 and 1000000");
  }

  @Test
  void onlyDecimalTextInAsciiDigitsIsANumber() {
    // Found by the command-line audit: BigDecimal read the Arabic-Indic and the fullwidth 3 as 3.
    for (String cell : new String[] {"\u0663", "\uff13", "0x3", "3d", "1_0"}) {
      assertRejected(
          "unit,a,b\nx,1," + cell + "\n",
          "r.csv: row 2, column 3 (rater 'b'): '" + cell + "' is not a number");
    }
    RatingsCsv read = RatingsCsv.parse("unit,a,b\nx,+3,3.\ny,.3e1,-0\n", "r.csv");
    assertThat(read.ratings()).isEqualTo(new double[][] {{3, 3}, {3, 0}});
  }

  @Test
  void rowNumbersCountLinesInsideQuotedCells() {
    assertRejected(
        "unit,a,b\n\"multi\nline\",1,2\nz,1,x\n",
        "r.csv: row 4, column 3 (rater 'b'): 'x' is not a number");
  }

  @Test
  void crlfLfAndALoneCrEachEndOneLineInsideAQuotedCellToo() {
    // The duplicate sits on line 4 whatever the line ends; the cell keeps its line break.
    assertRejected(
        "unit,a,b\r\n\"u\r\n1\",1,2\r\n\"u\r\n1\",2,2\r\n",
        "r.csv: row 4, column 1: unit 'u\\r\\n1' appears twice (first at row 2)");
    assertRejected(
        "unit,a,b\n\"u\n1\",1,2\n\"u\n1\",2,2\n",
        "r.csv: row 4, column 1: unit 'u\\n1' appears twice (first at row 2)");
    assertRejected(
        "unit,a,b\r\"u\r1\",1,2\r\"u\r1\",2,2\r",
        "r.csv: row 4, column 1: unit 'u\\r1' appears twice (first at row 2)");
    assertRejected(
        "unit,a,b\r\n\"u\r\n1\",1,2\r\nu2,2,x\r\n",
        "r.csv: row 4, column 3 (rater 'b'): 'x' is not a number");
    // Mixed: CRLF, then a lone CR and an LF inside one cell.
    assertRejected(
        "unit,a,b\r\n\"a\rb\nc\r\nd\",1,2\nz,1,x\n",
        "r.csv: row 6, column 3 (rater 'b'): 'x' is not a number");
  }

  @Test
  void aQuotedCellKeepsItsLineBreaksAsTheFileWritesThem() {
    RatingsCsv csv =
        RatingsCsv.parse("unit,a,b\r\n\"u\r\n1\",1,2\r\n\"u\r2\",1,2\n\"u\n3\",2,2\n", "r.csv");

    assertThat(csv.units()).containsExactly("u\r\n1", "u\r2", "u\n3");
    assertThat(csv.rows()).containsExactly(2, 4, 6);
  }

  @Test
  void emptyFileIsRejected() {
    assertRejected(
        "",
        "r.csv: the file is empty; expected a header row naming the unit column and the raters");
    assertRejected(
        "\n\n",
        "r.csv: the file is empty; expected a header row naming the unit column and the raters");
  }

  @Test
  void headerWithoutRowsIsRejected() {
    assertRejected(
        "unit,a,b\n", "r.csv: row 1: the header has no rows after it; give one row per unit");
  }

  @Test
  void headerNeedsAtLeastTwoRaters() {
    assertRejected(
        "unit,a\nx,1\n",
        "r.csv: row 1: the header names 1 rater; name the unit column, then at least 2 raters");
    assertRejected(
        "unit\nx\n",
        "r.csv: row 1: the header names 0 raters; name the unit column, then at least 2 raters");
  }

  @Test
  void duplicateOrEmptyRaterNameIsRejected() {
    assertRejected(
        "unit,a,b,a\nx,1,2,3\n",
        "r.csv: row 1, column 4: rater 'a' is named twice (first in column 2)");
    assertRejected("unit,a,,b\nx,1,2,3\n", "r.csv: row 1, column 3: the rater name is empty");
  }

  @Test
  void emptyOrDuplicateUnitIdIsRejected() {
    assertRejected("unit,a,b\n,1,2\n", "r.csv: row 2, column 1: the unit id is empty");
    assertRejected(
        "unit,a,b\nx,1,2\nx,2,2\n",
        "r.csv: row 3, column 1: unit 'x' appears twice (first at row 2)");
  }

  @Test
  void unterminatedQuoteIsRejectedWithItsRow() {
    assertThatThrownBy(() -> RatingsCsv.parse("unit,a,b\nx,1,2\n\"y,1,2\n", "r.csv"))
        .isInstanceOf(InputRejected.class)
        .hasMessage(
            "r.csv: row 3, column 1: malformed CSV: a quoted cell is still open at the end of the"
                + " file (a closing quote is missing)");
    assertThatThrownBy(() -> RatingsCsv.parse("unit,a,b\nx,1,\"2\n", "r.csv"))
        .hasMessageEndingWith(
            "row 2, column 3: malformed CSV: a quoted cell is still open at the"
                + " end of the file (a closing quote is missing)");
  }

  @Test
  void aQuotedCellWithLineBreaksIsEchoedOnOneLine() {
    // Found by RatingsCsvFuzzTest: the message held the cell's line break.
    assertRejected(
        "unit,a,b\nx,1,\"2\nthree\"\n",
        "r.csv: row 2, column 3 (rater 'b'): '2\\nthree' is not a number");
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> RatingsCsv.parse(text, "r.csv"))
        .isInstanceOf(InputRejected.class)
        .hasMessage(message);
  }
}

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
  void acceptsQuotesSpacesDecimalsCrlfBlankLinesAndAByteOrderMark() {
    RatingsCsv csv =
        RatingsCsv.parse(
            "\uFEFFcandidate, \"a, senior\" ,b\r\n\r\n\"x,1\", 2.5 , 1e0\r\ny,,\r\n", "r.csv");

    assertThat(csv.unitColumn()).isEqualTo("candidate");
    assertThat(csv.raters()).containsExactly("a, senior", "b");
    assertThat(csv.units()).containsExactly("x,1", "y");
    assertThat(Arrays.deepToString(csv.ratings()))
        .isEqualTo(Arrays.deepToString(new double[][] {{2.5, 1}, {Double.NaN, Double.NaN}}));
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
        "unit,a,b\nx,1e999,2\n", "r.csv: row 2, column 2 (rater 'a'): '1e999' is out of range");
  }

  @Test
  void rowNumbersCountLinesInsideQuotedCells() {
    assertRejected(
        "unit,a,b\n\"multi\nline\",1,2\nz,1,x\n",
        "r.csv: row 4, column 3 (rater 'b'): 'x' is not a number");
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
        .hasMessage("r.csv: row 3: malformed CSV: EOF reached before encapsulated token finished");
  }

  @Test
  void aQuotedCellWithLineBreaksIsEchoedOnOneLine() {
    // Found by RatingsCsvFuzzTest: the message held the cell's line break.
    assertRejected(
        "unit,a,b\nx,1,\"2\nthree\"\n",
        "r.csv: row 2, column 3 (rater 'b'): '2 three' is not a number");
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> RatingsCsv.parse(text, "r.csv"))
        .isInstanceOf(InputRejected.class)
        .hasMessage(message);
  }
}

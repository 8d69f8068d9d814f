package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.scoring.agreement.RatingMatrix;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Law: what {@code export-ratings} writes, {@code agreement} reads back as the same matrix. For any
 * units-by-raters matrix whose ids are ids a scorecard may hold (non-blank, no control or invisible
 * formatting character, no white space at either end; see the README's "Guarantees at the edges")
 * but otherwise hostile (commas, quotes, apostrophes, formula leaders {@code = + - @}, numbers
 * only, slashes, inner spaces, accents, characters outside the Basic Multilingual Plane), {@link
 * RatingsCsv#parse} of {@link ExportRatingsCommand#csv} gives the same raters, units and levels; an
 * id is read back after the apostrophe the writer puts before an id a spreadsheet would take for a
 * formula (or one that begins with an apostrophe), and with nothing else changed.
 */
class RatingsCsvRoundTripTest {
  /** Hostile but valid id characters; each element is one code point. */
  private static final List<String> ID_CHARS =
      "abz019,\"'=+-@/ ;.éΩ日\uD83D\uDE00\uD835\uDD04<>&#%|\\"
          .codePoints()
          .mapToObj(Character::toString)
          .collect(Collectors.toList());

  /** An id: 1 to 8 of those characters, never beginning or ending with a space. */
  static Gen<String> ids() {
    return Gen.lists(Gen.elements(ID_CHARS), 1, 8)
        .map(cs -> String.join("", cs))
        .map(s -> s.startsWith(" ") ? "x" + s : s)
        .map(s -> s.endsWith(" ") ? s + "x" : s);
  }

  /** A vendor's numeric user id, as an unmapped ATS interviewer keeps it ({@code 821}). */
  static Gen<String> numericIds() {
    return Gen.integers(0, 99_999).map(String::valueOf);
  }

  /**
   * A matrix of 2-6 distinct raters (hostile ids or numeric ones) and 1-6 distinct units, a level
   * or no rating in each cell.
   */
  static Gen<RatingMatrix> matrices() {
    Gen<Integer> level =
        Gen.frequency(
            List.of(
                Gen.weighted(3, Gen.integers(1, 7)),
                Gen.weighted(1, Gen.constant(Ratings.MISSING)),
                Gen.weighted(1, Gen.integers(RatingsCsv.MIN_RATING, RatingsCsv.MAX_RATING))));
    return Gen.zip(Gen.sets(Gen.oneOf(ids(), numericIds()), 2, 6), Gen.sets(ids(), 1, 6))
        .flatMap(
            p -> {
              List<String> raters = new ArrayList<>(new TreeSet<>(p.first()));
              List<String> units = new ArrayList<>(new TreeSet<>(p.second()));
              return Gen.lists(
                      Gen.lists(level, raters.size(), raters.size()), units.size(), units.size())
                  .map(rows -> RatingMatrix.of(units, raters, toArray(rows)));
            });
  }

  @Property(tries = 800)
  void whatExportRatingsWritesAgreementReadsBackEqual(@ForAll("matrices") RatingMatrix matrix) {
    String csv = ExportRatingsCommand.csv(matrix, null);

    RatingsCsv read = RatingsCsv.parse(csv, "export.csv");

    assertThat(read.unitColumn()).isEqualTo(ExportRatingsCommand.UNIT_COLUMN);
    assertThat(unescaped(read.raters())).as(csv).isEqualTo(matrix.raterIds());
    assertThat(unescaped(read.units())).as(csv).isEqualTo(matrix.unitIds());
    assertThat(Arrays.deepToString(read.ratings()))
        .as(csv)
        .isEqualTo(Arrays.deepToString(asDoubles(matrix.rows())));
  }

  /** Every id is written with at most one apostrophe before it, and only before a formula. */
  @Property(tries = 400)
  void noCellOfTheExportStartsAFormula(@ForAll("matrices") RatingMatrix matrix) {
    String csv = ExportRatingsCommand.csv(matrix, null);
    RatingsCsv read = RatingsCsv.parse(csv, "export.csv");
    List<String> cells = new ArrayList<>(read.raters());
    cells.addAll(read.units());
    assertThat(cells).allSatisfy(c -> assertThat("=+-@").doesNotContain(c.substring(0, 1)));
  }

  private static List<String> unescaped(List<String> ids) {
    return ids.stream()
        .map(id -> id.startsWith("'") ? id.substring(1) : id)
        .collect(Collectors.toList());
  }

  private static int[][] toArray(List<List<Integer>> rows) {
    int[][] out = new int[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      out[i] = rows.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static double[][] asDoubles(int[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new double[rows[i].length];
      for (int r = 0; r < rows[i].length; r++) {
        out[i][r] = rows[i][r] == Ratings.MISSING ? Double.NaN : rows[i][r];
      }
    }
    return out;
  }
}

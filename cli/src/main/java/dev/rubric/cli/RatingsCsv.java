package dev.rubric.cli;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.agreement.Ratings;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ratings of the {@code agreement} command, read from a wide CSV: a header row whose first cell
 * names the unit column (any name) and whose other cells name the raters, then one row per unit
 * with its id first and one cell per rater, empty where that rater gave no rating. Blank lines
 * (empty or only spaces) are skipped; a UTF-8 byte-order mark is ignored; cells are trimmed, spaces
 * around quotes included (see {@link CsvRecords} for the CSV rules and the size limits).
 *
 * <p>{@link #read} streams: it hands each row to a {@link Sink} as it is read and keeps nothing of
 * it, so memory does not grow with the rows, except 8 bytes per unit for the check that no unit
 * appears twice (a keyed 64-bit hash of its id; a match is confirmed by reading the file again up
 * to the first row with that id, so a hash collision never rejects a file). {@link #parse} reads a
 * small text whole, for tests.
 *
 * <p>A first row whose rater cells are all numbers is taken for a row of ratings whose header is
 * missing, and refused, unless its first cell is {@value ExportRatingsCommand#UNIT_COLUMN}, the
 * header {@code export-ratings} writes: interviewer ids may be numbers.
 *
 * <p>A rating is an integer level from {@value #MIN_RATING} to {@value #MAX_RATING}, told from its
 * exact decimal text: {@code 3}, {@code 3.0}, {@code +3} and {@code 3e0} are level 3, while {@code
 * 2.5}, {@code 3.0000000000000001}, {@code 3.9999999999999999} and {@code 1e-400} are not integers
 * and are rejected, never rounded. Only ASCII digits make a number ({@link DecimalText}): {@code ٣}
 * or {@code ３} is not 3.
 *
 * <p>Reading is all or nothing: the first fault rejects the file with one line naming the file, the
 * row (the 1-based line of the file where the record starts, the header being line 1 unless blank
 * lines precede it; lines inside quoted cells count) and the column (its 1-based index and, for a
 * rating, the rater's name); a byte that is not UTF-8 is named by the line it is on, its column and
 * its byte offset. Text from the file is shown by {@link VisibleText}.
 */
final class RatingsCsv {
  /** The lowest rating level read. */
  static final int MIN_RATING = -1_000_000;

  /** The highest rating level read. */
  static final int MAX_RATING = 1_000_000;

  private static final BigDecimal MIN = BigDecimal.valueOf(MIN_RATING);
  private static final BigDecimal MAX = BigDecimal.valueOf(MAX_RATING);

  /** The header: the unit column's name, the raters in column order, and its line. */
  record Header(String unitColumn, ImmutableList<String> raters, int line) {}

  /** Receives the header, then each row as it is read. */
  interface Sink {
    /** The header, before any row. */
    void header(Header header);

    /**
     * One unit's row: its line, its id and one level per rater ({@link Ratings#MISSING} where
     * none). {@code levels} is reused for the next row: copy it to keep it.
     */
    void row(int line, String unit, int[] levels);
  }

  private final Header header;
  private final ImmutableList<String> units;
  private final ImmutableList<Integer> rows;
  private final int[][] levels;

  private RatingsCsv(
      Header header, ImmutableList<String> units, ImmutableList<Integer> rows, int[][] levels) {
    this.header = header;
    this.units = units;
    this.rows = rows;
    this.levels = levels;
  }

  /** The 1-based line number of the header row. */
  int headerRow() {
    return header.line();
  }

  /** The 1-based line number of each unit's row in the file, in row order. */
  ImmutableList<Integer> rows() {
    return rows;
  }

  /** The header of the first column, for example {@code unit} or {@code candidate}. */
  String unitColumn() {
    return header.unitColumn();
  }

  /** The raters, in column order. */
  ImmutableList<String> raters() {
    return header.raters();
  }

  /** The unit ids, in row order. */
  ImmutableList<String> units() {
    return units;
  }

  /** A fresh units-by-raters matrix: {@code [unit][rater]}, {@code NaN} where no rating. */
  double[][] ratings() {
    double[][] copy = new double[levels.length][];
    for (int i = 0; i < levels.length; i++) {
      copy[i] = new double[levels[i].length];
      for (int r = 0; r < levels[i].length; r++) {
        copy[i][r] = levels[i][r] == Ratings.MISSING ? Double.NaN : levels[i][r];
      }
    }
    return copy;
  }

  /** The number of ratings given (cells that are not empty). */
  int ratingCount() {
    int n = 0;
    for (int[] row : levels) {
      for (int r : row) {
        if (r != Ratings.MISSING) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Reads {@code text}, the content of the file {@code source} (named in every message), whole.
   *
   * @throws InputRejected naming the file, row and column of every fault (see {@link #read})
   */
  static RatingsCsv parse(String text, String source) {
    List<Header> header = new ArrayList<>(1);
    ImmutableList.Builder<String> units = ImmutableList.builder();
    ImmutableList.Builder<Integer> rows = ImmutableList.builder();
    List<int[]> levels = new ArrayList<>();
    read(
        () -> new StringReader(text),
        source,
        new Sink() {
          @Override
          public void header(Header h) {
            header.add(h);
          }

          @Override
          public void row(int line, String unit, int[] row) {
            units.add(unit);
            rows.add(line);
            levels.add(row.clone());
          }
        });
    return new RatingsCsv(header.get(0), units.build(), rows.build(), levels.toArray(new int[0][]));
  }

  /**
   * Reads the CSV that {@code open} gives (it is opened a second time only to confirm a unit that
   * appears twice), handing the header and then every row to {@code sink}.
   *
   * <p>Every fault of the rows is reported, not only the first: a row with a fault (its width, its
   * unit id, any of its cells) is not handed to {@code sink}, the reading goes on, and at the end
   * the faults are refused together, one line each ({@link ProblemLines}). A header that cannot be
   * read, a malformed CSV record, a limit passed or bytes that are not UTF-8 end the reading at
   * once, since what follows them cannot be told apart.
   *
   * @throws InputRejected naming the file, row and column of every fault
   */
  static void read(Supplier<Reader> open, String source, Sink sink) {
    Header header;
    int[] levels;
    SeenUnits seen = new SeenUnits();
    ProblemLines problems = new ProblemLines();
    int rowsRead = 0;
    try (Reader reader = open.get()) {
      CsvRecords records = new CsvRecords(reader, source);
      List<String> cells = records.nextNonBlank();
      if (cells == null) {
        throw reject(
            "%s: the file is empty; expected a header row naming the unit column and the raters",
            source);
      }
      header = header(cells, records.line(), source);
      sink.header(header);
      int width = header.raters().size() + 1;
      levels = new int[header.raters().size()];
      while ((cells = records.nextNonBlank()) != null) {
        int row = records.line();
        rowsRead++;
        if (cells.size() != width) {
          problems.add(
              line(
                  "%s: row %d: %d %s, but the header has %d (the unit column and %d raters)",
                  source,
                  row,
                  cells.size(),
                  cells.size() == 1 ? "cell" : "cells",
                  width,
                  width - 1));
          continue;
        }
        int before = problems.size();
        String unit = cells.get(0).strip();
        if (unit.isEmpty()) {
          problems.add(line("%s: row %d, column 1: the unit id is empty", source, row));
        } else if (!seen.add(unit)) {
          // Confirming a match reads the file again, so only for a line that will be printed:
          // past them, a match of the 64-bit hashes is counted as the repeat it almost surely is.
          int first =
              problems.size() < ProblemLines.MAX_LINES ? firstRow(open, source, unit, row) : row;
          if (first > 0) {
            problems.add(
                line(
                    "%s: row %d, column 1: unit '%s' appears twice (first at row %d)",
                    source, row, unit, first));
          }
        }
        for (int r = 0; r < levels.length; r++) {
          levels[r] = level(cells.get(r + 1), source, row, r + 2, header.raters().get(r), problems);
        }
        if (problems.size() == before) {
          sink.row(row, unit, levels);
        }
      }
    } catch (java.io.IOException e) {
      throw InputFiles.failure(source, e);
    }
    problems.rejectIfAny();
    if (rowsRead == 0) {
      throw reject(
          "%s: row %d: the header has no rows after it; give one row per unit",
          source, header.line());
    }
  }

  private static Header header(List<String> cells, int row, String source) {
    if (cells.size() < 3) {
      throw reject(
          "%s: row %d: the header names %d %s; name the unit column, then at least 2 raters",
          source, row, cells.size() - 1, cells.size() == 2 ? "rater" : "raters");
    }
    boolean allNumbers = true;
    boolean anyName = false;
    for (int c = 1; c < cells.size(); c++) {
      String name = cells.get(c).strip();
      if (!name.isEmpty()) {
        anyName = true;
        allNumbers &= number(name) != null;
      }
    }
    // The header export-ratings writes is a header even when every interviewer id is a number (an
    // ATS's user ids, such as 821, kept as they are): a unit id is never the unit column's name.
    if (anyName && allNumbers && !cells.get(0).strip().equals(ExportRatingsCommand.UNIT_COLUMN)) {
      throw reject(
          "%s: row %d: the first row looks like ratings; add a header row naming the raters",
          source, row);
    }
    Map<String, Integer> seen = new HashMap<>();
    ImmutableList.Builder<String> raters = ImmutableList.builder();
    ProblemLines problems = new ProblemLines();
    for (int c = 1; c < cells.size(); c++) {
      String name = cells.get(c).strip();
      if (name.isEmpty()) {
        problems.add(line("%s: row %d, column %d: the rater name is empty", source, row, c + 1));
        continue;
      }
      Integer first = seen.putIfAbsent(name, c + 1);
      if (first != null) {
        problems.add(
            line(
                "%s: row %d, column %d: rater '%s' is named twice (first in column %d)",
                source, row, c + 1, name, first));
      }
      raters.add(name);
    }
    problems.rejectIfAny(); // every fault of the header at once; its rows cannot be read
    return new Header(cells.get(0).strip(), raters.build(), row);
  }

  /** The row of the first unit {@code unit} before {@code before}, or 0 when there is none. */
  private static int firstRow(Supplier<Reader> open, String source, String unit, int before) {
    try (Reader reader = open.get()) {
      CsvRecords records = new CsvRecords(reader, source);
      records.nextNonBlank(); // the header
      List<String> cells;
      while ((cells = records.nextNonBlank()) != null && records.line() < before) {
        if (cells.get(0).strip().equals(unit)) {
          return records.line();
        }
      }
      return 0;
    } catch (java.io.IOException e) {
      throw InputFiles.failure(source, e);
    }
  }

  /**
   * The level of one cell, {@link Ratings#MISSING} when it is empty; a cell that is no level adds
   * its problem to {@code problems} and gives {@link Ratings#MISSING}.
   */
  private static int level(
      String cell, String source, int row, int column, String rater, ProblemLines problems) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return Ratings.MISSING;
    }
    BigDecimal value = number(text);
    String where =
        String.format(
            Locale.ROOT,
            "%s: row %d, column %d (rater '%s'): '%s'",
            source,
            row,
            column,
            rater,
            text);
    if (value == null) {
      problems.add(line("%s is not a number", where));
      return Ratings.MISSING;
    }
    if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
      problems.add(
          line(
              "%s is out of range; ratings must lie between %d and %d",
              where, MIN_RATING, MAX_RATING));
      return Ratings.MISSING;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      problems.add(
          line("%s is not an integer; the agreement statistics take integer rating levels", where));
      return Ratings.MISSING;
    }
    return value.intValueExact();
  }

  /**
   * The exact decimal value of {@code text}, or null when it is not a decimal number ({@link
   * DecimalText}: ASCII digits only).
   */
  private static @Nullable BigDecimal number(String text) {
    if (text.length() > 64 || !DecimalText.isDecimal(text)) {
      return null; // no rating is written with more than 64 characters; keeps the parse cheap
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static InputRejected reject(String template, Object... args) {
    return new InputRejected(line(template, args));
  }

  /** One problem line, made visible. */
  private static String line(String template, Object... args) {
    return VisibleText.of(String.format(Locale.ROOT, template, args));
  }
}

package dev.rubric.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The ratings of the {@code agreement} command, read from a wide CSV: a header row whose first cell
 * names the unit column (any name) and whose other cells name the raters, then one row per unit
 * with its id first and one cell per rater, empty where that rater gave no rating. Ratings are
 * numbers. Blank lines (empty or only spaces) are skipped; a UTF-8 byte-order mark is ignored;
 * cells are trimmed, spaces around quotes included.
 *
 * <p>Reading is all or nothing: the first fault rejects the file with one line naming the file, the
 * row (its 1-based line number) and the column (its 1-based index and, for a rating, the rater's
 * name). Immutable; {@link #ratings()} returns a copy.
 */
final class RatingsCsv {
  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

  private final String unitColumn;
  private final ImmutableList<String> raters;
  private final ImmutableList<String> units;
  private final int headerRow;
  private final ImmutableList<Integer> rows;
  private final double[][] ratings;

  private RatingsCsv(
      String unitColumn,
      ImmutableList<String> raters,
      ImmutableList<String> units,
      int headerRow,
      ImmutableList<Integer> rows,
      double[][] ratings) {
    this.unitColumn = unitColumn;
    this.raters = raters;
    this.units = units;
    this.headerRow = headerRow;
    this.rows = rows;
    this.ratings = ratings;
  }

  /** The 1-based line number of the header row. */
  int headerRow() {
    return headerRow;
  }

  /** The 1-based line number of each unit's row in the file, in row order. */
  ImmutableList<Integer> rows() {
    return rows;
  }

  /** The header of the first column, for example {@code unit} or {@code candidate}. */
  String unitColumn() {
    return unitColumn;
  }

  /** The raters, in column order. */
  ImmutableList<String> raters() {
    return raters;
  }

  /** The unit ids, in row order. */
  ImmutableList<String> units() {
    return units;
  }

  /** A fresh units-by-raters matrix: {@code [unit][rater]}, {@code NaN} where no rating. */
  double[][] ratings() {
    double[][] copy = new double[ratings.length][];
    for (int i = 0; i < ratings.length; i++) {
      copy[i] = ratings[i].clone();
    }
    return copy;
  }

  /** The number of ratings given (cells that are not empty). */
  int ratingCount() {
    int n = 0;
    for (double[] row : ratings) {
      for (double r : row) {
        if (!Double.isNaN(r)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Reads {@code text}, the content of the file {@code source} (named in every message).
   *
   * @throws InputRejected naming the file, row and column of the first fault
   */
  static RatingsCsv parse(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(body);
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
      Iterator<CSVRecord> it = parser.iterator();
      while (hasNext(it, parser, source)) {
        CSVRecord record = it.next();
        if (record.size() > 1 || !record.get(0).isBlank()) {
          records.add(record);
        }
      }
    } catch (IOException e) {
      throw new InputRejected(source + ": cannot parse CSV: " + OneLineErrors.describe(e));
    }
    if (records.isEmpty()) {
      throw new InputRejected(
          source
              + ": the file is empty; expected a header row naming the unit column and the"
              + " raters");
    }
    CSVRecord header = records.get(0);
    int headerRow = lines.of(header);
    String unitColumn = header.get(0).strip();
    ImmutableList<String> raters = raters(header, headerRow, source);
    if (records.size() == 1) {
      throw new InputRejected(
          source
              + ": row "
              + headerRow
              + ": the header has no rows after it; give one row per unit");
    }
    ImmutableList.Builder<String> units = ImmutableList.builder();
    ImmutableList.Builder<Integer> rows = ImmutableList.builder();
    Map<String, Integer> unitRows = new HashMap<>();
    double[][] ratings = new double[records.size() - 1][];
    for (int i = 1; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      int row = lines.of(record);
      if (record.size() != header.size()) {
        throw new InputRejected(
            format(
                "%s: row %d: %d %s, but the header has %d (the unit column and %d raters)",
                source,
                row,
                record.size(),
                record.size() == 1 ? "cell" : "cells",
                header.size(),
                raters.size()));
      }
      String unit = record.get(0).strip();
      if (unit.isEmpty()) {
        throw new InputRejected(format("%s: row %d, column 1: the unit id is empty", source, row));
      }
      Integer first = unitRows.putIfAbsent(unit, row);
      if (first != null) {
        throw new InputRejected(
            format(
                "%s: row %d, column 1: unit '%s' appears twice (first at row %d)",
                source, row, unit, first));
      }
      units.add(unit);
      rows.add(row);
      double[] values = new double[raters.size()];
      for (int r = 0; r < raters.size(); r++) {
        values[r] = rating(record.get(r + 1), source, row, r + 2, raters.get(r));
      }
      ratings[i - 1] = values;
    }
    return new RatingsCsv(unitColumn, raters, units.build(), headerRow, rows.build(), ratings);
  }

  private static boolean hasNext(Iterator<CSVRecord> it, CSVParser parser, String source) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      String message =
          OneLineErrors.oneLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      // Commons CSV names the line where the broken record starts: "(startline 3) EOF reached...".
      Matcher start = START_LINE.matcher(message);
      long row = parser.getCurrentLineNumber() + 1;
      if (start.lookingAt()) {
        row = Long.parseLong(start.group(1));
        message = message.substring(start.end());
      }
      throw new InputRejected(format("%s: row %d: malformed CSV: %s", source, row, message));
    }
  }

  private static ImmutableList<String> raters(CSVRecord header, int row, String source) {
    if (header.size() < 3) {
      throw new InputRejected(
          format(
              "%s: row %d: the header names %d %s; name the unit column, then at least 2 raters",
              source, row, header.size() - 1, header.size() == 2 ? "rater" : "raters"));
    }
    Map<String, Integer> seen = new HashMap<>();
    ImmutableList.Builder<String> raters = ImmutableList.builder();
    for (int c = 1; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (name.isEmpty()) {
        throw new InputRejected(
            format("%s: row %d, column %d: the rater name is empty", source, row, c + 1));
      }
      Integer first = seen.putIfAbsent(name, c + 1);
      if (first != null) {
        throw new InputRejected(
            format(
                "%s: row %d, column %d: rater '%s' is named twice (first in column %d)",
                source, row, c + 1, name, first));
      }
      raters.add(name);
    }
    return raters.build();
  }

  private static double rating(String cell, String source, int row, int column, String rater) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return Double.NaN;
    }
    double value;
    try {
      value = new BigDecimal(text).doubleValue();
    } catch (NumberFormatException e) {
      throw new InputRejected(
          format(
              "%s: row %d, column %d (rater '%s'): '%s' is not a number",
              source, row, column, rater, text));
    }
    if (Double.isInfinite(value)) {
      throw new InputRejected(
          format(
              "%s: row %d, column %d (rater '%s'): '%s' is out of range",
              source, row, column, rater, text));
    }
    return value;
  }

  /** The message on one line: a quoted cell echoed in it may hold line breaks. */
  private static String format(String format, Object... args) {
    return OneLineErrors.oneLine(String.format(Locale.ROOT, format, args));
  }

  /** Maps a record's character position to its 1-based line number. */
  private static final class Lines {
    private final int[] starts;

    private final String text;

    Lines(String text) {
      this.text = text;
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int of(CSVRecord record) {
      // A record's position is where the previous one ended: skip the blank lines between them.
      int position = (int) record.getCharacterPosition();
      while (position < text.length()
          && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
        position++;
      }
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= position) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }
  }
}

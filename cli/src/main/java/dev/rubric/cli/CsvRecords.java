package dev.rubric.cli;

import dev.rubric.core.VisibleText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time (RFC 4180: comma-separated, a cell may be quoted with {@code "},
 * a quote inside a quoted cell is written {@code ""}, a quoted cell may hold commas and line
 * breaks), holding only the current record, so memory does not grow with the number of rows.
 *
 * <p>A line ends with {@code \r\n}, {@code \n} or a lone {@code \r}, each one line end, inside a
 * quoted cell as outside: a text editor shows a lone {@code \r} as a line break too. A quoted cell
 * keeps its line breaks as the file writes them ({@code \r\n} stays {@code \r\n}). A UTF-8
 * byte-order mark at the start is skipped; spaces and tabs around a cell, and around the quotes of
 * a quoted cell, are removed. Each record knows the 1-based line of the file where it starts
 * ({@link #line()}), counting the lines inside quoted cells, so every message names the line a text
 * editor shows.
 *
 * <p>Given a {@link Utf8Reader}, the first byte that is not UTF-8 text is refused with the line it
 * is on, the column (the cell) it is in and its byte offset.
 *
 * <p>Limits, each refused with one {@link InputRejected} line naming the file and the row: a cell
 * longer than {@value #MAX_CELL_CHARS} characters, a record of more than {@value #MAX_CELLS} cells,
 * and a record longer than {@value #MAX_RECORD_CHARS} characters (line breaks inside quoted cells
 * included). Not thread-safe: one reader per file.
 *
 * <p>Why not Apache Commons CSV: it streams records too, but it buffers a whole cell and a whole
 * record before it returns them, with no bound, so one hostile cell of a few hundred megabytes
 * exhausts the heap before any limit can be checked. This reader checks each limit while it reads.
 */
final class CsvRecords {
  /** The longest cell, in characters: far above any id, name or rating. */
  static final int MAX_CELL_CHARS = 4096;

  /** The most cells in one record: the unit column and 10,000 raters. */
  static final int MAX_CELLS = 10_001;

  /** The longest record, in characters: 1 MiB of text. */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private static final int EOF = -1;

  private final Reader in;
  private final String source;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private int pushedBack = Integer.MIN_VALUE;
  private int line = 1;

  /** The 1-based column (cell) of the record that the next character read belongs to. */
  private int column = 1;

  private int recordLine;
  private int recordChars;
  private boolean started;

  /** Whether the cell being read is quoted: a limit passed inside one may be a missing quote. */
  private boolean inQuotes;

  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();

  CsvRecords(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /**
   * The next record that is not blank (a blank line, or one of spaces only, is one empty cell), or
   * null at the end of the file: blank lines before a header are passed over as between rows.
   */
  @Nullable List<String> nextNonBlank() {
    List<String> cells;
    do {
      cells = next();
    } while (cells != null && cells.size() == 1 && cells.get(0).isBlank());
    return cells;
  }

  /** The 1-based line where the record last returned by {@link #next()} starts. */
  int line() {
    return recordLine;
  }

  /**
   * The cells of the next record, stripped of surrounding spaces, or null at the end of the file.
   * The list is the caller's to keep: an immutable copy, never changed by a later call (a header
   * kept while later rows are read keeps its own width).
   *
   * @throws InputRejected when the record is malformed or past a limit
   */
  @Nullable List<String> next() {
    cells.clear();
    if (!started) {
      started = true;
      int first = read();
      if (first != '\uFEFF' && first != EOF) {
        pushBack(first);
      }
    }
    int c = read();
    if (c == EOF) {
      return null;
    }
    pushBack(c);
    recordLine = line;
    recordChars = 0;
    while (true) {
      int end = cell();
      if (cells.size() == MAX_CELLS) {
        throw reject(
            "row %d: more than %d cells; a row holds the unit column and at most %d raters",
            recordLine, MAX_CELLS, MAX_CELLS - 1);
      }
      cells.add(cell.toString());
      if (end != ',') {
        return List.copyOf(cells);
      }
    }
  }

  /** Reads one cell into {@link #cell}; returns what ended it: a comma, a line break or EOF. */
  private int cell() {
    cell.setLength(0);
    column = cells.size() + 1;
    int c = read();
    while (c == ' ' || c == '\t') {
      c = read();
    }
    if (c == '"') {
      quoted();
      c = read();
      while (c == ' ' || c == '\t') {
        c = read();
      }
      if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
        throw reject(
            "row %d, column %d: malformed CSV: a character after the closing quote of a quoted"
                + " cell; end the cell with a comma or quote the whole cell",
            recordLine, cells.size() + 1);
      }
      return endOfCell(c);
    }
    while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
      append((char) c);
      c = read();
    }
    // Trailing spaces and tabs are not part of the cell.
    int end = cell.length();
    while (end > 0 && (cell.charAt(end - 1) == ' ' || cell.charAt(end - 1) == '\t')) {
      end--;
    }
    cell.setLength(end);
    return endOfCell(c);
  }

  private void quoted() {
    inQuotes = true;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw reject(
            "row %d, column %d: malformed CSV: a quoted cell is still open at the end of the file"
                + " (a closing quote is missing)",
            recordLine, cells.size() + 1);
      }
      if (c == '"') {
        int next = read();
        if (next != '"') {
          pushBack(next);
          inQuotes = false;
          return;
        }
      } else if (c == '\r') {
        // One line end, \r\n or a lone \r, kept as the file writes it.
        append('\r');
        line++;
        int next = read();
        if (next == '\n') {
          append('\n');
        } else {
          pushBack(next);
        }
        continue;
      } else if (c == '\n') {
        line++;
      }
      append((char) c);
    }
  }

  /** Consumes a line break (counting it); returns what ended the cell. */
  private int endOfCell(int c) {
    if (c == '\r') {
      line++;
      column = 1;
      int next = read();
      if (next != '\n') {
        pushBack(next);
      }
      return '\n';
    }
    if (c == '\n') {
      line++;
      column = 1;
    }
    return c;
  }

  private void append(char c) {
    if (cell.length() == MAX_CELL_CHARS) {
      throw reject(
          "row %d, column %d: a %scell longer than %d characters%s",
          recordLine, cells.size() + 1, inQuotes ? "quoted " : "", MAX_CELL_CHARS, runsOn());
    }
    cell.append(c);
  }

  /**
   * What to add to a limit passed inside a quoted cell: where the cell has run on to, and that a
   * closing quote may be missing (an opening quote with no closing one takes the rest of the file).
   */
  private String runsOn() {
    return inQuotes
        ? String.format(
            Locale.ROOT, "; the quoted cell runs on to row %d: is its closing quote missing?", line)
        : "";
  }

  private int read() {
    int c;
    if (pushedBack != Integer.MIN_VALUE) {
      c = pushedBack;
      pushedBack = Integer.MIN_VALUE;
    } else {
      if (position == limit) {
        try {
          limit = Math.max(0, in.read(buffer, 0, buffer.length));
        } catch (Utf8Reader.NotUtf8 e) {
          throw reject(
              "row %d, column %d: not UTF-8 text: %s; save the file as UTF-8",
              line, column, e.why());
        } catch (IOException e) {
          throw InputFiles.failure(source, e);
        }
        position = 0;
      }
      c = position == limit ? EOF : buffer[position++];
    }
    if (c != EOF && ++recordChars > MAX_RECORD_CHARS) {
      throw reject(
          "row %d: a row longer than %d characters%s", recordLine, MAX_RECORD_CHARS, runsOn());
    }
    return c;
  }

  private void pushBack(int c) {
    if (c != EOF) {
      recordChars--;
    }
    pushedBack = c;
  }

  private InputRejected reject(String template, Object... args) {
    return new InputRejected(
        VisibleText.of(source + ": " + String.format(Locale.ROOT, template, args)));
  }
}

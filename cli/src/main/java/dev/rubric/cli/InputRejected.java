package dev.rubric.cli;

import java.util.List;

/**
 * Thrown by a command when its input cannot be used; the message is the one line printed after
 * {@code rubric: }, naming the file and, where it applies, the row and column or JSON path. Exit
 * code 1. An input with several problems is refused with all of them at once: each of {@link
 * #lines()} is printed on a line of its own.
 */
final class InputRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every line to print, the message first. */
  private final List<String> lines;

  InputRejected(String message) {
    super(message, null, false, false);
    this.lines = List.of(message);
  }

  /**
   * Refuses an input with several problems, one line each.
   *
   * @param lines the lines; none when every line was printed already ({@link InputReads})
   */
  InputRejected(List<String> lines) {
    super(lines.isEmpty() ? "the input is rejected" : lines.get(0), null, false, false);
    this.lines = List.copyOf(lines);
  }

  /** {@return every line to print after {@code rubric: }, the message first; may be none} */
  List<String> lines() {
    return lines;
  }
}

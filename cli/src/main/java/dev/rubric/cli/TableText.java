package dev.rubric.cli;

import dev.rubric.core.VisibleText;

/**
 * An id as a cell of a text table or an item of a list: shown as {@link VisibleText} does, and in
 * double quotes when it holds a space, so that an id such as {@code cand-1 HIRE 4.00} reads as one
 * cell and cannot pass for the columns after it. Stateless and thread-safe.
 */
final class TableText {
  private TableText() {}

  /**
   * {@return {@code id} made visible, quoted (with its quotes and backslashes escaped) when it
   * holds a space}
   *
   * @param id the id as given
   */
  static String id(String id) {
    String shown = VisibleText.of(id);
    if (shown.indexOf(' ') < 0) {
      return shown;
    }
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}

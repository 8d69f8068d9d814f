package dev.rubric.cli;

import dev.rubric.core.VisibleText;

/**
 * An id as a cell of a text table or an item of a list: shown one-to-one ({@link
 * VisibleText#unambiguous}: escapes for hidden characters, a backslash doubled where it could start
 * one), and in double quotes when it holds a space, so that an id such as {@code cand-1 HIRE 4.00}
 * reads as one cell and cannot pass for the columns after it. Stateless and thread-safe.
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
    String shown = VisibleText.unambiguous(id);
    if (shown.indexOf(' ') < 0) {
      return shown;
    }
    return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * {@return each of {@code ids} as {@link #id} shows it, joined by {@code separator}}: a cell of
   * several ids (an intersection's categories {@code F / Black}), where an id holding a space is
   * quoted so it cannot pass for two of them or for the cells after it
   *
   * @param ids the ids
   * @param separator what stands between them
   */
  static String ids(java.util.List<String> ids, String separator) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(id(id));
    }
    return out.toString();
  }
}

package dev.rubric.core.internal.util;

/**
 * How a sentence of the library quotes an id it was given, one rule for every module's messages and
 * reasons. Stateless.
 */
public final class Quoting {
  private Quoting() {}

  /**
   * {@return {@code id} in single quotes for a sentence, with each backslash and single quote in it
   * escaped by a backslash ({@code iv-1} reads {@code 'iv-1'}, {@code o'neil} reads {@code
   * 'o\'neil'})}: an id given in a plan or a scorecard may hold spaces, commas, parentheses and
   * quotes, and quoted this way it ends where its closing quote stands, so it cannot pass for the
   * words after it (another interviewer and level in a list, the rest of a reason), and two ids
   * never read alike
   *
   * @param id the id as given
   */
  public static String quoted(String id) {
    if (id.indexOf('\\') < 0 && id.indexOf('\'') < 0) {
      return "'" + id + "'";
    }
    StringBuilder b = new StringBuilder(id.length() + 8).append('\'');
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '\\' || c == '\'') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('\'').toString();
  }
}

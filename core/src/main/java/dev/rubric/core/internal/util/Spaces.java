package dev.rubric.core.internal.util;

/**
 * Which characters count as space around a value a user typed, one rule for every module.
 * Stateless.
 */
public final class Spaces {
  private Spaces() {}

  /**
   * {@return {@code text} without the space around it: what {@link String#strip()} removes and the
   * space separators it keeps (the no-break spaces, U+2000 to U+200A, U+3000), so that {@code "F "}
   * and {@code "F\u00a0"} both read as {@code F}}
   *
   * @param text the text
   */
  public static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * {@return whether {@code c} is white space or a space separator}
   *
   * @param c the character
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

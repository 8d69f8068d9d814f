package dev.rubric.core;

import java.util.Objects;

/**
 * Makes text that came from outside (ids, names, evidence, field names, CSV cells) safe to print on
 * a terminal or in a one-line log: every character that would move the cursor, start a new line,
 * send an escape sequence or reorder the text around it is shown as a visible escape instead.
 *
 * <p>Escaped: the C0 controls U+0000 to U+001F ({@code \n}, {@code \r} and {@code \t} by their
 * short names, the rest as {@code \}{@code u001b}), DEL U+007F, the C1 controls U+0080 to U+009F,
 * the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A to
 * U+202E, U+2066 to U+2069), the line and paragraph separators U+2028 and U+2029, and a surrogate
 * that is not part of a pair. Everything else, including non-Latin letters and emoji, is kept as it
 * is. A backslash is kept, so ordinary text and paths read unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class VisibleText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private VisibleText() {}

  /**
   * {@code text} with every control, bidirectional-formatting and lone-surrogate character shown as
   * a visible escape; the same string when there is none.
   *
   * @param text the text to show
   * @return the text, safe to print on one line
   */
  public static String of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int first = firstHidden(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (!hidden(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u")
            .append(HEX[(c >> 12) & 0xF])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code text} holds a character that {@link #of} would escape: a control character, a
   * bidirectional-formatting character, a line or paragraph separator or a lone surrogate.
   *
   * @param text the text to check
   * @return true when printing the text raw could move the cursor or reorder the text
   */
  public static boolean hasHidden(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return firstHidden(text) >= 0;
  }

  /**
   * The index of the first character of {@code text} that {@link #of} would escape, or -1 when
   * there is none.
   *
   * @param text the text to check
   * @return the index of the first hidden character, or -1
   */
  public static int indexOfHidden(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return firstHidden(text);
  }

  private static int firstHidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (hidden(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hidden(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029
        || Character.isSurrogate(c);
  }
}

package dev.rubric.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Makes text that came from outside (ids, names, evidence, field names, CSV cells) safe to print on
 * a terminal or in a one-line log: every character that would move the cursor, start a new line,
 * send an escape sequence or reorder the text around it is shown as a visible escape instead.
 *
 * <p>Escaped: the C0 controls U+0000 to U+001F ({@code \n}, {@code \r} and {@code \t} by their
 * short names, the rest as {@code \}{@code u001b}), DEL U+007F, the C1 controls U+0080 to U+009F,
 * every invisible formatting character (Unicode general category Cf: the bidirectional marks,
 * embeddings, overrides and isolates U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069,
 * the zero-width space, non-joiner and joiner U+200B to U+200D, the word joiner and invisible
 * operators U+2060 to U+2064, the byte order mark U+FEFF, the soft hyphen U+00AD, the tag
 * characters U+E0001 and U+E0020 to U+E007F, ...), every other character Unicode calls default
 * ignorable (Default_Ignorable_Code_Point: the combining grapheme joiner U+034F, the variation
 * selectors U+FE00 to U+FE0F and U+E0100 to U+E01EF, the Mongolian variation selectors U+180B to
 * U+180F, the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the Khmer vowels U+17B4 and U+17B5,
 * the reserved U+2065, U+FFF0 to U+FFF8 and U+E0000 to U+E0FFF), the braille pattern blank U+2800,
 * which renders as a space without being one, the line and paragraph separators U+2028 and U+2029,
 * and a surrogate that is not part of a pair. A character outside the Basic Multilingual Plane is
 * shown as the escapes of its two surrogates ({@code \}{@code udb40}{@code \}{@code udc41}).
 * Without these, two ids that print the same could differ by an invisible character, and hidden
 * text could ride along in a report. Everything else, including non-Latin letters and emoji, is
 * kept as it is (the joiners and variation selectors inside an emoji sequence are shown as
 * escapes). A backslash is kept, so ordinary text and paths read unchanged; {@link #of} is
 * therefore not one-to-one (the typed text {@code Asian\}{@code u200b} and {@code Asian} followed
 * by a real U+200B print alike), which is fine in a message but not where two values must never
 * look the same: {@link #unambiguous} also doubles a backslash that could be read as the start of
 * an escape, so that every output stands for exactly one input.
 *
 * <p>Stateless and thread-safe.
 */
public final class VisibleText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private VisibleText() {}

  /**
   * {@code text} with every control, invisible-formatting and lone-surrogate character shown as a
   * visible escape; the same string when there is none.
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
        char low = text.charAt(++i);
        if (hidden(Character.toCodePoint(c, low))) {
          escape(out, c);
          escape(out, low);
        } else {
          out.append(c).append(low);
        }
      } else if (!hidden(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        escape(out, c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} shown as {@link #of} shows it, and one-to-one: a backslash is written twice
   * ({@code \\}) when what follows it would otherwise read as an escape, that is when the next
   * character is a backslash, {@code n}, {@code r}, {@code t} or {@code u}, or a character {@link
   * #of} escapes; every other backslash is kept as it is, so a path such as {@code C:\Users\ana}
   * reads unchanged. Reading the result back, {@code \\} is a backslash, {@code \n}, {@code \r},
   * {@code \t} and {@code \}{@code uXXXX} are the escaped characters and any other backslash is
   * itself, so no two texts are shown alike: the typed {@code Asian\}{@code u200b} is shown as
   * {@code Asian\\}{@code u200b}, {@code Asian} with a real U+200B as {@code Asian\}{@code u200b}.
   * Not idempotent: show a text once.
   *
   * @param text the text to show
   * @return the text, safe to print on one line and distinct from the showing of any other text
   */
  public static String unambiguous(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String shown = of(text);
    if (shown.indexOf('\\') < 0) {
      return shown;
    }
    StringBuilder out = new StringBuilder(shown.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        int end =
            Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                ? i + 2
                : i + 1;
        out.append(of(text.subSequence(i, end)));
        i = end - 1;
        continue;
      }
      out.append('\\');
      if (i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        boolean pair =
            Character.isHighSurrogate(next)
                && i + 2 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 2));
        if (next == '\\'
            || next == 'n'
            || next == 'r'
            || next == 't'
            || next == 'u'
            || (pair ? hidden(Character.toCodePoint(next, text.charAt(i + 2))) : hidden(next))) {
          out.append('\\');
        }
      }
    }
    return out.toString();
  }

  private static void escape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }

  /**
   * Whether {@code text} holds a character that {@link #of} would escape: a control character, an
   * invisible formatting character (bidirectional or zero-width), another default-ignorable or
   * blank-rendering character (a variation selector, a Hangul filler), a line or paragraph
   * separator or a lone surrogate.
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

  /**
   * The index of the first character that would let an id print like another id although {@link
   * #of} leaves it as it is: white space at the start or the end, or anywhere a space other than
   * U+0020 (a no-break space U+00A0, U+2007 or U+202F, the typographic spaces U+2000 to U+200A,
   * U+205F, the ideographic space U+3000); -1 when there is none. {@code "iv-01 "} and {@code
   * "iv\u00a001"} would print like {@code "iv-01"} and {@code "iv 01"}. Control characters are left
   * to {@link #indexOfHidden}.
   *
   * @param id the id to check
   * @return the index of the first such space, or -1
   */
  public static int indexOfAmbiguousSpace(CharSequence id) {
    Objects.requireNonNull(id, "id");
    int last = id.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = id.charAt(i);
      if ((Character.isWhitespace(c) || Character.isSpaceChar(c))
          && (i == 0 || i == last || c != ' ')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How the space at {@code at} makes {@code id} print like another id, as the end of a sentence
   * about the id: {@code "begins with a space"}, {@code "ends with a space"}, or {@code "holds the
   * space U+00A0 at character 3; use a plain space inside an id, none at its ends"}.
   *
   * @param id the id
   * @param at the index {@link #indexOfAmbiguousSpace} gave for it
   * @return the clause
   * @throws NullPointerException if {@code id} is null
   * @throws IndexOutOfBoundsException if {@code at} is not an index of {@code id}
   */
  public static String ambiguousSpace(CharSequence id, int at) {
    Objects.requireNonNull(id, "id");
    char c = id.charAt(Objects.checkIndex(at, id.length()));
    if (c == ' ') {
      return at == 0 ? "begins with a space" : "ends with a space";
    }
    return String.format(
        Locale.ROOT,
        "holds the space U+%04X at character %d; use a plain space inside an id, none at its ends",
        (int) c,
        at);
  }

  private static int firstHidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (hidden(Character.toCodePoint(c, text.charAt(i + 1)))) {
          return i;
        }
        i++;
      } else if (hidden(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the code point {@code c} (a lone surrogate passed on its own counts) is escaped: a
   * control, an invisible formatting character, a default-ignorable or blank-rendering character, a
   * line or paragraph separator or a surrogate.
   */
  private static boolean hidden(int c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (c < 0xAD) {
      return false; // printable ASCII and Latin-1: the common case, decided without a table look-up
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || defaultIgnorable(c)
        || blank(c);
  }

  /**
   * Whether {@code c} is a Default_Ignorable_Code_Point of Unicode (DerivedCoreProperties.txt,
   * Unicode 15.1): a character that renders as nothing where it is not supported. Those of category
   * Cf are caught by the category check already; this adds the combining grapheme joiner, the
   * variation selectors, the Hangul fillers, the Khmer inherent vowels, the Mongolian free
   * variation selectors and the reserved code points of the ignorable ranges.
   */
  private static boolean defaultIgnorable(int c) {
    return c == 0x00AD
        || c == 0x034F
        || c == 0x061C
        || c == 0x115F
        || c == 0x1160
        || c == 0x17B4
        || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F)
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F)
        || c == 0x3164
        || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFEFF
        || c == 0xFFA0
        || (c >= 0xFFF0 && c <= 0xFFF8)
        || (c >= 0x1BCA0 && c <= 0x1BCA3)
        || (c >= 0x1D173 && c <= 0x1D17A)
        || (c >= 0xE0000 && c <= 0xE0FFF);
  }

  /**
   * Whether {@code c} is a letter or symbol that renders as blank space although it is not white
   * space: the braille pattern blank U+2800 (the Hangul fillers are ignorable code points too).
   */
  private static boolean blank(int c) {
    return c == 0x2800;
  }
}

package dev.rubric.scoring;

import java.util.Formattable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages formatted under {@link Locale#ROOT}; comparisons fail on NaN. */
final class Checks {
  private Checks() {}

  /**
   * {@code String.format(Locale.ROOT, template, args)}. Templates made only of {@code %s}, {@code
   * %d} and {@code %%} with plain arguments (the sentences of reasons and messages) are assembled
   * directly, which gives the same text without building a {@link java.util.Formatter} and its
   * locale symbols; any other template goes through {@link String#format}.
   */
  static String format(String template, Object... args) {
    String fast = plainFormat(template, args);
    return fast != null ? fast : String.format(Locale.ROOT, template, args);
  }

  /** The text of a template of plain conversions, or null when {@link String#format} is needed. */
  private static @Nullable String plainFormat(String template, @Nullable Object[] args) {
    StringBuilder b = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char ch = template.charAt(i);
      if (ch != '%') {
        b.append(ch);
        continue;
      }
      if (i + 1 >= n) {
        return null;
      }
      char conversion = template.charAt(++i);
      if (conversion == '%') {
        b.append('%');
      } else if (next >= args.length) {
        return null;
      } else if (conversion == 's') {
        Object arg = args[next++];
        if (arg instanceof Formattable) {
          return null;
        }
        b.append(String.valueOf(arg));
      } else if (conversion == 'd') {
        Object arg = args[next++];
        if (arg instanceof Integer
            || arg instanceof Long
            || arg instanceof Short
            || arg instanceof Byte) {
          b.append(((Number) arg).longValue());
        } else {
          return null;
        }
      } else {
        return null;
      }
    }
    return b.toString();
  }

  static void checkArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /** Formats a figure for a sentence: at most three decimals, no trailing zeros. */
  static String figure(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    // Locale.US prints exactly as Locale.ROOT here ('0' digits, '.' separator, no grouping), and
    // java.util.Formatter reads its symbols without building them anew for Locale.US.
    String s = String.format(Locale.US, "%.3f", value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, end);
  }
}

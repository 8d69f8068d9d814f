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
    StringBuilder b = new StringBuilder(template.length() + 32 * args.length);
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
    String s = threeDecimals(value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * {@code String.format(Locale.ROOT, "%.3f", value)}. Away from a rounding tie the thousandths are
   * read off the value directly: below 10^6 the value and its shortest decimal form differ by far
   * less than the 10^-6 margin kept from a tie, so both round to the same digits. Near a tie, and
   * for large, infinite or NaN values, {@link String#format} decides (under {@code Locale.US},
   * which prints as {@code Locale.ROOT} here: '0' digits, '.' separator, no grouping, and is read
   * without building locale symbols anew).
   */
  static String threeDecimals(double value) {
    double scaled = Math.abs(value) * 1000;
    if (scaled < 1e9) {
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) > 1e-6) {
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        long thousandths = units % 1000;
        StringBuilder b = new StringBuilder(16);
        if (Math.copySign(1.0, value) < 0) { // as the formatter: -0.0 prints "-0.000"
          b.append('-');
        }
        b.append(units / 1000).append('.');
        if (thousandths < 100) {
          b.append(thousandths < 10 ? "00" : "0");
        }
        return b.append(thousandths).toString();
      }
    }
    return String.format(Locale.US, "%.3f", value);
  }
}

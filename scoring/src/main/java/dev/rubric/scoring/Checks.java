package dev.rubric.scoring;

import java.util.Locale;

/** Argument checks with messages formatted under {@link Locale#ROOT}; comparisons fail on NaN. */
final class Checks {
  private Checks() {}

  /**
   * {@code String.format(Locale.ROOT, template, args)}: for messages of errors, which are rare. The
   * sentences of an evaluation, built for every candidate, are concatenated where they are made.
   */
  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
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

package dev.rubric.scoring;

import java.util.Locale;

/** Argument checks with messages formatted under {@link Locale#ROOT}; comparisons fail on NaN. */
final class Checks {
  private Checks() {}

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
    String s = String.format(Locale.ROOT, "%.3f", value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, end);
  }
}

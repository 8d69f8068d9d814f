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

  // One-argument forms: a check on every value built must not box its argument or allocate a
  // varargs array when it passes.

  static void checkArgument(boolean ok, String template, Object arg) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
    }
  }

  static void checkArgument(boolean ok, String template, int arg) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
    }
  }

  static void checkArgument(boolean ok, String template, double arg) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
    }
  }

  /**
   * Formats a figure for a sentence: {@code String.format(Locale.ROOT, "%.3f", value)} without its
   * trailing zeros (and without the point when nothing follows it); whole values below 10^15 print
   * as integers. Sentences are rendered only when read, so this need not be fast.
   */
  static String figure(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = String.format(Locale.ROOT, "%.3f", value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--; // 2.0004 reads "2", not "2."
    }
    return s.substring(0, end);
  }
}

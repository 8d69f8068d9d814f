package dev.rubric.scoring;

import java.util.List;
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

  /**
   * Adds the message {@code template} formatted with {@code args} to {@code faults} unless {@code
   * ok}: for checks that report every fault of a value at once ({@link #throwIfAny}).
   */
  static void collect(List<String> faults, boolean ok, String template, Object... args) {
    if (!ok) {
      faults.add(format(template, args));
    }
  }

  /**
   * Throws one {@link IllegalArgumentException} naming every fault in {@code faults}, joined by
   * {@code "; "}; nothing when there is none.
   */
  static void throwIfAny(List<String> faults) {
    if (!faults.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", faults));
    }
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
   * {@link #figure} of {@code value} shown beside {@code reference}, the bar, target or threshold
   * it is compared with: when the two would read alike at three decimals but differ ("scored 3,
   * below its bar 3" for 2.9996), the value is shown in full, as the shortest decimal that reads
   * back as it ({@code 2.9996}, {@code 2.9999999999999996}).
   */
  static String figureBeside(double value, double reference) {
    String shown = figure(value);
    if (value == reference || !shown.equals(figure(reference)) || !Double.isFinite(value)) {
      return shown;
    }
    return shortestDecimal(value);
  }

  /** {@return the shortest decimal that reads back as {@code value}, without an exponent} */
  static String shortestDecimal(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Formats a figure for a sentence: {@code String.format(Locale.ROOT, "%.3f", value)} without its
   * trailing zeros (and without the point when nothing follows it); whole values below 10^15 print
   * as integers. A value below 10^6 whose thousandths are not within 10^-6 of a tie is rounded
   * directly, which gives the same digits (its product by 1000 and its shortest decimal form are
   * both well within that distance of the exact value); anything else goes through the formatter.
   */
  static String figure(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double scaled = value * 1000;
    if (Math.abs(value) < 1e6 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      long units = Math.round(scaled);
      long magnitude = Math.abs(units);
      StringBuilder b = new StringBuilder(12);
      if (value < 0) {
        b.append('-'); // as the formatter: -0.0004 reads "-0"
      }
      b.append(magnitude / 1000);
      long thousandths = magnitude % 1000;
      if (thousandths != 0) {
        b.append('.').append((char) ('0' + thousandths / 100));
        if (thousandths % 100 != 0) {
          b.append((char) ('0' + thousandths / 10 % 10));
          if (thousandths % 10 != 0) {
            b.append((char) ('0' + thousandths % 10));
          }
        }
      }
      return b.toString();
    }
    return formatted(value);
  }

  /** {@link #figure} through the formatter. */
  static String formatted(double value) {
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

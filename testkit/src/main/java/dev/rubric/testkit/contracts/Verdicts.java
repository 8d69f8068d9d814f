package dev.rubric.testkit.contracts;

import java.util.Locale;

/** The assertions the laws share: each throws an {@link AssertionError} saying what broke. */
final class Verdicts {
  /** How far two figures that a law says are equal may differ, to absorb rounding. */
  static final double TOLERANCE = 1e-9;

  private Verdicts() {}

  static void require(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(Locale.ROOT, format, args));
    }
  }

  static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** Whether {@code value} is a number within [min, max] (NaN is not). */
  static boolean within(double value, int min, int max) {
    return value >= min && value <= max;
  }
}

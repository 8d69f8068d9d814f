package dev.rubric.spark;

import java.util.Locale;

/** Argument checks with messages formatted in {@link Locale#ROOT}. */
final class Checks {
  private Checks() {}

  static void check(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }
}

package dev.rubric.scoring.audit;

import java.util.Locale;

/** Argument checks with messages formatted in {@link Locale#ROOT}. */
final class Checks {
  private Checks() {}

  static IllegalArgumentException illegal(String template, Object... args) {
    return new IllegalArgumentException(String.format(Locale.ROOT, template, args));
  }

  static void checkArgument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw illegal(template, args);
    }
  }

  static <T> T checkNotNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    return value;
  }
}

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

  /**
   * {@return a + b, two counts of {@code what}} A sum beyond {@link Long#MAX_VALUE} is an {@link
   * IllegalArgumentException} that names it, never a wrapped count or a bare ArithmeticException.
   */
  static long countSum(long a, long b, String what) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw illegal("%s counts more than %d (Long.MAX_VALUE): %d + %d", what, Long.MAX_VALUE, a, b);
    }
    return sum;
  }

  static <T> T checkNotNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    return value;
  }
}

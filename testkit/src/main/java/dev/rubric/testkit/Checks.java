package dev.rubric.testkit;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages formatted in {@link Locale#ROOT}. */
final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with the formatted message unless {@code ok}. */
  static void checkArgument(boolean ok, String format, @Nullable Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  /** Formats in {@link Locale#ROOT}. */
  static String format(String format, @Nullable Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

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
   * {@code items} as an immutable list.
   *
   * @throws NullPointerException naming {@code name} if {@code items} is null, or {@code name[i]}
   *     if its element {@code i} is
   */
  static <T> java.util.List<T> copyOf(java.util.List<? extends T> items, String name) {
    checkNotNull(items, name);
    for (int i = 0; i < items.size(); i++) {
      checkNotNull(items.get(i), name + "[" + i + "]");
    }
    return java.util.List.copyOf(items);
  }

  static <T> T checkNotNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    return value;
  }
}

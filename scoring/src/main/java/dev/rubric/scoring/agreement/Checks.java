package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Consumer;

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
   * Returns row {@code i} of the matrix {@code name}, refusing a null row with a message that names
   * it ({@code "unitsByRaters[3]"}).
   */
  static <T> T row(T[] rows, int i, String name) {
    T row = rows[i];
    if (row == null) {
      throw new NullPointerException(name + "[" + i + "]");
    }
    return row;
  }

  /**
   * Hands each row of the matrix {@code name} to {@code add} in order: a null row is refused as
   * {@link #row} refuses it, and an {@link IllegalArgumentException} from {@code add} comes back
   * with the row named ({@link #atRow}).
   */
  static <T> void eachRow(T[] rows, String name, Consumer<T> add) {
    requireNonNull(rows, name);
    for (int i = 0; i < rows.length; i++) {
      try {
        add.accept(row(rows, i, name));
      } catch (IllegalArgumentException e) {
        throw atRow(name, i, e);
      }
    }
  }

  /** Returns {@code e} with the row {@code i} of the matrix {@code name} named in its message. */
  static IllegalArgumentException atRow(String name, int i, IllegalArgumentException e) {
    return new IllegalArgumentException(name + "[" + i + "]: " + e.getMessage(), e);
  }

  /** Returns {@code rating} as an int, or {@link Ratings#MISSING} for NaN. */
  static int toLevel(double rating) {
    if (Double.isNaN(rating)) {
      return Ratings.MISSING;
    }
    // Written so that infinities and fractions fail; MIN_VALUE is reserved for MISSING.
    if (!(rating == Math.rint(rating))) {
      throw illegal("rating (%s) must be an integer level or NaN for a missing rating", rating);
    }
    if (!(rating > Integer.MIN_VALUE && rating <= Integer.MAX_VALUE)) {
      throw illegal(
          "rating (%s) lies outside the levels %s to %s that the statistics take (%s is the"
              + " missing marker of the int overloads); use NaN for a missing rating",
          rating, Integer.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }
    return (int) rating;
  }

  /** Copies {@code ratings} into {@code scratch} (grown if needed) as levels. */
  static int[] toLevels(double[] ratings, int[] scratch) {
    int[] out = scratch.length >= ratings.length ? scratch : new int[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      out[i] = toLevel(ratings[i]);
    }
    return out;
  }
}

package dev.rubric.scoring.agreement;

/**
 * Helpers for category tables indexed by {@code value - lo} over a span of consecutive integer
 * values that grows as new values are discovered. Ends of spans are computed in {@code long}: a
 * span may reach {@link Integer#MAX_VALUE}, where {@code lo + width} does not fit an {@code int}.
 */
final class Span {
  private Span() {}

  /**
   * Returns whether the span {@code [lo, lo + width)} holds every value of {@code [min, max]}
   * (false for an empty span), computed without overflow.
   */
  static boolean covers(int lo, int width, int min, int max) {
    return width > 0 && min >= lo && max <= hi(lo, width);
  }

  /** Returns the highest value {@code lo + width - 1} of a non-empty span, without overflow. */
  static long hi(int lo, int width) {
    return (long) lo + width - 1;
  }

  /** Returns the width of the span covering {@code [lo, lo + width)} and {@code [min, max]}. */
  static int grownWidth(int lo, int width, int min, int max) {
    long newLo = width == 0 ? min : Math.min(lo, min);
    long newHi = width == 0 ? max : Math.max(lo + (long) width - 1, max);
    long newWidth = newHi - newLo + 1;
    if (newWidth > Ratings.MAX_SPAN) {
      throw Checks.illegal(
          "ratings span the values [%s, %s], %s levels; at most %s consecutive levels are"
              + " supported",
          newLo, newHi, newWidth, Ratings.MAX_SPAN);
    }
    return (int) newWidth;
  }

  /** Returns the low end of the span covering {@code [lo, lo + width)} and {@code min}. */
  static int grownLo(int lo, int width, int min) {
    return width == 0 ? min : Math.min(lo, min);
  }

  /** Copies a vector indexed from {@code oldLo} into one indexed from {@code newLo}. */
  static long[] vector(long[] old, int oldLo, int newLo, int newWidth) {
    long[] out = new long[newWidth];
    if (old.length == 0) {
      return out;
    }
    System.arraycopy(old, 0, out, oldLo - newLo, old.length);
    return out;
  }

  /** Copies a row-major square matrix indexed from {@code oldLo} into a wider one. */
  static long[] square(long[] old, int oldLo, int oldWidth, int newLo, int newWidth) {
    long[] out = new long[newWidth * newWidth];
    if (old.length == 0) {
      return out;
    }
    int shift = oldLo - newLo;
    for (int r = 0; r < oldWidth; r++) {
      System.arraycopy(old, r * oldWidth, out, (r + shift) * newWidth + shift, oldWidth);
    }
    return out;
  }

  /** Adds {@code from} (indexed from {@code fromLo}) into {@code into} (from {@code intoLo}). */
  static void addVector(long[] into, int intoLo, long[] from, int fromLo) {
    int shift = fromLo - intoLo;
    for (int i = 0; i < from.length; i++) {
      into[i + shift] += from[i];
    }
  }

  /** Adds a square matrix of width {@code fromWidth} into a wider one. */
  static void addSquare(
      long[] into, int intoLo, int intoWidth, long[] from, int fromLo, int fromWidth) {
    int shift = fromLo - intoLo;
    for (int r = 0; r < fromWidth; r++) {
      int base = (r + shift) * intoWidth + shift;
      for (int c = 0; c < fromWidth; c++) {
        into[base + c] += from[r * fromWidth + c];
      }
    }
  }
}

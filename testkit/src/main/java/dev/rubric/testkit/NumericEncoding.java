package dev.rubric.testkit;

/**
 * How numbers are encoded as choices so that lowering a choice moves the number toward its shrink
 * target.
 *
 * <p>An integer in {@code [min, max]} with target {@code t} is one magnitude choice when {@code t}
 * is an end of the range, otherwise a side flag (0: at or above {@code t}, 1: below) followed by a
 * magnitude. All arithmetic is two's complement on unsigned spans, so the full {@code long} range
 * works.
 */
final class NumericEncoding {
  private NumericEncoding() {}

  /** The value of {@code [min, max]} closest to zero. */
  static long closestToZero(long min, long max) {
    return min > 0 ? min : Math.min(max, 0);
  }

  /** Draws an integer in {@code [min, max]} that shrinks toward {@code target}. */
  static long between(Choices choices, long min, long max, long target) {
    if (target == min) {
      return min + choices.drawSized(max - min);
    }
    if (target == max) {
      return max - choices.drawSized(max - min);
    }
    if (choices.drawBoolean(0.5)) {
      return target - 1 - choices.drawSized(target - 1 - min);
    }
    return target + choices.drawSized(max - target);
  }

  /**
   * Draws a finite double in {@code [min, max]} that shrinks toward the value closest to zero: a
   * side flag, a whole magnitude (at most 2<sup>62</sup>) and a fraction with 52 bits, so that
   * shrinking reaches whole numbers first.
   */
  static double between(Choices choices, double min, double max) {
    double target = min > 0 ? min : Math.min(max, 0.0);
    boolean below = target > min && (target == max || choices.drawBoolean(0.5));
    double span = below ? target - min : max - target;
    long whole = choices.drawSized((long) Math.min(Math.floor(span), 0x1p62));
    double fraction = choices.draw((1L << 52) - 1) / 0x1p52;
    double magnitude = Math.min(span, whole + fraction);
    return below ? target - magnitude : target + magnitude;
  }
}

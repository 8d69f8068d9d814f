package dev.rubric.testkit;

/**
 * How numbers are encoded as choices so that lowering a choice moves the number toward its shrink
 * target.
 *
 * <p>An integer in {@code [min, max]} with target {@code t} is one magnitude choice when {@code t}
 * is an end of the range. Otherwise it is a distance from {@code t} followed by a side flag (0:
 * above, 1: below), so that lowering the choices orders the values by distance first and, at one
 * distance, above before below: {@code t, t + 1, t - 1, t + 2, t - 2, ...} (for a target of 0 the
 * order 0, 1, -1, 2, -2 that Hypothesis and the shrinking benchmark use). A distance that only the
 * other side can hold reads as that side's value, so that moving a distance up or down between
 * choices while shrinking can cross to the far side of a lopsided range (the 16-bit {@code
 * -32768}). A fresh draw balances the sides: the distance is drawn up to the larger side's span,
 * and when it is beyond the flagged side's span it is wrapped into that side ({@code 1 + (d - 1)
 * mod span}; the larger span itself gives that side's end) and recorded wrapped. So each side is
 * drawn half of the time however lopsided the range, with both ends and small distances favoured on
 * each, and with the flag recorded 0 for the distance 0 a value has one encoding. All arithmetic is
 * two's complement on unsigned spans, so the full {@code long} range works.
 */
final class NumericEncoding {
  /** The largest fraction choice of a double: 52 bits. */
  private static final long FRACTION_BOUND = (1L << 52) - 1;

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
    long below = target - min;
    long above = max - target;
    long larger = Long.compareUnsigned(below, above) > 0 ? below : above;
    long distance = choices.drawSized(larger);
    boolean under = choices.drawBoolean(0.5);
    if (distance == 0) {
      choices.rewriteFresh(1, 0);
      return target;
    }
    long span = under ? below : above;
    if (Long.compareUnsigned(distance, span) > 0) {
      if (choices.isFresh(2)) {
        distance = distance == larger ? span : 1 + Long.remainderUnsigned(distance - 1, span);
        choices.rewriteFresh(2, distance);
      } else {
        under = !under;
      }
    }
    return under ? target - distance : target + distance;
  }

  /**
   * Draws a finite double in {@code [min, max]} that shrinks toward the value closest to zero.
   *
   * <p>Choices: a side flag (only when the target is strictly inside the range), a kind (0
   * ordinary; fresh, 2% each: 1 the target itself, 2 the far end of the side), a whole magnitude in
   * {@code [0, ceil(span) - 1]} (at most 2<sup>62</sup>) and a 52-bit fraction. The ordinary
   * magnitude is {@code whole + fraction}, the fraction scaled into the room left below the span on
   * the last whole step, so ordinary values never land on the end of the range by rounding or
   * clamping; the ends come from the kind alone. The whole and fraction are drawn for every kind,
   * so lowering the kind to 0 keeps the rest of the sequence aligned, and lowering the fraction
   * reaches whole numbers first. The target ignores the whole and fraction, and a fresh draw of it
   * records 0 for both. The far end is the far end only with the largest whole and fraction, which
   * a fresh draw of it records; with any other whole or fraction (lowered while shrinking) it is
   * the ordinary magnitude, so that lowering the kind, the whole or the fraction (or deleting them)
   * moves the far end toward the target like any other value instead of leaving it stuck there. One
   * whole beyond the largest is the far end too, whatever the kind and fraction; it is never drawn
   * fresh (so the ends keep their 2%), but a replay takes it, so that shrinking reaches an end of
   * the range the way it reaches any whole number, by moving amount into the whole: {@code [1.0,
   * 9.0]} of {@code doubles(0, 10)} failing on a sum of 10 or more becomes {@code [0.0, 10.0]} and
   * then {@code [10.0]}, where the kind alone (which needs the whole and the fraction at their
   * largest at once) left it stuck.
   */
  static double between(Choices choices, double min, double max) {
    double target = min > 0 ? min : Math.min(max, 0.0);
    boolean below = target > min && (target == max || choices.drawBoolean(0.5));
    double span = below ? target - min : max - target;
    long kind = choices.drawKind(2, 0.02);
    long wholeBound = (long) Math.max(0, Math.min(Math.ceil(span) - 1, 0x1p62));
    long whole = choices.drawSized(wholeBound, wholeBound + 1);
    long fractionBits = choices.draw(FRACTION_BOUND);
    if (kind != 0) {
      boolean end = kind == 2;
      whole = choices.rewriteFresh(2, end ? wholeBound : 0);
      fractionBits = choices.rewriteFresh(1, end ? FRACTION_BOUND : 0);
    }
    double fraction = fractionBits / 0x1p52;
    double magnitude;
    if (kind == 1 || span == 0) {
      magnitude = 0;
    } else if (whole > wholeBound
        || (kind == 2 && whole == wholeBound && fractionBits == FRACTION_BOUND)) {
      magnitude = span;
    } else {
      magnitude = Math.min(span, whole + fraction * Math.min(1.0, span - whole));
    }
    return below ? target - magnitude : target + magnitude;
  }

  /** The special kinds of {@link #anyDouble}, after the plain kind 0. */
  private static final int SPECIAL_KINDS = 7;

  /** The chance of each special kind of {@link #anyDouble} on a fresh draw. */
  static final double SPECIAL_SHARE = 0.04;

  /** The largest binary exponent a plain value of {@link #anyDouble} is scaled by, either way. */
  private static final int MAX_SCALE = 1100;

  /** The choice of the largest scale, {@code +MAX_SCALE}. */
  private static final long LARGEST_SCALE_CHOICE = 2L * MAX_SCALE - 1;

  /**
   * Draws any double, the special values included, shrinking toward 0.0 and plain values.
   *
   * <p>Choices: a kind (0 plain; fresh, {@link #SPECIAL_SHARE} each: 1 zero, 2 NaN, 3 infinity, 4
   * {@link Double#MIN_VALUE}, 5 a subnormal, 6 {@link Double#MIN_NORMAL}, 7 {@link
   * Double#MAX_VALUE}), a sign flag (1 negative; NaN has none), a binary scale, a whole magnitude
   * in {@code [0, 2^53]} and a 52-bit fraction. A plain value is {@code (whole + fraction / 2^52) *
   * 2^scale}, the scale read from its choice as 0, 1, -1, 2, -2, ... up to {@value #MAX_SCALE}
   * either way (so with the scale and the fraction at 0, whole numbers come first), and {@code
   * Double.MAX_VALUE} where that overflows, so a plain value is always finite. A subnormal takes
   * its bits from the fraction (at least 1). Every choice is drawn for every kind, and a fresh
   * special value records for the choices it ignores those of the plain value nearest it, so that
   * lowering the kind to 0 leaves that value for the rest of shrinking: 0.0 (-0.0 with the sign)
   * for most, and the largest scale and whole for an infinity and {@code Double.MAX_VALUE}. An
   * infinity is one only with that scale and whole, and {@code Double.MAX_VALUE} is the plain value
   * they make; with a lower scale or whole (shrinking) both are that plain value, so that shrinking
   * cannot first zero the choices an infinity ignores and then find nothing below it, and a
   * property failing on every large value shrinks from an infinity through {@code Double.MAX_VALUE}
   * on down through the plain values.
   */
  static double anyDouble(Choices choices) {
    long kind = choices.drawKind(SPECIAL_KINDS, SPECIAL_SHARE);
    boolean negative = choices.drawBoolean(0.5);
    long scaleChoice = choices.drawSized(2L * MAX_SCALE);
    long whole = choices.drawSized(1L << 53);
    long fractionBits = choices.draw(FRACTION_BOUND);
    if (kind != 0) {
      // The plain value each special value lowers to: the largest for an infinity and for
      // MAX_VALUE, so that a property failing on large values shrinks on through plain ones; 0
      // for the rest.
      boolean large = kind == 3 || kind == 7;
      scaleChoice = choices.rewriteFresh(3, large ? LARGEST_SCALE_CHOICE : 0);
      whole = choices.rewriteFresh(2, large ? 1L << 53 : 0);
      if (kind != 5) {
        fractionBits = choices.rewriteFresh(1, 0);
      }
    }
    double sign = negative ? -1.0 : 1.0;
    boolean largest = scaleChoice == LARGEST_SCALE_CHOICE && whole == 1L << 53;
    switch ((int) kind) {
      case 0:
        break;
      case 1:
        return sign * 0.0;
      case 2:
        return Double.NaN;
      case 3:
        if (largest) {
          return sign * Double.POSITIVE_INFINITY;
        }
        break;
      case 4:
        return sign * Double.MIN_VALUE;
      case 5:
        return sign * Double.longBitsToDouble(Math.max(1, fractionBits));
      case 6:
        return sign * Double.MIN_NORMAL;
      default:
        break; // MAX_VALUE: the plain value of the largest scale and whole, as recorded fresh
    }
    int scale = (int) ((scaleChoice + 1) / 2) * (scaleChoice % 2 == 1 ? 1 : -1);
    double magnitude = Math.scalb(whole + fractionBits / 0x1p52, scale);
    return sign * (Double.isInfinite(magnitude) ? Double.MAX_VALUE : magnitude);
  }
}

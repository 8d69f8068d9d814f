package dev.rubric.scoring.agreement;

/**
 * The defined coefficients 0 to 10 in steps of a quarter, made once: agreement and scores land on
 * them often (unanimous raters give sd 0 and rwg 1, the mean of two or four ratings is a multiple
 * of a half or a quarter), and a shared record saves the allocation. Records compare by value, so
 * sharing them changes nothing a caller can see.
 */
final class WholeCoefficients {
  /** Shared values per unit: multiples of {@code 1 / STEPS}, exact in binary. */
  private static final int STEPS = 4;

  private static final Coefficient.Defined[] SHARED = new Coefficient.Defined[10 * STEPS + 1];

  static {
    for (int i = 0; i < SHARED.length; i++) {
      SHARED[i] = new Coefficient.Defined((double) i / STEPS);
    }
  }

  private WholeCoefficients() {}

  /**
   * {@return the defined coefficient {@code value}: a shared one for the quarters 0 to 10 (not
   * -0.0)}
   */
  static Coefficient.Defined of(double value) {
    double quarters = value * STEPS; // exact: a power of two
    int at = (int) quarters;
    if (at == quarters
        && at >= 0
        && at < SHARED.length
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      return SHARED[at];
    }
    return new Coefficient.Defined(value);
  }
}

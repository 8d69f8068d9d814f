package dev.rubric.scoring.agreement;

/**
 * The defined coefficients 0 to 10, made once: agreement and scores land on whole numbers often
 * (unanimous raters give sd 0 and rwg 1, equal ratings a whole score), and a shared record saves
 * the allocation. Records compare by value, so sharing them changes nothing a caller can see.
 */
final class WholeCoefficients {
  private static final Coefficient.Defined[] WHOLE = new Coefficient.Defined[11];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = new Coefficient.Defined(i);
    }
  }

  private WholeCoefficients() {}

  /** {@return the defined coefficient {@code value}: a shared one for 0 to 10 (not -0.0)} */
  static Coefficient.Defined of(double value) {
    int whole = (int) value;
    if (whole == value
        && whole >= 0
        && whole < WHOLE.length
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      return WHOLE[whole];
    }
    return new Coefficient.Defined(value);
  }
}

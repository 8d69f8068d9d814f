package dev.rubric.testkit;

/** The exception behind {@link PropertyCheck#assume}: the value is discarded, not a failure. */
final class Assumptions {
  private Assumptions() {}

  /** Thrown when a property's assumption does not hold for the value under test. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected(String message) {
      super(message, null, false, false);
    }
  }
}

package dev.rubric.testkit;

/**
 * A generator could not make a value from the choices it was given: a filter rejected too many
 * values, a set could not find enough distinct elements, or the value outgrew the choice budget.
 * While shrinking this only marks a candidate as invalid; during a run the value is discarded and
 * counted, unless the failure is {@linkplain #fatal() fatal} (a recursive generator without a base
 * case), which stops the property.
 */
final class GenerationFailed extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final boolean fatal;

  GenerationFailed(String message) {
    this(message, false);
  }

  private GenerationFailed(String message, boolean fatal) {
    super(message);
    this.fatal = fatal;
  }

  /** A failure no other value can avoid, such as a recursive generator without a base case. */
  static GenerationFailed fatal(String message) {
    return new GenerationFailed(message, true);
  }

  /** Whether the failure stops the run instead of discarding one value. */
  boolean fatal() {
    return fatal;
  }
}

package dev.rubric.testkit;

/**
 * A generator could not make a value from the choices it was given: a filter rejected too many
 * values, a set could not find enough distinct elements, or too many choices were drawn. While
 * shrinking this only marks a candidate as invalid; during a run it stops the property.
 */
final class GenerationFailed extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  GenerationFailed(String message) {
    super(message);
  }
}

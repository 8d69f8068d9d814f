package dev.rubric.testkit;

/** The engine behind a {@link Gen}: makes one value from a sequence of choices. */
@FunctionalInterface
interface Generator<T> {
  /** Makes a value, drawing every random decision from {@code choices}. */
  T generate(Choices choices);
}

package dev.rubric.testkit.contracts;

import dev.rubric.testkit.Gen;
import dev.rubric.testkit.PropertyCheck;

/**
 * One law of a contract suite: its name, the inputs it is checked on and the check, which fails by
 * throwing (an {@link AssertionError} saying what broke). A law whose every try checks several
 * inputs runs the suite's tries divided by {@code triesDivisor} (at least one).
 */
record Law<T>(String name, Gen<T> inputs, PropertyCheck.Body<? super T> check, int triesDivisor) {
  static <T> Law<T> of(String name, Gen<T> inputs, PropertyCheck.Body<? super T> check) {
    return new Law<>(name, inputs, check, 1);
  }

  /** {@return how many tries this law runs in a suite of {@code tries}} */
  int tries(int tries) {
    return Math.max(1, tries / triesDivisor);
  }
}

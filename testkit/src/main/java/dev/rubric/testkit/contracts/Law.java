package dev.rubric.testkit.contracts;

import dev.rubric.testkit.Gen;
import dev.rubric.testkit.PropertyCheck;

/**
 * One law of a contract suite: its name, the inputs it is checked on and the check, which fails by
 * throwing (an {@link AssertionError} saying what broke).
 */
record Law<T>(String name, Gen<T> inputs, PropertyCheck.Body<? super T> check) {
  static <T> Law<T> of(String name, Gen<T> inputs, PropertyCheck.Body<? super T> check) {
    return new Law<>(name, inputs, check);
  }
}

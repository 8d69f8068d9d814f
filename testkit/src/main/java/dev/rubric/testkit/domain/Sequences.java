package dev.rubric.testkit.domain;

import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Combinators the engine does not offer directly, built from its public API. */
final class Sequences {
  private Sequences() {}

  /** One value from each generator, drawn in order. */
  static <T> Gen<List<T>> all(List<Gen<T>> gens) {
    Gen<List<T>> result = Gen.constant(List.of());
    for (Gen<T> gen : gens) {
      result =
          Gen.combine(
              result,
              gen,
              (list, value) -> {
                List<T> next = new ArrayList<>(list);
                next.add(value);
                return List.copyOf(next);
              });
    }
    return result;
  }

  /**
   * An unmodifiable copy of {@code values}; a null list or element fails naming {@code field} (and
   * the element's index) rather than with the JDK's bare NullPointerException.
   */
  static <T> List<T> copyWithoutNulls(List<T> values, String field) {
    Objects.requireNonNull(values, field);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(field + "[" + i + "] is null");
      }
    }
    return List.copyOf(values);
  }

  /** {@code values.get(index % values.size())}: maps a bounded choice onto a list of any size. */
  static <T> T pick(List<T> values, int index) {
    return values.get(Math.floorMod(index, values.size()));
  }
}

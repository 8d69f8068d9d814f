package dev.rubric.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Null checks of the elements of collections handed to factories. Stateless. */
final class Elements {
  private Elements() {}

  /**
   * {@code items} as an immutable list.
   *
   * @throws NullPointerException naming {@code name} if {@code items} is null, or {@code name[i]}
   *     if its element {@code i} is
   */
  static <T> List<T> copyOf(Iterable<? extends T> items, String name) {
    Objects.requireNonNull(items, name);
    List<T> out = new ArrayList<>();
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(name + "[" + out.size() + "]");
      }
      out.add(item);
    }
    return List.copyOf(out);
  }
}

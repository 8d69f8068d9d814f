package dev.rubric.core.internal.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Null checks of the elements of collections handed to public factories, one rule for every module:
 * the collection itself is named by its parameter, a null element by {@code name[i]}. Stateless.
 */
public final class Elements {
  private Elements() {}

  /**
   * {@code items} as an immutable list, each element checked. A list made by {@code List.of} or
   * {@code List.copyOf} is returned as it is, without a copy.
   *
   * @param <T> the type of the elements
   * @param items the collection handed to the factory
   * @param name the factory's name for it, used in the exception's message
   * @return an immutable list of the same elements in the same order
   * @throws NullPointerException naming {@code name} if {@code items} is null, or {@code name[i]}
   *     if its element {@code i} is (the first null one)
   */
  public static <T> List<T> copyOf(Iterable<? extends T> items, String name) {
    Objects.requireNonNull(items, name);
    if (items instanceof Collection<? extends T> c) {
      try {
        return List.copyOf(c);
      } catch (NullPointerException e) { // thrown for a null element only: c is not null
        throw new NullPointerException(name + "[" + firstNull(c) + "]");
      }
    }
    List<T> out = new ArrayList<>();
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(name + "[" + out.size() + "]");
      }
      out.add(item);
    }
    return List.copyOf(out);
  }

  private static int firstNull(Collection<?> items) {
    int i = 0;
    for (Object item : items) {
      if (item == null) {
        return i;
      }
      i++;
    }
    return i;
  }
}

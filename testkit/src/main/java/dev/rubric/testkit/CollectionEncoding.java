package dev.rubric.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How collections are encoded as choices: the first {@code min} elements are drawn directly, then
 * each further element is preceded by a "continue?" flag (1: one more element, 0: stop), as in
 * Hypothesis. Deleting a flag with its element's choices deletes that element, and a sequence cut
 * short stops the collection, so shrinking removes elements without knowing about lists.
 */
final class CollectionEncoding {
  /** How many consecutive duplicates a set or map tolerates before giving up. */
  static final int MAX_DUPLICATES = 100;

  private CollectionEncoding() {}

  /** Draws a list of {@code [min, max]} elements. */
  static <T> List<T> list(Choices choices, Gen<T> element, int min, int max) {
    List<T> out = new ArrayList<>();
    double more = continueProbability(choices.size(), max - min);
    while (out.size() < max && (out.size() < min || choices.drawMore(more))) {
      out.add(element.generate(choices));
    }
    return Collections.unmodifiableList(out);
  }

  /** Draws a set of {@code [min, max]} distinct elements, in the order first drawn. */
  static <T> Set<T> set(Choices choices, Gen<T> element, int min, int max) {
    Set<T> out = new LinkedHashSet<>();
    double more = continueProbability(choices.size(), max - min);
    int duplicates = 0;
    while (out.size() < max && (out.size() < min || choices.drawMore(more))) {
      if (out.add(element.generate(choices))) {
        duplicates = 0;
      } else if (++duplicates >= MAX_DUPLICATES) {
        throw tooManyDuplicates(element, min);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Draws a map of {@code [min, max]} entries with distinct keys, in the order first drawn. */
  static <K, V> Map<K, V> map(Choices choices, Gen<K> keys, Gen<V> values, int min, int max) {
    Map<K, V> out = new LinkedHashMap<>();
    double more = continueProbability(choices.size(), max - min);
    int duplicates = 0;
    while (out.size() < max && (out.size() < min || choices.drawMore(more))) {
      K key = keys.generate(choices);
      if (!out.containsKey(key)) {
        out.put(key, values.generate(choices));
        duplicates = 0;
      } else if (++duplicates >= MAX_DUPLICATES) {
        throw tooManyDuplicates(keys, min);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The chance of one more element: a geometric length whose mean above the minimum is 1 at size 0
   * and grows to 26 at size 100, never above the room left.
   */
  static double continueProbability(int size, int room) {
    if (room <= 0) {
      return 0;
    }
    double mean = Math.min(room, 1.0 + size / 4.0);
    return mean / (mean + 1);
  }

  private static GenerationFailed tooManyDuplicates(Gen<?> element, int min) {
    return new GenerationFailed(
        Checks.format(
            "%s produced %d duplicates in a row while filling a collection of at least %d distinct"
                + " elements; give it more distinct values or lower the minimum size",
            element, MAX_DUPLICATES, min));
  }
}

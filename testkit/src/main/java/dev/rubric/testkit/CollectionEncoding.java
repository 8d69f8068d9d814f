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
   * The chance of one more element: a geometric length whose mean above the minimum is {@code 1 +
   * size / 4} (1 at size 0, 26 at size 100) but at most a third of the room between the minimum and
   * the maximum (and never below 1), cut off at the maximum.
   *
   * <p>A geometric length truncated at the maximum puts all of its tail on the maximum: with the
   * mean as large as the room, {@code P(max) = (m / (m + 1))^room} is about 38% for a room of 12,
   * so most of a run's collections were full and the small sizes where bugs are usually found came
   * up rarely. With the mean capped at {@code room / 3} the chance of the maximum is {@code (m / (m
   * + 1))^(3m)}, between 5% and 8% for a room of 9 or more (e<sup>-3</sup> in the limit; 6.9% for a
   * room of 12), 9.5% for a room of 5, 25% for 2 and 50% for 1; the empty or minimum collection
   * comes up with probability {@code 1 / (m + 1)}, 20% for a room of 12 late in a run.
   */
  static double continueProbability(int size, int room) {
    if (room <= 0) {
      return 0;
    }
    double mean = Math.min(Math.max(1.0, room / 3.0), 1.0 + size / 4.0);
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

package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Labels the values a property tests, to see what a run covered: call {@link #collect} in the body
 * of a property ({@link PropertyCheck} or {@link Property}), and the run counts each label over its
 * tries, as jqwik's {@code Statistics.collect} and Hypothesis' {@code event} do.
 *
 * <pre>{@code
 * PropertyCheck.forAll(Gen.lists(Gen.integers(1, 4), 0, 12))
 *     .withCoverage("empty", 1.0)
 *     .check(ratings -> {
 *       Statistics.collect(ratings.isEmpty() ? "empty" : "rated");
 *       ...
 *     });
 * }</pre>
 *
 * <p>The counts appear in {@link PropertyResult#statistics()} and in the failure message of a
 * falsified property (or of a passing one that missed its {@link PropertyCheck#withCoverage
 * coverage}); the testkit never prints them. Labels are counted for the tries of a run only: calls
 * while shrinking, on discarded values, outside a property or on another thread than the property's
 * do nothing. Stateless and thread-safe.
 */
public final class Statistics {
  private static final ThreadLocal<@Nullable List<String>> CURRENT = new ThreadLocal<>();

  private Statistics() {}

  /**
   * Counts the label made of {@code values} (each as {@code String.valueOf}, joined by {@code ",
   * "}) for the value under test; calling it several times in one try counts each label.
   *
   * @param values the parts of the label; at least one
   * @throws IllegalArgumentException if {@code values} is empty, which would count a blank label
   */
  public static void collect(@Nullable Object... values) {
    requireNonNull(values, "values");
    Checks.checkArgument(values.length > 0, "values must not be empty: give at least one label");
    List<String> labels = CURRENT.get();
    if (labels != null) {
      labels.add(Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Starts collecting the labels of one try on this thread; returns the collection of an enclosing
   * run, to give back to {@link #end}.
   */
  static @Nullable List<String> begin() {
    List<String> enclosing = CURRENT.get();
    CURRENT.set(new ArrayList<>());
    return enclosing;
  }

  /** Stops collecting on this thread, restoring {@code enclosing}; the labels the try collected. */
  static List<String> end(@Nullable List<String> enclosing) {
    List<String> labels = CURRENT.get();
    if (enclosing == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(enclosing);
    }
    return labels == null ? List.of() : labels;
  }
}

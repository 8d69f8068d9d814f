package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

/**
 * Immutable tuples of two to four non-null values, made by {@link Gen#zip(Gen, Gen)} and its
 * overloads. Equality, hash code and {@code toString} are those of records.
 */
public sealed interface Tuple permits Tuple.Pair, Tuple.Triple, Tuple.Quad {

  /**
   * Two values.
   *
   * @param first the first value
   * @param second the second value
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   */
  record Pair<A, B>(A first, B second) implements Tuple {
    /**
     * Rejects {@code null} values.
     *
     * @param first the first value
     * @param second the second value
     */
    public Pair {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }
  }

  /**
   * Three values.
   *
   * @param first the first value
   * @param second the second value
   * @param third the third value
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   */
  record Triple<A, B, C>(A first, B second, C third) implements Tuple {
    /**
     * Rejects {@code null} values.
     *
     * @param first the first value
     * @param second the second value
     * @param third the third value
     */
    public Triple {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
      requireNonNull(third, "third");
    }
  }

  /**
   * Four values.
   *
   * @param first the first value
   * @param second the second value
   * @param third the third value
   * @param fourth the fourth value
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <C> the type of the third value
   * @param <D> the type of the fourth value
   */
  record Quad<A, B, C, D>(A first, B second, C third, D fourth) implements Tuple {
    /**
     * Rejects {@code null} values.
     *
     * @param first the first value
     * @param second the second value
     * @param third the third value
     * @param fourth the fourth value
     */
    public Quad {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
      requireNonNull(third, "third");
      requireNonNull(fourth, "fourth");
    }
  }
}

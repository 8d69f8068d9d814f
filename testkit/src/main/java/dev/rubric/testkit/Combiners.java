package dev.rubric.testkit;

/**
 * Functions of three to eight arguments, for {@link Gen#combine(Gen, Gen, Gen, Combiners.Of3)} and
 * its overloads: a record's canonical constructor fits them, so that generated values are named
 * rather than positional ({@code Gen.combine(names, ages, emails, Person::new)}).
 */
public final class Combiners {
  private Combiners() {}

  /**
   * A function of three arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of3<A, B, C, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c);
  }

  /**
   * A function of four arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <D> the type of the fourth argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of4<A, B, C, D, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c, D d);
  }

  /**
   * A function of five arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <D> the type of the fourth argument
   * @param <E> the type of the fifth argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of5<A, B, C, D, E, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c, D d, E e);
  }

  /**
   * A function of six arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <D> the type of the fourth argument
   * @param <E> the type of the fifth argument
   * @param <F> the type of the sixth argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of6<A, B, C, D, E, F, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c, D d, E e, F f);
  }

  /**
   * A function of seven arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <D> the type of the fourth argument
   * @param <E> the type of the fifth argument
   * @param <F> the type of the sixth argument
   * @param <G> the type of the seventh argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of7<A, B, C, D, E, F, G, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @param g the seventh value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c, D d, E e, F f, G g);
  }

  /**
   * A function of eight arguments.
   *
   * @param <A> the type of the first argument
   * @param <B> the type of the second argument
   * @param <C> the type of the third argument
   * @param <D> the type of the fourth argument
   * @param <E> the type of the fifth argument
   * @param <F> the type of the sixth argument
   * @param <G> the type of the seventh argument
   * @param <H> the type of the eighth argument
   * @param <R> the type of the result
   */
  @FunctionalInterface
  public interface Of8<A, B, C, D, E, F, G, H, R> {
    /**
     * Combines the values into one.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @param e the fifth value
     * @param f the sixth value
     * @param g the seventh value
     * @param h the eighth value
     * @return the combined value; never {@code null}
     */
    R apply(A a, B b, C c, D d, E e, F f, G g, H h);
  }
}

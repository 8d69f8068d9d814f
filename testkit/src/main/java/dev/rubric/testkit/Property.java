package dev.rubric.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit Jupiter test method as a property: the method runs {@link #tries()} times with
 * parameters generated from their {@link ForAll} generators, and counts as one test.
 *
 * <pre>{@code
 * @Property(tries = 300)
 * void sortingKeepsTheSize(@ForAll("ratings") List<Integer> ratings) {
 *   assertThat(ratings.stream().sorted().count()).isEqualTo(ratings.size());
 * }
 * }</pre>
 *
 * <p>The method must return {@code void}, as JUnit Jupiter requires of test methods, and fails by
 * throwing anything (an assertion included); for a {@code boolean} predicate use {@link
 * PropertyCheck#checkThat}. The test then fails with an {@link AssertionError} holding the seed,
 * the shrunk and original counterexamples, the tries and the shrink steps. Parameters without
 * {@code @ForAll} are resolved once by JUnit (for example {@code TestInfo}) and stay the same for
 * every try. Lifecycle methods such as {@code @BeforeEach} run once per property, not once per try.
 *
 * <p>JUnit configuration parameters or system properties override the annotation: {@code
 * rubric.testkit.seed} (replay a reported seed), {@code rubric.testkit.tries}, and {@code
 * rubric.testkit.seeds=random} (fresh seeds instead of seeds derived from class and method name).
 *
 * <p>Declared as {@code @Test} with {@code @ExtendWith} of the testkit's extension, so it needs
 * only {@code junit-jupiter-api} at compile time and no registration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@ExtendWith(PropertyExtension.class)
public @interface Property {
  /** {@return how many generated values to test; at least 1} */
  int tries() default RunSettings.DEFAULT_TRIES;

  /**
   * {@return the seed as a decimal {@code long}, to replay a reported failure; empty (the default)
   * derives the seed from the class and method name}
   */
  String seed() default "";

  /** {@return the most replays spent shrinking a counterexample; at least 0} */
  int maxShrinkAttempts() default RunSettings.DEFAULT_MAX_SHRINK_ATTEMPTS;
}

package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A property to check inside any test: {@code PropertyCheck.forAll(gen).withTries(200).check(value
 * -> ...)}.
 *
 * <p>The body runs once per try with a generated value. It fails when it throws anything (an
 * AssertJ or JUnit assertion included) or, for {@link #checkThat}, returns {@code false}. On the
 * first failure the value is shrunk and {@link #check} throws an {@link AssertionError} whose
 * message gives the seed, the shrunk and original counterexamples, the number of tries and the
 * shrink steps; its cause is the failure of the shrunk counterexample.
 *
 * <p>Runs are deterministic: by default the seed is derived from the calling class and method.
 * System properties override: {@code rubric.testkit.seed} (a {@code long}) replays a reported seed,
 * {@code rubric.testkit.tries} sets the tries of every property, and {@code
 * rubric.testkit.seeds=random} draws a fresh seed per run unless one is set.
 *
 * <p>Instances are immutable and thread-safe; each {@code with} method returns a new instance.
 *
 * @param <T> the type of the generated values
 */
public final class PropertyCheck<T> {
  private final Gen<T> gen;
  private final @Nullable Long seed;
  private final int tries;
  private final int maxShrinkAttempts;
  private final @Nullable String name;

  private PropertyCheck(
      Gen<T> gen, @Nullable Long seed, int tries, int maxShrinkAttempts, @Nullable String name) {
    this.gen = gen;
    this.seed = seed;
    this.tries = tries;
    this.maxShrinkAttempts = maxShrinkAttempts;
    this.name = name;
  }

  /** A check of values from {@code gen}, with 200 tries and a seed derived from the caller. */
  public static <T> PropertyCheck<T> forAll(Gen<T> gen) {
    requireNonNull(gen, "gen");
    return new PropertyCheck<>(
        gen, null, RunSettings.DEFAULT_TRIES, RunSettings.DEFAULT_MAX_SHRINK_ATTEMPTS, null);
  }

  /**
   * This check with {@code tries} generated values (unless {@code rubric.testkit.tries} is set).
   *
   * @throws IllegalArgumentException if {@code tries <= 0}
   */
  public PropertyCheck<T> withTries(int tries) {
    Checks.checkArgument(tries > 0, "tries (%s) must be > 0", tries);
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name);
  }

  /** This check with a fixed seed (unless {@code rubric.testkit.seed} is set). */
  public PropertyCheck<T> withSeed(long seed) {
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name);
  }

  /**
   * This check with at most {@code maxShrinkAttempts} replays while shrinking (default 5000).
   *
   * @throws IllegalArgumentException if {@code maxShrinkAttempts < 0}
   */
  public PropertyCheck<T> withMaxShrinkAttempts(int maxShrinkAttempts) {
    Checks.checkArgument(
        maxShrinkAttempts >= 0, "maxShrinkAttempts (%s) must be >= 0", maxShrinkAttempts);
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name);
  }

  /**
   * This check under {@code name}, used in the failure message and to derive the default seed
   * instead of the calling class and method.
   */
  public PropertyCheck<T> named(String name) {
    requireNonNull(name, "name");
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name);
  }

  /**
   * Runs {@code body} on every generated value.
   *
   * @throws AssertionError describing the shrunk counterexample if the body throws
   * @throws IllegalStateException if the generator gives up (for example a too strict filter)
   */
  public void check(Body<? super T> body) {
    requireNonNull(body, "body");
    run(
        value -> {
          try {
            body.accept(value);
            return null;
          } catch (Throwable t) {
            return rethrowIfFatal(t);
          }
        });
  }

  /**
   * Runs {@code predicate} on every generated value; {@code false} falsifies the property.
   *
   * @throws AssertionError describing the shrunk counterexample if the predicate returns {@code
   *     false} or throws
   * @throws IllegalStateException if the generator gives up (for example a too strict filter)
   */
  public void checkThat(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    run(
        value -> {
          try {
            return predicate.test(value) ? null : new AssertionError("the property returned false");
          } catch (Throwable t) {
            return rethrowIfFatal(t);
          }
        });
  }

  private void run(PropertyRunner.Trial<T> trial) {
    String property = name != null ? name : caller();
    java.util.function.Function<String, Optional<String>> config =
        key -> Optional.ofNullable(System.getProperty(key));
    long resolvedSeed =
        RunSettings.seed(
            config, seed == null ? OptionalLong.empty() : OptionalLong.of(seed), property);
    String hint =
        Checks.format(".withSeed(%dL) or -D%s=%d", resolvedSeed, RunSettings.SEED, resolvedSeed);
    PropertyRunner.Run run =
        new PropertyRunner.Run(
            property, resolvedSeed, RunSettings.tries(config, tries), maxShrinkAttempts, hint);
    PropertyRunner.check(gen, trial, run, ValueFormat::format);
  }

  static Throwable rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError || t instanceof LinkageError) {
      throw (Error) t;
    }
    return t;
  }

  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !isThisClass(f.getClassName()))
                    .findFirst()
                    .map(f -> f.getClassName() + "#" + f.getMethodName())
                    .orElse("property"));
  }

  private static boolean isThisClass(String className) {
    String self = PropertyCheck.class.getName();
    return className.equals(self) || className.startsWith(self + "$");
  }

  /**
   * The body of a property: checks one generated value and fails by throwing.
   *
   * @param <T> the type of the checked values
   */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Checks {@code value}.
     *
     * @throws Throwable any failure, such as an {@link AssertionError}
     */
    void accept(T value) throws Throwable;
  }
}

package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A property to check inside any test: {@code PropertyCheck.forAll(gen).withTries(200).check(value
 * -> ...)}.
 *
 * <p>The body runs once per try with a generated value. It fails when it throws anything (an
 * AssertJ or JUnit assertion, a {@link StackOverflowError} and an {@link
 * ExceptionInInitializerError} included) or, for {@link #checkThat}, returns {@code false}. Only
 * errors that say the VM or the class path is failing, a {@link VirtualMachineError} such as {@link
 * OutOfMemoryError} or {@link InternalError} and a {@link LinkageError} such as {@link
 * NoClassDefFoundError}, are rethrown as they are, without shrinking. On the first failure the
 * value is shrunk and {@link #check} throws an {@link AssertionError} whose message gives the seed,
 * the shrunk and original counterexamples, the number of tries and the shrink steps; its cause is
 * the failure of the shrunk counterexample.
 *
 * <p>Runs are deterministic: by default the seed is derived from the calling class and method (for
 * a check inside a lambda, the method the lambda is written in). System properties override: {@code
 * rubric.testkit.seed} (a {@code long}) replays a reported seed, {@code rubric.testkit.tries} sets
 * the tries of every property, and {@code rubric.testkit.seeds=random} draws a fresh seed per run
 * unless one is set.
 *
 * <p>The seed of a falsified property is stored in {@code
 * target/rubric-testkit/failing-seeds.properties} ({@code build/...} under Gradle; the system
 * property {@code rubric.testkit.failures} names another file, or {@code none}), and the next run
 * replays that seed first, then, once it passes, its own seed and forgets the stored one. A seed
 * given with {@link #withSeed} or {@code rubric.testkit.seed} is always used as given: nothing
 * stored is replayed.
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
  private final Map<String, Double> coverage;

  private PropertyCheck(
      Gen<T> gen,
      @Nullable Long seed,
      int tries,
      int maxShrinkAttempts,
      @Nullable String name,
      Map<String, Double> coverage) {
    this.gen = gen;
    this.seed = seed;
    this.tries = tries;
    this.maxShrinkAttempts = maxShrinkAttempts;
    this.name = name;
    this.coverage = coverage;
  }

  /**
   * {@return a check of values from {@code gen}, with 200 tries and a seed derived from the caller}
   *
   * @param <T> the type of the generated values
   * @param gen the generator
   */
  public static <T> PropertyCheck<T> forAll(Gen<T> gen) {
    requireNonNull(gen, "gen");
    return new PropertyCheck<>(
        gen,
        null,
        RunSettings.DEFAULT_TRIES,
        RunSettings.DEFAULT_MAX_SHRINK_ATTEMPTS,
        null,
        Map.of());
  }

  /**
   * {@return this check with {@code tries} generated values (unless {@code rubric.testkit.tries} is
   * set)}
   *
   * @param tries how many values to generate; positive
   * @throws IllegalArgumentException if {@code tries <= 0}
   */
  public PropertyCheck<T> withTries(int tries) {
    Checks.checkArgument(tries > 0, "tries (%s) must be > 0", tries);
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name, coverage);
  }

  /**
   * {@return this check with a fixed seed (unless {@code rubric.testkit.seed} is set)}
   *
   * @param seed the seed of the run; {@code withSeed(seed)} replays it
   */
  public PropertyCheck<T> withSeed(long seed) {
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name, coverage);
  }

  /**
   * {@return this check with at most {@code maxShrinkAttempts} replays while shrinking (default
   * 5000)}
   *
   * @param maxShrinkAttempts the most replays while shrinking; not negative
   * @throws IllegalArgumentException if {@code maxShrinkAttempts < 0}
   */
  public PropertyCheck<T> withMaxShrinkAttempts(int maxShrinkAttempts) {
    Checks.checkArgument(
        maxShrinkAttempts >= 0, "maxShrinkAttempts (%s) must be >= 0", maxShrinkAttempts);
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name, coverage);
  }

  /**
   * {@return this check under {@code name}, used in the failure message and to derive the default
   * seed instead of the calling class and method}
   *
   * @param name the property's name, used in failure messages
   */
  public PropertyCheck<T> named(String name) {
    requireNonNull(name, "name");
    return new PropertyCheck<>(gen, seed, tries, maxShrinkAttempts, name, coverage);
  }

  /**
   * {@return this check requiring that at least {@code minPercent} percent of the tries {@link
   * Statistics#collect collect} {@code label}; {@link #check} and {@link #checkThat} fail with an
   * {@link AssertionError} giving the statistics when a passing run covered less} Replaces an
   * earlier requirement for the same label.
   *
   * @param label the label given to {@link Statistics#collect}
   * @param minPercent the smallest share of tries, in percent, that must carry the label
   * @throws IllegalArgumentException if {@code minPercent} is not in {@code [0, 100]}
   */
  public PropertyCheck<T> withCoverage(String label, double minPercent) {
    requireNonNull(label, "label");
    Checks.checkArgument(
        minPercent >= 0 && minPercent <= 100, "minPercent (%s) must be in [0, 100]", minPercent);
    Map<String, Double> more = new LinkedHashMap<>(coverage);
    more.put(label, minPercent);
    return new PropertyCheck<>(
        gen, seed, tries, maxShrinkAttempts, name, Collections.unmodifiableMap(more));
  }

  /**
   * Runs {@code body} on every generated value and returns what the run found instead of throwing
   * when the property is falsified; coverage requirements are not checked (read {@link
   * PropertyResult#statistics()}).
   *
   * @param body the property, which fails by throwing
   * @return the result of the run: passed, or the shrunk counterexample
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  public PropertyResult<T> run(Body<? super T> body) {
    requireNonNull(body, "body");
    return execute(trialOf(body), false);
  }

  /**
   * Runs {@code predicate} on every generated value and returns what the run found; {@code false}
   * falsifies the property.
   *
   * @param predicate the property, true when it holds
   * @return the result of the run: passed, or the shrunk counterexample
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  public PropertyResult<T> runThat(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    return execute(predicateTrial(predicate), false);
  }

  /**
   * Runs {@code body} on every generated value.
   *
   * @param body the property, which fails by throwing
   * @throws AssertionError describing the shrunk counterexample if the body throws, or if a
   *     coverage requirement is not met
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  public void check(Body<? super T> body) {
    requireNonNull(body, "body");
    execute(trialOf(body), true);
  }

  /**
   * Runs {@code predicate} on every generated value; {@code false} falsifies the property.
   *
   * @param predicate the property, true when it holds
   * @throws AssertionError describing the shrunk counterexample if the predicate returns {@code
   *     false} or throws, or if a coverage requirement is not met
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  public void checkThat(Predicate<? super T> predicate) {
    requireNonNull(predicate, "predicate");
    execute(predicateTrial(predicate), true);
  }

  private static <T> PropertyRunner.Trial<T> trialOf(Body<? super T> body) {
    return value -> {
      try {
        body.accept(value);
        return null;
      } catch (Throwable t) {
        return rethrowIfFatal(t);
      }
    };
  }

  private static <T> PropertyRunner.Trial<T> predicateTrial(Predicate<? super T> predicate) {
    return value -> {
      try {
        return predicate.test(value) ? null : new AssertionError("the property returned false");
      } catch (Throwable t) {
        return rethrowIfFatal(t);
      }
    };
  }

  private PropertyResult<T> execute(PropertyRunner.Trial<T> trial, boolean throwing) {
    String property = name != null ? name : caller();
    Function<String, Optional<String>> config = key -> Optional.ofNullable(System.getProperty(key));
    long resolvedSeed =
        RunSettings.seed(
            config, seed == null ? OptionalLong.empty() : OptionalLong.of(seed), property);
    LongFunction<String> hint =
        s -> Checks.format(".withSeed(%dL) or -D%s=%d", s, RunSettings.SEED, s);
    PropertyRunner.Run first =
        new PropertyRunner.Run(
            property,
            resolvedSeed,
            RunSettings.tries(config, tries),
            maxShrinkAttempts,
            hint.apply(resolvedSeed));
    PropertyRunner.Decided<T> decided =
        PropertyRunner.searchReplayingFailures(
            gen,
            trial,
            first,
            hint,
            RunSettings.failures(config),
            seed == null && !RunSettings.seedConfigured(config));
    PropertyRunner.Run run = decided.run();
    PropertyRunner.Outcome<T> outcome = decided.outcome();
    if (throwing) {
      PropertyRunner.throwIfFalsified(run, outcome, ValueFormat::format);
      checkCoverage(property, outcome);
    }
    Optional<PropertyRunner.Falsification<T>> f = outcome.falsification();
    return new PropertyResult<>(
        property,
        run.seed(),
        outcome.tries(),
        outcome.discards(),
        f.map(PropertyRunner.Falsification::shrunk),
        f.map(PropertyRunner.Falsification::original),
        f.map(x -> PropertyRunner.describeFailure(x.failure(), "")),
        f.map(PropertyRunner.Falsification::steps).orElse(0),
        f.map(PropertyRunner.Falsification::attempts).orElse(0),
        f.map(PropertyRunner.Falsification::budgetExhausted).orElse(false),
        outcome.statistics(),
        f.map(PropertyRunner.Falsification::flaky).orElse(false));
  }

  private void checkCoverage(String property, PropertyRunner.Outcome<T> outcome) {
    List<String> missed = new ArrayList<>();
    coverage.forEach(
        (label, min) -> {
          double percent =
              100.0 * outcome.statistics().getOrDefault(label, 0) / Math.max(1, outcome.tries());
          if (percent < min) {
            missed.add(
                Checks.format(
                    "\"%s\" in %.1f%% of the tries, at least %.1f%% required",
                    label, percent, min));
          }
        });
    if (!missed.isEmpty()) {
      throw new AssertionError(
          Checks.format(
              "Property %s held but missed its coverage: %s%n  statistics (%d tries):%s",
              property,
              String.join("; ", missed),
              outcome.tries(),
              PropertyRunner.describeStatistics(outcome.statistics(), outcome.tries())));
    }
  }

  /**
   * Discards the value under test unless {@code condition} holds: the try counts neither as a pass
   * nor as a failure, and another value is generated instead. Call it inside a property body
   * ({@link #check}, {@link #checkThat} or a {@link Property} method). A run that discards more
   * than {@code max(100, 5 * tries)} values fails with an {@link IllegalStateException} giving the
   * count; prefer generating valid values directly when most values would be discarded.
   *
   * @param condition the assumption; when false the value is discarded
   * @throws RuntimeException (an internal type the runner catches) when {@code condition} is false
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Assumptions.Rejected(
          "an assumption did not hold; generate values that satisfy it directly instead");
    }
  }

  /**
   * As {@link #assume(boolean)}, with the reason shown when too many values are discarded.
   *
   * @param condition the assumption; when false the value is discarded
   * @param reason why values are discarded, shown when too many are
   * @throws RuntimeException (an internal type the runner catches) when {@code condition} is false
   */
  public static void assume(boolean condition, String reason) {
    requireNonNull(reason, "reason");
    if (!condition) {
      throw new Assumptions.Rejected(
          "the assumption \""
              + reason
              + "\" did not hold; generate values that satisfy it directly instead");
    }
  }

  /**
   * Rethrows, as they are, the errors that say the VM or the class path is failing rather than the
   * property: a {@link VirtualMachineError} ({@link OutOfMemoryError}, {@link InternalError},
   * {@link UnknownError}) and a {@link LinkageError} ({@link NoClassDefFoundError} and the like). A
   * {@link StackOverflowError} (runaway recursion in the code under test) and an {@link
   * ExceptionInInitializerError} (a static initializer of the code under test threw) are returned
   * as failures of the property, to be shrunk and reported like any other.
   */
  static Throwable rethrowIfFatal(Throwable t) {
    boolean propertyFailure =
        t instanceof StackOverflowError || t instanceof ExceptionInInitializerError;
    if (!propertyFailure && (t instanceof VirtualMachineError || t instanceof LinkageError)) {
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
                    .map(f -> f.getClassName() + "#" + enclosingMethod(f.getMethodName()))
                    .orElse("property"));
  }

  /**
   * The method a lambda body was written in: javac compiles the body of a lambda to a synthetic
   * method {@code lambda$method$N} ({@code lambda$new$N} in a constructor, {@code lambda$static$N}
   * in a static initializer), whose counter {@code N} changes when a lambda is added anywhere
   * before it in the class; the counter is dropped so that the name, and with it the default seed
   * and the stored failing seed, stay put. Any other name is returned as it is.
   */
  static String enclosingMethod(String methodName) {
    String prefix = "lambda$";
    int counter = methodName.lastIndexOf('$');
    return methodName.startsWith(prefix) && counter > prefix.length()
        ? methodName.substring(prefix.length(), counter)
        : methodName;
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
     * @param value the generated value
     * @throws Throwable any failure, such as an {@link AssertionError}
     */
    void accept(T value) throws Throwable;
  }
}

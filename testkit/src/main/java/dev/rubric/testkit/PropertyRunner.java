package dev.rubric.testkit;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: generates values try after try, and on the first failure shrinks its choice
 * sequence and reports the smallest failing value.
 *
 * <p>While shrinking, a candidate counts as failing only if it fails with the same exception class
 * as the original failure, so that shrinking does not slip to a different bug.
 */
final class PropertyRunner {
  private PropertyRunner() {}

  /** Tests one value: the failure it caused, or {@code null} if it passed. */
  @FunctionalInterface
  interface Trial<T> {
    @Nullable Throwable test(T value);
  }

  /** What to run: the property's name, seed, tries, shrink budget and how to replay it. */
  record Run(String name, long seed, int tries, int maxShrinkAttempts, String replayHint) {}

  /** A falsified property: the original and shrunk counterexamples and how they were found. */
  record Falsification<T>(
      T original, T shrunk, Throwable failure, int tries, int steps, int attempts) {}

  /**
   * Runs the property and throws an {@link AssertionError} describing the shrunk counterexample if
   * it fails.
   *
   * @throws IllegalStateException if the generator gives up
   */
  static <T> void check(Gen<T> gen, Trial<T> trial, Run run, Function<? super T, String> describe) {
    Optional<Falsification<T>> found = search(gen, trial, run);
    if (found.isPresent()) {
      Falsification<T> f = found.get();
      throw new AssertionError(report(run, f, describe), f.failure());
    }
  }

  /** Runs the property; the shrunk falsification, if any. */
  static <T> Optional<Falsification<T>> search(Gen<T> gen, Trial<T> trial, Run run) {
    SplittableRandom master = new SplittableRandom(run.seed());
    for (int i = 0; i < run.tries(); i++) {
      Choices choices = Choices.forTry(master, i);
      T value;
      try {
        value = gen.generate(choices);
      } catch (GenerationFailed e) {
        throw new IllegalStateException(
            Checks.format(
                "Property %s could not generate a value at try %d (seed %d): %s",
                run.name(), i + 1, run.seed(), e.getMessage()),
            e);
      }
      Throwable failure = trial.test(value);
      if (failure != null) {
        return Optional.of(shrink(gen, trial, run, choices.toArray(), value, failure, i + 1));
      }
    }
    return Optional.empty();
  }

  private static <T> Falsification<T> shrink(
      Gen<T> gen,
      Trial<T> trial,
      Run run,
      long[] choices,
      T original,
      Throwable failure,
      int tries) {
    Class<?> kind = failure.getClass();
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              Choices replay = Choices.replay(candidate);
              try {
                Throwable t = trial.test(gen.generate(replay));
                return t != null && t.getClass() == kind
                    ? Optional.of(replay.toArray())
                    : Optional.empty();
              } catch (GenerationFailed invalid) {
                return Optional.empty();
              }
            },
            choices,
            run.maxShrinkAttempts());
    long[] smallest = shrinker.shrink();
    T shrunk = gen.generate(Choices.replay(smallest));
    Throwable shrunkFailure = trial.test(shrunk);
    if (shrunkFailure == null) {
      // The property is flaky: the smallest case passed on its last replay; report the original.
      return new Falsification<>(original, original, failure, tries, 0, shrinker.attempts());
    }
    return new Falsification<>(
        original, shrunk, shrunkFailure, tries, shrinker.steps(), shrinker.attempts());
  }

  private static <T> String report(
      Run run, Falsification<T> f, Function<? super T, String> describe) {
    String failure =
        f.failure().getClass().getName()
            + String.valueOf(f.failure().getMessage())
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(line -> ": " + line)
                .orElse("");
    return Checks.format(
        "Property %s falsified after %d of %d tries (seed %d)%n"
            + "  shrunk counterexample:   %s%n"
            + "  original counterexample: %s%n"
            + "  shrinking:               %d steps in %d attempts%n"
            + "  failure:                 %s%n"
            + "  replay:                  %s",
        run.name(),
        f.tries(),
        run.tries(),
        run.seed(),
        describe.apply(f.shrunk()),
        describe.apply(f.original()),
        f.steps(),
        f.attempts(),
        failure,
        run.replayHint());
  }
}

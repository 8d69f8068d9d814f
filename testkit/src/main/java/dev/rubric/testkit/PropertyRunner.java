package dev.rubric.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
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

  /**
   * A falsified property: the original and shrunk counterexamples and how they were found; {@code
   * budgetExhausted} when shrinking stopped on the attempt budget rather than on a full round that
   * improved nothing; {@code flaky} when the shrunk counterexample, which failed with {@code
   * failure} while shrinking (or is the original), passed when run once more after shrinking.
   */
  record Falsification<T>(
      T original,
      T shrunk,
      Throwable failure,
      int tries,
      int steps,
      int attempts,
      boolean budgetExhausted,
      boolean flaky) {}

  /**
   * What a run found: how many values were tested and discarded, and the falsification if any.
   *
   * @param tries the values tested, up to and including the falsifying one
   * @param discards the values discarded: not generated (they outgrew the choice budget, or a
   *     filter gave up) or rejected by an assumption
   */
  record Outcome<T>(
      int tries,
      int discards,
      Optional<Falsification<T>> falsification,
      Map<String, Integer> statistics) {}

  /**
   * The most values a run of {@code tries} may discard before it gives up: {@code max(100, 5 *
   * tries)}, after jqwik's default discard ratio of 5.
   */
  static int maxDiscards(int tries) {
    return Math.max(100, 5 * tries);
  }

  /**
   * Runs the property and throws an {@link AssertionError} describing the shrunk counterexample if
   * it fails.
   *
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  static <T> Outcome<T> check(
      Gen<T> gen, Trial<T> trial, Run run, Function<? super T, String> describe) {
    Outcome<T> outcome = search(gen, trial, run);
    throwIfFalsified(run, outcome, describe);
    return outcome;
  }

  /** Throws the {@link AssertionError} describing the falsification, if the outcome has one. */
  static <T> void throwIfFalsified(
      Run run, Outcome<T> outcome, Function<? super T, String> describe) {
    if (outcome.falsification().isPresent()) {
      Falsification<T> f = outcome.falsification().get();
      throw new AssertionError(report(run, outcome, f, describe), f.failure());
    }
  }

  /**
   * A run and what it found; the run is the replayed one when the seed of an earlier failure
   * falsified the property again.
   */
  record Decided<T>(Run run, Outcome<T> outcome) {}

  /**
   * Runs the property, first with the seed it last failed with if {@code store} keeps one (and it
   * differs from {@code run.seed()}), then, if that passes, with {@code run.seed()}. A falsified
   * property's seed is stored; a passing property's stored seed is removed.
   *
   * @param hintFor how to replay a given seed, for the report
   * @param replay whether to replay a stored seed at all (not when the user configured the seed)
   * @throws IllegalStateException if the generator has no base case or throws (the message gives
   *     the try and the seed to replay it), or too many values are discarded
   */
  static <T> Decided<T> searchReplayingFailures(
      Gen<T> gen,
      Trial<T> trial,
      Run run,
      LongFunction<String> hintFor,
      FailureStore store,
      boolean replay) {
    OptionalLong stored = replay ? store.seedOf(run.name()) : OptionalLong.empty();
    if (stored.isPresent() && stored.getAsLong() != run.seed()) {
      long seed = stored.getAsLong();
      Run again =
          new Run(
              run.name(),
              seed,
              run.tries(),
              run.maxShrinkAttempts(),
              hintFor.apply(seed)
                  + Checks.format(
                      " (the seed of the last failure, replayed first from %s)",
                      store.file().map(Object::toString).orElse("the store")));
      Outcome<T> outcome = search(gen, trial, again);
      if (outcome.falsification().isPresent()) {
        return new Decided<>(withStorageProblem(again, store.record(run.name(), seed)), outcome);
      }
    }
    Outcome<T> outcome = search(gen, trial, run);
    if (outcome.falsification().isPresent()) {
      return new Decided<>(withStorageProblem(run, store.record(run.name(), run.seed())), outcome);
    }
    store.forget(run.name());
    return new Decided<>(run, outcome);
  }

  private static Run withStorageProblem(Run run, Optional<String> problem) {
    return problem
        .map(
            p ->
                new Run(
                    run.name(),
                    run.seed(),
                    run.tries(),
                    run.maxShrinkAttempts(),
                    run.replayHint() + " (" + p + ")"))
        .orElse(run);
  }

  /**
   * Runs the property: tests {@code run.tries()} values, skipping and counting discarded ones, and
   * shrinks the first failure.
   *
   * @throws IllegalStateException if the generator has no base case or throws, or more than {@link
   *     #maxDiscards} values are discarded
   */
  static <T> Outcome<T> search(Gen<T> gen, Trial<T> trial, Run run) {
    SplittableRandom master = new SplittableRandom(run.seed());
    int tested = 0;
    int discards = 0;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; tested < run.tries(); i++) {
      Choices choices = Choices.forTry(master, i);
      T value;
      try {
        value = gen.generate(choices);
      } catch (GenerationFailed e) {
        if (e.fatal()) {
          throw new IllegalStateException(
              Checks.format(
                  "Property %s could not generate a value at try %d (seed %d): %s",
                  run.name(), tested + 1, run.seed(), e.getMessage()),
              e);
        }
        discards = discard(run, tested, discards, e.getMessage());
        continue;
      } catch (Throwable t) {
        throw generatorThrew(run, tested + 1, PropertyCheck.rethrowIfFatal(t));
      }
      List<String> enclosing = Statistics.begin();
      Throwable failure;
      List<String> labels;
      try {
        failure = trial.test(value);
      } finally {
        labels = Statistics.end(enclosing);
      }
      if (failure instanceof Assumptions.Rejected rejected) {
        discards = discard(run, tested, discards, rejected.getMessage());
        continue;
      }
      tested++;
      labels.forEach(label -> counts.merge(label, 1, Integer::sum));
      if (failure != null) {
        return new Outcome<>(
            tested,
            discards,
            Optional.of(shrink(gen, trial, run, choices.toArray(), value, failure, tested)),
            sorted(counts));
      }
    }
    return new Outcome<>(tested, discards, Optional.empty(), sorted(counts));
  }

  /** The counts, most frequent first, then by label. */
  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  /** The statistics as report lines: each label with its count and percentage of the tries. */
  static String describeStatistics(Map<String, Integer> statistics, int tries) {
    return statistics.entrySet().stream()
        .map(
            e ->
                Checks.format(
                    "%n    %-30s %5d (%.1f%%)",
                    e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, tries)))
        .collect(Collectors.joining());
  }

  /**
   * The error for a generator that threw while making the value of try {@code attempt} (a function
   * given to {@code map}, {@code flatMap} or {@code filter} failed, or a generator was built with
   * bad bounds inside {@code flatMap}): the property, the try and the seed, with how to replay it,
   * so that the failure can be reproduced like a falsified property's.
   */
  private static IllegalStateException generatorThrew(Run run, int attempt, Throwable thrown) {
    return new IllegalStateException(
        Checks.format(
            "Property %s could not generate a value at try %d (seed %d): the generator threw %s%n"
                + "  replay: %s",
            run.name(), attempt, run.seed(), describeFailure(thrown, "  "), run.replayHint()),
        thrown);
  }

  private static int discard(Run run, int tested, int discards, @Nullable String reason) {
    int total = discards + 1;
    if (total > maxDiscards(run.tries())) {
      throw new IllegalStateException(
          Checks.format(
              "Property %s gave up after discarding %d values with only %d of %d tries done (seed"
                  + " %d); the last was discarded because %s",
              run.name(), total, tested, run.tries(), run.seed(), reason));
    }
    return total;
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
    // The failure of the smallest failing choices replayed so far: the best's, once shrunk.
    List<Tuple.Pair<long[], Throwable>> smallestFailure =
        new java.util.ArrayList<>(List.of(new Tuple.Pair<>(choices, failure)));
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              // A candidate the generator cannot make a value from throws GenerationFailed to the
              // shrinker, which steps over it: a filter gave up on it, or a passing value came
              // from choices past the candidate's end (a filter rejected what the candidate made
              // and tried again with the simplest choices).
              Choices replay = Choices.replay(candidate);
              T value;
              try {
                value = gen.generate(replay);
              } catch (GenerationFailed e) {
                throw e;
              } catch (Throwable thrown) {
                // A generator that throws on these choices makes no value from them: the
                // candidate is stepped over like one a filter rejects, and the counterexample
                // already found stands.
                throw new GenerationFailed(
                    "the generator threw " + PropertyCheck.rethrowIfFatal(thrown));
              }
              Throwable t = trial.test(value);
              if (t != null && t.getClass() == kind) {
                long[] drawn = replay.toArray();
                if (Shrinker.shortlexLess(drawn, smallestFailure.get(0).first())) {
                  smallestFailure.set(0, new Tuple.Pair<>(drawn, t));
                }
                return Optional.of(drawn);
              }
              if (replay.drewPastPrefix()) {
                throw new GenerationFailed("the value came from choices past the candidate");
              }
              return Optional.empty();
            },
            choices,
            run.maxShrinkAttempts());
    long[] smallest = shrinker.shrink();
    T shrunk = gen.generate(Choices.replay(smallest));
    Throwable shrunkFailure = trial.test(shrunk);
    if (shrunkFailure == null) {
      // Flaky: the smallest failing input passed when run once more; report the failure it had.
      Tuple.Pair<long[], Throwable> last = smallestFailure.get(0);
      return new Falsification<>(
          original,
          shrunk,
          Arrays.equals(last.first(), smallest) ? last.second() : failure,
          tries,
          shrinker.steps(),
          shrinker.attempts(),
          shrinker.exhausted(),
          true);
    }
    return new Falsification<>(
        original,
        shrunk,
        shrunkFailure,
        tries,
        shrinker.steps(),
        shrinker.attempts(),
        shrinker.exhausted(),
        false);
  }

  /** How long a counterexample may print before it is folded in the summary. */
  static final int FOLD_AT = 300;

  /**
   * The failure as its class name and its whole message (AssertJ's first line alone, "Expecting
   * actual:", tells nothing), blank lines at either end dropped and every further line prefixed
   * with {@code indent}.
   */
  static String describeFailure(Throwable failure, String indent) {
    String message = String.valueOf(failure.getMessage()).strip();
    if (failure.getMessage() == null || message.isEmpty()) {
      return failure.getClass().getName();
    }
    return failure.getClass().getName()
        + ": "
        + message.lines().map(String::stripTrailing).collect(Collectors.joining("\n" + indent));
  }

  /**
   * A counterexample as printed in the summary: as is up to {@value #FOLD_AT} characters, else its
   * first {@value #FOLD_AT} characters and a note that it follows in full.
   */
  static String fold(String value) {
    return value.length() <= FOLD_AT
        ? value
        : value.substring(0, FOLD_AT)
            + Checks.format(" ... (%d characters, in full below)", value.length());
  }

  private static <T> String report(
      Run run, Outcome<T> outcome, Falsification<T> f, Function<? super T, String> describe) {
    String failure = describeFailure(f.failure(), " ".repeat(27));
    String shrunk = describe.apply(f.shrunk());
    String original = describe.apply(f.original());
    StringBuilder full = new StringBuilder();
    if (shrunk.length() > FOLD_AT) {
      full.append(Checks.format("%n  shrunk counterexample in full:%n    %s", shrunk));
    }
    if (original.length() > FOLD_AT) {
      full.append(Checks.format("%n  original counterexample in full:%n    %s", original));
    }
    String shrinking =
        f.budgetExhausted()
            ? Checks.format(
                "%d steps in %d attempts; stopped: the budget of %d attempts ran out, so a smaller"
                    + " counterexample may exist (raise it with withMaxShrinkAttempts or"
                    + " @Property(maxShrinkAttempts))",
                f.steps(), f.attempts(), run.maxShrinkAttempts())
            : Checks.format("%d steps in %d attempts", f.steps(), f.attempts());
    String discards =
        outcome.discards() == 0
            ? ""
            : Checks.format("%n  discarded:               %d values", outcome.discards());
    if (!outcome.statistics().isEmpty()) {
      discards +=
          Checks.format("%n  statistics:")
              + describeStatistics(outcome.statistics(), outcome.tries());
    }
    if (f.flaky()) {
      return Checks.format(
          "Property %s is flaky (seed %d): an input failed at try %d of %d, but the same input"
              + " passed when run again, so there is no counterexample that fails every time%n"
              + "  input that failed once:  %s%n"
              + "  original counterexample: %s%n"
              + "  shrinking:               %s%n"
              + "  failure:                 %s%s%n"
              + "  replay:                  %s (may pass: the failure did not happen again)%s",
          run.name(),
          run.seed(),
          f.tries(),
          run.tries(),
          fold(shrunk),
          fold(original),
          shrinking,
          failure,
          discards,
          run.replayHint(),
          full);
    }
    return Checks.format(
        "Property %s falsified after %d of %d tries (seed %d)%n"
            + "  shrunk counterexample:   %s%n"
            + "  original counterexample: %s%n"
            + "  shrinking:               %s%n"
            + "  failure:                 %s%s%n"
            + "  replay:                  %s%s",
        run.name(),
        f.tries(),
        run.tries(),
        run.seed(),
        fold(shrunk),
        fold(original),
        shrinking,
        failure,
        discards,
        run.replayHint(),
        full);
  }
}

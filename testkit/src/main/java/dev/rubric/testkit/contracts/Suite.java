package dev.rubric.testkit.contracts;

import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.Evaluator;
import dev.rubric.testkit.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the laws of one contract suite against one strategy with the testkit's property engine.
 * Immutable; every {@code with} method returns a new suite.
 */
final class Suite {
  static final int DEFAULT_TRIES = 200;

  private final String kind;
  private final Supplier<String> strategyName;
  private final Supplier<Evaluator> evaluator;
  private final List<Law<?>> laws;
  private final int tries;
  private final @Nullable Long seed;

  private Suite(
      String kind,
      Supplier<String> name,
      Supplier<Evaluator> evaluator,
      List<Law<?>> laws,
      int tries,
      @Nullable Long seed) {
    this.kind = kind;
    this.strategyName = name;
    this.evaluator = evaluator;
    this.laws = List.copyOf(laws);
    this.tries = tries;
    this.seed = seed;
  }

  /**
   * The suite of the laws {@code laws} for one strategy.
   *
   * @param kind the suite's class name, such as {@code AggregatorContract}
   * @param name the strategy's {@code name()}, read only once the evaluator has accepted it
   * @param evaluator builds an evaluator with the strategy, the way {@link #check} learns whether
   *     an evaluator accepts its name
   */
  static Suite of(
      String kind,
      Supplier<String> name,
      Supplier<Evaluator> evaluator,
      List<Law<?>> laws,
      int tries,
      @Nullable Long seed) {
    return new Suite(
        requireNonNull(kind, "kind"),
        requireNonNull(name, "name"),
        requireNonNull(evaluator, "evaluator"),
        laws,
        checkTries(tries),
        seed);
  }

  /**
   * The subject of every message, {@code Kind[name]}, once an {@link Evaluator} has accepted the
   * strategy's name. An evaluator refuses a strategy without a stable name (a lambda not given one
   * with {@code named}, a blank name, a {@code name()} that throws); a suite that passed such a
   * strategy would only move the failure to the first evaluation, and a lambda's class name, which
   * changes from run to run, would give the laws a different seed on every run.
   *
   * @throws AssertionError with the evaluator's explanation when it refuses the name
   */
  private String subject() {
    try {
      Evaluator unused = evaluator.get();
    } catch (IllegalArgumentException e) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "%s: an Evaluator refuses the strategy, so no law was checked: %s",
              kind,
              e.getMessage()),
          e);
    }
    return kind + "[" + strategyName.get() + "]";
  }

  static int checkTries(int tries) {
    if (tries <= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "tries (%s) must be > 0", tries));
    }
    return tries;
  }

  List<String> names() {
    return laws.stream().map(Law::name).toList();
  }

  /** Runs every law; throws one AssertionError naming every law that failed. */
  void check() {
    String subject = subject();
    List<AssertionError> failures = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Law<?> law : laws) {
      try {
        run(subject, law);
      } catch (AssertionError e) {
        failures.add(e);
        failed.add(law.name());
      }
    }
    if (failures.isEmpty()) {
      return;
    }
    String message =
        String.format(
                Locale.ROOT,
                "%s breaks %d of %d laws: %s%n%n",
                subject,
                failures.size(),
                laws.size(),
                String.join(", ", failed))
            + failures.stream()
                .map(e -> String.valueOf(e.getMessage()))
                .collect(Collectors.joining(String.format(Locale.ROOT, "%n%n")));
    AssertionError error = new AssertionError(message, failures.get(0));
    failures.subList(1, failures.size()).forEach(error::addSuppressed);
    throw error;
  }

  /** Runs the law named {@code name}. */
  void check(String name) {
    requireNonNull(name, "law");
    for (Law<?> law : laws) {
      if (law.name().equals(name)) {
        run(subject(), law);
        return;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "law '%s' is not one of %s", name, names()));
  }

  private <T> void run(String subject, Law<T> law) {
    PropertyCheck<T> check =
        PropertyCheck.forAll(law.inputs())
            .withTries(law.tries(tries))
            .named(subject + " law " + law.name());
    if (seed != null) {
      check = check.withSeed(seed);
    }
    check.check(law.check());
  }
}

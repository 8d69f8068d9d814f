package dev.rubric.testkit.contracts;

import static java.util.Objects.requireNonNull;

import dev.rubric.testkit.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the laws of one contract suite against one strategy with the testkit's property engine.
 * Immutable; every {@code with} method returns a new suite.
 */
final class Suite {
  static final int DEFAULT_TRIES = 200;

  private final String subject;
  private final List<Law<?>> laws;
  private final int tries;
  private final @Nullable Long seed;

  private Suite(String subject, List<Law<?>> laws, int tries, @Nullable Long seed) {
    this.subject = subject;
    this.laws = List.copyOf(laws);
    this.tries = tries;
    this.seed = seed;
  }

  static Suite of(String subject, List<Law<?>> laws, int tries, @Nullable Long seed) {
    return new Suite(requireNonNull(subject, "subject"), laws, checkTries(tries), seed);
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
    List<AssertionError> failures = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Law<?> law : laws) {
      try {
        run(law);
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
        run(law);
        return;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "law '%s' is not one of %s", name, names()));
  }

  private <T> void run(Law<T> law) {
    PropertyCheck<T> check =
        PropertyCheck.forAll(law.inputs()).withTries(tries).named(subject + " law " + law.name());
    if (seed != null) {
      check = check.withSeed(seed);
    }
    check.check(law.check());
  }
}

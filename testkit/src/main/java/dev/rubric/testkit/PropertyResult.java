package dev.rubric.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a property run found, from {@link PropertyCheck#run} or {@link PropertyCheck#runThat}:
 * whether it was falsified, the shrunk and original counterexamples, how it was found and what the
 * run covered, so that tests can inspect a run without parsing an error message.
 *
 * @param property the property's name (given with {@code named} or the calling class and method)
 * @param seed the seed of the run; {@code withSeed(seed)} replays it
 * @param tries how many values were tested, up to and including the falsifying one
 * @param discards how many values were discarded (outgrew the choice budget, a filter gave up, or
 *     {@link PropertyCheck#assume} rejected them)
 * @param shrunk the smallest counterexample found, if the property was falsified
 * @param original the first counterexample found, before shrinking
 * @param failure the failure of the shrunk counterexample as {@code class: message} (the whole
 *     message), if falsified
 * @param shrinkSteps how many times shrinking found a smaller counterexample
 * @param shrinkAttempts how many candidates shrinking replayed
 * @param shrinkBudgetExhausted whether shrinking stopped because its attempt budget ran out, so
 *     that a smaller counterexample may exist
 * @param statistics each label {@link Statistics#collect} counted, with its count, most frequent
 *     first
 * @param flaky whether the property is flaky: {@code shrunk} failed once (with {@code failure}) but
 *     passed when run again after shrinking, so it is not a counterexample that fails every time
 * @param <T> the type of the generated values
 */
public record PropertyResult<T>(
    String property,
    long seed,
    int tries,
    int discards,
    Optional<T> shrunk,
    Optional<T> original,
    Optional<String> failure,
    int shrinkSteps,
    int shrinkAttempts,
    boolean shrinkBudgetExhausted,
    Map<String, Integer> statistics,
    boolean flaky) {

  /**
   * Checks the parts and copies the statistics, keeping their order.
   *
   * @param property the property's name (given with {@code named} or the calling class and method)
   * @param seed the seed of the run; {@code withSeed(seed)} replays it
   * @param tries how many values were tested, up to and including the falsifying one
   * @param discards how many values were discarded (outgrew the choice budget, a filter gave up, or
   *     {@link PropertyCheck#assume} rejected them)
   * @param shrunk the smallest counterexample found, if the property was falsified
   * @param original the first counterexample found, before shrinking
   * @param failure the failure of the shrunk counterexample as {@code class: message} (the whole
   *     message), if falsified
   * @param shrinkSteps how many times shrinking found a smaller counterexample
   * @param shrinkAttempts how many candidates shrinking replayed
   * @param shrinkBudgetExhausted whether shrinking stopped because its attempt budget ran out, so
   *     that a smaller counterexample may exist
   * @param statistics each label {@link Statistics#collect} counted, with its count, most frequent
   *     first
   * @param flaky whether {@code shrunk} failed once but passed when run again after shrinking
   */
  public PropertyResult {
    requireNonNull(property, "property");
    requireNonNull(shrunk, "shrunk");
    requireNonNull(original, "original");
    requireNonNull(failure, "failure");
    requireNonNull(statistics, "statistics");
    Checks.checkArgument(
        shrunk.isPresent() == original.isPresent() && shrunk.isPresent() == failure.isPresent(),
        "shrunk, original and failure must be all present or all empty");
    Checks.checkArgument(!flaky || shrunk.isPresent(), "only a falsified run can be flaky");
    statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
  }

  /**
   * A result that is not flaky.
   *
   * @param property the property's name (given with {@code named} or the calling class and method)
   * @param seed the seed of the run; {@code withSeed(seed)} replays it
   * @param tries how many values were tested, up to and including the falsifying one
   * @param discards how many values were discarded
   * @param shrunk the smallest counterexample found, if the property was falsified
   * @param original the first counterexample found, before shrinking
   * @param failure the failure of the shrunk counterexample as {@code class: message}, if falsified
   * @param shrinkSteps how many times shrinking found a smaller counterexample
   * @param shrinkAttempts how many candidates shrinking replayed
   * @param shrinkBudgetExhausted whether shrinking stopped because its attempt budget ran out
   * @param statistics each label {@link Statistics#collect} counted, with its count
   */
  public PropertyResult(
      String property,
      long seed,
      int tries,
      int discards,
      Optional<T> shrunk,
      Optional<T> original,
      Optional<String> failure,
      int shrinkSteps,
      int shrinkAttempts,
      boolean shrinkBudgetExhausted,
      Map<String, Integer> statistics) {
    this(
        property,
        seed,
        tries,
        discards,
        shrunk,
        original,
        failure,
        shrinkSteps,
        shrinkAttempts,
        shrinkBudgetExhausted,
        statistics,
        false);
  }

  /**
   * {@return whether a counterexample was found (for a {@link #flaky} run, an input that failed
   * once)}
   */
  public boolean falsified() {
    return shrunk.isPresent();
  }

  /**
   * {@return the percentage of tries that collected {@code label}, 0 if none did}
   *
   * @param label the label given to {@link Statistics#collect}
   * @throws IllegalArgumentException if no value was tested
   */
  public double percentage(String label) {
    requireNonNull(label, "label");
    Checks.checkArgument(tries > 0, "no value was tested, so no label has a percentage");
    return 100.0 * statistics.getOrDefault(label, 0) / tries;
  }
}

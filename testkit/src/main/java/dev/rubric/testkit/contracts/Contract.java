package dev.rubric.testkit.contracts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every contract suite shares: how many inputs each law tries, the seed to replay, the names
 * of the laws and the checks. Only this package's suites extend it.
 *
 * @param <C> the suite's own type, returned by the fluent methods
 */
public abstract class Contract<C extends Contract<C>> {
  /**
   * Law of every suite: the strategy, called from several threads at once (as an {@code Evaluator}
   * shared between threads calls it), gives each input what it gives called from one thread; a
   * strategy that keeps state in a field or draws random numbers breaks it. 2 to 4 generated inputs
   * per try, four threads released together, each calling the strategy on every input four times in
   * its own order, over a quarter of the suite's tries (50 of the default 200). A race shows only
   * when the threads meet inside the strategy, so a pass is evidence, not proof.
   */
  public static final String SAME_RESULTS_FROM_MANY_THREADS = "sameResultsFromManyThreads";

  final int tries;
  final @Nullable Long seed;

  Contract(int tries, @Nullable Long seed) {
    this.tries = tries;
    this.seed = seed;
  }

  /** This suite with the given tries and seed, everything else kept. */
  abstract C with(int tries, @Nullable Long seed);

  /** The laws of this suite, ready to run. */
  abstract Suite suite();

  /**
   * {@return this suite with {@code tries} generated inputs per law}
   *
   * @param tries how many values to generate; positive
   * @throws IllegalArgumentException if {@code tries <= 0}
   */
  public C withTries(int tries) {
    return with(Suite.checkTries(tries), seed);
  }

  /**
   * {@return this suite with every law run from {@code seed}, to replay a reported failure}
   *
   * @param seed the seed of the run; {@code withSeed(seed)} replays it
   */
  public C withSeed(long seed) {
    return with(tries, seed);
  }

  /** {@return the names of the laws this suite checks, in the order it checks them} */
  public List<String> laws() {
    return suite().names();
  }

  /**
   * Checks every law, once an {@code Evaluator} has accepted the strategy's name.
   *
   * @throws AssertionError naming every law that failed, each with its seed and counterexamples;
   *     or, before any law, when an evaluator refuses the strategy (a lambda without a name, a
   *     blank name, a {@code name()} that throws), with the evaluator's explanation
   */
  public void check() {
    suite().check();
  }

  /**
   * Checks the law named {@code law}.
   *
   * @param law the name of the law
   * @throws AssertionError if it fails, with the seed and the shrunk and original counterexamples;
   *     or, before the law, when an evaluator refuses the strategy, as {@link #check()} does
   * @throws IllegalArgumentException if the suite has no such law
   */
  public void check(String law) {
    suite().check(law);
  }
}

package dev.rubric.testkit.contracts;

import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The law every suite shares: an {@code Evaluator} is shared between threads, so a strategy called
 * from several threads at once must give each input what it gives it called from one. A strategy
 * that keeps a working buffer, a cache or a counter in a field, or that draws random numbers,
 * breaks it. The inputs are 2 to 4 generated ones; {@value #THREADS} threads, released together,
 * each call the strategy on all of them {@value #ROUNDS} times, each thread in its own order, and
 * every result must equal ({@code equals}) the one the strategy gave on the same input alone. A
 * race shows only when threads meet inside the strategy, so a pass is evidence, not proof.
 */
final class SharedAcrossThreads {
  /** Law: several threads at once get what one thread gets. */
  static final String NAME = Contract.SAME_RESULTS_FROM_MANY_THREADS;

  static final int THREADS = 4;
  static final int ROUNDS = 4;

  /**
   * The threads the law runs on: daemon threads, made when first needed and kept a minute while
   * idle, shared by every suite (each try waits for its own calls before it returns).
   */
  private static final ExecutorService POOL =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          runnable -> {
            Thread thread = new Thread(runnable, "rubric-contract-thread");
            thread.setDaemon(true);
            return thread;
          });

  private SharedAcrossThreads() {}

  /** The law over lists of {@code inputs}, calling {@code call} (which applies the strategy). */
  static <I> Law<List<I>> law(Gen<I> inputs, Function<? super I, ?> call) {
    // Each try checks 2 to 4 inputs: a quarter of the suite's tries check as many as another law.
    return new Law<>(NAME, Gen.lists(inputs, 2, 4), list -> check(list, call), 4);
  }

  private static <I> void check(List<I> inputs, Function<? super I, ?> call) {
    List<Object> alone = new ArrayList<>(inputs.size());
    for (I in : inputs) {
      alone.add(call.apply(in));
    }
    List<Future<Optional<String>>> runs = new ArrayList<>();
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        runs.add(POOL.submit(() -> run(inputs, alone, call, start, thread)));
      }
      for (Future<Optional<String>> run : runs) {
        Optional<String> wrong = run.get();
        if (wrong.isPresent()) {
          throw new AssertionError(wrong.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while calling the strategy from several threads", e);
    } catch (ExecutionException e) {
      Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "called from %d threads at once, the strategy threw %s (alone it did not)",
              THREADS,
              cause),
          cause);
    } finally {
      for (Future<Optional<String>> run : runs) {
        run.cancel(true); // the others, once one has failed; a no-op for those done
      }
    }
  }

  private static <I> Optional<String> run(
      List<I> inputs,
      List<Object> alone,
      Function<? super I, ?> call,
      CyclicBarrier start,
      int thread)
      throws InterruptedException, BrokenBarrierException {
    start.await();
    int n = inputs.size();
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < n; k++) {
        int at = (thread * (round + 1) + k) % n;
        Object got = call.apply(inputs.get(at));
        if (!Objects.equals(got, alone.get(at))) {
          return Optional.of(
              String.format(
                  Locale.ROOT,
                  "called from %d threads at once, the strategy gave %s for %s, but alone it gave"
                      + " %s",
                  THREADS,
                  got,
                  inputs.get(at),
                  alone.get(at)));
        }
      }
    }
    return Optional.empty();
  }
}

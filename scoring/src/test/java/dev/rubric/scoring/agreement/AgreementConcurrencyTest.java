package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Accumulators filled on 16 threads, on parallel streams in a 16-thread pool and merged in a random
 * order give results equal (not merely close) to one sequential pass, run after run.
 */
class AgreementConcurrencyTest {
  private static final int THREADS = 16;
  private static final int RUNS = 4;
  private static final int[][] MATRIX =
      Generated.correlated(new Random(20261126L), 40_000, 6, 1, 5, 0.1);
  private static final int[][] COMPLETE =
      Generated.correlated(new Random(20261127L), 40_000, 6, 1, 5, 0.0);
  private static final int[][] THREE_RATERS =
      Generated.correlated(new Random(20261129L), 520, 3, 1, 5, 0.1);
  private static final int[][] PAIRS =
      Generated.correlated(new Random(20261128L), 40_000, 2, 1, 5, 0.0);

  private static ExecutorService threads;
  private static ForkJoinPool pool;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newFixedThreadPool(THREADS);
    pool = new ForkJoinPool(THREADS);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
    pool.shutdownNow();
  }

  @ParameterizedTest
  @EnumSource(AlphaLevel.class)
  void alpha(AlphaLevel level) throws Exception {
    KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
    assertConcurrentEqualsSequential(
        MATRIX, alpha.collector(), alpha::accumulator, AlphaAccumulator::merge);
  }

  @Test
  void fleiss() throws Exception {
    FleissKappa fleiss = FleissKappa.of();
    assertConcurrentEqualsSequential(
        COMPLETE, fleiss.collector(), fleiss::accumulator, FleissAccumulator::merge);
  }

  @ParameterizedTest
  @EnumSource(KappaWeights.class)
  void cohen(KappaWeights weights) throws Exception {
    CohenKappa cohen = CohenKappa.weighted(weights).onScale(1, 5);
    assertConcurrentEqualsSequential(
        PAIRS, cohen.collector(), cohen::accumulator, CohenAccumulator::merge);
  }

  @Test
  void icc() throws Exception {
    IntraclassCorrelation icc = IntraclassCorrelation.of();
    assertConcurrentEqualsSequential(
        MATRIX, icc.collector(), icc::accumulator, IccAccumulator::merge);
  }

  /**
   * Law: merging reads its argument only. In each of 100 rounds a freshly filled accumulator is
   * shared and merged by 16 threads at once (released together by a latch) into private
   * accumulators holding their own units: every private result equals the sequential result of its
   * units plus the shared ones, and the shared accumulator's own result is unchanged afterwards.
   * Before, the alpha accumulator folded the argument's pattern tables (units of 3 ratings on 5
   * levels are counted as patterns) during the merge, and threads folding at once lost or doubled
   * units.
   */
  @ParameterizedTest
  @EnumSource(AlphaLevel.class)
  void alphaSharedMergedFromManyThreads(AlphaLevel level) throws Exception {
    KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
    assertSharedMergeIsReadOnly(
        THREE_RATERS, alpha.collector(), alpha::accumulator, AlphaAccumulator::merge);
  }

  @Test
  void fleissSharedMergedFromManyThreads() throws Exception {
    FleissKappa fleiss = FleissKappa.of();
    assertSharedMergeIsReadOnly(
        THREE_RATERS, fleiss.collector(), fleiss::accumulator, FleissAccumulator::merge);
  }

  @Test
  void cohenSharedMergedFromManyThreads() throws Exception {
    CohenKappa cohen = CohenKappa.linear();
    assertSharedMergeIsReadOnly(
        PAIRS, cohen.collector(), cohen::accumulator, CohenAccumulator::merge);
  }

  @Test
  void iccSharedMergedFromManyThreads() throws Exception {
    IntraclassCorrelation icc = IntraclassCorrelation.of();
    assertSharedMergeIsReadOnly(
        THREE_RATERS, icc.collector(), icc::accumulator, IccAccumulator::merge);
  }

  private static <A, R> void assertSharedMergeIsReadOnly(
      int[][] matrix,
      Collector<int[], A, R> collector,
      Supplier<A> accumulator,
      BinaryOperator<A> merge)
      throws Exception {
    int[][] shared = Arrays.copyOfRange(matrix, 0, 500);
    int[][] own = Arrays.copyOfRange(matrix, 500, 520);
    int[][] both = new int[shared.length + own.length][];
    System.arraycopy(own, 0, both, 0, own.length);
    System.arraycopy(shared, 0, both, own.length, shared.length);
    R expected = Arrays.stream(both).collect(collector);
    R sharedAlone = Arrays.stream(shared).collect(collector);
    int wrong = 0;
    int rounds = 100;
    for (int round = 0; round < rounds; round++) {
      A sharedAcc = accumulator.get();
      for (int[] unit : shared) {
        collector.accumulator().accept(sharedAcc, unit);
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            threads.submit(
                () -> {
                  A mine = accumulator.get();
                  for (int[] unit : own) {
                    collector.accumulator().accept(mine, unit);
                  }
                  go.await();
                  return collector.finisher().apply(merge.apply(mine, sharedAcc)).equals(expected);
                }));
      }
      go.countDown();
      for (Future<Boolean> w : workers) {
        wrong += w.get() ? 0 : 1;
      }
      assertThat(collector.finisher().apply(sharedAcc)).isEqualTo(sharedAlone);
    }
    assertThat(wrong).as("wrong merges of %s", rounds * THREADS).isZero();
  }

  private static <A, R> void assertConcurrentEqualsSequential(
      int[][] matrix,
      Collector<int[], A, R> collector,
      Supplier<A> accumulator,
      BinaryOperator<A> merge)
      throws Exception {
    R sequential = Arrays.stream(matrix).collect(collector);
    Function<A, R> finish = collector.finisher();
    Random random = new Random(7);
    for (int run = 0; run < RUNS; run++) {
      R parallel = pool.submit(() -> Arrays.stream(matrix).parallel().collect(collector)).get();
      assertThat(parallel).as("parallel stream, run %d", run).isEqualTo(sequential);

      List<Future<A>> parts = new ArrayList<>();
      int chunk = (matrix.length + THREADS - 1) / THREADS;
      for (int t = 0; t < THREADS; t++) {
        int from = Math.min(matrix.length, t * chunk);
        int to = Math.min(matrix.length, from + chunk);
        parts.add(
            threads.submit(
                () -> {
                  A part = accumulator.get();
                  for (int u = from; u < to; u++) {
                    collector.accumulator().accept(part, matrix[u]);
                  }
                  return part;
                }));
      }
      List<A> filled = new ArrayList<>();
      for (Future<A> part : parts) {
        filled.add(part.get());
      }
      Collections.shuffle(filled, random);
      A merged = filled.get(0);
      for (A part : filled.subList(1, filled.size())) {
        merged = merge.apply(merged, part);
      }
      assertThat(finish.apply(merged)).as("16 threads merged, run %d", run).isEqualTo(sequential);
    }
  }
}

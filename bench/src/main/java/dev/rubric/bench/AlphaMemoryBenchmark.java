package dev.rubric.bench;

import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory goal: ordinal Krippendorff's alpha over 10M ratings (2,000,000 units x 5 raters on the
 * four-level scale, 10% missing) streamed one unit at a time, in a JVM whose heap is capped at 64
 * MB ({@code -Xmx64m}, set on the fork). The ratings are generated while they are fed, so nothing
 * but the accumulator holds them; the run fails with an {@link OutOfMemoryError} if the accumulator
 * keeps more than the heap allows. The score is the time of one full pass.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AlphaMemoryBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class AlphaMemoryBenchmark {
  /** Smoke runs (the test build) stream 10,000 units instead of 2,000,000. */
  @Param({"false"})
  public boolean smoke;

  private static final int RATERS = 5;

  /** Streams 10M generated ratings into an ordinal alpha accumulator. */
  @Benchmark
  public AlphaResult alphaOrdinal10M() {
    int units = smoke ? 10_000 : 2_000_000;
    SplittableRandom random = new SplittableRandom(BenchData.SEED);
    AlphaAccumulator acc = KrippendorffAlpha.at(AlphaLevel.ORDINAL).accumulator();
    int[] row = new int[RATERS];
    for (int u = 0; u < units; u++) {
      double latent = 1 + random.nextDouble() * 3;
      for (int r = 0; r < RATERS; r++) {
        boolean missing = random.nextDouble() < 0.10;
        double noisy = latent + (random.nextDouble() - 0.5) * 1.5;
        row[r] = missing ? Ratings.MISSING : (int) Math.max(1, Math.min(4, Math.round(noisy)));
      }
      acc.addUnit(row);
    }
    return acc.result();
  }
}

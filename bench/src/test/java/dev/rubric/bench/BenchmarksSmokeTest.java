package dev.rubric.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM, so that the benchmarks compile, their setups
 * work and they keep producing results. Measures nothing: the full run is documented in
 * bench/RESULTS.md.
 */
class BenchmarksSmokeTest {
  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.rubric\\.bench\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .param("smoke", "true")
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).isNotEmpty();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getScore())
          .as(result.getParams().getBenchmark())
          .isPositive();
    }
  }
}

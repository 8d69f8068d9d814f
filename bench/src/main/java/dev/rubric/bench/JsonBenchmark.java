package dev.rubric.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing 100 scorecards as JSON, against Jackson's own tree read of the same bytes
 * (the goal: Rubric's strict, fully validated read within 1.5x of the tree read).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar JsonBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {
  private final ObjectMapper jackson = new ObjectMapper();
  private byte[] bytes = new byte[0];
  private ImmutableList<Scorecard> cards = ImmutableList.of();

  /** Builds 100 scorecards (17 packets of 6) and their JSON. */
  @Setup
  public void setUp() {
    InterviewPlan plan = BenchData.plan(6, 12);
    SplittableRandom random = new SplittableRandom(BenchData.SEED);
    List<Scorecard> all = new ArrayList<>();
    for (int c = 0; all.size() < 100; c++) {
      all.addAll(BenchData.packet(plan, "cand-" + c, random));
    }
    cards = ImmutableList.copyOf(all.subList(0, 100));
    bytes = RubricJson.standard().writeScorecards(cards).getBytes(StandardCharsets.UTF_8);
  }

  /** Rubric's strict read into scorecards, every field checked. */
  @Benchmark
  public ReadResult<List<Scorecard>> readScorecards() {
    return RubricJson.standard().readScorecards(bytes);
  }

  /** Baseline: Jackson's plain tree read of the same bytes, nothing checked. */
  @Benchmark
  public JsonNode jacksonTreeRead() throws IOException {
    return jackson.readTree(bytes);
  }

  /** Writing the 100 scorecards. */
  @Benchmark
  public String writeScorecards() {
    return RubricJson.standard().writeScorecards(cards);
  }
}

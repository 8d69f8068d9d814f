package dev.rubric.bench;

import dev.rubric.scoring.audit.AdverseImpact;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.CandidateOutcome;
import dev.rubric.scoring.audit.GroupMembership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The adverse-impact audit at its most dimensions: 12 dimensions of two categories each (drawn
 * independently, a twentieth of each dimension's cells left unknown) over 2,000 candidates with a
 * score and a third of them selected, so that the audit reports every one of the 4,095 groupings
 * (about 500,000 category rows, most of them small intersections). No goal: it shows what the
 * largest audit the library takes costs in the library alone, without any report.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AuditBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class AuditBenchmark {
  /** Smoke runs (the test build) use 100 candidates instead of 2,000. */
  @Param({"false"})
  public boolean smoke;

  private List<CandidateOutcome> outcomes = List.of();
  private GroupMembership membership = new GroupMembership(List.of("d"), Map.of());

  /** Draws the candidates, their outcomes and their categories (fixed seed). */
  @Setup(Level.Trial)
  public void setUp() {
    int n = smoke ? 100 : 2_000;
    SplittableRandom random = new SplittableRandom(BenchData.SEED);
    List<String> dimensions = new ArrayList<>();
    for (int d = 0; d < GroupMembership.MAX_DIMENSIONS; d++) {
      dimensions.add("dimension-" + d);
    }
    Map<String, Map<String, String>> groups = new HashMap<>();
    List<CandidateOutcome> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "candidate-" + i;
      Map<String, String> row = new HashMap<>();
      for (String d : dimensions) {
        if (random.nextInt(20) != 0) {
          row.put(d, random.nextBoolean() ? "first" : "second");
        }
      }
      groups.put(id, row);
      drawn.add(CandidateOutcome.of(id, random.nextInt(3) == 0, 1 + 3 * random.nextDouble()));
    }
    outcomes = List.copyOf(drawn);
    membership = new GroupMembership(dimensions, groups);
  }

  /** Every dimension and every intersection of them, with the standard options. */
  @Benchmark
  public AuditReport twelveDimensions() {
    return AdverseImpact.audit(outcomes, membership, AuditOptions.defaults());
  }
}

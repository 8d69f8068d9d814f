package dev.rubric.bench;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.Decision;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.Reason;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating candidates with the standard configuration: one packet at a time, and a batch of
 * 10,000 packets against one compiled plan (an ATS re-scoring a tenant's history).
 *
 * <p>The packet, "6 interviewers x 12 competencies", is read as one realistic loop: a plan of 12
 * competencies in four areas and six seats with one interviewer each; every seat assesses four
 * competencies and every competency is assessed by two seats, so one packet is 6 scorecards holding
 * 24 ratings, each with written evidence (see {@link BenchData#panelPlan()}). The profile has two
 * must-haves and a breadth-versus-depth expectation, so every stage of the standard evaluation
 * runs: validation of each scorecard, aggregation, hybrid scoring, area bars, consensus and the
 * decision with its reasons. The packets are 1,024 different candidates (fixed seed), taken in
 * turn.
 *
 * <p>Goals: one packet at most 2 µs median ({@code p0.50} of the sample-time modes) and at most 16
 * KB allocated per evaluation ({@code gc.alloc.rate.norm} under {@code -prof gc}).
 *
 * <ul>
 *   <li>{@code packetStandard}: {@code Evaluator.standard().evaluate(plan, packet)}, which reuses
 *       the plan it compiled last;
 *   <li>{@code packetForPlan}: {@code Evaluator.standard().forPlan(plan).evaluate(packet)} with the
 *       plan compiled once;
 *   <li>{@code packetReadInFull}: as {@code packetForPlan}, then every part an evaluation makes on
 *       first use is read: the scorecards' accounts (with the evidence advice), the timeline, and
 *       each reason's and agenda item's figures and sentence. No goal: it shows what the parts left
 *       for later cost a caller that reads them all (a report, the JSON).
 *   <li>{@code batch10k}: 10,000 packets through one {@code PlanEvaluator}, time per batch.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EvaluationBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
  /** Smoke runs (the test build) use batches of 100 packets instead of 10,000. */
  @Param({"false"})
  public boolean smoke;

  private static final int DISTINCT_PACKETS = 1_024;

  private InterviewPlan plan = BenchData.panelPlan();
  private PlanEvaluator compiled = Evaluator.standard().forPlan(plan);
  private ImmutableList<ImmutableList<Scorecard>> packets = ImmutableList.of();
  private ImmutableList<ImmutableList<Scorecard>> batch = ImmutableList.of();
  private int next;

  /** Generates the packets and the batch and compiles the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = BenchData.panelPlan();
    compiled = Evaluator.standard().forPlan(plan);
    SplittableRandom random = new SplittableRandom(BenchData.SEED);
    ImmutableList.Builder<ImmutableList<Scorecard>> some = ImmutableList.builder();
    for (int c = 0; c < DISTINCT_PACKETS; c++) {
      some.add(BenchData.realisticPacket(plan, "cand-" + c, random));
    }
    packets = some.build();
    int size = smoke ? 100 : 10_000;
    ImmutableList.Builder<ImmutableList<Scorecard>> many =
        ImmutableList.builderWithExpectedSize(size);
    for (int c = 0; c < size; c++) {
      many.add(BenchData.realisticPacket(plan, "batch-" + c, random));
    }
    batch = many.build();
    Evaluation check = compiled.evaluate(packets.get(0));
    if (!check.rejected().isEmpty()) {
      throw new IllegalStateException("the benchmark packet is rejected: " + check.rejected());
    }
  }

  private ImmutableList<Scorecard> nextPacket() {
    ImmutableList<Scorecard> packet = packets.get(next);
    next = (next + 1) & (DISTINCT_PACKETS - 1);
    return packet;
  }

  /** One packet through {@code Evaluator.standard().evaluate(plan, packet)}. */
  @Benchmark
  public Evaluation packetStandard() {
    return Evaluator.standard().evaluate(plan, nextPacket());
  }

  /** One packet through a {@code PlanEvaluator} compiled once. */
  @Benchmark
  public Evaluation packetForPlan() {
    return compiled.evaluate(nextPacket());
  }

  /** One packet through a {@code PlanEvaluator}, then every part made on first use read. */
  @Benchmark
  public void packetReadInFull(Blackhole sink) {
    Evaluation e = compiled.evaluate(nextPacket());
    sink.consume(e.scorecards());
    sink.consume(e.findings().readiness().timeline());
    Decision d = e.decision();
    for (List<Reason> reasons : List.of(d.reasons(), d.advice(), d.concerns())) {
      for (Reason r : reasons) {
        sink.consume(r.figures());
        sink.consume(r.sentence());
      }
    }
    for (AgendaItem item : e.findings().consensus().agenda()) {
      sink.consume(item.why());
    }
  }

  /** 10,000 packets through one {@code PlanEvaluator}. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void batch10k(Blackhole sink) {
    for (ImmutableList<Scorecard> packet : batch) {
      sink.consume(compiled.evaluate(packet));
    }
  }
}

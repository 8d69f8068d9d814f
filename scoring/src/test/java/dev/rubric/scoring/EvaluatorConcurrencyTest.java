package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.json.EvaluationJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One evaluator shared by 16 threads gives, packet for packet, exactly what a single thread gives:
 * equal evaluations and identical JSON. The 10,000 packets are generated from a fixed seed and mix
 * clean panels with missing seats, out-of-scale levels, stray competencies, wrong plans and other
 * candidates, so every path of the evaluator runs concurrently.
 */
class EvaluatorConcurrencyTest {
  private static final int PACKETS = 10_000;
  private static final int THREADS = 16;
  private static final InterviewPlan PLAN = Packets.breadthDepthPlan();
  private static final List<List<Scorecard>> INPUTS = packets(new Random(20261126L));

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void sharedStandardEvaluatorMatchesASingleThread() throws Exception {
    Evaluator evaluator = Evaluator.standard();
    assertSameAsSequential(cards -> evaluator.evaluate(PLAN, "cand-0", cards));
  }

  @Test
  void sharedPlanEvaluatorMatchesASingleThread() throws Exception {
    PlanEvaluator evaluator = Evaluator.standard().forPlan(PLAN);
    assertSameAsSequential(cards -> evaluator.evaluate("cand-0", cards));
  }

  private static void assertSameAsSequential(Function<List<Scorecard>, Evaluation> evaluate)
      throws Exception {
    List<Evaluation> sequential = new ArrayList<>(PACKETS);
    List<String> sequentialJson = new ArrayList<>(PACKETS);
    for (List<Scorecard> cards : INPUTS) {
      Evaluation e = evaluate.apply(cards);
      sequential.add(e);
      sequentialJson.add(EvaluationJson.write(e));
    }
    List<Future<Evaluation>> evaluations = new ArrayList<>(PACKETS);
    for (List<Scorecard> cards : INPUTS) {
      evaluations.add(pool.submit(() -> evaluate.apply(cards)));
    }
    List<Future<String>> json = new ArrayList<>(PACKETS);
    for (Future<Evaluation> e : evaluations) {
      json.add(pool.submit(() -> EvaluationJson.write(e.get())));
    }
    for (int i = 0; i < PACKETS; i++) {
      assertThat(evaluations.get(i).get()).as("evaluation %s", i).isEqualTo(sequential.get(i));
      assertThat(json.get(i).get()).as("JSON of evaluation %s", i).isEqualTo(sequentialJson.get(i));
    }
    // The packets reach every outcome, so the comparison covers more than one path.
    assertThat(sequential.stream().map(e -> e.decision().outcome()).distinct().count())
        .as("distinct outcomes")
        .isGreaterThanOrEqualTo(3);
    assertThat(sequential.stream().filter(e -> !e.rejected().isEmpty()).count())
        .as("evaluations with rejected scorecards")
        .isGreaterThan(PACKETS / 10);
  }

  /** Seeded packets for candidate cand-0 on {@link #PLAN}. */
  private static List<List<Scorecard>> packets(Random random) {
    String[][] seats = {
      {"deploy", "serving", "monitoring"}, {"infra", "infra", "serving"}, {"comms", "comms"}
    };
    List<List<Scorecard>> packets = new ArrayList<>(PACKETS);
    for (int p = 0; p < PACKETS; p++) {
      List<Scorecard> cards = new ArrayList<>();
      int count = 1 + random.nextInt(7);
      for (int c = 0; c < count; c++) {
        String[] seat = seats[random.nextInt(seats.length)];
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId(random.nextInt(40) == 0 ? "cand-9" : "cand-0")
                .interviewerId("rater-" + random.nextInt(6))
                .panelRoleId(random.nextInt(50) == 0 ? "nowhere" : seat[0])
                .planFingerprint(random.nextInt(50) == 0 ? "sha256:00" : PLAN.fingerprint())
                .submittedAt(Instant.ofEpochSecond(1_795_000_000L + random.nextInt(100_000)));
        for (int k = 1; k < seat.length; k++) {
          if (random.nextInt(8) != 0) {
            int level = random.nextInt(60) == 0 ? 7 : 1 + random.nextInt(4);
            card.rate(seat[k], level, "evidence " + random.nextInt(3));
          }
        }
        if (random.nextInt(40) == 0) {
          card.rate("comms", 1 + random.nextInt(4), "outside the seat");
        }
        if (random.nextBoolean()) {
          Recommendation[] all = Recommendation.values();
          card.overallRecommendation(all[random.nextInt(all.length)]);
        }
        cards.add(card.build());
      }
      packets.add(List.copyOf(cards));
    }
    return List.copyOf(packets);
  }
}

package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Decision}: the evaluator's decisions list their concerns on first use, equal to the
 * concerns listed at once; factories copy and check their lists.
 */
class DecisionTest {
  private static final Reason HIRE =
      Reason.of(ReasonCode.ALL_MUST_HAVE_BARS_MET, Optional.empty(), java.util.Map.of(), "Met.");

  /**
   * Law, over packets of every level: an evaluation's concerns, listed on first use, are the
   * concerns of its findings followed by the policy's own, and an eager copy of the decision equals
   * it.
   */
  @Test
  void concernsListedOnFirstUseEqualTheEagerOnes() {
    for (InterviewPlan plan : List.of(Packets.plan(), Packets.breadthDepthPlan())) {
      for (int level = 1; level <= 4; level++) {
        for (int other = 1; other <= 4; other++) {
          Evaluation e =
              Evaluator.standard()
                  .evaluate(plan, Packets.packet(plan, level, other, level, other, level));
          Decision lazy = e.decision();
          List<Reason> expected = Concerns.of(e.findings(), plan);
          Decision eager =
              Decision.of(lazy.outcome(), lazy.reasons(), lazy.advice(), List.copyOf(expected));
          assertThat(eager).isEqualTo(lazy).hasSameHashCodeAs(lazy);
          assertThat(lazy).isEqualTo(eager);
          assertThat(lazy.toString()).isEqualTo(eager.toString());
          assertThat(lazy.concerns()).isEqualTo(expected).isSameAs(lazy.concerns());
        }
      }
    }
  }

  /** Threads racing on the first read of the concerns all get the one list. */
  @Test
  void concernsAreListedOnceWhateverTheThreads() throws Exception {
    InterviewPlan plan = Packets.breadthDepthPlan();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        Decision d =
            Evaluator.standard().evaluate(plan, Packets.packet(plan, 1, 2, 2, 1, 4)).decision();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Reason>>> reads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return d.concerns();
                  }));
        }
        start.countDown();
        List<Reason> first = reads.get(0).get();
        assertThat(first).isNotEmpty();
        for (Future<List<Reason>> r : reads) {
          assertThat(r.get()).isSameAs(first);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Factories name the list holding a null and refuse a decision without a reason. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void factoriesCheckTheirLists() {
    List<Reason> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Decision.of(Outcome.HIRE, withNull, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reasons[0]");
    assertThatThrownBy(() -> Decision.of(Outcome.HIRE, List.of(HIRE), withNull))
        .hasMessage("advice[0]");
    assertThatThrownBy(() -> Decision.of(Outcome.HIRE, List.of(HIRE), List.of(), withNull))
        .hasMessage("concerns[0]");
    assertThatThrownBy(() -> Decision.of(Outcome.HIRE, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reasons ([]) must not be empty");
    List<Reason> mutable = new ArrayList<>(List.of(HIRE));
    Decision d = Decision.of(Outcome.HIRE, mutable, mutable, mutable);
    mutable.clear();
    assertThat(d.reasons()).containsExactly(HIRE);
    assertThat(d.advice()).containsExactly(HIRE);
    assertThat(d.concerns()).containsExactly(HIRE);
    assertThat(d.toString())
        .isEqualTo(
            "Decision{outcome=HIRE, reasons=["
                + HIRE
                + "], advice=["
                + HIRE
                + "], concerns=["
                + HIRE
                + "]}");
  }
}

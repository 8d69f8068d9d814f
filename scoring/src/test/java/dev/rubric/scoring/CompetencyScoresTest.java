package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompetencyScores}: one entry per competency, found by id. */
class CompetencyScoresTest {
  private static CompetencyScore s(String id) {
    return CompetencyScore.of(id, "area", Coefficient.of(3), List.of());
  }

  /** Few and many entries (the two ways of checking) refuse a competency given twice. */
  @Test
  void aCompetencyGivenTwiceIsRefusedByName() {
    for (int n : new int[] {2, 5, 32, 33, 200}) {
      List<CompetencyScore> scores = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        scores.add(s("c-" + i));
      }
      assertThat(CompetencyScores.of("mean", scores).scores()).hasSize(n);
      scores.add(s(new String("c-" + (n - 1)))); // equal, not the same instance
      assertThatThrownBy(() -> CompetencyScores.of("mean", scores))
          .as("%d entries", n + 1)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores hold competency 'c-" + (n - 1) + "' more than once");
      assertThatThrownBy(
              () -> CompetencyScores.of("mean", List.of(s("x"), s("c-0"), s("y"), s("c-0"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scores hold competency 'c-0' more than once");
    }
  }

  /** Looked up at a position that holds another competency, an entry is still found by id. */
  @Test
  void anEntryIsFoundWhereverTheHintPoints() {
    CompetencyScores scores = CompetencyScores.of("mean", List.of(s("a"), s("b"), s("c")));
    for (int hint = 0; hint < 5; hint++) {
      assertThat(scores.get("b", hint)).contains(scores.scores().get(1));
      assertThat(scores.get("c", hint)).contains(scores.scores().get(2));
      assertThat(scores.get("z", hint)).isEmpty();
    }
  }
}

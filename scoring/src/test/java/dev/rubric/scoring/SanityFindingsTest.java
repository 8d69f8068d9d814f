package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import org.junit.jupiter.api.Test;

/** Regressions for what the package sanity tests found. */
class SanityFindingsTest {
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void competencyScoresRejectANullCompetencyId() {
    InterviewPlan plan = Packets.plan();
    CompetencyScores scores =
        Evaluator.standard()
            .evaluate(plan, Packets.packet(plan, 4, 3, 4, 4, 3))
            .findings()
            .scores();

    assertThatThrownBy(() -> scores.get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("competencyId");
  }
}

package dev.rubric.scoring;

import static dev.rubric.scoring.Packets.card;
import static dev.rubric.scoring.Packets.packet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.FieldFaults;
import dev.rubric.scoring.json.EvaluationJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every problem the evaluation reader reports for a field left out, null or of the wrong type, in
 * every object of written evaluations, is pinned: refactoring the reader keeps each problem, its
 * path, its message and its order exactly.
 */
class EvaluationJsonFieldFaultsTest {
  private static void assertPinned(String pin, Evaluation evaluation) {
    List<String> actual =
        FieldFaults.report(EvaluationJson.write(evaluation), EvaluationJson::read);
    List<String> pinned = FieldFaults.pinned(pin, actual);
    assertThat(actual).hasSizeGreaterThan(40);
    assertThat(actual).containsExactlyElementsOf(pinned);
  }

  @Test
  void readerProblemsArePinnedForAnEvaluationWithRejectedScorecards() {
    InterviewPlan plan = Packets.plan();
    List<Scorecard> cards = new ArrayList<>(packet(plan, 4, 3, 4, 4, 3));
    cards.add(card(plan, "erin", "nowhere").rate("serving", 1, "x").build());
    cards.add(card(plan, "gina", "comms").rate("comms", 7, "x").build());
    assertPinned(
        "/json/field-faults/evaluation-rejected.txt", Evaluator.standard().evaluate(plan, cards));
  }

  @Test
  void readerProblemsArePinnedForABreadthDepthEvaluation() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    assertPinned(
        "/json/field-faults/evaluation-breadth-depth.txt",
        Evaluator.standard().evaluate(plan, packet(plan, 2, 4, 4, 4, 2)));
  }
}

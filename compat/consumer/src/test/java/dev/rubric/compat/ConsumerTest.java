package dev.rubric.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.json.EvaluationJson;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.PropertyCheck;
import dev.rubric.testkit.PropertyResult;
import dev.rubric.testkit.domain.Packet;
import dev.rubric.testkit.domain.RubricGen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user of Rubric does: property-tests with the testkit (the JUnit extension and {@code
 * PropertyCheck}), reads and writes the JSON formats (Jackson) and evaluates candidates (Guava
 * inside), at whichever JUnit, Jackson and Guava versions the build aligned.
 */
class ConsumerTest {

  static Gen<Packet> packets() {
    return RubricGen.plans().flatMap(RubricGen::packetsFor);
  }

  static Gen<List<Integer>> ratings() {
    return Gen.lists(Gen.integers(1, 4), 1, 12);
  }

  @Property(tries = 30)
  void evaluationsSurviveAJsonRoundTrip(@ForAll("packets") Packet packet) {
    RubricJson json = RubricJson.standard();
    InterviewPlan plan = json.readPlan(json.writePlan(packet.plan())).orElseThrow();
    var cards = json.readScorecards(json.writeScorecards(packet.scorecards())).orElseThrow();
    List<Scorecard> scorecards = List.copyOf(cards);

    assertThat(plan).isEqualTo(packet.plan());
    assertThat(scorecards).isEqualTo(packet.scorecards());

    Evaluation evaluation = Evaluator.standard().evaluate(plan, scorecards);
    byte[] written = EvaluationJson.write(evaluation).getBytes(StandardCharsets.UTF_8);
    Evaluation again = EvaluationJson.read(written).orElseThrow();
    assertThat(again.decision().outcome()).isEqualTo(evaluation.decision().outcome());
  }

  @Property(tries = 100)
  void averageStaysOnTheScale(@ForAll("ratings") List<Integer> ratings) {
    double average = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertThat(average).isBetween(1.0, 4.0);
  }

  @Test
  void aFalsifiedPropertyShrinksAndReports() {
    PropertyResult<List<Integer>> result =
        PropertyCheck.forAll(ratings()).withTries(200).runThat(r -> !r.contains(4));

    assertThat(result.falsified()).isTrue();
    assertThat(result.shrunk()).contains(List.of(4));
    assertThatThrownBy(
            () -> PropertyCheck.forAll(ratings()).withTries(200).checkThat(r -> !r.contains(4)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shrunk counterexample:   [4]");
  }
}

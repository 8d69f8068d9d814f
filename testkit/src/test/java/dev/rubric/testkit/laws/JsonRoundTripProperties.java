package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.domain.History;
import dev.rubric.testkit.domain.RubricGen;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writing then reading gives an equal object, for every generated plan and scorecard. */
class JsonRoundTripProperties {
  private static final RubricJson JSON = RubricJson.standard();

  static Gen<InterviewPlan> plans() {
    return RubricGen.plans();
  }

  static Gen<Scorecard> scorecards() {
    return RubricGen.plans().flatMap(RubricGen::scorecardsFor);
  }

  static Gen<History> histories() {
    return RubricGen.histories();
  }

  @Property
  void planWriteThenReadIsEqual(@ForAll("plans") InterviewPlan plan) {
    String json = JSON.writePlan(plan);

    ReadResult<InterviewPlan> read = JSON.readPlan(json);

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(plan);
    assertThat(JSON.readPlan(json.getBytes(StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(plan);
  }

  @Property
  void scorecardWriteThenReadIsEqual(@ForAll("scorecards") Scorecard card) {
    ReadResult<Scorecard> read = JSON.readScorecard(JSON.writeScorecard(card));

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(card);
  }

  @Property(tries = 100)
  void scorecardListWriteThenReadIsEqual(@ForAll("histories") History history) {
    ReadResult<? extends List<Scorecard>> read =
        JSON.readScorecards(JSON.writeScorecards(history.scorecards()));

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).containsExactlyElementsOf(history.scorecards());
  }
}

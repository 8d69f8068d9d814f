package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.Plans;
import org.junit.jupiter.api.Test;

/** A scorecard keeps its ratings in one canonical order: by competency id. */
class RatingOrderTest {
  private static final InterviewPlan PLAN =
      Plans.minimal()
          .addPanelRoles(
              PanelRole.builder()
                  .id("both")
                  .title("Both")
                  .addCompetencies("model-serving", "communication")
                  .addScenarioPrompts("Walk through a rollout.")
                  .build())
          .build();

  private static Scorecard.Builder card() {
    return Plans.card(PLAN).panelRoleId("both");
  }

  @Test
  void scorecardsDifferingOnlyInRatingOrderAreEqualAndWriteTheSameJson() {
    Scorecard ab = card().rate("model-serving", 3, "a").rate("communication", 2, "b").build();
    Scorecard ba = card().rate("communication", 2, "b").rate("model-serving", 3, "a").build();
    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
    assertThat(ab.ratings())
        .extracting(Rating::competencyId)
        .containsExactly("communication", "model-serving");
    RubricJson json = RubricJson.standard();
    assertThat(json.writeScorecard(ab)).isEqualTo(json.writeScorecard(ba));
    String reversed =
        json.writeScorecard(ab)
            .replaceFirst("\"communication\"", "\"PLACEHOLDER\"")
            .replaceFirst("\"model-serving\"", "\"communication\"")
            .replaceFirst("\"PLACEHOLDER\"", "\"model-serving\"")
            .replaceFirst("\"level\" : 2", "\"level\" : X")
            .replaceFirst("\"level\" : 3", "\"level\" : 2")
            .replaceFirst("\"level\" : X", "\"level\" : 3")
            .replaceFirst("\"evidence\" : \"b\"", "\"evidence\" : \"X\"")
            .replaceFirst("\"evidence\" : \"a\"", "\"evidence\" : \"b\"")
            .replaceFirst("\"evidence\" : \"X\"", "\"evidence\" : \"a\"");
    assertThat(reversed).isNotEqualTo(json.writeScorecard(ab));
    assertThat(json.readScorecard(reversed).orElseThrow()).isEqualTo(ab);
  }

  @Test
  void duplicateRatingsAreKeptInArrivalOrderAndStillReported() {
    Scorecard card =
        card()
            .rate("model-serving", 3, "first")
            .rate("communication", 2, "c")
            .rate("model-serving", 4, "second")
            .build();
    assertThat(card.ratings())
        .extracting(Rating::competencyId, Rating::evidence)
        .containsExactly(
            tuple("communication", "c"),
            tuple("model-serving", "first"),
            tuple("model-serving", "second"));
    assertThat(card.validateAgainst(PLAN).problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.DUPLICATE_RATING, "/ratings/2/competencyId"));
    RubricJson json = RubricJson.standard();
    assertThat(json.readScorecard(json.writeScorecard(card)).orElseThrow()).isEqualTo(card);
  }
}

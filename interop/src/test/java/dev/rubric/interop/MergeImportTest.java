package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static dev.rubric.interop.LeverImportTest.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MergeImportTest {
  private static ImportMapping mapping() {
    return ImportMapping.builder()
        .vendor(AtsVendor.MERGE)
        .plan(Fixtures.fourPointPlan())
        .seat("52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "stakeholder-communication")
        .putCandidates("2872ba14-4084-492b-be96-e5eee6fc33ef", "cand-1")
        .build();
  }

  private static String example() {
    return new String(payload("merge_scorecard_example.json"), StandardCharsets.UTF_8);
  }

  @Test
  void documentedExampleImportsAsARecommendationWithoutRatings() {
    ImportResult result =
        mapping().importer().importScorecards(payload("merge_scorecard_example.json"));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::severity, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.DELETED_IN_SOURCE,
                Severity.ADVICE,
                "/remote_was_deleted",
                "Merge reports this scorecard as deleted in the source ATS; it is imported, decide"
                    + " whether to use it."));
    Scorecard card = result.scorecards().get(0);
    assertThat(card.candidateId()).isEqualTo("cand-1");
    assertThat(card.interviewerId()).isEqualTo("bbb519a3-246e-4b95-b6b3-dba16107ba6b");
    assertThat(card.panelRoleId()).isEqualTo("stakeholder-communication");
    assertThat(card.ratings()).isEmpty();
    assertThat(card.overallRecommendation()).contains(Recommendation.STRONG_YES);
    assertThat(card.submittedAt()).isEqualTo(Instant.parse("2021-10-15T00:00:00Z"));
  }

  @Test
  void pagesAndNoDecisionAndUnknownRecommendations() {
    String noDecision = example().replace("STRONG_YES", "NO_DECISION");
    String odd = example().replace("STRONG_YES", "MAYBE");
    ImportResult result =
        mapping()
            .importer()
            .importScorecards(json("{\"results\": [" + noDecision + "," + odd + "]}"));
    assertThat(result.scorecards()).hasSize(2);
    assertThat(result.scorecards().get(0).overallRecommendation()).isEmpty();
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RECOMMENDATION,
                "/results/1/overall_recommendation",
                "The overall recommendation 'MAYBE' is not one of [DEFINITELY_NO, NO, YES,"
                    + " STRONG_YES]; add it to the mapping's recommendations."));
  }

  @Test
  void aGreenhousePayloadInAnArrayIsRefusedPerElement() {
    byte[] greenhouse = payload("greenhouse_scorecard_example.json");
    String both = "[" + example() + "," + new String(greenhouse, StandardCharsets.UTF_8) + "]";
    ImportResult result = mapping().importer().importScorecards(json(both));
    assertThat(result.scorecards()).hasSize(1);
    assertThat(errors(result))
        .extracting(t -> t.toArray()[0], t -> t.toArray()[1])
        .containsExactly(tuple(InteropProblemCodes.WRONG_VENDOR, "/1"));
  }

  @Test
  void aDeletionFlagThatIsNotABooleanIsAnErrorNotPassedOver() {
    ImportResult result =
        mapping()
            .importer()
            .importScorecards(
                json(
                    example()
                        .replace(
                            "\"remote_was_deleted\": true", "\"remote_was_deleted\": \"true\"")));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                dev.rubric.core.ProblemCodes.JSON_WRONG_TYPE,
                "/remote_was_deleted",
                "Expected a boolean at /remote_was_deleted, found a string."));
    // Only the flag is faulty: the scorecard and its recommendation are imported.
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isZero();
    assertThat(result.scorecards()).hasSize(1);
  }
}

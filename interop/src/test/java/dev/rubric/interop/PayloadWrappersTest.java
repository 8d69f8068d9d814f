package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages ({@code {"data": [...]}}, {@code {"results": [...]}}) are unwrapped; a {@code data} or
 * {@code results} field that is not read as a page is a located problem, never passed over with
 * what it holds.
 */
class PayloadWrappersTest {
  private static final ImportMapping GREENHOUSE = GreenhouseImportTest.mapping().build();

  /** The documented Greenhouse scorecard: seven rated elements, one of them ignored. */
  private static String card() {
    return new String(payload("greenhouse_scorecard_example.json"), StandardCharsets.UTF_8);
  }

  private static ImportResult greenhouse(String payload) {
    ImportResult result = GREENHOUSE.importer().importScorecards(json(payload));
    ImportOutcomes.check(result);
    return result;
  }

  /** {@code card} with {@code field} added just inside its opening brace. */
  private static String with(String card, String field) {
    return "{" + field + ", " + card.strip().substring(1);
  }

  @Test
  void aScorecardWithADataFieldIsReadAsOneScorecardAndItsDataFieldIsRefused() {
    ImportResult result = greenhouse(with(card(), "\"data\": [" + card() + "]"));

    assertThat(result.scorecards()).hasSize(1);
    assertThat(result.count(ElementOutcome.Kind.USED)).isEqualTo(6);
    assertThat(result.count(ElementOutcome.Kind.IGNORED)).isEqualTo(1);
    assertThat(result.outcomes())
        .filteredOn(o -> o.kind() == ElementOutcome.Kind.PROBLEM)
        .extracting(ElementOutcome::path, o -> o.problem().orElseThrow().code())
        .containsExactly(tuple("/data", InteropProblemCodes.UNREAD_WRAPPER));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNREAD_WRAPPER,
                "/data",
                "This Greenhouse Harvest scorecard also has a 'data' field holding an array, as a"
                    + " page of results does; a Greenhouse Harvest scorecard is not a page, so"
                    + " nothing in 'data' is read. If it holds Greenhouse Harvest scorecards, give"
                    + " them on their own."));
  }

  @Test
  void aScorecardWithAnEmptyResultsFieldIsReadAsOneScorecard() {
    ImportResult result = greenhouse(with(card(), "\"results\": []"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.scorecards()).hasSize(1);
    assertThat(result.outcomes()).hasSize(7);
  }

  @Test
  void anObjectWithBothDataAndResultsHasEachRefusedNeitherSilentlyDropped() {
    ImportResult result = greenhouse("{\"data\": [" + card() + "], \"results\": [" + card() + "]}");

    assertThat(result.scorecards()).isEmpty();
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/data", ElementOutcome.Kind.PROBLEM),
            tuple("/results", ElementOutcome.Kind.PROBLEM));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(InteropProblemCodes.UNREAD_WRAPPER, "/data"),
            tuple(InteropProblemCodes.UNREAD_WRAPPER, "/results"));
    assertThat(result.problems().get(0).message())
        .isEqualTo(
            "The object has both 'data' and 'results' holding arrays or objects, so it cannot be"
                + " told which holds the Greenhouse Harvest scorecards; neither is read. Give one"
                + " page at a time.");
  }

  @Test
  void anAshbyPageWithAnEmptyDataObjectBesideItsResultsIsRefusedNotReadAsEmpty() {
    ImportMapping ashby =
        ImportMapping.builder()
            .vendor(AtsVendor.ASHBY)
            .plan(Fixtures.fourPointPlan())
            .competency("technical_skills", "model-serving")
            .defaultSeat("deployment-depth")
            .build();
    String list =
        new String(payload("ashby_application_feedback_list_example.json"), StandardCharsets.UTF_8);
    ImportResult result =
        ashby.importer().importScorecards(json("{\"results\": " + list + ", \"data\": {}}"));
    ImportOutcomes.check(result);

    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/data", ElementOutcome.Kind.PROBLEM),
            tuple("/results", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void aPageIsStillUnwrappedWhateverElseItHolds() {
    ImportResult result =
        greenhouse("{\"results\": [" + card() + "], \"next\": null, \"previous\": null}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.scorecards()).hasSize(1);
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path)
        .contains("/results/0/attributes/0");
  }

  @Test
  void pagesInsideAPageOrAnArrayAreReadLikeOnePage() {
    for (String payload :
        new String[] {
          "{\"data\": {\"data\": [" + card() + "]}}",
          "{\"data\": {\"results\": [" + card() + "]}}",
          "[{\"data\": [" + card() + "]}]"
        }) {
      ImportResult result = greenhouse(payload);
      assertThat(result.problems()).as(payload).isEmpty();
      assertThat(result.scorecards()).as(payload).hasSize(1);
      assertThat(result.outcomes()).as(payload).hasSize(7);
    }
    assertThat(greenhouse("{\"data\": {\"results\": [" + card() + "]}}").outcomes())
        .extracting(ElementOutcome::path)
        .contains("/data/results/0/attributes/0");
  }

  @Test
  void leverPagesSavedInAnArrayAreEachRead() {
    String feedback =
        new String(payload("lever_feedback_example.json"), StandardCharsets.UTF_8).strip();
    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(Fixtures.fourPointPlan())
            .recommendationField("Rating")
            .addEvidenceFields("Notes / Comments")
            .seat("On-site interview", "deployment-depth")
            .build();
    // The example is itself a page, {"data": {...}}: two of them, each also given as an array.
    String page =
        feedback.replaceFirst("\"data\": \\{", "\"data\": [{").replaceFirst("}\\s*$", "]}");
    ImportResult result =
        lever.importer().importScorecards(json("[" + page + ", " + feedback + "]"), "opp-7");
    ImportOutcomes.check(result);

    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    assertThat(result.scorecards()).hasSize(2);
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/0/data/0/fields/0", ElementOutcome.Kind.USED),
            tuple("/1/data/fields/0", ElementOutcome.Kind.USED));
  }

  @Test
  void aScorecardWithoutItsVendorMarkersIsStillAScorecardNotAPage() {
    ImportMapping merge =
        ImportMapping.builder()
            .vendor(AtsVendor.MERGE)
            .plan(Fixtures.fourPointPlan())
            .seat("52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "stakeholder-communication")
            .putCandidates("2872ba14-4084-492b-be96-e5eee6fc33ef", "cand-1")
            .build();
    String bare =
        "{\"id\": \"second\", \"application\": \"2872ba14-4084-492b-be96-e5eee6fc33ef\","
            + " \"interview\": \"52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633\", \"interviewer\": \"iv\","
            + " \"submitted_at\": \"2021-10-15T00:00:00Z\","
            + " \"overall_recommendation\": \"DEFINITELY_NO\", %s}";
    for (String wrapper : new String[] {"\"data\": []", "\"results\": {}"}) {
      ImportResult result =
          merge.importer().importScorecards(json("[" + String.format(bare, wrapper) + "]"));
      ImportOutcomes.check(result);
      assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
      assertThat(result.scorecards()).hasSize(1);
      assertThat(result.outcomes())
          .extracting(ElementOutcome::path, ElementOutcome::kind)
          .containsExactly(tuple("/0/overall_recommendation", ElementOutcome.Kind.USED));
    }
    ImportResult full =
        merge.importer().importScorecards(json(String.format(bare, "\"data\": [{}]")));
    ImportOutcomes.check(full);
    assertThat(full.scorecards()).hasSize(1);
    assertThat(full.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/overall_recommendation", ElementOutcome.Kind.USED),
            tuple("/data", ElementOutcome.Kind.PROBLEM));
    assertThat(full.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.UNREAD_WRAPPER, "/data"));
  }

  @Test
  void aGreenhouseScorecardMissingItsMarkersIsBlamedWhereItIsNotInsideAnImaginedPage() {
    String bare =
        "{\"interview\": \"Application Review\", \"interviewer\": {\"id\": 821},"
            + " \"submitted_at\": \"2014-03-26T21:59:51Z\","
            + " \"overall_recommendation\": \"strong_yes\", \"results\": {}}";
    ImportResult result = greenhouse(bare);

    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems()).extracting(Problem::path).doesNotContain("/results/candidate_id");
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .contains(tuple(InteropProblemCodes.MISSING_FIELD, "/candidate_id"));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .contains(tuple("/overall_recommendation", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void aPageHoldingAScalarOrAnEmptyObjectIsOneProblemAtItsWrapper() {
    for (String[] c :
        new String[][] {
          {"{\"data\": 5}", "/data"},
          {"{\"data\": \"x\"}", "/data"},
          {"{\"results\": {}}", "/results"},
          {"{\"data\": {}, \"next\": null}", "/data"}
        }) {
      ImportResult result = greenhouse(c[0]);
      assertThat(result.problems()).as(c[0]).extracting(Problem::path).containsExactly(c[1]);
      assertThat(result.outcomes())
          .as(c[0])
          .extracting(ElementOutcome::path, ElementOutcome::kind)
          .containsExactly(tuple(c[1], ElementOutcome.Kind.PROBLEM));
    }
  }
}

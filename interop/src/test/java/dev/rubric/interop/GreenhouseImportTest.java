package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GreenhouseImportTest {
  private static final InterviewPlan PLAN = Fixtures.greenhousePlan();

  static ImportMapping.Builder mapping() {
    return ImportMapping.builder()
        .vendor(AtsVendor.GREENHOUSE)
        .plan(PLAN)
        .competency("Communication", "communication")
        .competency("Relationship Manager", "stakeholder-management")
        .competency("Project Management", "project-management")
        .competency("Problem Solver", "problem-solving")
        .competency("Analytical", "analytical-thinking")
        .ignore("Adaptable")
        .seat("Application Review", "application-review")
        .putCandidates("1234", "cand-1234")
        .putInterviewers("821", "robert");
  }

  private static ImportResult run(ImportMapping mapping, byte[] payload) {
    return AtsVendor.GREENHOUSE.importer(mapping).importScorecards(payload);
  }

  private static String example() {
    return new String(
        payload("greenhouse_scorecard_example.json"), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void documentedExampleImports() {
    ImportResult result = run(mapping().build(), payload("greenhouse_scorecard_example.json"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.ignored()).containsExactly("/attributes/1");
    assertThat(result.unusedText())
        .containsExactly(
            "/questions/0", "/questions/1", "/questions/2", "/questions/3", "/questions/4");
    assertThat(result.notAssessed()).isEmpty();
    assertThat(result.scorecards()).hasSize(1);
    Scorecard card = result.scorecards().get(0);
    assertThat(card.candidateId()).isEqualTo("cand-1234");
    assertThat(card.interviewerId()).isEqualTo("robert");
    assertThat(card.panelRoleId()).isEqualTo("application-review");
    assertThat(card.planFingerprint()).isEqualTo(PLAN.fingerprint());
    assertThat(card.overallRecommendation()).contains(Recommendation.YES);
    assertThat(card.submittedAt()).isEqualTo(Instant.parse("2014-03-26T21:59:51Z"));
    assertThat(card.interviewedAt()).contains(Instant.parse("2016-08-18T16:00:00Z"));
    // A scorecard keeps its ratings in canonical order, by competency id.
    assertThat(card.ratings())
        .containsExactly(
            Rating.of("analytical-thinking", 1, ""),
            Rating.of("communication", 4, "What a great communicator!"),
            Rating.of("problem-solving", 2, ""),
            Rating.of("project-management", 3, ""),
            Rating.of("stakeholder-management", 3, ""));
    assertThat(card.validateAgainst(PLAN).errors()).isEmpty();
  }

  @Test
  void interviewTimeIsOptionalButAMalformedOneRefusesTheScorecard() {
    ImportResult absent =
        run(
            mapping().build(),
            example()
                .replace(
                    "\"interviewed_at\": \"2016-08-18T16:00:00.000Z\"", "\"interviewed_at\": null")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(absent.problems()).isEmpty();
    assertThat(absent.scorecards().get(0).interviewedAt()).isEmpty();

    ImportResult malformed =
        run(
            mapping().build(),
            example()
                .replace("2016-08-18T16:00:00.000Z", "last Thursday")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(malformed.scorecards()).isEmpty();
    assertThat(malformed.problems())
        .extracting(p -> p.path() + " " + p.message())
        .contains("/interviewed_at 'last Thursday' is not an ISO-8601 timestamp with an offset.");

    // Java's offset parser would read this one as 15:59:30Z, the offset's seconds taken off.
    ImportResult offsetSeconds =
        run(
            mapping().build(),
            example()
                .replace("2016-08-18T16:00:00.000Z", "2016-08-18T17:00:00+01:00:30")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(offsetSeconds.scorecards()).isEmpty();
    assertThat(offsetSeconds.problems())
        .extracting(p -> p.path() + " " + p.message())
        .contains(
            "/interviewed_at '2016-08-18T17:00:00+01:00:30' is not an ISO-8601 timestamp with an"
                + " offset.");
  }

  @Test
  void anInterviewTimeOutsideFourDigitYearsRefusesTheScorecard() {
    ImportResult far =
        run(
            mapping().build(),
            example()
                .replace("2016-08-18T16:00:00.000Z", "+999999999-08-18T16:00:00Z")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(far.scorecards()).isEmpty();
    assertThat(far.problems())
        .extracting(p -> p.path() + " " + p.message())
        .contains(
            "/interviewed_at '+999999999-08-18T16:00:00Z' is outside the years 0001 to 9999 (UTC);"
                + " write a four-digit year, such as 2026-11-26T10:15:30Z.");
    // A year the parser cannot hold is out of range too, not malformed.
    ImportResult beyond =
        run(
            mapping().build(),
            example()
                .replace("2016-08-18T16:00:00.000Z", "+1000000000-08-18T16:00:00Z")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(beyond.problems())
        .extracting(p -> p.path() + " " + p.message())
        .contains(
            "/interviewed_at '+1000000000-08-18T16:00:00Z' is outside the years 0001 to 9999"
                + " (UTC); write a four-digit year, such as 2026-11-26T10:15:30Z.");
  }

  @Test
  void unmappedIdsPassThroughUnlessRequired() {
    ImportMapping plain =
        mapping().candidates(java.util.Map.of()).interviewers(java.util.Map.of()).build();
    Scorecard card = run(plain, payload("greenhouse_scorecard_example.json")).scorecards().get(0);
    assertThat(card.candidateId()).isEqualTo("1234");
    assertThat(card.interviewerId()).isEqualTo("821");

    ImportMapping strict =
        mapping()
            .putCandidates("999", "x")
            .interviewers(java.util.Map.of())
            .requireMappedIds(true)
            .build();
    ImportResult result = run(strict, payload("greenhouse_scorecard_example.json"));
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNMAPPED_INTERVIEWER,
                "/interviewer",
                "The interviewer id '821' is not in the mapping's interviewers table, and the"
                    + " mapping requires mapped ids."));
  }

  @Test
  void unknownAttributeInAnArrayIsLocatedAndTheRestImports() {
    ImportMapping withoutProjectManagement =
        ImportMapping.builder()
            .from(mapping().build())
            .competencies(java.util.Map.of("Communication", "communication"))
            .addIgnored("Relationship Manager", "Problem Solver", "Analytical")
            .build();
    ImportResult result = run(withoutProjectManagement, json("[" + example() + "]"));

    assertThat(result.problems())
        .extracting(Problem::code, Problem::severity, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE,
                Severity.ERROR,
                "/0/attributes/3/name",
                "The Greenhouse attribute 'Project Management' is not in the mapping's"
                    + " competencies (names match exactly); map it to a competency or add it to"
                    + " ignored."));
    assertThat(result.scorecards()).hasSize(1);
    assertThat(result.scorecards().get(0).ratings())
        .containsExactly(Rating.of("communication", 4, "What a great communicator!"));
    assertThat(result.ignored())
        .containsExactly(
            "/0/attributes/1", "/0/attributes/2", "/0/attributes/4", "/0/attributes/5");
    assertThat(result.unusedText())
        .containsExactly(
            "/0/questions/0",
            "/0/questions/1",
            "/0/questions/2",
            "/0/questions/3",
            "/0/questions/4");
  }

  @Test
  void aSummaryThatContradictsItsAttributeIsSaid() throws java.io.IOException {
    // Found by the hostile-input run: a summary listing 'Communication' as "no" while the attribute
    // is rated "yes" was passed over without a word; the attribute's rating is still the one used.
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(example());
    com.fasterxml.jackson.databind.node.ObjectNode summary =
        (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("ratings");
    summary.putArray("no").add("Problem Solver").add("Communication");

    ImportResult result = run(mapping().build(), json(doc.toString()));

    assertThat(result.problems())
        .extracting(Problem::code, Problem::severity, Problem::path)
        .containsExactly(
            tuple(
                InteropProblemCodes.SUMMARY_CONTRADICTS_ATTRIBUTE,
                Severity.ADVICE,
                "/ratings/no/1"));
    assertThat(result.problems().get(0).message())
        .isEqualTo(
            "The ratings summary lists 'Communication' as 'no', but the attribute of that name is"
                + " rated 'yes'; the attribute's rating is imported.");
    assertThat(result.scorecards().get(0).ratings())
        .contains(Rating.of("communication", 4, "What a great communicator!"));
  }

  @Test
  void nameMatchingIsExact() {
    String lowercase =
        example().replace("\"name\": \"Communication\"", "\"name\": \"communication\"");
    ImportResult result = run(mapping().build(), json(lowercase));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/attributes/0/name"),
            // The ratings summary still names "Communication", which no attribute now has.
            tuple(InteropProblemCodes.SUMMARY_MISMATCH, "/ratings/yes/0"));
  }

  @Test
  void noDecisionIsNotAssessedNeverALowRating() {
    String text =
        example()
            .replace("\"rating\": \"definitely_not\"", "\"rating\": \"no_decision\"")
            .replace("\"definitely_not\": [", "\"no_decision\": [") // the summary agrees
            .replace(
                "\"overall_recommendation\": \"yes\"",
                "\"overall_recommendation\": \"no_decision\"");
    ImportResult result = run(mapping().build(), json(text));
    assertThat(result.problems()).isEmpty();
    assertThat(result.notAssessed()).containsExactly("/overall_recommendation", "/attributes/5");
    Scorecard card = result.scorecards().get(0);
    assertThat(card.rating("analytical-thinking")).isEmpty();
    assertThat(card.ratings()).hasSize(4);
    assertThat(card.overallRecommendation()).isEmpty();
  }

  @Test
  void unknownRatingAndRecommendationAreLocated() {
    String text =
        example()
            .replace("\"rating\": \"mixed\"", "\"rating\": \"great\"")
            .replace("\"mixed\": [", "\"great\": [") // the summary agrees
            .replace(
                "\"overall_recommendation\": \"yes\"", "\"overall_recommendation\": \"mixed\"");
    ImportResult result = run(mapping().build(), json(text));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RECOMMENDATION,
                "/overall_recommendation",
                "The overall recommendation 'mixed' is not one of [definitely_not, no, yes,"
                    + " strong_yes]; add it to the mapping's recommendations."),
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/attributes/2/rating",
                "The rating 'great' is not one of [definitely_not, no, mixed, yes, strong_yes]; add"
                    + " it to the mapping's ratingLevels."),
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/attributes/3/rating",
                "The rating 'great' is not one of [definitely_not, no, mixed, yes, strong_yes]; add"
                    + " it to the mapping's ratingLevels."));
    Scorecard card = result.scorecards().get(0);
    assertThat(card.ratings()).hasSize(3);
    assertThat(card.overallRecommendation()).isEmpty();
  }

  @Test
  void userRatingTableMapsOntoAFourPointPlan() {
    ImportMapping fourPoint =
        mapping()
            .ratingLevel("definitely_not", 1)
            .ratingLevel("no", 1)
            .ratingLevel("mixed", 2)
            .ratingLevel("yes", 3)
            .ratingLevel("strong_yes", 4)
            .build();
    Scorecard card =
        run(fourPoint, payload("greenhouse_scorecard_example.json")).scorecards().get(0);
    assertThat(card.ratings())
        .extracting(Rating::competencyId, Rating::level)
        .containsExactly(
            tuple("analytical-thinking", 1),
            tuple("communication", 3),
            tuple("problem-solving", 1),
            tuple("project-management", 2),
            tuple("stakeholder-management", 2));
  }

  @Test
  void missingFieldsAreLocatedAndNoScorecardIsBuilt() {
    String text =
        example()
            .replace("\"candidate_id\": 1234,", "")
            .replace("\"submitted_at\": \"2014-03-26T21:59:51Z\",", "\"submitted_at\": null,");
    ImportResult result = run(mapping().build(), json(text));
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.MISSING_FIELD,
                "/candidate_id",
                "The Greenhouse Harvest scorecard does not name its candidate ('candidate_id')."),
            tuple(
                InteropProblemCodes.MISSING_FIELD,
                "/submitted_at",
                "The required field 'submitted_at' of the Greenhouse Harvest scorecard is"
                    + " missing."));
  }

  @Test
  void unmappedInterviewIsLocatedUnlessADefaultSeatIsGiven() {
    ImportMapping noSeats = mapping().seats(java.util.Map.of()).build();
    ImportResult result = run(noSeats, payload("greenhouse_scorecard_example.json"));
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.UNMAPPED_INTERVIEW,
                "/interview_step/id",
                "No seat of the mapping matches '432' or 'Application Review'; add one to the mapping's seats or set defaultSeat."));

    ImportMapping byId = mapping().seats(java.util.Map.of("432", "other-seat")).build();
    assertThat(
            run(byId, payload("greenhouse_scorecard_example.json"))
                .scorecards()
                .get(0)
                .panelRoleId())
        .isEqualTo("other-seat");
    ImportMapping fallback = mapping().seats(java.util.Map.of()).defaultSeat("generalist").build();
    assertThat(
            run(fallback, payload("greenhouse_scorecard_example.json"))
                .scorecards()
                .get(0)
                .panelRoleId())
        .isEqualTo("generalist");
  }

  @Test
  void otherVendorsPayloadsAreRefusedWithOneProblem() {
    ImportResult lever = run(mapping().build(), payload("lever_feedback_example.json"));
    assertThat(lever.scorecards()).isEmpty();
    assertThat(lever.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.WRONG_VENDOR,
                "/data",
                "This is Lever feedback, not Greenhouse Harvest scorecard; import it with the lever"
                    + " importer."));

    ImportResult ashby =
        run(mapping().build(), payload("ashby_application_feedback_list_example.json"));
    assertThat(ashby.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.WRONG_VENDOR, "/0"));

    ImportResult merge = run(mapping().build(), payload("merge_scorecard_example.json"));
    assertThat(merge.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.WRONG_VENDOR, ""));
  }

  @Test
  void aJobStageIsNotAScorecard() {
    ImportResult result =
        run(mapping().build(), payload("greenhouse_job_stage_interview_kit_example.json"));
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.NOT_A_SCORECARD,
                "",
                "This is a Greenhouse job stage (its interviews' ids and names are keys for the"
                    + " mapping's seats), not Greenhouse Harvest scorecard; nothing was imported"
                    + " from it."));
  }

  @Test
  void malformedJsonIsOneSyntaxProblem() {
    ImportResult result = run(mapping().build(), json("{\"id\": 1,"));
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems()).extracting(Problem::code).containsExactly("JSON_SYNTAX");
  }

  @Test
  void anAttributeOfTheWrongShapeIsLocated() {
    ImportResult result =
        run(mapping().build(), json(example().replace("\"rating\": \"no\"", "\"rating\": 2")));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                "JSON_WRONG_TYPE",
                "/attributes/4/rating",
                "Expected a string at /attributes/4/rating, found the number 2."));
    assertThat(result.scorecards().get(0).rating("problem-solving")).isEmpty();
  }

  @Test
  void aRatingsSummaryOfTheWrongShapeKeepsAnElementOutAndSaysSo() {
    String summary =
        example().substring(example().indexOf("\"ratings\""), example().indexOf("\"questions\""));
    for (String[] c :
        new String[][] {
          {"\"ratings\": {\"yes\": \"Leadership\"},", "/ratings/yes"},
          {"\"ratings\": [\"Leadership\"],", "/ratings"},
          {"\"ratings\": {\"yes\": [5]},", "/ratings/yes/0"}
        }) {
      ImportResult result = run(mapping().build(), json(example().replace(summary, c[0] + "\n  ")));
      ImportOutcomes.check(result);
      assertThat(result.count(ElementOutcome.Kind.PROBLEM)).as(c[0]).isEqualTo(1);
      assertThat(result.outcomes())
          .as(c[0])
          .filteredOn(o -> o.kind() == ElementOutcome.Kind.PROBLEM)
          .extracting(ElementOutcome::path)
          .containsExactly(c[1]);
      assertThat(result.scorecards()).as(c[0]).hasSize(1);
    }
  }
}

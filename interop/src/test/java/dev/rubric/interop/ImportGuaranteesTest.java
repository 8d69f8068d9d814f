package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.LeverImportTest.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Recommendation;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.json.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The importers' guarantees at the edges: no rated element vanishes whatever its shape, no rating
 * is re-scaled onto a plan it does not fit, and ids and numbers that only look valid are refused.
 */
class ImportGuaranteesTest {
  private static final InterviewPlan FOUR = Fixtures.fourPointPlan();

  private static ImportMapping.Builder greenhouse() {
    return ImportMapping.builder()
        .vendor(AtsVendor.GREENHOUSE)
        .plan(FOUR)
        .competency("Communication", "communication")
        .competency("Serving", "model-serving")
        .defaultSeat("stakeholder-communication");
  }

  private static String card(String attributes, String extra) {
    return "{\"candidate_id\": 1, \"interviewer\": {\"id\": 2}, \"submitted_at\":"
        + " \"2014-03-26T21:59:51Z\", \"attributes\": "
        + attributes
        + extra
        + "}";
  }

  private static ImportResult greenhouse(ImportMapping mapping, String payload) {
    return mapping.importer(FOUR).importScorecards(json(payload));
  }

  @Test
  void greenhouseDefaultReadingIsRefusedOnAFourPointPlanNeverReScaled() {
    ImportMapping mapping = greenhouse().build(); // no ratingLevels: Greenhouse's 1-5 default
    ImportResult result =
        greenhouse(
            mapping,
            card(
                "[{\"name\": \"Communication\", \"rating\": \"yes\"}]",
                ", \"overall_recommendation\": \"yes\""));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.RATING_SCALE_MISMATCH,
                "/attributes/0/rating",
                "The rating 'yes' would read as level 4 only by greenhouse's default table (levels"
                    + " [1, 2, 3, 4, 5]), which does not fit the plan's scale (levels [1, 2, 3,"
                    + " 4]); give the mapping ratingLevels."));
    assertThat(result.scorecards().get(0).ratings()).isEmpty();
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/overall_recommendation", ElementOutcome.Kind.USED),
            tuple("/attributes/0", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void aMappingBuiltWithItsPlanChecksRatingsWithoutBeingGivenThePlanAgain() {
    ImportMapping mapping = greenhouse().build(); // no ratingLevels: Greenhouse's 1-5 default
    String payload =
        card(
            "[{\"name\": \"Communication\", \"rating\": \"yes\"}]",
            ", \"overall_recommendation\": \"yes\"");
    ImportResult byMapping = AtsVendor.GREENHOUSE.importer(mapping).importScorecards(json(payload));
    assertThat(errors(byMapping)).isEqualTo(errors(greenhouse(mapping, payload)));
    assertThat(byMapping.scorecards().get(0).ratings()).isEmpty();
    assertThat(mapping.importer().importScorecards(json(payload)).problems())
        .extracting(Problem::code)
        .containsExactly(InteropProblemCodes.RATING_SCALE_MISMATCH);

    // Read back from JSON the mapping knows only the plan's fingerprint: equal, but unchecked
    // until it is given the plan.
    ImportMapping fromJson = ImportMapping.fromJson(mapping.toJson()).orElseThrow();
    assertThat(fromJson).isEqualTo(mapping);
    assertThat(fromJson.planScale()).isEmpty();
    assertThat(errors(greenhouse(fromJson, payload))).isEqualTo(errors(byMapping));
  }

  @Test
  void defaultReadingThatFitsNoScaleIsAMappingErrorToo() {
    RatingScale seven =
        RatingScale.of(
            java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> ScaleLevel.of(i, "L" + i))
                .toList(),
            5);
    InterviewPlan plan = InterviewPlan.builder().from(FOUR).scale(seven).build();
    ImportMapping mapping = greenhouse().plan(plan).build();
    assertThat(mapping.checkAgainst(plan).errors())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.RATING_SCALE_MISMATCH, "/ratingLevels"));
    ImportResult result =
        mapping
            .importer(plan)
            .importScorecards(json(card("[{\"name\": \"Serving\", \"rating\": \"no\"}]", "")));
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly(InteropProblemCodes.RATING_SCALE_MISMATCH);
    // On the Greenhouse five-point scale the default reading fits.
    InterviewPlan five =
        InterviewPlan.builder().from(FOUR).scale(RatingScale.greenhouseFivePoint()).build();
    assertThat(greenhouse().plan(five).build().checkAgainst(five).codes())
        .doesNotContain(InteropProblemCodes.RATING_SCALE_MISMATCH);
  }

  @Test
  void aGivenLevelOffThePlansScaleIsRefusedAtTheRating() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).ratingLevel("strong_yes", 5).build();
    ImportResult result =
        greenhouse(
            mapping,
            card(
                "[{\"name\": \"Communication\", \"rating\": \"strong_yes\"},"
                    + " {\"name\": \"Serving\", \"rating\": \"yes\"}]",
                ""));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.LEVEL_OUTSIDE_SCALE, "/attributes/0/rating"));
    assertThat(result.scorecards().get(0).ratings()).hasSize(1);
    assertThat(result.count(ElementOutcome.Kind.USED)).isEqualTo(1);
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(1);
  }

  @Test
  void aFloodOfFaultsIsReportedAsTheFirstHundredAndACountWhileEveryElementKeepsItsOutcome() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String blank = "{\"name\": \"\", \"rating\": \"yes\"}";
    ImportResult flood =
        greenhouse(
            mapping,
            card("[" + String.join(",", java.util.Collections.nCopies(500, blank)) + "]", ""));
    assertThat(flood.problems()).hasSize(101);
    assertThat(flood.problems().subList(0, 100))
        .extracting(Problem::code)
        .containsOnly(ProblemCodes.BLANK_TEXT);
    assertThat(flood.problems().get(99).path()).isEqualTo("/attributes/99/name");
    Problem last = flood.problems().get(100);
    assertThat(last.code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(last.message()).contains("400");
    assertThat(flood.outcomes()).hasSize(500);
    assertThat(flood.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(500);
    ImportOutcomes.check(flood);
    // Past the report's cap each outcome still names its own located error.
    for (int i = 0; i < 500; i++) {
      Problem own = flood.outcomes().get(i).problem().orElseThrow();
      assertThat(own.code()).isEqualTo(ProblemCodes.BLANK_TEXT);
      assertThat(own.path()).isEqualTo("/attributes/" + i + "/name");
    }
  }

  @Test
  void pastTheReportsCapEachRefusedElementKeepsTheErrorThatKeptItOut() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String unknownRating =
        card(
            "[{\"name\": \"Communication\", \"rating\": \"maybe\"},"
                + " {\"name\": \"Serving\", \"rating\": \"yes\"}]",
            "");
    String noSubmission = unknownRating.replace("\"submitted_at\": \"2014-03-26T21:59:51Z\", ", "");
    ImportResult result =
        greenhouse(
            mapping,
            "["
                + String.join(",", java.util.Collections.nCopies(150, unknownRating))
                + ","
                + String.join(",", java.util.Collections.nCopies(150, noSubmission))
                + "]");
    ImportOutcomes.check(result);
    assertThat(result.problems()).hasSize(101);
    assertThat(result.problems().get(100).code()).isEqualTo(ProblemCodes.PROBLEMS_TRUNCATED);
    assertThat(result.scorecards()).hasSize(150);
    for (int i = 0; i < 300; i++) {
      ElementOutcome rating = result.outcomes().get(2 * i);
      ElementOutcome serving = result.outcomes().get(2 * i + 1);
      assertThat(rating.path()).isEqualTo("/" + i + "/attributes/0");
      assertThat(rating.problem())
          .map(p -> tuple(p.code(), p.path()))
          .contains(tuple(InteropProblemCodes.UNKNOWN_RATING, "/" + i + "/attributes/0/rating"));
      assertThat(serving.path()).isEqualTo("/" + i + "/attributes/1");
      if (i < 150) {
        assertThat(serving.kind()).isEqualTo(ElementOutcome.Kind.USED);
      } else {
        // Its scorecard cannot be built: the outcome names the missing submission time.
        assertThat(serving.problem())
            .map(p -> tuple(p.code(), p.path()))
            .contains(tuple(InteropProblemCodes.MISSING_FIELD, "/" + i + "/submitted_at"));
      }
    }
  }

  @Test
  void aMappingStringHoldingALoneSurrogateIsRefusedNotReadAsAQuestionMark() {
    ReadResult<ImportMapping> read =
        ImportMapping.fromJson(
            "{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:ab\","
                + " \"ignored\": [\"Adapt\ud800\"]}");
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_ENCODING, ""));
    assertThat(read.problems().get(0).message()).contains("\\ud800");
  }

  @Test
  void greenhouseShapesThatUsedToVanishAreLocatedProblems() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    ImportResult blankName =
        greenhouse(mapping, card("[{\"name\": \"\", \"rating\": \"yes\"}]", ""));
    assertThat(blankName.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.BLANK_TEXT, "/attributes/0/name"));
    assertThat(blankName.outcomes())
        .extracting(ElementOutcome::kind)
        .containsExactly(ElementOutcome.Kind.PROBLEM);

    ImportResult questions =
        greenhouse(mapping, card("[]", ", \"questions\": {\"q\": {\"answer\": \"yes\"}}"));
    assertThat(questions.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_WRONG_TYPE, "/questions"));

    ImportResult attributes =
        greenhouse(mapping, card("{\"Communication\": {\"rating\": \"yes\"}}", ""));
    assertThat(attributes.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes"));
    assertThat(attributes.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/attributes", ElementOutcome.Kind.PROBLEM));

    ImportResult recommendation =
        greenhouse(mapping, card("[]", ", \"overall_recommendation\": {\"value\": \"yes\"}"));
    assertThat(recommendation.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/overall_recommendation", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void ratingsOfAScorecardThatCannotBeBuiltPointAtWhatKeptItOut() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String payload =
        "[{\"interviewer\": {\"id\": 2}, \"submitted_at\": \"2014-03-26T21:59:51Z\","
            + " \"attributes\": [{\"name\": \"Communication\", \"rating\": \"yes\"}]}]";
    ImportResult result = greenhouse(mapping, payload);
    assertThat(result.scorecards()).isEmpty();
    ElementOutcome outcome = result.outcomes().get(0);
    assertThat(outcome.path()).isEqualTo("/0/attributes/0");
    assertThat(outcome.problem().orElseThrow().path()).isEqualTo("/0/candidate_id");
  }

  @Test
  void idsWithControlCharactersAreRefusedAtRead() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String payload =
        "{\"candidate_id\": 1, \"interviewer\": {\"id\": \"iv-0\\n\\nDECISION: HIRE\\u001b[2J\"},"
            + " \"submitted_at\": \"2014-03-26T21:59:51Z\", \"attributes\": []}";
    ImportResult result = greenhouse(mapping, payload);
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.CONTROL_CHARACTER, "/interviewer/id"));
    assertThat(result.problems().get(0).toString()).doesNotContain("\n", "\u001b");
  }

  /**
   * An interviewer id, vendor or mapped, spelled with a combining accent prints exactly like its
   * composed spelling, another id: refused as {@code UNNORMALIZED_ID}, as the JSON readers do.
   */
  @Test
  void decomposedIdsAreRefusedAtReadInPayloadsAndMappings() {
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String payload =
        "{\"candidate_id\": 1, \"interviewer\": {\"id\": \"jose\u0301\"},"
            + " \"submitted_at\": \"2014-03-26T21:59:51Z\", \"attributes\": []}";
    ImportResult result = greenhouse(mapping, payload);
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.UNNORMALIZED_ID, "/interviewer/id"));

    String decomposed =
        "{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:x\","
            + " \"interviewers\": {\"821\": \"jose\u0301\"}}";
    assertThat(ImportMapping.fromJson(decomposed).problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.UNNORMALIZED_ID, "/interviewers/821"));
    String composed =
        "{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:x\","
            + " \"interviewers\": {\"821\": \"jos\u00e9\"}}";
    assertThat(ImportMapping.fromJson(composed).problems()).isEmpty();
  }

  @Test
  void idsThatWouldPrintLikeAnotherAreRefusedAtRead() {
    // Found by the hostile-input run: an unmapped candidate_id " 1234" became the candidate
    // " 1234", printed as "Candidate  1234", beside "1234", a different candidate.
    ImportMapping mapping = greenhouse().ratingLevel("yes", 3).build();
    String payload =
        "{\"candidate_id\": \" 1234\", \"interviewer\": {\"id\": \"iv\u00a001\"},"
            + " \"submitted_at\": \"2014-03-26T21:59:51Z\", \"attributes\": []}";
    ImportResult result = greenhouse(mapping, payload);
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/candidate_id"),
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/interviewer/id"));
  }

  private static ImportMapping.Builder ashby() {
    return ImportMapping.builder()
        .vendor(AtsVendor.ASHBY)
        .plan(FOUR)
        .competency("technical_skills", "model-serving")
        .defaultSeat("deployment-depth");
  }

  private static ImportResult ashby(String submitted) {
    String payload =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"submittedValues\": "
            + submitted
            + "}]";
    return ashby().build().importer(FOUR).importScorecards(json(payload));
  }

  @Test
  void ashbyRecommendationAsAnObjectIsUsedOrLocatedNeverDropped() {
    ImportResult bad = ashby("{\"overall_recommendation\": {\"label\": \"Hire\"}}");
    assertThat(bad.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/0/submittedValues/overall_recommendation"));
    assertThat(bad.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(1);

    ImportResult wrapped = ashby("{\"overall_recommendation\": {\"value\": \"hire\"}}");
    assertThat(wrapped.problems()).isEmpty();
    assertThat(wrapped.scorecards().get(0).overallRecommendation()).contains(Recommendation.YES);
  }

  @Test
  void ashbyScoreWithNoFormDefinitionIsNotFiledAsIgnored() {
    ImportResult result = ashby("{\"culture_fit\": 3, \"comments\": \"Kind.\"}");
    assertThat(result.ignored()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/0/submittedValues/culture_fit"));
    assertThat(result.unusedText()).containsExactly("/0/submittedValues/comments");
  }

  @Test
  void numbersThatOnlyRoundToAnIntegerAreNotRatings() {
    ImportResult near = ashby("{\"technical_skills\": 3.9999999999999999}");
    assertThat(near.problems())
        .extracting(Problem::code)
        .containsExactly(InteropProblemCodes.UNKNOWN_RATING);
    assertThat(ashby("{\"technical_skills\": 1e-400}").problems())
        .extracting(Problem::code)
        .containsExactly(InteropProblemCodes.UNKNOWN_RATING);
    assertThat(ashby("{\"technical_skills\": 3.0}").scorecards().get(0).ratings()).hasSize(1);

    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .competency("Serving", "model-serving")
            .defaultSeat("deployment-depth")
            .build();
    for (String value : new String[] {"\"3.5 - Hire\"", "3.0000000000000001", "\"3e0\""}) {
      String payload =
          "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": [{\"type\": \"score\", \"text\":"
              + " \"Serving\", \"value\": "
              + value
              + "}]}";
      ImportResult result = lever.importer(FOUR).importScorecards(json(payload), "opp");
      assertThat(result.problems())
          .as(value)
          .extracting(Problem::code)
          .containsExactly(InteropProblemCodes.UNKNOWN_RATING);
      assertThat(result.scorecards().get(0).ratings()).as(value).isEmpty();
    }
  }

  @Test
  void leverSecondRecommendationAndFieldsOfTheWrongTypeAreLocated() {
    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .defaultSeat("deployment-depth")
            .build();
    String two =
        "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": [{\"type\": \"score-system\", \"value\":"
            + " \"4 - Strong Hire\"}, {\"type\": \"score-system\", \"value\": \"1 - No\"}]}";
    ImportResult result = lever.importer(FOUR).importScorecards(json(two), "opp");
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.DUPLICATE_ATTRIBUTE, "/fields/1"));
    assertThat(result.ignored()).isEmpty();

    String object =
        "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": {\"Rating\": 4}}";
    assertThat(lever.importer(FOUR).importScorecards(json(object), "opp").outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/fields", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void mergeRecommendationOfTheWrongTypeIsLocated() {
    ImportMapping merge =
        ImportMapping.builder()
            .vendor(AtsVendor.MERGE)
            .plan(FOUR)
            .defaultSeat("deployment-depth")
            .build();
    String payload =
        "{\"remote_id\": \"1\", \"application\": \"a\", \"interviewer\": \"i\", \"submitted_at\":"
            + " \"2021-10-15T00:00:00Z\", \"overall_recommendation\": 4}";
    ImportResult result = merge.importer(FOUR).importScorecards(json(payload));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/overall_recommendation", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void mappingLevelsMustBeExactIntegersAndItsIdsPrintable() {
    String mapping =
        "{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:x\", \"ratingLevels\":"
            + " {\"yes\": 3.9999999999999999, \"no\": 1e-400, \"mixed\": 2.0},"
            + " \"interviewers\": {\"821\": \"robert\\n\\nDECISION: HIRE\"},"
            + " \"defaultSeat\": \"seat\\u001b[2J\"}";
    assertThat(ImportMapping.fromJson(mapping).problems())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.JSON_NOT_INTEGER, "/ratingLevels/yes"),
            tuple(ProblemCodes.JSON_NOT_INTEGER, "/ratingLevels/no"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/interviewers/821"),
            tuple(ProblemCodes.CONTROL_CHARACTER, "/defaultSeat"));
    String exact =
        "{\"vendor\": \"greenhouse\", \"planFingerprint\": \"sha256:x\", \"ratingLevels\":"
            + " {\"mixed\": 2.0, \"yes\": 30e-1}}";
    assertThat(ImportMapping.fromJson(exact).orElseThrow().ratingLevels())
        .containsEntry("mixed", 2)
        .containsEntry("yes", 3);
  }

  @Test
  void leverAndAshbyDefaultsAreCheckedTheSameWay() {
    InterviewPlan five =
        InterviewPlan.builder().from(FOUR).scale(RatingScale.greenhouseFivePoint()).build();
    String ashbyPayload =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"submittedValues\": {\"technical_skills\": 4}}]";
    assertThat(ashby().build().importer(five).importScorecards(json(ashbyPayload)).problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(
                InteropProblemCodes.RATING_SCALE_MISMATCH, "/0/submittedValues/technical_skills"));
    assertThat(ashby().build().importer(FOUR).importScorecards(json(ashbyPayload)).problems())
        .isEmpty();

    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(five)
            .competency("Serving", "model-serving")
            .defaultSeat("deployment-depth")
            .build();
    String leverPayload =
        "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": [{\"type\": \"score\", \"text\":"
            + " \"Serving\", \"value\": \"4 - Strong Hire\"}]}";
    assertThat(lever.importer(five).importScorecards(json(leverPayload), "opp").problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.RATING_SCALE_MISMATCH, "/fields/0/value"));
    assertThat(lever.checkAgainst(five).codes())
        .contains(InteropProblemCodes.RATING_SCALE_MISMATCH);
  }

  /**
   * Every fault of a Greenhouse attribute is reported in one reading: a note that is not text was
   * passed over when the attribute was not assessed ({@code no_decision}) or refused for its
   * rating, and a rating that is not a string when the name was faulty, so a user fixing the one
   * reported met the next only on the next import. The element's outcome names the first fault.
   */
  @Test
  void everyFaultOfAGreenhouseAttributeIsReportedAtOnce() {
    ImportMapping mapping = greenhouse().ratingLevels(java.util.Map.of("yes", 3)).build();
    ImportResult result =
        greenhouse(
            mapping,
            card(
                "[{\"name\": \"Communication\", \"rating\": \"no_decision\", \"note\": 5},"
                    + " {\"name\": \"Serving\", \"rating\": 4, \"note\": [\"x\"]},"
                    + " {\"name\": 7, \"rating\": {}, \"note\": true},"
                    + " {\"name\": \"Unmapped\", \"rating\": 4},"
                    + " {\"name\": \"Serving\", \"rating\": \"maybe\", \"note\": 1}]",
                ", \"interview\": \"x\""));
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/0/note"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/1/rating"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/1/note"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/2/name"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/2/rating"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/2/note"),
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/attributes/3/name"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/3/rating"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/attributes/4/note"),
            tuple(InteropProblemCodes.UNKNOWN_RATING, "/attributes/4/rating"));
    assertThat(result.outcomes())
        .extracting(o -> o.path(), o -> o.kind(), o -> o.problem().map(Problem::path).orElse(""))
        .contains(
            tuple("/attributes/0", ElementOutcome.Kind.NOT_ASSESSED, ""),
            tuple("/attributes/1", ElementOutcome.Kind.PROBLEM, "/attributes/1/rating"),
            tuple("/attributes/2", ElementOutcome.Kind.PROBLEM, "/attributes/2/name"),
            tuple("/attributes/3", ElementOutcome.Kind.PROBLEM, "/attributes/3/name"),
            tuple("/attributes/4", ElementOutcome.Kind.PROBLEM, "/attributes/4/rating"));
  }

  /**
   * An Ashby form definition may show a field's own scale: a {@code ValueSelect} offering "1" to
   * "5". Its "4" is one step below the top, and Ashby's default table (1 to 4) would read it as the
   * top of a four-point plan; the value is refused as {@code RATING_SCALE_MISMATCH} at the first
   * offered value the table does not read, never re-scaled, as a Lever field's options are. A table
   * with a key for every offered value reads it, and a field whose form offers no values is read as
   * before.
   */
  @Test
  void anAshbyFieldOfferingValuesPastTheTableIsRefusedNeverReScaled() {
    String offered = "";
    for (int i = 1; i <= 5; i++) {
      offered += (i > 1 ? ", " : "") + "{\"label\": \"" + i + "\", \"value\": \"" + i + "\"}";
    }
    String payload =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"formDefinition\": {\"sections\": [{\"fields\":"
            + " [{\"field\": {\"type\": \"ValueSelect\", \"path\": \"technical_skills\","
            + " \"selectableValues\": ["
            + offered
            + "]}}]}]}, \"submittedValues\": {\"technical_skills\": \"4\"}}]";
    ImportResult result = ashby().build().importer(FOUR).importScorecards(json(payload));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.RATING_SCALE_MISMATCH,
                "/0/formDefinition/sections/0/fields/0/field/selectableValues/4/value",
                "The Ashby field at /0/submittedValues/technical_skills offers the values '5' in"
                    + " its form definition, which Ashby's default table (keys [1, 2, 3, 4]) does"
                    + " not read: the field rates on another scale, so its value is not read (none"
                    + " is re-scaled); give the mapping's ratingLevels a key for every value the"
                    + " field offers."));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/0/submittedValues/technical_skills", ElementOutcome.Kind.PROBLEM));
    assertThat(result.scorecards().get(0).ratings()).isEmpty();

    ImportMapping fivePoint =
        ashby().ratingLevels(java.util.Map.of("1", 1, "2", 1, "3", 2, "4", 3, "5", 4)).build();
    ImportResult read = fivePoint.importer(FOUR).importScorecards(json(payload));
    assertThat(read.problems()).isEmpty();
    assertThat(read.scorecards().get(0).ratings().get(0).level()).isEqualTo(3);

    String noOffer = payload.replace(", \"selectableValues\": [" + offered + "]", "");
    ImportResult plain = ashby().build().importer(FOUR).importScorecards(json(noOffer));
    assertThat(plain.problems()).isEmpty();
    assertThat(plain.scorecards().get(0).ratings().get(0).level()).isEqualTo(4);
  }

  /**
   * Lever and Ashby join a feedback's evidence fields into each rating's evidence. No one field may
   * pass the JSON string limit (the payload's parser refuses it), but two of 40,000 characters join
   * into 80,002: the import reports it as a JSON reader reports a string too long ({@code
   * JSON_LIMIT_EXCEEDED}, at the field that passes the limit) and refuses the scorecard, every
   * rated element of it refused by that problem, instead of building a scorecard no Rubric document
   * can carry. At the limit exactly, the scorecard is built.
   */
  @Test
  void evidenceJoinedPastTheStringLimitIsRefusedAtImportByEveryImporterThatJoins() {
    String half = "x".repeat(40_000);
    String message =
        "The evidence joined from the 2 evidence fields (%s, %s) has 80002 characters, more than"
            + " the 65536 a string may have (see JsonLimits.maxStringLength); no scorecard can"
            + " carry it, so this %s is not imported. Name fewer evidenceFields in the mapping or"
            + " shorten the texts.";

    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .competency("Serving", "model-serving")
            .addEvidenceFields("Notes", "More notes")
            .defaultSeat("deployment-depth")
            .build();
    ImportResult leverResult =
        lever.importer(FOUR).importScorecards(json(leverFeedback(half, half)), "opp");
    assertThat(leverResult.scorecards()).isEmpty();
    assertThat(errors(leverResult))
        .containsExactly(
            tuple(
                ProblemCodes.JSON_LIMIT_EXCEEDED,
                "/fields/2/value",
                String.format(
                    java.util.Locale.ROOT,
                    message,
                    "/fields/1/value",
                    "/fields/2/value",
                    "Lever feedback")));
    assertThat(leverResult.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/fields/0", ElementOutcome.Kind.PROBLEM),
            tuple("/fields/3", ElementOutcome.Kind.PROBLEM));
    assertThat(leverResult.outcomes())
        .allSatisfy(o -> assertThat(o.problem()).contains(leverResult.problems().get(0)));

    ImportMapping ashby =
        ImportMapping.builder()
            .vendor(AtsVendor.ASHBY)
            .plan(FOUR)
            .competency("technical_skills", "model-serving")
            .addEvidenceFields("notes", "more_notes")
            .defaultSeat("deployment-depth")
            .build();
    ImportResult ashbyResult =
        ashby.importer(FOUR).importScorecards(json(ashbyFeedback(half, half)));
    assertThat(ashbyResult.scorecards()).isEmpty();
    assertThat(errors(ashbyResult))
        .containsExactly(
            tuple(
                ProblemCodes.JSON_LIMIT_EXCEEDED,
                "/0/submittedValues/more_notes",
                String.format(
                    java.util.Locale.ROOT,
                    message,
                    "/0/submittedValues/notes",
                    "/0/submittedValues/more_notes",
                    "Ashby application feedback")));
    assertThat(ashbyResult.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(
            tuple("/0/submittedValues/technical_skills", ElementOutcome.Kind.PROBLEM),
            tuple("/0/submittedValues/overall_recommendation", ElementOutcome.Kind.PROBLEM));

    // 32,767 + 2 + 32,767 = 65,536 characters: exactly the limit, carried whole.
    String fits = "y".repeat(32_767);
    ImportResult leverFits =
        lever.importer(FOUR).importScorecards(json(leverFeedback(fits, fits)), "opp");
    assertThat(leverFits.problems()).isEmpty();
    assertThat(leverFits.scorecards().get(0).ratings().get(0).evidence())
        .hasSize(65_536)
        .isEqualTo(fits + "\n\n" + fits);
    ImportResult ashbyFits = ashby.importer(FOUR).importScorecards(json(ashbyFeedback(fits, fits)));
    assertThat(ashbyFits.problems()).isEmpty();
    assertThat(ashbyFits.scorecards().get(0).ratings().get(0).evidence()).hasSize(65_536);
  }

  /**
   * A field the mapping names as evidence that holds a number or a list instead of text is not
   * evidence, and it is listed among the unused text, never dropped without a trace.
   */
  @Test
  void evidenceFieldsHoldingNoTextAreListedAsUnused() {
    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .competency("Serving", "model-serving")
            .addEvidenceFields("Notes", "Years")
            .defaultSeat("deployment-depth")
            .build();
    String leverPayload =
        "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": [{\"type\": \"score\", \"text\":"
            + " \"Serving\", \"value\": \"3 - Hire\"}, {\"type\": \"textarea\", \"text\": \"Notes\","
            + " \"value\": \"Shipped it.\"}, {\"type\": \"text\", \"text\": \"Years\", \"value\": 7}]}";
    ImportResult leverResult = lever.importer(FOUR).importScorecards(json(leverPayload), "opp");
    assertThat(leverResult.problems()).isEmpty();
    assertThat(leverResult.scorecards().get(0).ratings().get(0).evidence())
        .isEqualTo("Shipped it.");
    assertThat(leverResult.unusedText()).containsExactly("/fields/2");

    ImportMapping ashby = ashby().addEvidenceFields("notes", "years", "tags").build();
    String ashbyPayload =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"submittedValues\": {\"technical_skills\": 3, \"notes\":"
            + " \"Shipped it.\", \"years\": 7, \"tags\": [\"ml\"]}}]";
    ImportResult ashbyResult = ashby.importer(FOUR).importScorecards(json(ashbyPayload));
    assertThat(ashbyResult.problems()).isEmpty();
    assertThat(ashbyResult.scorecards().get(0).ratings().get(0).evidence())
        .isEqualTo("Shipped it.");
    assertThat(ashbyResult.unusedText())
        .containsExactly("/0/submittedValues/years", "/0/submittedValues/tags");
  }

  private static String leverFeedback(String notes, String moreNotes) {
    return "{\"user\": \"u\", \"completedAt\": 1423231549510, \"fields\": [{\"type\": \"score\", \"text\":"
        + " \"Serving\", \"value\": \"3 - Hire\"}, {\"type\": \"textarea\", \"text\": \"Notes\","
        + " \"value\": \""
        + notes
        + "\"}, {\"type\": \"textarea\", \"text\": \"More notes\", \"value\": \""
        + moreNotes
        + "\"}, {\"type\": \"score-system\", \"text\": \"Rating\", \"value\": \"3 - Hire\"}]}";
  }

  private static String ashbyFeedback(String notes, String moreNotes) {
    return "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
        + " \"2023-11-15T14:30:00Z\", \"submittedValues\": {\"technical_skills\": 3, \"notes\": \""
        + notes
        + "\", \"more_notes\": \""
        + moreNotes
        + "\", \"overall_recommendation\": \"hire\"}}]";
  }

  @Test
  void aScorecardThatCannotBeBuiltBlamesTheFieldThatKeptItOutNotAnEarlierHarmlessOne() {
    // Greenhouse: interview_step given as text is an error, but the seat is found by "interview";
    // what keeps the scorecard out is the missing submitted_at.
    String greenhouse =
        new String(
                Fixtures.payload("greenhouse_scorecard_example.json"),
                java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst(
                "\"interview_step\": \\{[^}]*}", "\"interview_step\": \"Application Review\"")
            .replace("\"submitted_at\": \"2014-03-26T21:59:51Z\",", "");
    ImportResult gh =
        GreenhouseImportTest.mapping().build().importer().importScorecards(json(greenhouse));
    ImportOutcomes.check(gh);
    assertThat(gh.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/interview_step"),
            tuple(InteropProblemCodes.MISSING_FIELD, "/submitted_at"));
    assertThat(gh.outcomes())
        .filteredOn(o -> o.kind() == ElementOutcome.Kind.PROBLEM)
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.problem().orElseThrow().path()).isEqualTo("/submitted_at"));

    // Lever: "interview" of the wrong type, the seat found by the form's text; no completedAt.
    String lever =
        new String(
                Fixtures.payload("lever_feedback_example.json"),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"interview\": \"85110ec8-e33a-4997-a798-5affc854b7ce\"", "\"interview\": 5")
            .replace("\"completedAt\": 1423231549510,", "");
    ImportResult lv =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(FOUR)
            .recommendationField("Rating")
            .seat("On-site interview", "deployment-depth")
            .build()
            .importer()
            .importScorecards(json(lever), "opp-7");
    ImportOutcomes.check(lv);
    assertThat(LeverImportTest.errors(lv))
        .extracting(t -> t.toList().get(1))
        .containsExactly("/data/interview", "/data/completedAt");
    assertThat(lv.outcomes())
        .extracting(ElementOutcome::path, o -> o.problem().map(Problem::path).orElse(""))
        .containsExactly(tuple("/data/fields/0", "/data/completedAt"));

    // Ashby: interviewId of the wrong type, the seat found by the form; no submittedAt.
    String ashby =
        new String(
                Fixtures.payload("ashby_application_feedback_list_example.json"),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace(
                "\"interviewId\": \"6ba7b811-9dad-11d1-80b4-00c04fd430c8\"", "\"interviewId\": 5")
            .replace("\"submittedAt\": \"2023-11-15T14:30:00.000Z\",", "");
    ImportResult ab =
        ImportMapping.builder()
            .vendor(AtsVendor.ASHBY)
            .plan(FOUR)
            .competency("technical_skills", "model-serving")
            .seat("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "deployment-depth")
            .build()
            .importer()
            .importScorecards(json(ashby));
    ImportOutcomes.check(ab);
    assertThat(ab.outcomes())
        .filteredOn(o -> o.kind() == ElementOutcome.Kind.PROBLEM)
        .hasSize(2)
        .allSatisfy(o -> assertThat(o.problem().orElseThrow().path()).isEqualTo("/0/submittedAt"));
  }
}

package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeverImportTest {
  private static final String NOTES =
      "Had a great conversation with Kathryn. Sounds like the next role she is looking for really"
          + " fits with what we need in an office manager.";

  private static ImportMapping.Builder mapping() {
    return ImportMapping.builder()
        .vendor(AtsVendor.LEVER)
        .plan(Fixtures.fourPointPlan())
        .recommendationField("Rating")
        .addEvidenceFields("Notes / Comments")
        .seat("On-site interview", "deployment-depth")
        .putInterviewers("a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e", "alice");
  }

  private static String example() {
    return new String(payload("lever_feedback_example.json"), StandardCharsets.UTF_8);
  }

  /** The errors of {@code result} as (code, path, message) tuples. */
  static List<Tuple> errors(ImportResult result) {
    return result.problems().stream()
        .filter(Problem::isError)
        .map(p -> tuple(p.code(), p.path(), p.message()))
        .collect(Collectors.toList());
  }

  @Test
  void documentedExampleImportsWithItsOpportunity() {
    ImportResult result =
        AtsVendor.LEVER
            .importer(mapping().build())
            .importScorecards(payload("lever_feedback_example.json"), "opp-7");

    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                InteropProblemCodes.DELETED_IN_SOURCE,
                "/data/deletedAt",
                "Lever marks this feedback as deleted; it is imported, decide whether to use it."));
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.ignored()).isEmpty();
    assertThat(result.unusedText())
        .containsExactly("/data/fields/2", "/data/fields/3", "/data/fields/4", "/data/fields/5");
    Scorecard card = result.scorecards().get(0);
    assertThat(card.candidateId()).isEqualTo("opp-7");
    assertThat(card.interviewerId()).isEqualTo("alice");
    assertThat(card.panelRoleId()).isEqualTo("deployment-depth");
    assertThat(card.overallRecommendation()).contains(Recommendation.STRONG_YES);
    assertThat(card.ratings()).isEmpty();
    assertThat(card.submittedAt()).isEqualTo(Instant.ofEpochMilli(1423231549510L));
  }

  @Test
  void scoreFieldsMapToCompetenciesByTextOrIdWithTheNotesAsEvidence() {
    String text =
        example()
            .replace("\"type\": \"text\",", "\"type\": \"score\",")
            .replace(
                "\"Has 10 years of experience as an office manager for startups\"", "\"3 - Hire\"");
    ImportMapping byText = mapping().competency("Additional Information", "model-serving").build();
    ImportResult result = byText.importer().importScorecards(json(text), "opp-7");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.scorecards().get(0).ratings())
        .containsExactly(Rating.of("model-serving", 3, NOTES));

    ImportMapping byId =
        mapping().competency("730461c8-b89d-41ae-923e-317bc975514c", "model-serving").build();
    assertThat(byId.importer().importScorecards(json(text), "opp-7").scorecards().get(0).ratings())
        .extracting(Rating::level)
        .containsExactly(3);
  }

  @Test
  void aCompletionTimeOutsideFourDigitYearsIsALocatedError() {
    String text = example().replace("1423231549510", "9223372036854775807");
    ImportResult far = mapping().build().importer().importScorecards(json(text), "opp-7");

    assertThat(far.scorecards()).isEmpty();
    assertThat(errors(far))
        .containsExactly(
            tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/data/completedAt",
                "'9223372036854775807 ms' is outside the years 0001 to 9999 (UTC); write a"
                    + " four-digit year, such as 2026-11-26T10:15:30Z."));
  }

  @Test
  void unmappedScoreFieldAndUnreadableScoresAreLocated() {
    String text =
        example()
            .replace("\"type\": \"text\",", "\"type\": \"score\",")
            .replace(
                "\"Has 10 years of experience as an office manager for startups\"", "\"Great\"")
            .replace("\"value\": \"4 - Strong Hire\"", "\"value\": \"Strong Hire\"");
    ImportResult unmapped = mapping().build().importer().importScorecards(json(text), "opp-7");
    assertThat(errors(unmapped))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RECOMMENDATION,
                "/data/fields/0/value",
                "The Lever overall rating \"Strong Hire\" is not a whole number alone or before its"
                    + " label (white space, a dash or a colon, then a letter); Lever ratings read"
                    + " like \"4 - Strong Hire\"."),
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE,
                "/data/fields/2/text",
                "The Lever score field 'Additional Information' is not in the mapping's"
                    + " competencies; map its id or text to a competency or add it to ignored."));

    ImportMapping mapped = mapping().competency("Additional Information", "model-serving").build();
    ImportResult result = mapped.importer().importScorecards(json(text), "opp-7");
    assertThat(errors(result))
        .contains(
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/data/fields/2/value",
                "The Lever score \"Great\" of field 'Additional Information' is not a whole number"
                    + " alone or before its label (white space, a dash or a colon, then a letter);"
                    + " Lever scores read like \"3 - Hire\"."));
    assertThat(result.scorecards().get(0).ratings()).isEmpty();
  }

  /** The example with its first field (the score "Rating") valued {@code value}. */
  private static String rated(String value) {
    return example().replace("\"value\": \"4 - Strong Hire\"", "\"value\": \"" + value + "\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3½ - Hire",
        "3 ½ - Hire",
        "3．5 - Hire",
        "3٫5 - Hire",
        "3,5 - Hire",
        "3.5 - Hire",
        "3 1/2 - Hire",
        "3/4",
        "3⁄4",
        "3٣ - Hire",
        "3² - Hire",
        "3e0",
        "3 - 5",
        "3 -",
        "3Hire",
        // a control character around the number (JSON escapes, decoded by the reader)
        "3\\n",
        "3\\u000b",
        "3\\f",
        "\\t3",
        "3\\r - Hire",
        // a number that is not a key of the table: refused, with no advice that it is read
        "03 - Hire"
      })
  void aNumberThatGoesOnAfterItsDigitsIsNeitherALevelNorARecommendation(String value) {
    ImportMapping asScore =
        ImportMapping.builder()
            .from(mapping().build())
            .recommendationField(java.util.Optional.empty())
            .competency("Rating", "model-serving")
            .build();
    ImportResult score = asScore.importer().importScorecards(json(rated(value)), "opp-7");
    assertThat(errors(score))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(tuple(InteropProblemCodes.UNKNOWN_RATING, "/data/fields/0/value"));
    assertThat(score.scorecards().get(0).ratings()).isEmpty();
    assertThat(score.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));

    ImportResult recommendation =
        mapping().build().importer().importScorecards(json(rated(value)), "opp-7");
    assertThat(errors(recommendation))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(tuple(InteropProblemCodes.UNKNOWN_RECOMMENDATION, "/data/fields/0/value"));
    assertThat(recommendation.scorecards().get(0).overallRecommendation()).isEmpty();
    assertThat(score.problems())
        .extracting(Problem::code)
        .doesNotContain(InteropProblemCodes.NOT_AN_OPTION);
    assertThat(recommendation.problems())
        .extracting(Problem::code)
        .doesNotContain(InteropProblemCodes.NOT_AN_OPTION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3",
        "3 - Hire",
        "3 – Hire",
        "3 — Hire",
        "3: Hire",
        " 3 - Hire ",
        "3\u00a0-\u00a0Hire",
        "3 Hire"
      })
  void aWholeNumberAloneOrBeforeItsLabelIsRead(String value) {
    ImportResult result =
        mapping().build().importer().importScorecards(json(rated(value)), "opp-7");
    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    assertThat(result.scorecards().get(0).overallRecommendation()).contains(Recommendation.YES);
  }

  @Test
  void aScoreFieldNamedAsEvidenceIsRefusedNotTakenForText() {
    ImportMapping mapping =
        ImportMapping.builder()
            .from(mapping().build())
            .recommendationField(java.util.Optional.empty())
            .addEvidenceFields("Rating")
            .build();
    ImportResult result =
        mapping.importer().importScorecards(payload("lever_feedback_example.json"), "opp-7");
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE,
                "/data/fields/0/text",
                "The Lever score field 'Rating' is named in the mapping's evidenceFields, but a"
                    + " score is a rating, not text; map its id or text to a competency or add it"
                    + " to ignored."));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));
    // The score's text is not the evidence; the notes still are.
    assertThat(result.scorecards().get(0).ratings()).isEmpty();
    ImportResult rated =
        ImportMapping.builder()
            .from(mapping)
            .competency("Additional Information", "model-serving")
            .build()
            .importer()
            .importScorecards(
                json(example().replace("\"Has 10 years", "\"3 - Has 10 years")), "opp-7");
    assertThat(rated.scorecards().get(0).ratings())
        .extracting(Rating::evidence)
        .containsExactly(NOTES);
  }

  @Test
  void aTableKeyedByLabelIsToldItIsLookedUpByTheLeadingNumber() {
    ImportMapping byLabel =
        ImportMapping.builder()
            .from(mapping().build())
            .recommendationField(java.util.Optional.empty())
            .competency("Rating", "model-serving")
            .putRatingLevels("4 - Strong Hire", 4)
            .putRatingLevels("3 - Hire", 3)
            .build();
    ImportResult rating = byLabel.importer().importScorecards(json(example()), "opp-7");
    assertThat(errors(rating))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/data/fields/0/value",
                "The rating \"4 - Strong Hire\" is looked up as '4' (Lever's tables are keyed by a"
                    + " value's leading number, not its label), which is not one of [4 - Strong"
                    + " Hire, 3 - Hire]; add '4' to the mapping's ratingLevels."));

    ImportMapping recommendationsByLabel =
        ImportMapping.builder()
            .from(mapping().build())
            .putRecommendations("4 - Strong Hire", Recommendation.STRONG_YES)
            .build();
    ImportResult recommendation =
        recommendationsByLabel.importer().importScorecards(json(example()), "opp-7");
    assertThat(errors(recommendation))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RECOMMENDATION,
                "/data/fields/0/value",
                "The overall recommendation \"4 - Strong Hire\" is looked up as '4' (Lever's tables"
                    + " are keyed by a value's leading number, not its label), which is not one of"
                    + " [4 - Strong Hire]; add '4' to the mapping's recommendations."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1423231549", "0", "-1", "946684799999"})
  void aCompletionTimeBefore2000IsRefusedNotReadAs1970(String millis) {
    ImportResult result =
        mapping()
            .build()
            .importer()
            .importScorecards(json(example().replace("1423231549510", millis)), "opp-7");
    assertThat(result.scorecards()).isEmpty();
    assertThat(errors(result))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(tuple(ProblemCodes.JSON_INVALID_VALUE, "/data/completedAt"));
    assertThat(result.outcomes())
        .extracting(o -> o.problem().map(Problem::path).orElse(""))
        .containsOnly("/data/completedAt");
  }

  @Test
  void theScoreSystemFieldIsTheRecommendationByDefault() {
    String text = example().replace("\"type\": \"score\",", "\"type\": \"score-system\",");
    ImportMapping noField =
        ImportMapping.builder()
            .from(mapping().build())
            .recommendationField(java.util.Optional.empty())
            .build();
    ImportResult result = noField.importer().importScorecards(json(text), "opp-7");
    assertThat(result.scorecards().get(0).overallRecommendation())
        .contains(Recommendation.STRONG_YES);
  }

  @Test
  void theDefaultRecommendationFieldNamedAsEvidenceIsAConflictNotTheRecommendation() {
    String text = example().replace("\"type\": \"score\",", "\"type\": \"score-system\",");
    for (String key : new String[] {"Rating", "6ee25ace-dae2-4aa1-a1d2-9687464a691f"}) {
      ImportMapping noField =
          ImportMapping.builder()
              .from(mapping().build())
              .recommendationField(java.util.Optional.empty())
              .addEvidenceFields(key)
              .build();
      ImportResult result = noField.importer().importScorecards(json(text), "opp-7");
      ImportOutcomes.check(result);
      assertThat(result.scorecards()).as(key).hasSize(1);
      assertThat(result.scorecards().get(0).overallRecommendation()).as(key).isEmpty();
      assertThat(result.outcomes())
          .as(key)
          .extracting(ElementOutcome::path, ElementOutcome::kind)
          .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));
      assertThat(result.problems())
          .as(key)
          .extracting(Problem::code, Problem::path)
          .contains(tuple(InteropProblemCodes.MAPPING_CONFLICT, "/data/fields/0"));
    }
  }

  @Test
  void aFieldWhoseIdAndTextAreGivenDifferentUsesIsRefusedAsAConflict() {
    String rating = "6ee25ace-dae2-4aa1-a1d2-9687464a691f";
    String notes = "142225b2-d8b7-4f70-b336-4ca38ba5837c";
    java.util.List<ImportMapping> conflicting =
        List.of(
            mapping().competency(rating, "model-serving").build(),
            ImportMapping.builder()
                .from(mapping().build())
                .recommendationField(java.util.Optional.empty())
                .ignore(rating)
                .competency("Rating", "model-serving")
                .build(),
            ImportMapping.builder()
                .from(mapping().build())
                .recommendationField(java.util.Optional.empty())
                .addEvidenceFields(rating)
                .competency("Rating", "model-serving")
                .build(),
            ImportMapping.builder()
                .from(mapping().build())
                .recommendationField(java.util.Optional.empty())
                .competency(rating, "model-serving")
                .competency("Rating", "drift-detection")
                .build());
    for (ImportMapping m : conflicting) {
      ImportResult result =
          m.importer().importScorecards(payload("lever_feedback_example.json"), "opp-7");
      ImportOutcomes.check(result);
      assertThat(result.scorecards()).as("%s", m).hasSize(1);
      assertThat(result.scorecards().get(0).ratings()).as("%s", m).isEmpty();
      assertThat(result.scorecards().get(0).overallRecommendation()).as("%s", m).isEmpty();
      assertThat(result.outcomes())
          .as("%s", m)
          .extracting(ElementOutcome::path, ElementOutcome::kind)
          .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));
      assertThat(result.problems())
          .as("%s", m)
          .extracting(Problem::code, Problem::path)
          .contains(tuple(InteropProblemCodes.MAPPING_CONFLICT, "/data/fields/0"));
    }
    assertThat(
            errors(
                mapping()
                    .competency(rating, "model-serving")
                    .build()
                    .importer()
                    .importScorecards(payload("lever_feedback_example.json"), "opp-7")))
        .containsExactly(
            tuple(
                InteropProblemCodes.MAPPING_CONFLICT,
                "/data/fields/0",
                "This field is reached by two keys of the mapping with different uses: '"
                    + rating
                    + "' is mapped to competency 'model-serving' and 'Rating' is the"
                    + " recommendationField; one field has one use: give the uses to one key, or"
                    + " make them agree."));

    // Evidence named by text, the same field ignored by id: refused, its text not carried.
    ImportResult evidence =
        mapping()
            .ignore(notes)
            .build()
            .importer()
            .importScorecards(payload("lever_feedback_example.json"), "opp-7");
    ImportOutcomes.check(evidence);
    assertThat(evidence.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.MAPPING_CONFLICT, "/data/fields/1"));
    assertThat(evidence.scorecards().get(0).overallRecommendation())
        .contains(Recommendation.STRONG_YES);

    // The recommendation field ignored by its id is ignored, as when one key is both.
    ImportResult ignored =
        mapping()
            .ignore(rating)
            .build()
            .importer()
            .importScorecards(payload("lever_feedback_example.json"), "opp-7");
    assertThat(ignored.hasErrors()).isFalse();
    assertThat(ignored.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.IGNORED));
  }

  @Test
  void aValueThatIsNotOneOfItsFieldsOptionsIsSaid() {
    // Found by the hostile-input run: "3 - Strong Hire" (a 3 with the words of a 4) was read as 3
    // without a word, though the field's options say "3 - Hire" and "4 - Strong Hire".
    String text =
        example().replace("\"value\": \"4 - Strong Hire\"", "\"value\": \"3 - Strong Hire\"");

    ImportResult result = mapping().build().importer().importScorecards(json(text), "opp-7");

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.scorecards().get(0).overallRecommendation()).contains(Recommendation.YES);
    assertThat(result.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .contains(
            tuple(
                InteropProblemCodes.NOT_AN_OPTION,
                "/data/fields/0/value",
                "The Lever value \"3 - Strong Hire\" of field 'Rating' is not one of the field's"
                    + " options (4 - Strong Hire, 3 - Hire, 2 - No Hire, 1 - Strong No Hire); only"
                    + " its leading number, 3, is read."));
    assertThat(
            mapping()
                .build()
                .importer()
                .importScorecards(payload("lever_feedback_example.json"), "opp-7")
                .problems())
        .extracting(Problem::code)
        .doesNotContain(InteropProblemCodes.NOT_AN_OPTION);
  }

  @Test
  void feedbackWithoutAnOpportunityNeedsOne() {
    ImportResult result =
        mapping().build().importer().importScorecards(payload("lever_feedback_example.json"));
    assertThat(result.scorecards()).isEmpty();
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.MISSING_FIELD,
                "/data/opportunity",
                "The Lever feedback does not name its candidate ('opportunity'); Lever gives it in"
                    + " the request's URL (/opportunities/{opportunity}/feedback): add it to each"
                    + " feedback as \"opportunity\", or pass it to importScorecards(payload,"
                    + " candidateId)."));
  }

  @Test
  void aTemplateIsNotFeedbackAndGreenhouseIsNotLever() {
    AtsImporter importer = mapping().build().importer();
    assertThat(
            importer
                .importScorecards(payload("lever_feedback_template_example.json"), "o")
                .problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.NOT_A_SCORECARD, ""));
    assertThat(errors(importer.importScorecards(payload("greenhouse_scorecard_example.json"), "o")))
        .containsExactly(
            tuple(
                InteropProblemCodes.WRONG_VENDOR,
                "",
                "This is a Greenhouse scorecard, not Lever feedback; import it with the greenhouse"
                    + " importer."));
  }

  /** The example with a score field "Technical" whose options run from 1 to {@code top}. */
  private static String withTechnicalField(int top, String value) {
    StringBuilder options = new StringBuilder();
    for (int n = top; n >= 1; n--) {
      options.append(n == top ? "" : ", ").append("{\"text\": \"").append(n).append(" - Label\"}");
    }
    return example()
        .replace(
            "\"fields\": [",
            "\"fields\": [{\"id\": \"f-tech\", \"type\": \"score\", \"text\": \"Technical\","
                + " \"value\": \""
                + value
                + "\", \"options\": ["
                + options
                + "]},");
  }

  @Test
  void aScoreFieldWhoseOptionsRunPastTheTableIsNotReScaled() {
    // A field rating 1 to 5 gave its "4 - Label" as level 4, the top of a 4-point plan, by Lever's
    // default table of 1 to 4: the field's own options showed the other scale, and were not read.
    ImportMapping mapping = mapping().competency("Technical", "model-serving").build();

    ImportResult result =
        mapping.importer().importScorecards(json(withTechnicalField(5, "4 - Label")), "opp-7");

    assertThat(result.scorecards()).hasSize(1);
    assertThat(result.scorecards().get(0).ratings()).isEmpty();
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .contains(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.RATING_SCALE_MISMATCH,
                "/data/fields/0/options/0",
                "The Lever field 'Technical' offers options numbered 5, which Lever's default table"
                    + " (keys [1, 2, 3, 4]) does not read: the field rates on another scale, so none"
                    + " of its values is read (none is re-scaled); give the mapping's ratingLevels a"
                    + " key for every option's number."));

    // The same field on the table's own scale is read, and so is the 5-point field under a table
    // that reads every option.
    assertThat(
            mapping
                .importer()
                .importScorecards(json(withTechnicalField(4, "4 - Label")), "opp-7")
                .scorecards()
                .get(0)
                .ratings())
        .extracting(Rating::level)
        .containsExactly(4);
    ImportMapping fiveToFour =
        mapping()
            .competency("Technical", "model-serving")
            .ratingLevels(java.util.Map.of("1", 1, "2", 1, "3", 2, "4", 3, "5", 4))
            .build();
    assertThat(
            fiveToFour
                .importer()
                .importScorecards(json(withTechnicalField(5, "4 - Label")), "opp-7")
                .scorecards()
                .get(0)
                .ratings())
        .extracting(Rating::level)
        .containsExactly(3);
  }

  @Test
  void aRatingFieldWhoseOptionsRunPastTheRecommendationsIsNotReScaled() {
    String text =
        example().replaceFirst("\"options\": \\[", "\"options\": [{\"text\": \"5 - Top\"}, ");

    ImportResult result = mapping().build().importer().importScorecards(json(text), "opp-7");

    assertThat(text).contains("5 - Top");
    assertThat(result.scorecards().get(0).overallRecommendation()).isEmpty();
    assertThat(errors(result))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(
            tuple(InteropProblemCodes.RATING_SCALE_MISMATCH, "/data/fields/0/options/0"));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .containsExactly(tuple("/data/fields/0", ElementOutcome.Kind.PROBLEM));
  }
}

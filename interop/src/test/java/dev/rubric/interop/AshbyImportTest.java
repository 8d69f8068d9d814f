package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.json;
import static dev.rubric.interop.Fixtures.payload;
import static dev.rubric.interop.LeverImportTest.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AshbyImportTest {
  private static final String FEEDBACK =
      "Candidate demonstrated strong problem-solving skills and wrote clean, efficient code. Good"
          + " understanding of algorithms and data structures. Communication was clear throughout"
          + " the interview.";

  private static ImportMapping.Builder mapping() {
    return ImportMapping.builder()
        .vendor(AtsVendor.ASHBY)
        .plan(Fixtures.fourPointPlan())
        .competency("technical_skills", "model-serving")
        .addEvidenceFields("detailed_feedback")
        .seat("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "deployment-depth");
  }

  private static String example() {
    return new String(
        payload("ashby_application_feedback_list_example.json"), StandardCharsets.UTF_8);
  }

  @Test
  void documentedExampleImports() {
    ImportResult result =
        mapping()
            .build()
            .importer()
            .importScorecards(payload("ashby_application_feedback_list_example.json"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.ignored()).isEmpty();
    Scorecard card = result.scorecards().get(0);
    assertThat(card.candidateId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
    assertThat(card.interviewerId()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(card.panelRoleId()).isEqualTo("deployment-depth");
    assertThat(card.ratings()).containsExactly(Rating.of("model-serving", 4, FEEDBACK));
    assertThat(card.overallRecommendation()).contains(Recommendation.YES);
    assertThat(card.submittedAt()).isEqualTo(Instant.parse("2023-11-15T14:30:00Z"));
  }

  @Test
  void unmappedScoreFieldAndUnknownScoreAreLocated() {
    ImportMapping unmapped =
        ImportMapping.builder().from(mapping().build()).competencies(java.util.Map.of()).build();
    ImportResult result = unmapped.importer().importScorecards(json(example()));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE,
                "/0/submittedValues/technical_skills",
                "The Ashby Score field 'technical_skills' is not in the mapping's competencies; map"
                    + " its path to a competency or add it to ignored."));
    assertThat(result.scorecards().get(0).ratings()).isEmpty();

    String five = example().replace("\"technical_skills\": \"4\"", "\"technical_skills\": \"5\"");
    assertThat(errors(mapping().build().importer().importScorecards(json(five))))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/0/submittedValues/technical_skills",
                "The rating \"5\" is not one of [1, 2, 3, 4]; add it to the mapping's"
                    + " ratingLevels."));

    String empty = example().replace("\"technical_skills\": \"4\"", "\"technical_skills\": null");
    ImportResult notAssessed = mapping().build().importer().importScorecards(json(empty));
    assertThat(notAssessed.problems()).isEmpty();
    assertThat(notAssessed.notAssessed()).containsExactly("/0/submittedValues/technical_skills");
  }

  @Test
  void missingApplicationAndInterviewerAreLocated() {
    String text =
        example()
            .replace("\"applicationId\": \"550e8400-e29b-41d4-a716-446655440000\",", "")
            .replace("\"submittedByUser\": {", "\"submittedBy\": {");
    ImportResult result = mapping().build().importer().importScorecards(json(text));
    assertThat(result.scorecards()).isEmpty();
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.MISSING_FIELD,
                "/0/applicationId",
                "The Ashby application feedback does not name its candidate ('applicationId')."),
            tuple(
                InteropProblemCodes.MISSING_FIELD,
                "/0/submittedByUser",
                "The required field 'submittedByUser' of the Ashby application feedback is"
                    + " missing."));
  }

  @Test
  void aMergePayloadIsRefused() {
    assertThat(
            errors(
                mapping()
                    .build()
                    .importer()
                    .importScorecards(payload("merge_scorecard_example.json"))))
        .containsExactly(
            tuple(
                InteropProblemCodes.WRONG_VENDOR,
                "",
                "This is a Merge scorecard, not Ashby application feedback; import it with the"
                    + " merge importer."));
  }

  @Test
  void aScoreFieldNamedAsEvidenceIsRefusedNotTakenForText() {
    ImportMapping mapping =
        ImportMapping.builder()
            .from(mapping().build())
            .competencies(java.util.Map.of())
            .addEvidenceFields("technical_skills")
            .build();
    ImportResult result = mapping.importer().importScorecards(json(example()));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE,
                "/0/submittedValues/technical_skills",
                "The Ashby Score field 'technical_skills' is named in the mapping's"
                    + " evidenceFields, but a score is a rating, not text; map its path to a"
                    + " competency or add it to ignored."));
    assertThat(result.outcomes())
        .extracting(ElementOutcome::path, ElementOutcome::kind)
        .contains(tuple("/0/submittedValues/technical_skills", ElementOutcome.Kind.PROBLEM));
  }

  @Test
  void aWrappedScoreNotInTheTableNamesTheKeyLookedUp() {
    String wrapped =
        "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
            + " \"2023-11-15T14:30:00Z\", \"interviewId\": \"6ba7b811-9dad-11d1-80b4-00c04fd430c8\","
            + " \"submittedValues\": {\"technical_skills\": {\"score\": 5}}}]";
    ImportResult result = mapping().build().importer().importScorecards(json(wrapped));
    assertThat(errors(result))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_RATING,
                "/0/submittedValues/technical_skills",
                "The rating {\"score\":5} is looked up as '5', which is not one of [1, 2, 3, 4];"
                    + " add '5' to the mapping's ratingLevels."));
  }

  private static String feedback(String values) {
    return "[{\"applicationId\": \"a\", \"submittedByUser\": {\"id\": \"u\"}, \"submittedAt\":"
        + " \"2023-11-15T14:30:00Z\", \"interviewId\": \"6ba7b811-9dad-11d1-80b4-00c04fd430c8\","
        + " \"submittedValues\": {"
        + values
        + "}}]";
  }

  @Test
  void controlCharactersAroundAValueAreNotTrimmedAwayAndOtherScriptsDigitsLookRated() {
    ImportResult result =
        mapping()
            .build()
            .importer()
            .importScorecards(
                json(
                    feedback(
                        "\"technical_skills\": \"4\\u0000\", \"overall_recommendation\":"
                            + " \"hire\\u0007\", \"culture\": \"\uff13\"")));
    assertThat(errors(result))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(
            tuple(InteropProblemCodes.UNKNOWN_RATING, "/0/submittedValues/technical_skills"),
            tuple(
                InteropProblemCodes.UNKNOWN_RECOMMENDATION,
                "/0/submittedValues/overall_recommendation"),
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/0/submittedValues/culture"));
    assertThat(result.unusedText()).isEmpty();
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(3);
  }

  @Test
  void aMisspeltRecommendationFieldLeavesTheRealOneRefusedNotUnusedText() {
    ImportResult result =
        mapping()
            .recommendationField("overall_recomendation")
            .build()
            .importer()
            .importScorecards(
                json(
                    feedback(
                        "\"overall_recommendation\": \"hire\", \"verdict\": {\"value\":"
                            + " \"strong_hire\"}, \"verdict2\": \"no_hire\", \"notes\":"
                            + " \"fine\"")));
    ImportOutcomes.check(result);
    assertThat(errors(result))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
        .containsExactly(
            tuple(
                InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/0/submittedValues/overall_recommendation"),
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/0/submittedValues/verdict"),
            tuple(InteropProblemCodes.UNKNOWN_ATTRIBUTE, "/0/submittedValues/verdict2"));
    assertThat(result.unusedText()).containsExactly("/0/submittedValues/notes");
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(3);
  }

  @Test
  void digitsAmidUnicodeSpacesOrFormatCharactersLookLikeAScore() {
    String[] values = {
      "2\u00a0", "\u20034", "4\u202f", "4\u3000", "4\u200b", "\ufeff4", "4\u2028", "4 "
    };
    StringBuilder entries = new StringBuilder("\"technical_skills\": \"4\"");
    for (int i = 0; i < values.length; i++) {
      entries.append(", \"v").append(i).append("\": \"").append(values[i]).append('"');
    }
    ImportResult result =
        mapping().build().importer().importScorecards(json(feedback(entries.toString())));
    ImportOutcomes.check(result);
    assertThat(result.unusedText()).isEmpty();
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isEqualTo(values.length);
    assertThat(result.problems())
        .extracting(dev.rubric.core.Problem::code)
        .containsOnly(InteropProblemCodes.UNKNOWN_ATTRIBUTE);
  }

  @Test
  void aValueIsSaidToBeLookedUpAsAnotherKeyOnlyWhenItWas() {
    ImportResult result =
        mapping()
            .build()
            .importer()
            .importScorecards(json(feedback("\"overall_recommendation\": \"hi\\\"re\\\\\"")));
    assertThat(errors(result))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(2))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.toList().get(0)).isEqualTo(InteropProblemCodes.UNKNOWN_RECOMMENDATION);
              assertThat((String) t.toList().get(1)).doesNotContain("looked up as");
            });
  }

  @Test
  void aScoreObjectWithAnotherFieldIsNotReadAsItsScoreAlone() {
    // {"score": 4, "max": 5} was imported as level 4, the top of a 4-point plan: the field saying
    // the score is out of 5 was passed over, which re-scaled the rating without a word.
    for (String score :
        new String[] {
          "{\"score\": 4, \"max\": 5}",
          "{\"score\": 4, \"value\": 2}",
          "{\"value\": 4, \"of\": 5}",
          "{}"
        }) {
      ImportResult result =
          mapping()
              .build()
              .importer()
              .importScorecards(
                  json(
                      example()
                          .replace(
                              "\"technical_skills\": \"4\"", "\"technical_skills\": " + score)));

      assertThat(result.scorecards()).hasSize(1);
      assertThat(result.scorecards().get(0).ratings()).as(score).isEmpty();
      assertThat(result.outcomes())
          .extracting(ElementOutcome::path, ElementOutcome::kind)
          .contains(tuple("/0/submittedValues/technical_skills", ElementOutcome.Kind.PROBLEM));
      assertThat(errors(result))
          .extracting(t -> t.toList().get(0), t -> t.toList().get(1))
          .containsExactly(
              tuple(InteropProblemCodes.UNKNOWN_RATING, "/0/submittedValues/technical_skills"));
    }
    assertThat(
            errors(
                mapping()
                    .build()
                    .importer()
                    .importScorecards(
                        json(
                            example()
                                .replace(
                                    "\"technical_skills\": \"4\"",
                                    "\"technical_skills\": {\"score\": 4, \"max\": 5}")))))
        .extracting(t -> t.toList().get(2))
        .containsExactly(
            "The Ashby score {\"score\":4,\"max\":5} is an object with the fields 'score', 'max'; a"
                + " score object is read only when its one field is 'score' or 'value', since another"
                + " field may put the score on another scale: give the score alone, as {\"score\":"
                + " 3}.");
    for (String score : new String[] {"{\"score\": 4}", "{\"value\": 4}"}) {
      assertThat(
              mapping()
                  .build()
                  .importer()
                  .importScorecards(
                      json(
                          example()
                              .replace(
                                  "\"technical_skills\": \"4\"", "\"technical_skills\": " + score)))
                  .scorecards()
                  .get(0)
                  .ratings())
          .extracting(Rating::level)
          .containsExactly(4);
    }
  }
}

package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Severity;
import dev.rubric.core.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportMappingTest {
  private static final InterviewPlan PLAN = Fixtures.fourPointPlan();

  private static ImportMapping full() {
    return ImportMapping.builder()
        .vendor(AtsVendor.LEVER)
        .plan(PLAN)
        .competency("Model serving", "model-serving")
        .competency("6ee25ace/x~y", "communication")
        .ignore("Culture add")
        .seat("On-site interview", "deployment-depth")
        .defaultSeat("stakeholder-communication")
        .ratingLevel("1", 1)
        .ratingLevel("4", 4)
        .putRecommendations("4", Recommendation.STRONG_YES)
        .recommendationField("Rating")
        .addEvidenceFields("Notes / Comments")
        .putCandidates("opp-1", "cand-1")
        .putInterviewers("user-1", "alice")
        .requireMappedIds(true)
        .build();
  }

  @Test
  void jsonRoundTripGivesAnEqualMapping() {
    ImportMapping mapping = full();
    String json = mapping.toJson();
    assertThat(json)
        .contains("\"vendor\" : \"lever\"")
        .contains("\"6ee25ace/x~y\" : \"communication\"");
    ReadResult<ImportMapping> read = ImportMapping.fromJson(json);
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(mapping);

    ImportMapping minimal =
        ImportMapping.builder().vendor(AtsVendor.MERGE).planFingerprint("sha256:ab").build();
    assertThat(ImportMapping.fromJson(minimal.toJson()).orElseThrow()).isEqualTo(minimal);
    assertThat(minimal.toJson())
        .isEqualTo(
            "{\n  \"schemaVersion\" : 1,\n  \"vendor\" : \"merge\",\n  \"planFingerprint\" :"
                + " \"sha256:ab\"\n}\n");
  }

  @Test
  void readingIsStrictAndLocated() {
    ReadResult<ImportMapping> read =
        ImportMapping.fromJson(
            "{\"vendor\": \"workday\", \"planFingerprint\": \"sha256:ab\", \"competencies\":"
                + " {\"A\": 3}, \"ratingLevels\": {\"yes\": \"4\"}, \"recommendations\": {\"hire\":"
                + " \"maybe\"}, \"requireMappedIds\": \"yes\", \"seat\": {}}");
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/vendor",
                "Unknown vendor 'workday'; use one of greenhouse, lever, ashby, merge."),
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/competencies/A",
                "Expected a string at /competencies/A, found the number 3."),
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/ratingLevels/yes",
                "Expected an integer at /ratingLevels/yes, found a string."),
            tuple(
                ProblemCodes.JSON_INVALID_VALUE,
                "/recommendations/hire",
                "Expected one of strong_no, no, yes, strong_yes at /recommendations/hire, found"
                    + " \"maybe\"."),
            tuple(
                ProblemCodes.JSON_WRONG_TYPE,
                "/requireMappedIds",
                "Expected a boolean at /requireMappedIds, found a string."),
            tuple(
                ProblemCodes.JSON_UNKNOWN_FIELD,
                "/seat",
                "Unknown field 'seat'; remove it or check its spelling."));

    assertThat(ImportMapping.fromJson("{\"vendor\": \"ashby\"}").problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(ProblemCodes.JSON_MISSING_FIELD, "/planFingerprint"));
  }

  /**
   * A vendor or plan fingerprint that is null or not a string is one problem at its path: it was
   * also reported as an unknown vendor {@code ''} or a blank fingerprint, which the document never
   * held. An empty or unknown string is still refused as such.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"null|null", "5|[]", "{}|true"})
  void aVendorOrFingerprintOfTheWrongTypeIsOneProblem(String vendor, String fingerprint) {
    assertThat(
            ImportMapping.fromJson(
                    "{\"vendor\": " + vendor + ", \"planFingerprint\": " + fingerprint + "}")
                .problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/vendor"),
            tuple(ProblemCodes.JSON_WRONG_TYPE, "/planFingerprint"));
    assertThat(ImportMapping.fromJson("{\"vendor\": \"\", \"planFingerprint\": \" \"}").problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.JSON_INVALID_VALUE, "/vendor"),
            tuple(ProblemCodes.BLANK_TEXT, "/planFingerprint"));
  }

  /**
   * A mapping may name either of the plan's fingerprints, as a scorecard may: one naming the
   * scoring fingerprint is accepted (the scorecards it imports carry it, so they still match the
   * plan after a rewording).
   */
  @Test
  void aMappingMayNameTheScoringFingerprint() {
    ImportMapping byWholePlan = full();
    ImportMapping byScoring =
        ImportMapping.builder()
            .from(byWholePlan)
            .planFingerprint(PLAN.scoringFingerprint())
            .build();
    assertThat(byWholePlan.checkAgainst(PLAN).problems())
        .extracting(Problem::code)
        .doesNotContain(ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(byScoring.checkAgainst(PLAN).problems())
        .extracting(Problem::code)
        .doesNotContain(ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(byScoring.checkAgainst(PLAN).problems())
        .isEqualTo(byWholePlan.checkAgainst(PLAN).problems());
  }

  @Test
  void checkAgainstThePlanReportsUnknownReferencesAndUnmappedCompetencies() {
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.GREENHOUSE)
            .planFingerprint("sha256:old")
            .competency("Model serving", "model-serving")
            .competency("Drift", "drift-detection")
            .seat("Onsite", "deployment-depth")
            .seat("Final", "bar-raiser")
            .build();
    assertThat(mapping.checkAgainst(PLAN).problems())
        .extracting(Problem::code, Problem::severity, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.FINGERPRINT_MISMATCH,
                Severity.ERROR,
                "/planFingerprint",
                "The mapping stamps sha256:old but plan 'ml-engineer' has the fingerprint "
                    + PLAN.fingerprint()
                    + " and the scoring fingerprint "
                    + PLAN.scoringFingerprint()
                    + "; imported scorecards would not match the plan."),
            tuple(
                ProblemCodes.UNKNOWN_COMPETENCY,
                Severity.ERROR,
                "/competencies/Drift",
                "'Drift' is mapped to competency 'drift-detection', which plan 'ml-engineer' does"
                    + " not have."),
            tuple(
                ProblemCodes.UNKNOWN_PANEL_ROLE,
                Severity.ERROR,
                "/seats/Final",
                "Seat 'bar-raiser' is not a panel role of plan 'ml-engineer'."),
            tuple(
                ProblemCodes.LEVEL_OUTSIDE_SCALE,
                Severity.ERROR,
                "/ratingLevels",
                "greenhouse rating 'strong_yes' reads as level 5, which is not on the plan's scale"
                    + " (1 to 4) by the vendor's default table; give ratingLevels."),
            tuple(
                InteropProblemCodes.UNMAPPED_COMPETENCY,
                Severity.ADVICE,
                "/competencies",
                "Competency 'communication' of plan 'ml-engineer' is mapped from no greenhouse key,"
                    + " so its ratings will never be imported."));
  }

  @Test
  void aCompleteMappingChecksClean() {
    assertThat(
            GreenhouseImportTest.mapping()
                .build()
                .checkAgainst(Fixtures.greenhousePlan())
                .problems())
        .isEmpty();
  }

  @Test
  void anImporterNeedsAMappingForItsVendor() {
    ImportMapping lever = full();
    assertThatThrownBy(() -> AtsVendor.GREENHOUSE.importer(lever))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mapping (for lever) must be for greenhouse");
    assertThat(AtsVendor.fromName("Greenhouse")).contains(AtsVendor.GREENHOUSE);
    assertThat(AtsVendor.fromName("workday")).isEmpty();
    assertThat(lever.importer().vendor()).isEqualTo(AtsVendor.LEVER);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "greenhouse | \"competencies\": {\"Communication\": \"communication\"}, \"ignored\":"
            + " [\"Adaptable\", \"Communication\"] | /ignored/1 | 'Communication' is ignored and"
            + " mapped to competency 'communication' at /competencies/Communication; a key is either"
            + " imported or ignored, not both: remove one of the two entries.",
        "ashby | \"competencies\": {\"technical_skills\": \"model-serving\"},"
            + " \"recommendationField\": \"technical_skills\" | /recommendationField |"
            + " 'technical_skills' is the recommendationField and mapped to competency"
            + " 'model-serving' at /competencies/technical_skills; a field is either the overall"
            + " recommendation or a competency's rating, not both: remove one of the two entries.",
        "lever | \"competencies\": {\"Rating\": \"model-serving\"}, \"recommendationField\":"
            + " \"Rating\" | /recommendationField | 'Rating' is the recommendationField and mapped"
            + " to competency 'model-serving' at /competencies/Rating; a field is either the overall"
            + " recommendation or a competency's rating, not both: remove one of the two entries.",
        "lever | \"competencies\": {\"a/b\": \"model-serving\"}, \"evidenceFields\":"
            + " [\"Notes\", \"a/b\"] | /evidenceFields/1 | 'a/b' is named in evidenceFields and"
            + " mapped to competency 'model-serving' at /competencies/a~1b; a field is either a"
            + " rating or the evidence of the ratings, not both: remove one of the two entries.",
        "ashby | \"ignored\": [\"notes\"], \"evidenceFields\": [\"notes\"] | /evidenceFields/0"
            + " | 'notes' is named in evidenceFields and ignored at /ignored/0; an ignored key is not"
            + " read, so it gives no evidence, not both: remove one of the two entries.",
        "lever | \"recommendationField\": \"Notes\", \"evidenceFields\": [\"Notes\"] |"
            + " /recommendationField | 'Notes' is the recommendationField and named in"
            + " evidenceFields at /evidenceFields/0; a field is either the overall recommendation or"
            + " evidence, not both: remove one of the two entries."
      })
  void aKeyGivenTwoUsesIsRefusedByTheReaderAndTheBuilder(
      String vendor, String entries, String path, String message) {
    String json =
        "{\"vendor\": \""
            + vendor
            + "\", \"planFingerprint\": \""
            + PLAN.fingerprint()
            + "\", \"defaultSeat\": \"deployment-depth\", "
            + entries
            + "}";
    ReadResult<ImportMapping> read = ImportMapping.fromJson(json);
    ImportOutcomes.check(read);
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(tuple(InteropProblemCodes.MAPPING_CONFLICT, path, message));

    // The builder refuses what the reader refuses.
    ImportMapping.Builder built = ImportMapping.builder().vendor(AtsVendor.GREENHOUSE).plan(PLAN);
    com.fasterxml.jackson.databind.JsonNode tree = readTree(json);
    tree.path("competencies")
        .properties()
        .forEach(e -> built.competency(e.getKey(), e.getValue().textValue()));
    tree.path("ignored").forEach(n -> built.ignore(n.textValue()));
    tree.path("evidenceFields").forEach(n -> built.addEvidenceFields(n.textValue()));
    if (tree.has("recommendationField")) {
      built.recommendationField(tree.get("recommendationField").textValue());
    }
    assertThatThrownBy(built::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(path + ": " + message);
  }

  @Test
  void ashbysDefaultRecommendationFieldNamedAsEvidenceIsAConflictAsAnExplicitOneIs() {
    String json =
        "{\"vendor\": \"ashby\", \"planFingerprint\": \""
            + PLAN.fingerprint()
            + "\", \"evidenceFields\": [\"notes\", \"overall_recommendation\"]}";
    ReadResult<ImportMapping> read = ImportMapping.fromJson(json);
    ImportOutcomes.check(read);
    assertThat(read.isOk()).isFalse();
    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(InteropProblemCodes.MAPPING_CONFLICT, "/evidenceFields/1"));
    assertThatThrownBy(
            () ->
                ImportMapping.builder()
                    .vendor(AtsVendor.ASHBY)
                    .plan(PLAN)
                    .addEvidenceFields("overall_recommendation")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("/evidenceFields/0: 'overall_recommendation' is named in");
    // With another recommendation field, overall_recommendation is free to be evidence.
    assertThat(
            ImportMapping.fromJson(
                    json.replace(
                        "\"evidenceFields\"",
                        "\"recommendationField\": \"verdict\", \"evidenceFields\""))
                .isOk())
        .isTrue();
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}

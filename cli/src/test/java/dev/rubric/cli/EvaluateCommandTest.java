package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.json.EvaluationJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String SPLIT = "../examples/candidates/split-panel.json";
  static final String LEVER_MAPPING = "../examples/ats/lever-mapping.json";

  @TempDir Path dir;

  @Test
  void textReportPutsTheDecisionFirst() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, SPLIT);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("Candidate cand-casey for Senior Machine Learning Engineer")
        .containsSubsequence(
            "DECISION: NEEDS_DEBRIEF",
            "COMPETENCIES",
            "  drift-detection ",
            "BREADTH/DEPTH: T_SHAPED",
            "CONSENSUS",
            "DEBRIEF AGENDA",
            "SCORECARDS: 5 used, 0 rejected");
  }

  @Test
  void researcherEvaluatesToNoHireWithExitZero() {
    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", PLAN, "../examples/candidates/researcher-who-cannot-ship.json");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("DECISION: NO_HIRE");
  }

  @Test
  void jsonReportIsTheEvaluationJson() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, SPLIT, "--format", "json");

    assertThat(run.exitCode).isZero();
    Evaluation read = EvaluationJson.read(run.out.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(read.decision().outcome()).isEqualTo(Outcome.NEEDS_DEBRIEF);
    assertThat(read.candidateId()).contains("cand-casey");
  }

  @Test
  void htmlReportGoesToTheOutFile() throws IOException {
    Path out = dir.resolve("report.html");
    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", PLAN, SPLIT, "--format", "html", "--out", out.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(out))
        .startsWith("<!DOCTYPE html>")
        .contains(
            "id=\"decision\"", "data-outcome=\"NEEDS_DEBRIEF\"", "<svg id=\"competency-chart\"");
  }

  @Test
  void rejectedScorecardsAreListedInEveryFormat() throws IOException {
    String cards =
        Files.readString(Path.of(SPLIT))
            .replaceFirst("\"candidateId\" ?: ?\"cand-casey\"", "\"candidateId\": \"cand-other\"");
    Path file = dir.resolve("mixed.json");
    Files.writeString(file, cards);

    CommandRun text = CommandRun.of("evaluate", "--plan", PLAN, file.toString());
    CommandRun html =
        CommandRun.of("evaluate", "--plan", PLAN, file.toString(), "--format", "html");
    CommandRun json =
        CommandRun.of("evaluate", "--plan", PLAN, file.toString(), "--format", "json");

    assertThat(text.exitCode).isZero();
    assertThat(text.out)
        .contains("SCORECARDS: 4 used, 1 rejected", "  rejected: cand-other by iv-noor");
    assertThat(html.out).contains("4 used, 1 rejected", "<ul class=\"rejected\">");
    assertThat(
            EvaluationJson.read(json.out.getBytes(StandardCharsets.UTF_8)).orElseThrow().rejected())
        .hasSize(1);
  }

  @Test
  void importsAVendorPayloadThroughItsMapping() throws IOException {
    Path mapping = dir.resolve("merge-mapping.json");
    Files.writeString(
        mapping,
        "{\"vendor\": \"merge\", \"planFingerprint\": \""
            + MlEngineerRubric.plan().fingerprint()
            + "\", \"seats\": {\"52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633\":"
            + " \"stakeholder-communication\"},"
            + " \"candidates\": {\"2872ba14-4084-492b-be96-e5eee6fc33ef\": \"cand-1\"}}");
    Path payload = resource("ats/merge_scorecard_example.json");

    CommandRun run = fromVendor("merge", mapping.toString(), payload.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + payload
                + ": ADVICE DELETED_IN_SOURCE at /remote_was_deleted: Merge reports this scorecard"
                + " as deleted in the source ATS; it is imported, decide whether to use it.\n");
    assertThat(run.out).contains("Candidate cand-1", "DECISION: INCOMPLETE", "SCORECARDS: 1 used");
  }

  @Test
  void mappingForAnotherVendorIsRejected() throws IOException {
    Path mapping = dir.resolve("lever-mapping.json");
    Files.writeString(
        mapping,
        "{\"vendor\": \"lever\", \"planFingerprint\": \""
            + MlEngineerRubric.plan().fingerprint()
            + "\"}");
    Path payload = resource("ats/greenhouse_scorecard_example.json");

    CommandRun run = fromVendor("greenhouse", mapping.toString(), payload.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: " + mapping + ": the mapping is for lever, not greenhouse (at /vendor)\n");
  }

  /**
   * Lever's feedback leaves its candidate to the request's URL: the command line says how to name
   * it in the file, since no option carries it.
   */
  @Test
  void leverFeedbackWithoutItsOpportunitySaysHowToNameIt() throws IOException {
    Path payload = resource("ats/lever_feedback_example.json");
    String text = Files.readString(payload);
    String without = text.replaceAll(",\\s*\"opportunity\":\\s*\"[^\"]*\"", "");
    assertThat(without).as("Lever's feedback as the API returns it").doesNotContain("opportunity");
    Files.writeString(payload, without);

    CommandRun run = fromVendor("lever", "../examples/ats/lever-mapping.json", payload.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains(
            "ERROR JSON_MISSING_FIELD at /data/opportunity: The Lever feedback does not name its"
                + " candidate ('opportunity'); Lever gives it in the request's URL"
                + " (/opportunities/{opportunity}/feedback): add it to each feedback as"
                + " \"opportunity\"")
        .contains("no scorecard could be imported from the lever payload");
  }

  /**
   * Two imported evidence fields joined make an evidence longer than a JSON string may be: the
   * import refuses the feedback with one located {@code JSON_LIMIT_EXCEEDED} line, as a JSON reader
   * refuses a string too long, so every format exits 1 alike, before any report is written (the
   * text report used to come out while {@code --format json} could not).
   */
  @Test
  void anImportedEvidenceTooLongForJsonIsOneLocatedLineInEveryFormat() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode payload =
        (ObjectNode) json.readTree(Path.of("../examples/ats/lever_feedback_example.json").toFile());
    ObjectNode mapping = (ObjectNode) json.readTree(Path.of(LEVER_MAPPING).toFile());
    mapping.putArray("evidenceFields").add("Notes / Comments").add("Additional Information");
    ObjectNode competencies = mapping.putObject("competencies");
    ObjectNode levels = mapping.putObject("ratingLevels");
    for (int level = 1; level <= 4; level++) {
      levels.put(String.valueOf(level), level);
    }
    ArrayNode fields = (ArrayNode) payload.path("data").path("fields");
    for (JsonNode f : fields) {
      String name = f.path("text").asText();
      if (name.equals("Notes / Comments") || name.equals("Additional Information")) {
        ((ObjectNode) f).put("value", "x".repeat(40_000));
      }
    }
    for (String competency :
        MlEngineerRubric.plan().panelRole("deployment-depth").orElseThrow().competencies()) {
      competencies.put(competency, competency);
      ObjectNode field = fields.addObject().put("id", "f-" + competency).put("type", "score");
      field.put("text", competency).put("required", false).put("value", "3");
      ArrayNode options = field.putArray("options");
      for (int level = 1; level <= 4; level++) {
        options.addObject().put("text", String.valueOf(level));
      }
    }
    Path payloadFile = dir.resolve("long-evidence.json");
    Path mappingFile = dir.resolve("long-evidence-mapping.json");
    json.writeValue(payloadFile.toFile(), payload);
    json.writeValue(mappingFile.toFile(), mapping);

    for (String format : new String[] {"text", "json", "html"}) {
      CommandRun run =
          CommandRun.of(
              "evaluate",
              "--plan",
              PLAN,
              "--from",
              "lever",
              "--mapping",
              mappingFile.toString(),
              "--format",
              format,
              payloadFile.toString());

      assertThat(run.exitCode).as(format).isEqualTo(1);
      assertThat(run.out).as(format).isEmpty();
      assertThat(run.err)
          .as(format)
          .contains(
              "rubric: "
                  + payloadFile
                  + ": ERROR JSON_LIMIT_EXCEEDED at /data/fields/2/value: The evidence joined from"
                  + " the 2 evidence fields (/data/fields/1/value, /data/fields/2/value) has 80002"
                  + " characters, more than the 65536 a string may have (see"
                  + " JsonLimits.maxStringLength); no scorecard can carry it, so this Lever"
                  + " feedback is not imported.")
          .contains("no scorecard could be imported from the lever payload")
          .doesNotContain("unexpected error");
    }
  }

  @Test
  void fromWithoutMappingIsAUsageError() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, "--from", "lever", SPLIT);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("rubric: --from needs --mapping FILE (see 'rubric evaluate --help')\n");
  }

  @Test
  void unknownVendorIsAUsageError() throws IOException {
    CommandRun run = fromVendor("workday", "m.json", SPLIT);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Invalid value for option '--from': 'workday' is not one of greenhouse, lever,"
                + " ashby, merge (see 'rubric evaluate --help')\n");
  }

  @Test
  void missingScorecardFileIsRejected() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, "nowhere.json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).isEqualTo("rubric: cannot read nowhere.json: no such file\n");
  }

  @Test
  void outFileInAMissingFolderIsRejected() {
    String out = dir.resolve("no/such/report.html").toString();
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, SPLIT, "--out", out);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).isEqualTo("rubric: cannot write " + out + ": its folder does not exist\n");
  }

  @Test
  void fileHoldingNoScorecardIsRejected() throws IOException {
    for (String empty : List.of("[]", "{\"schemaVersion\": 1, \"scorecards\": []}")) {
      Path file = dir.resolve("none.json");
      Files.writeString(file, empty);

      for (String format : List.of("text", "json", "html")) {
        CommandRun run =
            CommandRun.of("evaluate", "--plan", PLAN, file.toString(), "--format", format);

        assertThat(run.exitCode).as(empty + " as " + format).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
            .isEqualTo(
                "rubric: "
                    + file
                    + ": the file holds no scorecard, so there is no candidate to evaluate\n");
      }
    }
  }

  @Test
  void payloadHoldingNoScorecardIsRejected() throws IOException {
    Path payload = Files.writeString(dir.resolve("none.json"), "[]");

    CommandRun run =
        fromVendor("greenhouse", "../examples/ats/greenhouse-mapping.json", payload.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + payload
                + ": the payload holds no scorecard, so there is no candidate to evaluate\n");
  }

  @Test
  void aPlanWhoseDeadlineOutrunsEveryTimestampIsRejectedNotOverflowed() throws IOException {
    Path plan =
        Files.writeString(
            dir.resolve("forever.json"),
            Files.readString(Path.of(PLAN))
                .replace(
                    "\"decisionDueWithin\" : \"PT120H\"",
                    "\"decisionDueWithin\" : \"PT2562047788015215H\""));

    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", plan.toString(), SPLIT, "--as-of", "2026-11-20T17:00:00Z");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + plan
                + ": ERROR INVALID_DEADLINE at /decisionDueWithin: The deadline PT2562047788015215H"
                + " is longer than the PT87649415H59M59.999999999S from the year 0001 to the year"
                + " 9999 that a Rubric timestamp can span; give a deadline such as PT24H.\n"
                + "rubric: "
                + plan
                + ": the plan is rejected with 1 error\n");
  }

  @Test
  void missingPlanFileIsRejected() {
    CommandRun run = CommandRun.of("evaluate", "--plan", "none.json", SPLIT);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).isEqualTo("rubric: cannot read none.json: no such file\n");
  }

  @Test
  void malformedScorecardsAreRejectedWithTheirJsonPath() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        Files.readString(Path.of(SPLIT)).replaceFirst("\"level\" ?: ?4", "\"level\": \"four\""));

    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("rubric: " + file + ": ERROR ")
        .contains(" at /scorecards/0/ratings/0/level: ");
    assertThat(run.err.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("rubric: " + file + ": the scorecards are rejected with 1 error");
  }

  @Test
  void truncatedJsonIsRejected() throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "[{\"candidateId\": ");

    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("rubric: " + file + ": the scorecards are rejected with 1 error");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void planWithErrorsIsRejected() throws IOException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(
        plan,
        Files.readString(Path.of(PLAN)).replaceFirst("\"hireLine\" ?: ?3", "\"hireLine\": 7"));

    CommandRun run = CommandRun.of("evaluate", "--plan", plan.toString(), SPLIT);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains("ERROR HIRE_LINE_OUTSIDE_SCALE at /scale/hireLine")
        .endsWith("rubric: " + plan + ": the plan is rejected with 1 error\n");
  }

  /**
   * An unknown option takes the argument after it for its value, so picocli reads that as the
   * scorecards and leaves the file over: the line names the unknown options, not the file.
   */
  @Test
  void argumentsLeftOverAfterAnUnknownOptionAreNotCalledOptions() {
    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--plan",
            "../examples/plans/ml-engineer.json",
            "--bogus",
            "x",
            "--other",
            "../examples/candidates/split-panel.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: Unknown options: '--bogus', '--other' (see 'rubric evaluate --help')\n");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, "--strict", SPLIT);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("rubric: Unknown option: '--strict' (see 'rubric evaluate --help')\n");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, "--format", "pdf", SPLIT);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Invalid value for option '--format': 'pdf' is not one of text, json, html"
                + " (see 'rubric evaluate --help')\n");
  }

  @Test
  void missingPlanOptionIsAUsageError() {
    CommandRun run = CommandRun.of("evaluate", SPLIT);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Missing required option: '--plan=PLAN.json' (see 'rubric evaluate --help')\n");
  }

  @Test
  void helpNamesTheOptions() {
    CommandRun run = CommandRun.of("evaluate", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("Usage: rubric evaluate")
        .contains(
            "--plan=PLAN.json",
            "--format=FORMAT",
            "--out=FILE",
            "--from=VENDOR",
            "--mapping=MAPPING.json");
  }

  /** {@code rubric evaluate --plan PLAN --from VENDOR --mapping MAPPING PAYLOAD}. */
  private static CommandRun fromVendor(String vendor, String mapping, String payload) {
    return CommandRun.of(
        "evaluate", "--plan", PLAN, "--from", vendor, "--mapping", mapping, payload);
  }

  private Path resource(String name) throws IOException {
    Path target = dir.resolve(name.replace('/', '-'));
    try (InputStream in = getClass().getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, target);
    }
    return target;
  }
}

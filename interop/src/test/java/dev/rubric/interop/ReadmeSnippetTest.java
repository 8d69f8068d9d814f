package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the code shown in the README's "Importing from an ATS" section. */
class ReadmeSnippetTest {
  @Test
  void importingAGreenhousePayload() {
    InterviewPlan plan = Fixtures.greenhousePlan();
    byte[] payload = Fixtures.payload("greenhouse_scorecard_example.json");
    List<String> report = new ArrayList<>();

    // snippet:ats-import start
    ImportMapping mapping =
        ImportMapping.builder()
            .vendor(AtsVendor.GREENHOUSE)
            .plan(plan)
            .competency("Communication", "communication")
            .competency("Relationship Manager", "stakeholder-management")
            .competency("Project Management", "project-management")
            .competency("Problem Solver", "problem-solving")
            .competency("Analytical", "analytical-thinking")
            .ignore("Adaptable")
            .seat("Application Review", "application-review")
            .build();
    for (Problem p : mapping.checkAgainst(plan).problems()) {
      report.add(p.toString());
    }

    ImportResult result = mapping.importer(plan).importScorecards(payload);
    List<Scorecard> scorecards = result.scorecards(); // ready for scoring
    for (Problem p : result.problems()) {
      report.add(p.toString()); // e.g. ERROR UNKNOWN_ATTRIBUTE at /0/attributes/3/name: ...
    }
    // snippet:ats-import end

    assertThat(report).isEmpty();
    assertThat(scorecards).hasSize(1);
    assertThat(scorecards.get(0).ratings()).hasSize(5);
    assertThat(result.ignored()).containsExactly("/attributes/1");
    assertThat(result.unusedText())
        .containsExactly(
            "/questions/0", "/questions/1", "/questions/2", "/questions/3", "/questions/4");
  }

  @Test
  void theReadmeMappingReads() {
    String json =
        "{\n"
            + "  \"vendor\": \"greenhouse\",\n"
            + "  \"planFingerprint\": \"sha256:3f5c...\",\n"
            + "  \"competencies\": {\"Communication\": \"communication\", \"Problem Solver\":"
            + " \"problem-solving\"},\n"
            + "  \"ignored\": [\"Adaptable\"],\n"
            + "  \"seats\": {\"Application Review\": \"application-review\", \"6002\":"
            + " \"executive\"},\n"
            + "  \"ratingLevels\": {\"definitely_not\": 1, \"no\": 1, \"mixed\": 2, \"yes\": 3,"
            + " \"strong_yes\": 4},\n"
            + "  \"interviewers\": {\"821\": \"robert\"}\n"
            + "}";
    ImportMapping mapping = ImportMapping.fromJson(json).orElseThrow();
    assertThat(mapping.seats()).containsEntry("6002", "executive");
    assertThat(mapping.effectiveRatingLevels()).containsEntry("strong_yes", 4);
  }
}

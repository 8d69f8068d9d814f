package dev.rubric.interop;

import static dev.rubric.interop.Fixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A malformed seat field (the interview the scorecard names) is what keeps the ratings out: their
 * outcomes blame it, not the "names no interview" that follows from it.
 */
class SeatBlameTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static byte[] edited(String name, String at, Consumer<ObjectNode> edit) {
    try {
      com.fasterxml.jackson.databind.JsonNode root = MAPPER.readTree(payload(name));
      edit.accept((ObjectNode) root.at(at));
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void blames(ImportResult result, String path) {
    ImportOutcomes.check(result);
    assertThat(result.scorecards()).isEmpty();
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isPositive();
    assertThat(result.outcomes())
        .filteredOn(o -> o.kind() == ElementOutcome.Kind.PROBLEM)
        .allSatisfy(
            o -> {
              Problem p = o.problem().orElseThrow();
              assertThat(p.code()).isEqualTo(ProblemCodes.JSON_WRONG_TYPE);
              assertThat(p.path()).isEqualTo(path);
            });
  }

  @Test
  void aGreenhouseInterviewStepGivenAsAStringIsBlamed() {
    byte[] card =
        edited(
            "greenhouse_scorecard_example.json",
            "",
            c -> {
              c.remove("interview");
              c.put("interview_step", "Application Review");
            });
    blames(
        GreenhouseImportTest.mapping().build().importer().importScorecards(card),
        "/interview_step");
  }

  @Test
  void aMergeInterviewWithANullIdIsBlamed() {
    ImportMapping merge =
        ImportMapping.builder()
            .vendor(AtsVendor.MERGE)
            .plan(Fixtures.fourPointPlan())
            .seat("52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "stakeholder-communication")
            .build();
    byte[] card =
        edited("merge_scorecard_example.json", "", c -> c.putObject("interview").putNull("id"));
    blames(merge.importer().importScorecards(card), "/interview");
  }

  @Test
  void aLeverInterviewGivenAsANumberIsBlamed() {
    ImportMapping lever =
        ImportMapping.builder()
            .vendor(AtsVendor.LEVER)
            .plan(Fixtures.fourPointPlan())
            .recommendationField("Rating")
            .seat("85110ec8-e33a-4997-a798-5affc854b7ce", "deployment-depth")
            .build();
    byte[] feedback = edited("lever_feedback_example.json", "/data", c -> c.put("interview", 5));
    blames(lever.importer().importScorecards(feedback, "opp-7"), "/data/interview");
  }

  @Test
  void anAshbyInterviewIdGivenAsANumberIsBlamed() {
    ImportMapping ashby =
        ImportMapping.builder()
            .vendor(AtsVendor.ASHBY)
            .plan(Fixtures.fourPointPlan())
            .competency("technical_skills", "model-serving")
            .seat("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "deployment-depth")
            .build();
    byte[] list =
        edited("ashby_application_feedback_list_example.json", "/0", c -> c.put("interviewId", 5));
    blames(ashby.importer().importScorecards(list), "/0/interviewId");
  }
}

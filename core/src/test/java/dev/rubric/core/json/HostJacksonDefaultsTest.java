package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PlanChange;
import dev.rubric.core.PlanDiff;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Rubric sets every Jackson limit itself: what the application sets as Jackson's process-wide
 * defaults, and Jackson's own defaults, change nothing it writes, diffs, reads or reports.
 */
class HostJacksonDefaultsTest {
  private static InterviewPlan bundled() throws IOException {
    try (InputStream in =
        HostJacksonDefaultsTest.class.getResourceAsStream("/v1/ml-engineer.json")) {
      assertThat(in).isNotNull();
      return RubricJson.standard().readPlan(in).orElseThrow();
    }
  }

  /** {@code plan} with its first competency's lowest anchor replaced by {@code text}. */
  private static InterviewPlan withAnchor(InterviewPlan plan, String text) {
    Competency c = plan.competencies().get(0);
    Map<Integer, String> anchors = new TreeMap<>(c.anchors());
    anchors.put(anchors.keySet().iterator().next(), text);
    List<Competency> competencies = new ArrayList<>(plan.competencies());
    competencies.set(0, Competency.builder().from(c).anchors(anchors).build());
    return InterviewPlan.builder().from(plan).competencies(competencies).build();
  }

  @Test
  void aPlanBeyondJacksonsOwnDefaultLimitsIsWrittenAndDiffed() {
    InterviewPlan small = Plans.minimal().build();
    Competency c = small.competencies().get(0);
    // One character more than Jackson's default maximum string length.
    String description = "d".repeat(20_000_001);
    List<Competency> competencies = new ArrayList<>(small.competencies());
    competencies.set(0, Competency.builder().from(c).description(description).build());
    InterviewPlan large = InterviewPlan.builder().from(small).competencies(competencies).build();

    String text = RubricJson.standard().writePlan(large);
    assertThat(text).contains(description);
    PlanDiff diff = PlanDiff.between(small, large);
    assertThat(diff.changes())
        .extracting(PlanChange::path)
        .containsExactly("/competencies/" + c.id() + "/description");
    assertThat(diff.changesScoring()).isFalse();
  }

  @Test
  void theApplicationsJacksonDefaultsChangeNothing() throws IOException {
    InterviewPlan plan = bundled();
    InterviewPlan revised = withAnchor(plan, "a".repeat(5_000));
    byte[] faulty =
        "{\"schemaVersion\": 1, \"id\": \"x\" \"title\": 3}".getBytes(StandardCharsets.UTF_8);
    Scorecard card = Plans.card(plan).rate(plan.competencies().get(0).id(), 3, "Evidence").build();
    String written = RubricJson.standard().writePlan(revised);
    List<PlanChange> changes = PlanDiff.between(plan, revised).changes();
    List<Problem> problems = RubricJson.standard().readPlan(faulty).problems();
    String cardText = RubricJson.standard().writeScorecard(card);

    StreamReadConstraints reads = StreamReadConstraints.defaults();
    StreamWriteConstraints writes = StreamWriteConstraints.defaults();
    ErrorReportConfiguration errors = ErrorReportConfiguration.defaults();
    try {
      StreamReadConstraints.overrideDefaultStreamReadConstraints(
          StreamReadConstraints.builder()
              .maxStringLength(1_000)
              .maxNestingDepth(1)
              .maxNumberLength(1)
              .maxNameLength(4)
              .maxDocumentLength(100)
              .maxTokenCount(10)
              .build());
      StreamWriteConstraints.overrideDefaultStreamWriteConstraints(
          StreamWriteConstraints.builder().maxNestingDepth(1).build());
      ErrorReportConfiguration.overrideDefaultErrorReportConfiguration(
          ErrorReportConfiguration.builder().maxErrorTokenLength(1).maxRawContentLength(1).build());

      assertThat(RubricJson.standard().writePlan(revised)).isEqualTo(written);
      assertThat(RubricJson.withLimits(JsonLimits.defaults()).writePlan(revised))
          .isEqualTo(written);
      assertThat(RubricJson.standard().readPlan(written).orElseThrow()).isEqualTo(revised);
      assertThat(PlanDiff.between(plan, revised).changes()).isEqualTo(changes);
      assertThat(RubricJson.standard().readPlan(faulty).problems()).isEqualTo(problems);
      assertThat(RubricJson.standard().writeScorecard(card)).isEqualTo(cardText);
      assertThat(RubricJson.standard().readScorecard(cardText).orElseThrow()).isEqualTo(card);
      assertThat(revised.fingerprint()).isEqualTo(RubricJson.fingerprint(revised));
    } finally {
      StreamReadConstraints.overrideDefaultStreamReadConstraints(reads);
      StreamWriteConstraints.overrideDefaultStreamWriteConstraints(writes);
      ErrorReportConfiguration.overrideDefaultErrorReportConfiguration(errors);
    }
  }
}

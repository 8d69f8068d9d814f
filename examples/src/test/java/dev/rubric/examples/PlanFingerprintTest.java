package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The canonical form and fingerprint, now written by the model rather than the JSON facade, are
 * unchanged: the bundled plan keeps the fingerprint the published ATS mappings name, its scoring
 * fingerprint is the one every stored candidate and history scorecard names, and the canonical
 * bytes are the compact form of the written plan.
 */
class PlanFingerprintTest {
  /**
   * The content fingerprint of the bundled plan as published: named by the four ATS mappings in
   * {@code examples/ats}, written before the canonical form moved to the model.
   */
  private static final String BUNDLED =
      "sha256:d609d62824c4e69675b306f0d454fda2177b9113ef224e11f42ca7e3ea2d507e";

  /**
   * Its scoring fingerprint as published: stamped on the 493 scorecards in {@code
   * examples/candidates} and {@code examples/data/history.json}.
   */
  private static final String BUNDLED_SCORING =
      "sha256:a7aebaf42517ce55784f148eba0f496a27c9bff9cfdd1765b9285dfc0b8cec5f";

  private final InterviewPlan plan = MlEngineerRubric.plan();

  @Test
  void theBundledPlanKeepsItsPublishedFingerprint() throws IOException {
    InterviewPlan read =
        RubricJson.standard()
            .readPlan(Files.readAllBytes(Paths.get("plans/ml-engineer.json")))
            .orElseThrow();

    assertThat(plan.fingerprint()).isEqualTo(BUNDLED);
    assertThat(read.fingerprint()).isEqualTo(BUNDLED);
    assertThat(RubricJson.fingerprint(plan)).isEqualTo(BUNDLED);
    assertThat(plan.scoringFingerprint()).isEqualTo(BUNDLED_SCORING);
  }

  @Test
  void everyStoredScorecardNamesTheBundledScoringFingerprint() throws IOException {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(Paths.get("candidates"))) {
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
    }
    documents.add(Paths.get("data/history.json"));
    int cards = 0;
    for (Path p : documents) {
      for (Scorecard c :
          RubricJson.standard().readScorecards(Files.readAllBytes(p)).orElseThrow()) {
        assertThat(c.planFingerprint())
            .as(p + " " + c.interviewerId())
            .isEqualTo(plan.scoringFingerprint());
        cards++;
      }
    }
    assertThat(cards).isPositive();
  }

  @Test
  void theCanonicalBytesAreTheWrittenPlanWithoutWhitespace() throws IOException {
    String written = RubricJson.standard().writePlan(plan);
    String canonical = new String(plan.canonicalJson(), StandardCharsets.UTF_8);
    ObjectMapper compact = new ObjectMapper();

    assertThat(canonical).doesNotContain("\n").startsWith("{\"schemaVersion\":1,\"id\":");
    assertThat(compact.writeValueAsString(compact.readTree(written))).isEqualTo(canonical);
    assertThat(RubricJson.canonicalBytes(plan)).isEqualTo(plan.canonicalJson());
  }
}

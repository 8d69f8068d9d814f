package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.interop.AtsVendor;
import dev.rubric.interop.ElementOutcome;
import dev.rubric.interop.ImportMapping;
import dev.rubric.interop.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example payloads and mappings in {@code examples/ats/} fit the bundled plan: each mapping
 * names the plan's fingerprint, passes {@code checkAgainst(plan)} without an error, and imports its
 * vendor's payload into scorecards that are valid against the plan, every rated element used or
 * deliberately ignored. When the bundled plan changes (its fingerprint, seats or competencies),
 * this test names the mapping to update.
 */
class AtsExampleMappingsTest {
  static final Path ATS = Path.of("ats");

  private static final InterviewPlan PLAN = MlEngineerRubric.plan();

  private static ImportMapping mapping(String vendor) throws IOException {
    return ImportMapping.fromJson(Files.readAllBytes(ATS.resolve(vendor + "-mapping.json")))
        .orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    "greenhouse, greenhouse_scorecard_example.json, 2",
    "lever, lever_feedback_example.json, 0",
    "ashby, ashby_application_feedback_list_example.json, 1",
    "merge, merge_scorecard_example.json, 0"
  })
  void theMappingFitsTheBundledPlanAndImportsItsPayload(String vendor, String payload, int ratings)
      throws IOException {
    ImportMapping mapping = mapping(vendor);

    assertThat(mapping.vendor()).isEqualTo(AtsVendor.fromName(vendor).orElseThrow());
    assertThat(mapping.planFingerprint())
        .as("examples/ats/%s-mapping.json names the bundled plan's fingerprint", vendor)
        .isEqualTo(PLAN.fingerprint());
    assertThat(mapping.checkAgainst(PLAN).errors())
        .as("examples/ats/%s-mapping.json checked against the bundled plan", vendor)
        .isEmpty();

    ImportResult result =
        mapping.importer(PLAN).importScorecards(Files.readAllBytes(ATS.resolve(payload)));

    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    assertThat(errors).isEmpty();
    assertThat(result.count(ElementOutcome.Kind.PROBLEM)).isZero();
    assertThat(result.scorecards()).hasSize(1);
    Scorecard card = result.scorecards().get(0);
    assertThat(card.validateAgainst(PLAN).errors()).isEmpty();
    assertThat(card.ratings()).hasSize(ratings);
  }
}

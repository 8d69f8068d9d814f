package dev.rubric.interop;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.fixtures.ReadOutcomes;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the ATS importers and the mapping reader: on any bytes, an import gives a result
 * whose every fault is a located problem, and a mapping read gives a mapping that writes and reads
 * back equal or located errors ({@link ImportOutcomes}); any exception, or an input that takes
 * longer than {@link ReadOutcomes#SLOW}, is a finding. The mappings are those of the example
 * payloads in {@code test-fixtures/src/main/resources/ats/}, so a mutated example reaches deep into
 * each importer.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal build) each method runs once per file in {@code
 * src/test/resources/dev/rubric/interop/AtsImportFuzzTestInputs/<method>/}: the seeds and every
 * past finding, plus the vendor's example payload, which the build copies there from the
 * test-fixtures module (see this module's POM). To fuzz one reader for longer:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp -pl interop -am test -Dtest=AtsImportFuzzTest#greenhouse \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AtsImportFuzzTest {
  private static final AtsImporter GREENHOUSE =
      AtsVendor.GREENHOUSE.importer(
          GreenhouseImportTest.mapping().build(), Fixtures.greenhousePlan());
  private static final AtsImporter LEVER =
      AtsVendor.LEVER.importer(
          ImportMapping.builder()
              .vendor(AtsVendor.LEVER)
              .plan(Fixtures.fourPointPlan())
              .recommendationField("Rating")
              .addEvidenceFields("Notes / Comments")
              .competency("Additional Information", "model-serving")
              .seat("On-site interview", "deployment-depth")
              .putInterviewers("a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e", "alice")
              .build(),
          Fixtures.fourPointPlan());
  private static final AtsImporter ASHBY =
      AtsVendor.ASHBY.importer(
          ImportMapping.builder()
              .vendor(AtsVendor.ASHBY)
              .plan(Fixtures.fourPointPlan())
              .competency("technical_skills", "model-serving")
              .addEvidenceFields("detailed_feedback")
              .seat("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "deployment-depth")
              .build(),
          Fixtures.fourPointPlan());
  private static final AtsImporter MERGE =
      AtsVendor.MERGE.importer(
          ImportMapping.builder()
              .vendor(AtsVendor.MERGE)
              .plan(Fixtures.fourPointPlan())
              .seat("52bf9b5e-0beb-4f6f-8a72-cd4dca7ca633", "stakeholder-communication")
              .putCandidates("2872ba14-4084-492b-be96-e5eee6fc33ef", "cand-1")
              .build(),
          Fixtures.fourPointPlan());

  @FuzzTest(maxDuration = "2m")
  void greenhouse(byte[] input) {
    ImportOutcomes.check(ReadOutcomes.timed(() -> GREENHOUSE.importScorecards(input)));
  }

  @FuzzTest(maxDuration = "2m")
  void lever(byte[] input) {
    ImportOutcomes.check(ReadOutcomes.timed(() -> LEVER.importScorecards(input, "opp-7")));
  }

  @FuzzTest(maxDuration = "2m")
  void ashby(byte[] input) {
    ImportOutcomes.check(ReadOutcomes.timed(() -> ASHBY.importScorecards(input)));
  }

  @FuzzTest(maxDuration = "2m")
  void merge(byte[] input) {
    ImportOutcomes.check(ReadOutcomes.timed(() -> MERGE.importScorecards(input)));
  }

  @FuzzTest(maxDuration = "2m")
  void mappingFromJson(byte[] input) {
    ImportOutcomes.check(ReadOutcomes.timed(() -> ImportMapping.fromJson(input)));
  }
}

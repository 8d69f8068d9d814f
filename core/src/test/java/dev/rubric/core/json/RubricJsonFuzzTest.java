package dev.rubric.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.fixtures.ReadOutcomes;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the JSON readers: on any bytes, a reader gives a value that writes and reads back
 * equal, or located errors ({@link ReadOutcomes}); any other exception, or an input that takes
 * longer than {@link ReadOutcomes#SLOW} to read, is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal build) each method runs once per file in {@code
 * src/test/resources/dev/rubric/core/json/RubricJsonFuzzTestInputs/<method>/}: the seeds and every
 * past finding. To fuzz one reader for longer (findings land in that directory, new coverage in the
 * git-ignored {@code core/.cifuzz-corpus/}):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp -pl core test -Dtest=RubricJsonFuzzTest#readPlan
 * }</pre>
 */
// A hang guard for a whole run: JUnit applies @Timeout to the fuzzing invocation as a whole (5
// minutes at most), not to each input; ReadOutcomes bounds each input's reading time.
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class RubricJsonFuzzTest {
  private static final RubricJson JSON = RubricJson.standard();

  @FuzzTest(maxDuration = "5m")
  void readPlan(byte[] input) {
    ReadOutcomes.check(
        ReadOutcomes.timed(() -> JSON.readPlan(input)), JSON::writePlan, JSON::readPlan);
  }

  @FuzzTest(maxDuration = "5m")
  void readScorecard(byte[] input) {
    ReadOutcomes.check(
        ReadOutcomes.timed(() -> JSON.readScorecard(input)),
        JSON::writeScorecard,
        JSON::readScorecard);
  }

  @FuzzTest(maxDuration = "5m")
  void readScorecards(byte[] input) {
    ReadOutcomes.check(
        ReadOutcomes.timed(() -> JSON.readScorecards(input)),
        JSON::writeScorecards,
        JSON::readScorecards);
  }
}

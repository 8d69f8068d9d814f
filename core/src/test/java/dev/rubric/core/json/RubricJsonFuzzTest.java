package dev.rubric.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the JSON readers: on any bytes, a reader gives a value that writes and reads back
 * equal, or located errors ({@link ReadOutcomes}); any other exception, or an input that takes
 * longer than the timeout, is a finding.
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
class RubricJsonFuzzTest {
  private static final RubricJson JSON = RubricJson.standard();

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readPlan(byte[] input) {
    ReadOutcomes.check(JSON.readPlan(input), JSON::writePlan, JSON::readPlan);
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readScorecard(byte[] input) {
    ReadOutcomes.check(JSON.readScorecard(input), JSON::writeScorecard, JSON::readScorecard);
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readScorecards(byte[] input) {
    ReadOutcomes.check(JSON.readScorecards(input), JSON::writeScorecards, JSON::readScorecards);
  }
}

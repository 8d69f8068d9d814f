package dev.rubric.scoring;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Severity;
import dev.rubric.fixtures.ReadOutcomes;
import dev.rubric.scoring.json.EvaluationJson;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link EvaluationJson#read(byte[])}: on any bytes it gives an evaluation that writes
 * and reads back equal, or located errors ({@link ReadOutcomes}); any exception, or an input that
 * takes longer than {@link ReadOutcomes#SLOW} to read, is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal build) it runs once per file in {@code
 * src/test/resources/dev/rubric/scoring/EvaluationJsonFuzzTestInputs/read/}: the seeds (written
 * evaluations of the test plans) and every past finding. To fuzz for longer:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -B -ntp -pl scoring -am test -Dtest=EvaluationJsonFuzzTest#read \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EvaluationJsonFuzzTest {
  /** The codes the evaluation reader may report: core's and the evaluation's own. */
  private static final Set<String> CODES =
      ReadOutcomes.codes(ProblemCodes.class, EvaluationProblemCodes.class);

  static {
    // Load and instrument the reader's classes before any read is timed: under the fuzzer the
    // first read of a run took 8 s on a busy machine, all of it class loading.
    dev.rubric.core.InterviewPlan plan = Packets.plan();
    EvaluationJson.read(
        EvaluationJson.write(
                Evaluator.standard().evaluate(plan, Packets.packet(plan, 4, 3, 4, 4, 3)))
            .getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void read(byte[] input) {
    ReadOutcomes.check(
        ReadOutcomes.timed(() -> EvaluationJson.read(input)),
        EvaluationJson::write,
        json -> EvaluationJson.read(json.getBytes(StandardCharsets.UTF_8)),
        CODES,
        Set.of(Severity.ERROR));
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.json.RubricJson;
import dev.rubric.examples.MlEngineerRubric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric diff OLD NEW}: the changes, which change scoring, and the exit codes. */
class DiffCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandRun r = CommandRun.of(args);
    return new Run(r.exitCode, r.out, r.err);
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void rewordedAnchorDoesNotChangeScoring() throws Exception {
    String plan = RubricJson.standard().writePlan(MlEngineerRubric.plan());
    Path old = write("old.json", plan);
    Path fixed =
        write(
            "new.json",
            plan.replace(
                "Cannot explain the model they used,", "Cannot explain the model they shipped,"));
    Run r = run("diff", old.toString(), fixed.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("wording CHANGED /competencies/modeling-depth/anchors/1: changed from")
        .contains("1 change, 0 of them change scoring")
        .contains(
            "scoring fingerprint "
                + MlEngineerRubric.plan().scoringFingerprint()
                + " unchanged: scorecards carrying it still match; scorecards carrying the old"
                + " whole-plan fingerprint "
                + MlEngineerRubric.plan().fingerprint()
                + " no longer match");
  }

  /** With nothing changed, every scorecard written against the old version still matches. */
  @Test
  void samePlanTwiceStillMatchesEveryScorecard() throws Exception {
    Path old = write("old.json", RubricJson.standard().writePlan(MlEngineerRubric.plan()));
    Run r = run("diff", old.toString(), old.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("0 changes, 0 of them change scoring")
        .contains(
            "scoring fingerprint "
                + MlEngineerRubric.plan().scoringFingerprint()
                + " unchanged: scorecards written against the old version still match");
  }

  /**
   * Stages listed in another order: a plan that is not the same (its whole-plan fingerprint moves),
   * so the diff names the change and says that scorecards carrying the old whole-plan fingerprint
   * no longer match, as {@code evaluate} then finds.
   */
  @Test
  void reorderedStagesAreAChangeThatTheOldWholePlanFingerprintDoesNotSurvive() throws Exception {
    dev.rubric.core.InterviewPlan before = MlEngineerRubric.plan();
    java.util.List<dev.rubric.core.EvaluationStage> stages =
        new java.util.ArrayList<>(before.stages());
    java.util.Collections.reverse(stages);
    dev.rubric.core.InterviewPlan after =
        dev.rubric.core.InterviewPlan.builder().from(before).stages(stages).build();
    Path old = write("old.json", RubricJson.standard().writePlan(before));
    Path reordered = write("new.json", RubricJson.standard().writePlan(after));
    Run r = run("diff", old.toString(), reordered.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "wording CHANGED /stages: order changed from"
                + " [\"recruiter-screen\",\"technical-panel\",\"cross-functional-panel\",\"debrief\"]"
                + " to [\"debrief\",\"cross-functional-panel\",\"technical-panel\",\"recruiter-screen\"]")
        .contains("1 change, 0 of them change scoring")
        .contains(
            "scoring fingerprint "
                + before.scoringFingerprint()
                + " unchanged: scorecards carrying it still match; scorecards carrying the old"
                + " whole-plan fingerprint "
                + before.fingerprint()
                + " no longer match");
  }

  @Test
  void raisedBarChangesScoring() throws Exception {
    String plan = RubricJson.standard().writePlan(MlEngineerRubric.plan());
    Path old = write("old.json", plan);
    Path raised = write("new.json", plan.replace("\"hireLine\" : 3", "\"hireLine\" : 4"));
    Run r = run("diff", old.toString(), raised.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("SCORING CHANGED /scale/hireLine: changed from 3 to 4")
        .contains("scorecards written against the old version no longer match");
  }

  @Test
  void unreadablePlanIsRejectedAndAMissingArgumentIsUsage() throws Exception {
    Path old = write("old.json", RubricJson.standard().writePlan(MlEngineerRubric.plan()));
    Path broken = write("broken.json", "{");
    Run rejected = run("diff", old.toString(), broken.toString());
    assertThat(rejected.exit()).isEqualTo(1);
    assertThat(rejected.err()).startsWith("rubric: ").doesNotContain("Exception");
    assertThat(run("diff", old.toString()).exit()).isEqualTo(2);
  }
}

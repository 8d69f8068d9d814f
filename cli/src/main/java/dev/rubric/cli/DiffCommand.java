package dev.rubric.cli;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PlanChange;
import dev.rubric.core.PlanDiff;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric diff OLD_PLAN.json NEW_PLAN.json}: lists what changed between two versions of a
 * plan, one line per change, each marked {@code SCORING} when it changes a score or a decision (and
 * so the scoring fingerprint) or {@code wording} when it does not, then a summary saying which
 * scorecards written against the old version still match the new one: when scoring is unchanged,
 * those carrying the scoring fingerprint; those carrying the old whole-plan fingerprint only when
 * nothing changed at all. Exit 0 when both plans were read and compared (whatever changed), 1 when
 * a plan cannot be read or has errors, 2 on a usage error.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare two versions of an interview plan: list the changes and which of them change"
          + " scoring.",
      "A scorecard matches a plan that has its fingerprint, whole-plan or scoring: when no"
          + " change is SCORING, scorecards carrying the scoring fingerprint still match the new"
          + " version; those carrying the old whole-plan fingerprint match only if nothing"
          + " changed."
    },
    footer = {"", "Exit codes: 0 compared, 1 input rejected, 2 usage error."})
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "OLD_PLAN.json", description = "The old version.")
  String oldPlan = "";

  @Parameters(index = "1", paramLabel = "NEW_PLAN.json", description = "The new version.")
  String newPlan = "";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputReads reads = new InputReads(err); // both plans' faults in one run
    Optional<InterviewPlan> readBefore = reads.read(() -> EvaluateCommand.readPlan(oldPlan, err));
    Optional<InterviewPlan> readAfter = reads.read(() -> EvaluateCommand.readPlan(newPlan, err));
    reads.rejectIfAny();
    InterviewPlan before = readBefore.orElseThrow();
    InterviewPlan after = readAfter.orElseThrow();
    PlanDiff diff = PlanDiff.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    for (PlanChange c : diff.changes()) {
      out.println(
          OneLineErrors.visible(
              String.format(
                  Locale.ROOT,
                  "%-7s %-7s %s: %s",
                  c.changesScoring() ? "SCORING" : "wording",
                  c.kind(),
                  TableText.id(c.path()),
                  c.description())));
    }
    int scoring = diff.scoringChanges().size();
    out.println(
        String.format(
            Locale.ROOT,
            "%d %s, %d of them %s scoring; fingerprint %s -> %s",
            diff.changes().size(),
            diff.changes().size() == 1 ? "change" : "changes",
            scoring,
            scoring == 1 ? "changes" : "change",
            diff.oldFingerprint(),
            diff.newFingerprint()));
    out.println(
        diff.changesScoring()
            ? "scoring fingerprint "
                + diff.oldScoringFingerprint()
                + " -> "
                + diff.newScoringFingerprint()
                + ": scorecards written against the old version no longer match"
            : diff.oldFingerprint().equals(diff.newFingerprint())
                ? "scoring fingerprint "
                    + diff.newScoringFingerprint()
                    + " unchanged: scorecards written against the old version still match"
                : "scoring fingerprint "
                    + diff.newScoringFingerprint()
                    + " unchanged: scorecards carrying it still match; scorecards carrying the"
                    + " old whole-plan fingerprint "
                    + diff.oldFingerprint()
                    + " no longer match");
    out.flush();
    return ExitCodes.OK;
  }
}

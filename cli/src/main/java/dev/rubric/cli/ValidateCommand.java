package dev.rubric.cli;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ValidationReport;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric validate PLAN.json}: reads an interview plan and prints every problem, one per line
 * ({@code ERROR CODE at /path: message} or {@code ADVICE ...}), then a summary line naming the file
 * (saying so when the plan could not be read, since its rules were then not checked). Exit 1 when
 * the plan cannot be read or has errors (each error is then also a {@code rubric: } line on
 * standard error, followed by one saying the plan is rejected); 0 otherwise, advice included.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate an interview plan: print every problem, located by its JSON path.",
      "Errors make the plan unusable (exit 1); advice is printed but the plan is usable (exit 0)."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "PLAN.json", description = "The interview plan to check.")
  String plan = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReadResult<InterviewPlan> read = RubricJson.standard().readPlan(InputFiles.read(plan));
    List<Problem> problems = read.value().map(p -> p.validate().problems()).orElse(read.problems());
    ValidationReport report = ValidationReport.of(problems);
    problems.forEach(p -> out.println(OneLineErrors.visible(p.toString())));
    int errors = report.errors().size();
    int advice = report.advice().size();
    String counts =
        String.format(
            Locale.ROOT, "%d %s, %d advice", errors, errors == 1 ? "error" : "errors", advice);
    if (errors > 0 || read.value().isEmpty()) {
      // A plan that cannot be read has not met the validator: its rules (the scale, the seats,
      // the weights...) are checked once these problems are fixed, and may add more.
      String unread =
          read.value().isEmpty() ? "; it could not be read, so its rules were not checked" : "";
      out.println(OneLineErrors.visible(plan + ": " + counts + unread + "; the plan is rejected"));
      out.flush();
      // The listing above is the command's report; each error is also an error line of its own.
      PrintWriter err = spec.commandLine().getErr();
      for (Problem p : report.errors()) {
        err.println(OneLineErrors.line(plan + ": " + p));
      }
      err.flush();
      throw new InputRejected(
          plan + ": the plan is rejected with " + errors + (errors == 1 ? " error" : " errors"));
    }
    InterviewPlan valid = read.value().get();
    out.println(
        OneLineErrors.visible(
            plan
                + ": plan '"
                + valid.id()
                + "' is valid: "
                + counts
                + "; fingerprint "
                + valid.fingerprint()
                + "; scoring fingerprint "
                + valid.scoringFingerprint()));
    out.flush();
    return ExitCodes.OK;
  }
}

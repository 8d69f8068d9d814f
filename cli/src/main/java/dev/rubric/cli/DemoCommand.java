package dev.rubric.cli;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rubric demo}: evaluates the three bundled candidates (a T-shaped engineer, a researcher
 * who cannot ship, a split panel) against the bundled ML-engineer plan with the standard evaluator
 * and prints their text reports. No arguments; exit 0.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Evaluate the three bundled candidates against the bundled ML-engineer plan and print"
          + " their reports.",
      "The same data sits in examples/plans and examples/candidates for the other commands."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InterviewPlan plan = MlEngineerRubric.plan();
    Evaluator evaluator = Evaluator.standard();
    String[][] shown = {
      {"1 of 3: a T-shaped engineer", SampleCandidates.T_SHAPED_ENGINEER_FILE},
      {"2 of 3: a strong researcher who cannot ship", SampleCandidates.RESEARCHER_FILE},
      {"3 of 3: a split panel", SampleCandidates.SPLIT_PANEL_FILE}
    };
    ImmutableList<ImmutableList<Scorecard>> cards =
        ImmutableList.of(
            SampleCandidates.tShapedEngineer(),
            SampleCandidates.researcherWhoCannotShip(),
            SampleCandidates.splitPanel());
    for (int i = 0; i < shown.length; i++) {
      Evaluation evaluation = evaluator.evaluate(plan, cards.get(i));
      String title = "Candidate " + shown[i][0] + " (examples/candidates/" + shown[i][1] + ")";
      out.println("=".repeat(title.length()));
      out.println(title);
      out.println("=".repeat(title.length()));
      out.print(TextReport.render(plan, evaluation));
      out.println();
    }
    out.println(
        "Try: rubric evaluate --plan examples/plans/ml-engineer.json"
            + " examples/candidates/split-panel.json --format html --out report.html");
    out.flush();
    return ExitCodes.OK;
  }
}

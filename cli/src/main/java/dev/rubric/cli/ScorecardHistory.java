package dev.rubric.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that read a history of scorecards (a picocli mixin): {@code --plan
 * PLAN.json} and one or more {@code SCORECARDS.json} files, read as one history.
 */
final class ScorecardHistory {
  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN.json",
      description = "The interview plan the history was written against.")
  String plan = "";

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "SCORECARDS.json",
      description = "One or more scorecard files, read as one history.")
  List<String> files = new ArrayList<>();

  /** {@return every file read: the scorecard files, then the plan} */
  List<String> all() {
    List<String> inputs = new ArrayList<>(files);
    inputs.add(plan);
    return inputs;
  }
}

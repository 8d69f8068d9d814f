package dev.rubric.cli;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The plan and the history as read: every scorecard of the files in order, and how many each file
   * held ({@code counts[i]} for {@code files[i]}), so that a refusal can name the files.
   */
  record Read(InterviewPlan plan, List<Scorecard> history, int[] counts) {}

  /**
   * Reads the plan and every scorecard file before refusing any, so that one run names the faults
   * of all of them ({@link InputReads}); then refuses the run if any was refused.
   *
   * @param err where refusals (and progress) are printed
   * @param progress whether to print a line after each file ({@code rubric: read 2 of 5 files (80
   *     scorecards)}), for a terminal and more than one file
   * @throws InputRejected when any input was refused, after every one was read
   */
  Read read(PrintWriter err, boolean progress) {
    InputReads reads = new InputReads(err);
    Optional<InterviewPlan> readPlan = reads.read(() -> EvaluateCommand.readPlan(plan, err));
    List<Scorecard> history = new ArrayList<>();
    int[] counts = new int[files.size()];
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      List<Scorecard> cards =
          reads.read(() -> EvaluateCommand.readScorecards(file, err)).orElse(List.of());
      counts[i] = cards.size();
      history.addAll(cards);
      if (progress && files.size() > 1) {
        err.printf(
            Locale.ROOT,
            "rubric: read %d of %d files (%d scorecards)%n",
            i + 1,
            files.size(),
            history.size());
        err.flush();
      }
    }
    reads.rejectIfAny();
    return new Read(readPlan.orElseThrow(), history, counts);
  }
}

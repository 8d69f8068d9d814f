package dev.rubric.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command, {@code rubric}: it only dispatches to its subcommands. */
@Command(
    name = OneLineErrors.PROGRAM,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Structured interview evaluation: validate plans, evaluate candidates, measure agreement"
            + " and calibrate interviewers.",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      EvaluateCommand.class,
      AgreementCommand.class,
      CalibrateCommand.class,
      AuditCommand.class,
      CompareCommand.class,
      DiffCommand.class,
      ExportRatingsCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 input rejected, 2 usage error."})
final class RubricCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}

package dev.rubric.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The entry point of the {@code rubric} command line. {@link #run} runs one command line in
 * process, for tests and for embedding; {@link #main} runs it and exits with its code: 0 ok, 1
 * input rejected, 2 usage error. Stateless and thread-safe; each run builds its own command
 * objects.
 */
public final class Main {
  private Main() {}

  /**
   * Runs {@code args} and exits the JVM with the command's exit code.
   *
   * @param args the command line, for example {@code validate plan.json}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs {@code args}, writing results to {@code out} and errors, one line per problem, to {@code
   * err}. Never throws for bad input or bad usage: every failure becomes an exit code and its
   * lines.
   *
   * @return 0 when the command succeeded, 1 when its input was rejected, 2 on a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      CommandLine cli = commandLine(outWriter, errWriter);
      return cli.execute(args);
    } catch (RuntimeException e) {
      // picocli reports its own failures through the handlers; this is the last line of defence.
      errWriter.println(OneLineErrors.PROGRAM + ": unexpected error: " + OneLineErrors.describe(e));
      return ExitCodes.INPUT_REJECTED;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new RubricCommand());
    // No @file expansion: an argument is a name, never an instruction to read a file's words into
    // the command line (they would be echoed in errors, and @/dev/zero would never end).
    cli.setExpandAtFiles(false);
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler(OneLineErrors::onUsageError);
    cli.setExecutionExceptionHandler(OneLineErrors::onExecutionError);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INPUT_REJECTED);
    return cli;
  }
}

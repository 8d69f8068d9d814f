package dev.rubric.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntSupplier;
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
   * <p>A failed write to {@code out} (a full disk, a closed pipe), which {@link PrintStream}
   * records without throwing, adds one line on {@code err} and turns an exit code of 0 into 1.
   *
   * @return 0 when the command succeeded, 1 when its input was rejected or its output could not be
   *     written, 2 on a usage error
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
      int code = guarded(errWriter, () -> commandLine(outWriter, errWriter).execute(args));
      // PrintStream and PrintWriter swallow write errors: without this check a report written to
      // a full disk or a closed pipe would be lost while the exit code said done.
      if (outWriter.checkError() || out.checkError()) {
        errWriter.println(
            OneLineErrors.PROGRAM
                + ": cannot write standard output: the output was cut short (a full disk or a"
                + " closed pipe?), so it is incomplete");
        return code == ExitCodes.OK ? ExitCodes.INPUT_REJECTED : code;
      }
      return code;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Runs {@code command}, the last line of defence: picocli reports the commands' failures through
   * its handlers, but a runtime exception outside them, or an error (which picocli lets through),
   * would end the JVM with a stack trace. Each becomes one line on {@code err} and exit code 1
   * instead: running out of heap says how to give the JVM more, a stack overflow says the input
   * nests too deeply, anything else is an unexpected error with its message.
   *
   * @param err standard error
   * @param command the command line's run, returning its exit code
   * @return the command's exit code, or 1 when it failed as described
   */
  static int guarded(PrintWriter err, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (RuntimeException e) {
      err.println(OneLineErrors.PROGRAM + ": unexpected error: " + OneLineErrors.describe(e));
    } catch (OutOfMemoryError e) {
      err.println(
          String.format(
              Locale.ROOT,
              "%s: out of memory: the input needs more than the %d MiB the Java heap may use;"
                  + " give java a larger heap, for example java -Xmx4g -jar rubric.jar ...",
              OneLineErrors.PROGRAM,
              Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    } catch (StackOverflowError e) {
      err.println(
          OneLineErrors.PROGRAM
              + ": unexpected error: the input nests too deeply for the stack; give java a larger"
              + " stack, for example java -Xss8m -jar rubric.jar ...");
    } catch (Error e) {
      err.println(OneLineErrors.PROGRAM + ": unexpected error: " + OneLineErrors.describe(e));
    }
    err.flush();
    return ExitCodes.INPUT_REJECTED;
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

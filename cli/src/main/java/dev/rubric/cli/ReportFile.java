package dev.rubric.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --out FILE} option that the report commands share (a picocli mixin), and the one way
 * every command writes what it made: to standard output or, through {@link OutputFile}, atomically
 * to a file that is none of the inputs.
 */
final class ReportFile {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee = CommandSpec.create();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  @Nullable String outFile;

  /** Writes {@code report} to standard output, or to {@code --out} if none of {@code inputs}. */
  void write(String report, List<String> inputs) {
    write(mixee, outFile, report, inputs);
  }

  /**
   * Writes {@code report} to the standard output of {@code spec}'s command line when {@code
   * outFile} is null, else atomically to {@code outFile}, which may be none of {@code inputs}.
   *
   * @param spec the command that writes
   * @param outFile the file named by the command's {@code --out}, or null
   * @param report what to write, as text (written as UTF-8 to a file)
   * @param inputs the files the command read, which {@code outFile} may not replace
   */
  static void write(
      CommandSpec spec, @Nullable String outFile, String report, List<String> inputs) {
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
      return;
    }
    OutputFile.write(outFile, inputs, report.getBytes(StandardCharsets.UTF_8));
  }
}

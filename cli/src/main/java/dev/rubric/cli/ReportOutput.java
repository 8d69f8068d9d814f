package dev.rubric.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json|html} and {@code --out FILE} options that the report commands share
 * (a picocli mixin): the format is checked once, and the report goes to standard output or, through
 * {@link OutputFile}, atomically to a file that is none of the inputs.
 */
final class ReportOutput {
  private static final List<String> FORMATS = List.of("text", "json", "html");

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee = CommandSpec.create();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or html (one self-contained file).")
  String format = "text";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  @Nullable String outFile;

  /** The format, checked: a usage error names the option and the values it takes. */
  String format() {
    if (!FORMATS.contains(format)) {
      throw new ParameterException(
          mixee.commandLine(),
          "Invalid value for option '--format': '"
              + format
              + "' is not one of "
              + String.join(", ", FORMATS));
    }
    return format;
  }

  /** Writes {@code report} to standard output, or to {@code --out} if none of {@code inputs}. */
  void write(String report, List<String> inputs) {
    if (outFile == null) {
      PrintWriter out = mixee.commandLine().getOut();
      out.print(report);
      out.flush();
      return;
    }
    OutputFile.write(outFile, inputs, report.getBytes(StandardCharsets.UTF_8));
  }
}

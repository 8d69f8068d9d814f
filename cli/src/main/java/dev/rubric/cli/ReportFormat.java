package dev.rubric.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json|html} option that the report commands share (a picocli mixin), and
 * the one check of a format that every report command makes, whether it takes the option from here
 * or declares its own (with its own help text): a usage error naming the option and the values it
 * takes.
 */
final class ReportFormat {
  private static final List<String> FORMATS = List.of("text", "json", "html");

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee = CommandSpec.create();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or html (one self-contained file).")
  String format = "text";

  /** The format, checked. */
  String format() {
    return checked(mixee, format);
  }

  /**
   * Checks a {@code --format} value.
   *
   * @param spec the command that took the option
   * @param format the value given
   * @return {@code format}, when it is one of text, json and html
   * @throws ParameterException a usage error naming the option and the values it takes
   */
  static String checked(CommandSpec spec, String format) {
    return OptionValues.oneOf(spec, "--format", format, FORMATS);
  }
}

package dev.rubric.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one check of every option that takes a value from a closed set ({@code --format
 * text|json|html}, {@code --from greenhouse|lever|ashby|merge}, {@code --metric}, {@code --level},
 * {@code --weights}, {@code --model}, {@code --unit}): the value must be one of the set exactly as
 * the command-line contract spells it, so {@code JSON} or {@code Greenhouse} is a usage error (exit
 * 2) for every such option alike, never accepted by one and refused by another. Stateless and
 * thread-safe.
 */
final class OptionValues {
  private OptionValues() {}

  /**
   * Checks that {@code value} is one of {@code allowed}, compared exactly (case included).
   *
   * @param spec the command that took the option
   * @param option the option's name, for example {@code --format}
   * @param value the value given
   * @param allowed the values the option takes, in the order the contract lists them
   * @return {@code value}
   * @throws ParameterException a usage error naming the option, the value and the values it takes
   */
  static String oneOf(CommandSpec spec, String option, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Invalid value for option '%s': '%s' is not one of %s",
              option,
              value,
              String.join(", ", allowed)));
    }
    return value;
  }
}

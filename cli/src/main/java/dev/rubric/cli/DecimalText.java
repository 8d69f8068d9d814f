package dev.rubric.cli;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * What a number in a CSV cell may look like, for every CSV the commands read (the ratings of {@code
 * agreement}, the scores of {@code audit}): a decimal number in ASCII digits with an optional sign,
 * fraction and exponent ({@code 3}, {@code -2.5}, {@code +.5}, {@code 3e0}, {@code 1E-3}). Java's
 * own syntax is not data: {@code 0x1p3}, {@code 3d}, {@code 1f}, {@code NaN}, {@code Infinity},
 * {@code 1_000} and digits of other scripts ({@code ٣}, {@code ３}) are not numbers, where the JDK's
 * parsers would read them as 8, 3, 1, ... Stateless and thread-safe.
 */
final class DecimalText {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private DecimalText() {}

  /**
   * Whether {@code text}, already stripped of surrounding spaces, is a decimal number.
   *
   * @param text the cell's text
   * @return true for a decimal number in ASCII digits
   */
  static boolean isDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }

  /**
   * The double that {@code text} writes, when it writes one: a decimal number ({@link #isDecimal})
   * within the range of a double. A number beyond it is refused rather than read as infinity
   * ({@code 1e400}), and so is one too small for any double but zero ({@code 1e-400}), which would
   * otherwise be read as 0 and tie with it.
   *
   * @param text the text, already stripped of surrounding spaces
   * @return the value, or empty when the text is no decimal number or no double can hold it
   */
  static OptionalDouble parse(String text) {
    if (!isDecimal(text)) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value) || (value == 0 && writesNonZero(text))) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  /** Whether a digit of the significand (the part before any exponent) is not zero. */
  private static boolean writesNonZero(String decimal) {
    for (int i = 0; i < decimal.length(); i++) {
      char c = decimal.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The converter of the command line's decimal options ({@code --min-share}, {@code
   * --significance-level}): the same syntax as a number in a CSV cell, so {@code 0x1p-3} or {@code
   * 1e-400} is a usage error, not 0.125 or 0.
   */
  static final class Option implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      OptionalDouble parsed = parse(value);
      if (parsed.isEmpty()) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a decimal number a double can hold");
      }
      return parsed.getAsDouble();
    }
  }
}

package dev.rubric.cli;

import java.util.regex.Pattern;

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
}

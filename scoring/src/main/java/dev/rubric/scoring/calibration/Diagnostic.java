package dev.rubric.scoring.calibration;

import java.util.Objects;

/**
 * One way an interviewer uses the scale, against the whole panel: a description, never a flag.
 *
 * @param name what is measured: {@code "central tendency"}, {@code "range restriction"} or {@code
 *     "halo"}
 * @param value the interviewer's figure; NaN when they gave too little to compute it
 * @param panelValue the same figure over every interviewer's ratings; NaN when undefined
 * @param count how many ratings (or, for the halo index, scorecards) the figure rests on
 * @param reading a sentence on how to read it
 */
public record Diagnostic(String name, double value, double panelValue, int count, String reading) {
  /**
   * Checks that no component is null.
   *
   * @param name what is measured: {@code "central tendency"}, {@code "range restriction"} or {@code
   *     "halo"}
   * @param value the interviewer's figure; NaN when they gave too little to compute it
   * @param panelValue the same figure over every interviewer's ratings; NaN when undefined
   * @param count how many ratings (or, for the halo index, scorecards) the figure rests on
   * @param reading a sentence on how to read it
   */
  public Diagnostic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reading, "reading");
  }
}

package dev.rubric.scoring.calibration;

import dev.rubric.scoring.agreement.Coefficient;
import java.util.Objects;

/**
 * One way an interviewer uses the scale, against the whole panel: a description, never a flag.
 *
 * @param name what is measured: {@code "central tendency"}, {@code "range restriction"} or {@code
 *     "halo"}
 * @param value the interviewer's figure; undefined, with its reason, when they gave too little to
 *     compute it
 * @param panelValue the same figure over every interviewer's ratings; undefined when the panel gave
 *     too little
 * @param count how many ratings (or, for the halo index, scorecards) the figure rests on
 * @param reading a sentence on how to read it
 */
public record Diagnostic(
    String name, Coefficient value, Coefficient panelValue, int count, String reading) {
  /**
   * Checks that no component is null.
   *
   * @param name what is measured: {@code "central tendency"}, {@code "range restriction"} or {@code
   *     "halo"}
   * @param value the interviewer's figure; undefined, with its reason, when they gave too little to
   *     compute it
   * @param panelValue the same figure over every interviewer's ratings; undefined when the panel
   *     gave too little
   * @param count how many ratings (or, for the halo index, scorecards) the figure rests on
   * @param reading a sentence on how to read it
   */
  public Diagnostic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(panelValue, "panelValue");
    Objects.requireNonNull(reading, "reading");
  }
}

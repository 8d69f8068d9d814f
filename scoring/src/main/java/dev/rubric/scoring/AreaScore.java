package dev.rubric.scoring;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An area's score: the weighted mean of the scores of its scored competencies (weights from the
 * role profile; a competency without a requirement weighs the mean requirement weight). Empty when
 * none of its competencies was rated.
 */
@Value.Immutable
@ValueStyle
public abstract class AreaScore {
  AreaScore() {}

  /** {@return the area} */
  @Value.Parameter
  public abstract String area();

  /** {@return the area score; empty when none of its competencies was rated} */
  @Value.Parameter
  public abstract OptionalDouble score();

  /** {@return how many of its competencies were scored} */
  @Value.Parameter
  public abstract int competenciesScored();

  /**
   * {@return an area score}
   *
   * @param area an area's score: the weighted mean of the scores of its scored competencies
   *     (weights from the role profile; a competency without a requirement weighs the mean
   *     requirement weight)
   * @param score the area score; empty when none of its competencies was rated
   * @param competenciesScored how many of its competencies were scored
   */
  public static AreaScore of(String area, OptionalDouble score, int competenciesScored) {
    return ImmutableAreaScore.of(area, score, competenciesScored);
  }
}

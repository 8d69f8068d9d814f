package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An area's score: the weighted mean of the scores of its scored competencies (weights from the
 * role profile; a competency without a requirement weighs the mean requirement weight). Undefined
 * ({@link UndefinedReason#NO_RATINGS}) when none of its competencies was rated.
 */
@Value.Immutable
@ValueStyle
public abstract class AreaScore {
  AreaScore() {}

  /** {@return the area} */
  @Value.Parameter
  public abstract String area();

  /** {@return the area score; undefined when none of its competencies was rated} */
  @Value.Parameter
  public abstract Coefficient score();

  /** {@return how many of its competencies were scored} */
  @Value.Parameter
  public abstract int competenciesScored();

  /**
   * {@return an area score}
   *
   * @param area an area's score: the weighted mean of the scores of its scored competencies
   *     (weights from the role profile; a competency without a requirement weighs the mean
   *     requirement weight)
   * @param score the area score; undefined ({@link #notRated}) when none of its competencies was
   *     rated
   * @param competenciesScored how many of its competencies were scored
   */
  public static AreaScore of(String area, Coefficient score, int competenciesScored) {
    return ImmutableAreaScore.of(area, score, competenciesScored);
  }

  /**
   * {@return the score of an area none of whose competencies was rated: undefined, {@link
   * UndefinedReason#NO_RATINGS}}
   *
   * @param area the area
   * @throws NullPointerException if it is null
   */
  public static Coefficient notRated(String area) {
    Objects.requireNonNull(area, "area");
    return Coefficient.undefined(
        UndefinedReason.NO_RATINGS, "None of the competencies of area '" + area + "' was rated.");
  }
}

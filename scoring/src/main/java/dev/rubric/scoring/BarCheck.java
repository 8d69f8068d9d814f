package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import org.immutables.value.Value;

/**
 * A must-have bar against the competency's score: met when the score reaches the bar, missed when
 * it falls short, and neither when nobody rated the competency (a missing rating is not a low one).
 */
@Value.Immutable
@ValueStyle
public abstract class BarCheck {
  BarCheck() {}

  /** {@return the must-have competency} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return the bar on the plan's scale} */
  @Value.Parameter
  public abstract int bar();

  /** {@return the competency score; undefined when nobody rated it} */
  @Value.Parameter
  public abstract Coefficient score();

  /** {@return whether the score reaches the bar} */
  public boolean isMet() {
    return score().isDefined() && score().value() >= bar();
  }

  /** {@return whether the score falls short of the bar; false when there is no score} */
  public boolean isMissed() {
    return score().isDefined() && !(score().value() >= bar());
  }

  /**
   * {@return a bar check}
   *
   * @param competencyId a must-have bar against the competency's score: met when the score reaches
   *     the bar, missed when it falls short, and neither when nobody rated the competency (a
   *     missing rating is not a low one)
   * @param bar the bar on the plan's scale
   * @param score the competency score; undefined ({@link CompetencyScore#notRated}) when nobody
   *     rated it
   */
  public static BarCheck of(String competencyId, int bar, Coefficient score) {
    return ImmutableBarCheck.of(competencyId, bar, score);
  }
}

package dev.rubric.scoring;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A must-have bar against the competency's score: met when the score reaches the bar, missed when
 * it falls short, and neither when nobody rated the competency (a missing rating is not a low one).
 */
@Value.Immutable
@ValueStyle
public abstract class BarCheck {
  BarCheck() {}

  /** The must-have competency. */
  @Value.Parameter
  public abstract String competencyId();

  /** The bar on the plan's scale. */
  @Value.Parameter
  public abstract int bar();

  /** The competency score; empty when nobody rated it. */
  @Value.Parameter
  public abstract OptionalDouble score();

  /** Whether the score reaches the bar. */
  public boolean isMet() {
    return score().isPresent() && score().getAsDouble() >= bar();
  }

  /** Whether the score falls short of the bar; false when there is no score. */
  public boolean isMissed() {
    return score().isPresent() && !(score().getAsDouble() >= bar());
  }

  /** Returns a bar check. */
  public static BarCheck of(String competencyId, int bar, OptionalDouble score) {
    return ImmutableBarCheck.of(competencyId, bar, score);
  }
}

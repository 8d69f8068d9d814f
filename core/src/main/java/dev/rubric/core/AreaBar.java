package dev.rubric.core;

import org.immutables.value.Value;

/** An area of competencies and the level its area score must reach. */
@Value.Immutable
@ValueStyle
public abstract class AreaBar {
  AreaBar() {}

  /** {@return the area, as named by {@link Competency#area()}} */
  @Value.Parameter
  public abstract String area();

  /** {@return the level on the plan's scale that the area's score must reach} */
  @Value.Parameter
  public abstract int bar();

  /**
   * {@return the bar {@code bar} for {@code area}}
   *
   * @param area the area's name, as named by {@link Competency#area()}
   * @param bar the level on the plan's scale that the area's score must reach
   */
  public static AreaBar of(String area, int bar) {
    return ImmutableAreaBar.of(area, bar);
  }
}

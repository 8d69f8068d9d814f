package dev.rubric.scoring;

import org.immutables.value.Value;

/**
 * An area below its bar: its score, the bar and the shortfall (bar - score), and whether the
 * organisation supports the area (then the gap is advice, not a block: the guide's candidate with
 * limited modelling exposure "may still succeed if the organization provides research support").
 */
@Value.Immutable
@ValueStyle
public abstract class Gap {
  Gap() {}

  /** {@return the area} */
  @Value.Parameter
  public abstract String area();

  /** {@return depth or breadth} */
  @Value.Parameter
  public abstract GapKind kind();

  /** {@return the bar the area had to reach} */
  @Value.Parameter
  public abstract int bar();

  /** {@return the area's score} */
  @Value.Parameter
  public abstract double score();

  /** {@return bar - score, greater than zero} */
  @Value.Parameter
  public abstract double shortfall();

  /** {@return whether the organisation supports the area} */
  @Value.Parameter
  public abstract boolean supported();

  /**
   * {@return a gap}
   *
   * @param area an area below its bar: its score, the bar and the shortfall (bar - score), and
   *     whether the organisation supports the area (then the gap is advice, not a block: the
   *     guide's candidate with limited modelling exposure "may still succeed if the organization
   *     provides research support")
   * @param kind depth or breadth
   * @param bar the bar the area had to reach
   * @param score the area's score
   * @param shortfall bar - score, greater than zero
   * @param supported whether the organisation supports the area
   */
  public static Gap of(
      String area, GapKind kind, int bar, double score, double shortfall, boolean supported) {
    return ImmutableGap.of(area, kind, bar, score, shortfall, supported);
  }
}

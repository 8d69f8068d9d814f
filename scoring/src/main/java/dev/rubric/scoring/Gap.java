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

  /** The area. */
  @Value.Parameter
  public abstract String area();

  /** Depth or breadth. */
  @Value.Parameter
  public abstract GapKind kind();

  /** The bar the area had to reach. */
  @Value.Parameter
  public abstract int bar();

  /** The area's score. */
  @Value.Parameter
  public abstract double score();

  /** bar - score, greater than zero. */
  @Value.Parameter
  public abstract double shortfall();

  /** Whether the organisation supports the area. */
  @Value.Parameter
  public abstract boolean supported();

  /** Returns a gap. */
  public static Gap of(
      String area, GapKind kind, int bar, double score, double shortfall, boolean supported) {
    return ImmutableGap.of(area, kind, bar, score, shortfall, supported);
  }
}

package dev.rubric.core;

import org.immutables.value.Value;

/** One level of a {@link RatingScale}: its integer value and its label, for example 3 "Yes". */
@Value.Immutable
@ValueStyle
public abstract class ScaleLevel {
  ScaleLevel() {}

  /** {@return the level's integer value; higher is better} */
  @Value.Parameter
  public abstract int value();

  /** {@return what the level reads as, for example "Strong yes"} */
  @Value.Parameter
  public abstract String label();

  /**
   * {@return the level {@code value} labelled {@code label}}
   *
   * @param value the level's number on the scale
   * @param label the level's label, for example "Meets"
   */
  public static ScaleLevel of(int value, String label) {
    return ImmutableScaleLevel.of(value, label);
  }
}

package dev.rubric.core;

import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A competency that a panel assesses, for example "Drift detection and correction".
 *
 * <p>Its {@link #id()} is a stable lowercase slug ({@code drift-detection}) that scorecards and
 * role profiles refer to; its {@link #area()} groups it with others for the breadth-versus-depth
 * profile; its anchors say, for each level of the plan's scale, what a candidate at that level says
 * or has done.
 */
@Value.Immutable
@ValueStyle
public abstract class Competency {
  Competency() {}

  /** {@return stable lowercase slug, for example {@code drift-detection}} */
  public abstract String id();

  /** {@return human name, for example "Drift detection and correction"} */
  public abstract String name();

  /** {@return what the competency covers} */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * {@return the area it belongs to, a lowercase slug such as {@code deployment} or {@code
   * modeling}}
   */
  public abstract String area();

  /** {@return behavioural anchors by level: what a candidate at that level says or has done} */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, String> anchors();

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Competency}. */
  public static final class Builder extends ImmutableCompetency.Builder {
    Builder() {}
  }
}

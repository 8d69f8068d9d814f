package dev.rubric.core;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What a role expects in depth and in breadth: the areas that need depth, each with its bar; the
 * areas where breadth counts, each with its bar, and how many of them must be met; and the areas
 * the organisation supports, where a gap is advice rather than a block (a candidate with limited
 * modelling exposure "may still succeed if the organization provides research support").
 */
@Value.Immutable
@ValueStyle
public abstract class BreadthDepthExpectation {
  BreadthDepthExpectation() {}

  /** {@return areas that need depth, each with its bar} */
  public abstract List<AreaBar> depthAreas();

  /** {@return areas that count toward breadth, each with its bar} */
  public abstract List<AreaBar> breadthAreas();

  /** {@return how many breadth areas must reach their bar} */
  public abstract int breadthRequired();

  /** {@return areas the organisation supports: a gap there is advice, not a block} */
  @Value.NaturalOrder
  public abstract SortedSet<String> supportedAreas();

  /**
   * {@return whether {@code area} is supported by the organisation}
   *
   * @param area the area's name, as named by {@link Competency#area()}
   */
  public boolean isSupported(String area) {
    Objects.requireNonNull(area, "area");
    return supportedAreas().contains(area);
  }

  /** {@return all areas named anywhere in this expectation} */
  public Set<String> namedAreas() {
    ImmutableSet.Builder<String> areas = ImmutableSet.builder();
    depthAreas().forEach(a -> areas.add(a.area()));
    breadthAreas().forEach(a -> areas.add(a.area()));
    areas.addAll(supportedAreas());
    return areas.build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BreadthDepthExpectation}. */
  public static final class Builder extends ImmutableBreadthDepthExpectation.Builder {
    Builder() {}

    /**
     * Adds a depth area with its bar.
     *
     * @param area the area's name, as named by {@link Competency#area()}
     * @param bar the level on the plan's scale that the area's score must reach
     * @return this builder
     */
    public Builder depth(String area, int bar) {
      addDepthAreas(AreaBar.of(area, bar));
      return this;
    }

    /**
     * Adds a breadth area with its bar.
     *
     * @param area the area's name, as named by {@link Competency#area()}
     * @param bar the level on the plan's scale that the area's score must reach
     * @return this builder
     */
    public Builder breadth(String area, int bar) {
      addBreadthAreas(AreaBar.of(area, bar));
      return this;
    }
  }
}

package dev.rubric.scoring;

import java.util.List;
import org.immutables.value.Value;

/**
 * A candidate's breadth and depth against the role's expectation: each named area's score, whether
 * depth and breadth are met, the {@link Shape}, the gaps, and the areas nobody assessed.
 *
 * <p>Depth is met when every depth area has a score at or above its bar (vacuously when there is no
 * depth area). Breadth is met when at least {@link #breadthRequired()} breadth areas have a score
 * at or above their bar. An area without a score is not a gap (it is not read as low) but it cannot
 * count as met either: it is listed in {@link #unassessedAreas()} and the decision treats it as
 * incomplete information.
 */
@Value.Immutable
@ValueStyle
public abstract class BreadthDepthProfile {
  BreadthDepthProfile() {}

  /** {@return the {@link BreadthDepthStrategy#name()} that produced this profile} */
  public abstract String strategy();

  /**
   * {@return each depth area then each breadth area, as listed in the expectation, without repeats}
   */
  public abstract List<AreaScore> areas();

  /** {@return whether every depth area reaches its bar} */
  public abstract boolean depthMet();

  /** {@return how many breadth areas reach their bar} */
  public abstract int breadthAreasMet();

  /** {@return how many breadth areas must reach their bar} */
  public abstract int breadthRequired();

  /** {@return whether at least {@link #breadthRequired()} breadth areas reach their bar} */
  public abstract boolean breadthMet();

  /** {@return the shape} */
  public abstract Shape shape();

  /**
   * {@return depth areas below their bar, then, when breadth is not met, breadth areas below
   * theirs}
   */
  public abstract List<Gap> gaps();

  /** {@return areas of the expectation without any scored competency} */
  public abstract List<String> unassessedAreas();

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BreadthDepthProfile}. */
  public static final class Builder extends ImmutableBreadthDepthProfile.Builder {
    Builder() {}
  }
}

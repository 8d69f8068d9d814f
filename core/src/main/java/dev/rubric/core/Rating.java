package dev.rubric.core;

import org.immutables.value.Value;

/**
 * One interviewer's rating of one competency: the level and the written evidence behind it. A
 * competency that was not assessed has no rating at all.
 */
@Value.Immutable
@ValueStyle
public abstract class Rating {
  Rating() {}

  /** The {@link Competency#id()} rated. */
  @Value.Parameter
  public abstract String competencyId();

  /** The level on the plan's scale. */
  @Value.Parameter
  public abstract int level();

  /** What the candidate said or did that supports the level; empty when none was written. */
  @Value.Parameter
  public abstract String evidence();

  /** A rating with written evidence. */
  public static Rating of(String competencyId, int level, String evidence) {
    return ImmutableRating.of(competencyId, level, evidence);
  }

  /** A rating without written evidence. */
  public static Rating of(String competencyId, int level) {
    return of(competencyId, level, "");
  }
}

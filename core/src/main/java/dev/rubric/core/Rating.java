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

  /** {@return the {@link Competency#id()} rated} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return the level on the plan's scale} */
  @Value.Parameter
  public abstract int level();

  /**
   * {@return what the candidate said or did that supports the level; empty when none was written}
   */
  @Value.Parameter
  public abstract String evidence();

  /**
   * {@return a rating with written evidence}
   *
   * @param competencyId the id of the competency, as in the plan
   * @param level a level on the plan's rating scale
   * @param evidence what the interviewer observed that supports the level
   */
  public static Rating of(String competencyId, int level, String evidence) {
    return ImmutableRating.of(competencyId, level, evidence);
  }

  /**
   * {@return a rating without written evidence}
   *
   * @param competencyId the id of the competency, as in the plan
   * @param level a level on the plan's rating scale
   */
  public static Rating of(String competencyId, int level) {
    return of(competencyId, level, "");
  }

  /**
   * {@return the competency, the level and the length of the evidence, never its text}: evidence is
   * what an interviewer wrote about a candidate, and a rating or a scorecard printed in a log must
   * not carry it there; read it with {@link #evidence()}
   */
  @Override
  public String toString() {
    String text = evidence();
    return "Rating{competencyId="
        + competencyId()
        + ", level="
        + level()
        + ", evidence="
        + text.codePointCount(0, text.length())
        + " characters}";
  }
}

package dev.rubric.scoring;

import dev.rubric.core.RoleProfile;

/**
 * Turns competency scores into a {@link BreadthDepthProfile} against the role profile's
 * breadth-versus-depth expectation. Called only for a profile that has one.
 *
 * <p>Contract: area scores, when present, are finite and within the plan's scale. The {@link
 * Evaluator} wraps every strategy so that a breach becomes a {@link StrategyException} naming it.
 */
@FunctionalInterface
public interface BreadthDepthStrategy {
  /**
   * {@return the profile of {@code scores} against {@code profile.breadthDepth()}}
   *
   * @param scores the competency scores of one candidate
   * @param profile the role's profile: the competencies' weights and the depth and breadth expected
   * @throws IllegalArgumentException if the profile has no breadth-versus-depth expectation
   */
  BreadthDepthProfile assess(CompetencyScores scores, RoleProfile profile);

  /** {@return the name used in reports and error messages} */
  default String name() {
    return getClass().getName();
  }

  /**
   * {@return the standard strategy: area score = weighted mean of the area's scored competencies
   * (weights from the profile; a competency without a requirement weighs the mean requirement
   * weight, so that scaling every weight by a constant changes nothing); depth, breadth, shape and
   * gaps as documented on {@link BreadthDepthProfile}} Name {@code area-bars}.
   */
  static BreadthDepthStrategy areaBars() {
    return AreaBarsStrategy.INSTANCE;
  }
}

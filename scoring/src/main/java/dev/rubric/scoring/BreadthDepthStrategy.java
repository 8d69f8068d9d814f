package dev.rubric.scoring;

import dev.rubric.core.RoleProfile;
import java.util.Objects;

/**
 * Turns competency scores into a {@link BreadthDepthProfile} against the role profile's
 * breadth-versus-depth expectation. Called only for a profile that has one.
 *
 * <p>Contract: area scores, when present, are finite and within the plan's scale; area scores,
 * unassessed areas and gaps name areas of the plan (of its competencies or of the expectation),
 * each area at most once among the area scores and among the unassessed areas. The {@link
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

  /**
   * The stable name shown in evaluations and error messages, read once when an {@link Evaluator} is
   * built. The default is the class name, which an evaluator refuses for a lambda (its class name
   * changes from run to run): give a lambda a name with {@code named}, or override this.
   *
   * @return the name, never blank
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * {@code strategy} under the name {@code name}, the way to give a lambda the stable name an
   * {@link Evaluator} requires (a lambda without one is refused when the evaluator is built).
   *
   * @param name the name shown in evaluations and error messages; not blank
   * @param strategy the breadth-depth strategy
   * @return the named breadth-depth strategy
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static BreadthDepthStrategy named(String name, BreadthDepthStrategy strategy) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategy, "strategy");
    Checks.checkArgument(!name.isBlank(), "name of the breadth-depth strategy must not be blank");
    return new NamedStrategies.BreadthDepth(name, strategy);
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

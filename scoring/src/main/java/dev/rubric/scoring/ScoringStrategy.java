package dev.rubric.scoring;

import dev.rubric.core.RoleProfile;
import java.util.Objects;

/**
 * Turns competency scores and the role profile into an {@link OverallScore}.
 *
 * <p>Contract: the score, when present, is a finite number within the plan's scale, and so is each
 * contribution's and each must-have bar check's competency score; weights, weight shares and
 * contributions are finite; contributions, must-have bar checks and unscored competencies name
 * competencies of the plan, each at most once in each list; nothing is read as low for want of a
 * rating. The {@link Evaluator} wraps every strategy so that a breach (null, NaN, an infinite
 * figure, a score off the scale, an exception) becomes a {@link StrategyException} naming it.
 *
 * <p>All built-ins compute the same figures: the weighted score over the scored required
 * competencies (weights renormalised over them, summed in requirement order), each contribution,
 * and every must-have bar; they differ in the {@link ScoreBasis} they hand to the decision.
 */
@FunctionalInterface
public interface ScoringStrategy {
  /**
   * {@return the overall score for {@code scores} under {@code profile}}
   *
   * @param scores the competency scores of one candidate
   * @param profile the role's profile: the competencies' weights and the depth and breadth expected
   */
  OverallScore score(CompetencyScores scores, RoleProfile profile);

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
   * @param strategy the scoring strategy
   * @return the named scoring strategy
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static ScoringStrategy named(String name, ScoringStrategy strategy) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategy, "strategy");
    Checks.checkArgument(!name.isBlank(), "name of the scoring strategy must not be blank");
    return new NamedStrategies.Scoring(name, strategy);
  }

  /**
   * {@return weighted compensatory: the weighted score decides; a strength can make up for a
   * weakness, and every contribution is reported so that this is visible} Name {@code
   * weighted-compensatory}.
   */
  static ScoringStrategy weightedCompensatory() {
    return BuiltInScoringStrategies.COMPENSATORY;
  }

  /**
   * {@return the conjunctive strategy: pass when every must-have bar is met; the weighted score is
   * for information} Name {@code conjunctive}.
   */
  static ScoringStrategy conjunctive() {
    return BuiltInScoringStrategies.CONJUNCTIVE;
  }

  /**
   * {@return the hybrid strategy: every must-have bar first, then the weighted score against the
   * threshold} Name {@code hybrid}. The standard configuration's strategy.
   */
  static ScoringStrategy hybrid() {
    return BuiltInScoringStrategies.HYBRID;
  }
}

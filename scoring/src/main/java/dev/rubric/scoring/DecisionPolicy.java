package dev.rubric.scoring;

import dev.rubric.core.InterviewPlan;
import java.util.Objects;

/**
 * Turns the {@link Findings} about a candidate into a {@link Decision} with its reasons. The
 * findings hold everything the evaluation found, the interviewers' overall recommendations included
 * ({@link Findings#recommendations()}); the {@link Evaluator} adds the decision's {@link
 * Decision#concerns()} after the policy has decided.
 *
 * <p>Contract: returns a decision with at least one reason, each reason and piece of advice with a
 * sentence that is not blank and finite figures; the {@link Evaluator} wraps every policy so that
 * null, an exception, a blank sentence or a NaN or infinite figure becomes a {@link
 * StrategyException} naming it.
 */
@FunctionalInterface
public interface DecisionPolicy {
  /**
   * {@return the decision for {@code findings} under {@code plan}}
   *
   * @param findings what the evaluation found: scores, shape, consensus and readiness
   * @param plan the interview plan
   */
  Decision decide(Findings findings, InterviewPlan plan);

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
   * {@code policy} under the name {@code name}, the way to give a lambda the stable name an {@link
   * Evaluator} requires (a lambda without one is refused when the evaluator is built).
   *
   * @param name the name shown in evaluations and error messages; not blank
   * @param policy the decision policy
   * @return the named decision policy
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static DecisionPolicy named(String name, DecisionPolicy policy) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
    Checks.checkArgument(!name.isBlank(), "name of the decision policy must not be blank");
    return new NamedStrategies.Policy(name, policy);
  }

  /** {@return the standard policy with {@link DecisionThresholds#defaults()}} */
  static DecisionPolicy standard() {
    return StandardDecisionPolicy.DEFAULT;
  }

  /**
   * {@return the standard policy} Its rules, applied in order; the first that fires decides, and
   * every reason of that rule is given:
   *
   * <ol>
   *   <li>INCOMPLETE when a seat owes a scorecard ({@code SEAT_OWES_SCORECARD}), a required
   *       competency has no rating ({@code REQUIRED_COMPETENCY_UNRATED}), or a depth area (or,
   *       while breadth is unmet, a breadth area) has no score ({@code AREA_UNASSESSED}).
   *   <li>NO_HIRE when, under a strategy that gates on bars, a must-have bar is missed ({@code
   *       MUST_HAVE_BAR_MISSED}); when a depth area the organisation does not support is below its
   *       bar ({@code DEPTH_GAP}); or when the breadth areas met plus the supported breadth gaps
   *       fall short of the number required ({@code BREADTH_SHORTFALL}).
   *   <li>NEEDS_DEBRIEF when rwg on a must-have competency is below {@link
   *       DecisionThresholds#weakRwg()} ({@code WEAK_CONSENSUS_ON_MUST_HAVE}); when ratings split
   *       across the hire line on a competency whose weight share is at least {@link
   *       DecisionThresholds#heavyWeightShare()} ({@code SPLIT_ON_HEAVY_COMPETENCY}); or when the
   *       strategy uses the threshold and the score lies strictly within {@link
   *       DecisionThresholds#margin()} of it ({@code SCORE_NEAR_THRESHOLD}); when the interviewers'
   *       overall recommendations straddle the hire line ({@code RECOMMENDATION_SPLIT}) or one of
   *       them is {@code strong_no} ({@code STRONG_NO_RECOMMENDATION}), unless the thresholds turn
   *       these two into advice.
   *   <li>Otherwise, under a conjunctive strategy HIRE ({@code ALL_MUST_HAVE_BARS_MET}); else HIRE
   *       when the score reaches the threshold ({@code SCORE_AT_OR_ABOVE_THRESHOLD}) and NO_HIRE
   *       when it does not ({@code SCORE_BELOW_THRESHOLD}).
   * </ol>
   *
   * Advice, whatever the outcome: a missed bar under a compensatory strategy ({@code
   * MUST_HAVE_BAR_COMPENSATED}), gaps that do not block ({@code SUPPORTED_AREA_GAP}, {@code
   * BREADTH_GAP}), recommendations that contradict their interviewer's ratings ({@code
   * RECOMMENDATION_CONTRADICTS_RATINGS}) and agenda items ({@code DISPUTED_COMPETENCY}).
   *
   * <p>Raising a rating never turns HIRE into NO_HIRE: every rule reads scores only through
   * comparisons that a higher score cannot make worse, except consensus, which can only ask for a
   * debrief.
   *
   * @param thresholds the decision thresholds
   */
  static DecisionPolicy standard(DecisionThresholds thresholds) {
    return new StandardDecisionPolicy(Objects.requireNonNull(thresholds, "thresholds"));
  }
}

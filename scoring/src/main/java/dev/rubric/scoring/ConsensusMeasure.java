package dev.rubric.scoring;

import dev.rubric.core.RatingScale;

/**
 * Measures how far the panel agrees, from the ratings held in the competency scores.
 *
 * <p>Contract: figures are finite; the {@link Evaluator} wraps every measure so that a breach
 * (null, NaN, an exception) becomes a {@link StrategyException} naming it.
 */
@FunctionalInterface
public interface ConsensusMeasure {
  /**
   * {@return the consensus report for the ratings in {@code scores}, on {@code scale}}
   *
   * @param scores the competency scores of one candidate
   * @param scale the plan's rating scale
   */
  ConsensusReport measure(CompetencyScores scores, RatingScale scale);

  /** {@return the name used in reports and error messages} */
  default String name() {
    return getClass().getName();
  }

  /**
   * {@return the standard measure: the figures documented on {@link CompetencyConsensus} and {@link
   * ConsensusReport}} A competency is disputed when its ratings split across the hire line, or its
   * rwg is below 0.5, or its range is 2 levels or more. The agenda lists disputed competencies,
   * most disputed first: splits before non-splits, then lower rwg first (an undefined rwg last),
   * then larger range first, then competency id. Name {@code standard}.
   */
  static ConsensusMeasure standard() {
    return StandardConsensus.INSTANCE;
  }
}

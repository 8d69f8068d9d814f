package dev.rubric.scoring;

import dev.rubric.core.RatingScale;
import java.util.Objects;

/**
 * Measures how far the panel agrees, from the ratings held in the competency scores.
 *
 * <p>Contract: figures are finite; the competencies and agenda items name competencies of the plan,
 * each at most once in each list. The {@link Evaluator} wraps every measure so that a breach (null,
 * NaN, an exception, an unknown or repeated competency) becomes a {@link StrategyException} naming
 * it.
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
   * {@code measure} under the name {@code name}, the way to give a lambda the stable name an {@link
   * Evaluator} requires (a lambda without one is refused when the evaluator is built).
   *
   * @param name the name shown in evaluations and error messages; not blank
   * @param measure the consensus measure
   * @return the named consensus measure
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static ConsensusMeasure named(String name, ConsensusMeasure measure) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(measure, "measure");
    Checks.checkArgument(!name.isBlank(), "name of the consensus measure must not be blank");
    return new NamedStrategies.Consensus(name, measure);
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

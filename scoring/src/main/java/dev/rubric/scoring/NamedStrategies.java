package dev.rubric.scoring;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;

/**
 * A strategy under a name its user chose: what the {@code named} factories on each strategy
 * interface return, so that a lambda gets the stable name an {@link Evaluator} requires. Each is a
 * record: immutable, thread-safe as far as its delegate is, and shown by its name.
 */
final class NamedStrategies {
  private NamedStrategies() {}

  /**
   * A named scoring strategy.
   *
   * @param name the name
   * @param delegate the strategy
   */
  record Scoring(String name, ScoringStrategy delegate) implements ScoringStrategy {
    @Override
    public OverallScore score(CompetencyScores scores, RoleProfile profile) {
      return delegate.score(scores, profile);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A named breadth-versus-depth strategy.
   *
   * @param name the name
   * @param delegate the strategy
   */
  record BreadthDepth(String name, BreadthDepthStrategy delegate) implements BreadthDepthStrategy {
    @Override
    public BreadthDepthProfile assess(CompetencyScores scores, RoleProfile profile) {
      return delegate.assess(scores, profile);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A named consensus measure.
   *
   * @param name the name
   * @param delegate the measure
   */
  record Consensus(String name, ConsensusMeasure delegate) implements ConsensusMeasure {
    @Override
    public ConsensusReport measure(CompetencyScores scores, RatingScale scale) {
      return delegate.measure(scores, scale);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A named decision policy.
   *
   * @param name the name
   * @param delegate the policy
   */
  record Policy(String name, DecisionPolicy delegate) implements DecisionPolicy {
    @Override
    public Decision decide(Findings findings, InterviewPlan plan) {
      return delegate.decide(findings, plan);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

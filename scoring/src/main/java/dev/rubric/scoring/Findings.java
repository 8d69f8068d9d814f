package dev.rubric.scoring;

import java.util.Optional;
import org.immutables.value.Value;

/** Everything found about a candidate before the decision: the {@link DecisionPolicy}'s input. */
@Value.Immutable
@ValueStyle
public abstract class Findings {
  Findings() {}

  /** {@return which seats and required ratings are still owed} */
  @Value.Parameter
  public abstract Readiness readiness();

  /** {@return the competency scores} */
  @Value.Parameter
  public abstract CompetencyScores scores();

  /** {@return the overall score} */
  @Value.Parameter
  public abstract OverallScore overall();

  /** {@return the breadth-versus-depth profile, when the role has an expectation} */
  @Value.Parameter
  public abstract Optional<BreadthDepthProfile> breadthDepth();

  /** {@return the panel's consensus} */
  @Value.Parameter
  public abstract ConsensusReport consensus();

  /**
   * {@return findings}
   *
   * @param readiness everything found about a candidate before the decision: the {@link
   *     DecisionPolicy}'s input
   * @param scores the competency scores
   * @param overall the overall score
   * @param breadthDepth the breadth-versus-depth profile, when the role has an expectation
   * @param consensus the panel's consensus
   */
  public static Findings of(
      Readiness readiness,
      CompetencyScores scores,
      OverallScore overall,
      Optional<? extends BreadthDepthProfile> breadthDepth,
      ConsensusReport consensus) {
    return ImmutableFindings.of(readiness, scores, overall, breadthDepth, consensus);
  }
}

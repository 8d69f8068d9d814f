package dev.rubric.scoring;

import java.util.Optional;
import org.immutables.value.Value;

/** Everything found about a candidate before the decision: the {@link DecisionPolicy}'s input. */
@Value.Immutable
@ValueStyle
public abstract class Findings {
  Findings() {}

  /** Which seats and required ratings are still owed. */
  @Value.Parameter
  public abstract Readiness readiness();

  /** The competency scores. */
  @Value.Parameter
  public abstract CompetencyScores scores();

  /** The overall score. */
  @Value.Parameter
  public abstract OverallScore overall();

  /** The breadth-versus-depth profile, when the role has an expectation. */
  @Value.Parameter
  public abstract Optional<BreadthDepthProfile> breadthDepth();

  /** The panel's consensus. */
  @Value.Parameter
  public abstract ConsensusReport consensus();

  /** Returns findings. */
  public static Findings of(
      Readiness readiness,
      CompetencyScores scores,
      OverallScore overall,
      Optional<? extends BreadthDepthProfile> breadthDepth,
      ConsensusReport consensus) {
    return ImmutableFindings.of(readiness, scores, overall, breadthDepth, consensus);
  }
}

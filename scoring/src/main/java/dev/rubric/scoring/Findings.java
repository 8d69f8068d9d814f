package dev.rubric.scoring;

import java.util.Objects;
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
   * The interviewers' overall recommendations, with their counts, agreement and contradictions.
   *
   * @return the panel's recommendations; {@link PanelRecommendations#none()} for findings built
   *     without them
   */
  @Value.Parameter
  public abstract PanelRecommendations recommendations();

  /**
   * {@return findings without recommendations ({@link PanelRecommendations#none()})}
   *
   * @param readiness what is still owed
   * @param scores the competency scores
   * @param overall the overall score
   * @param breadthDepth the breadth-versus-depth profile, if the role has an expectation
   * @param consensus the panel's consensus
   */
  public static Findings of(
      Readiness readiness,
      CompetencyScores scores,
      OverallScore overall,
      Optional<? extends BreadthDepthProfile> breadthDepth,
      ConsensusReport consensus) {
    return of(readiness, scores, overall, breadthDepth, consensus, PanelRecommendations.none());
  }

  /**
   * Returns findings.
   *
   * @param readiness what is still owed
   * @param scores the competency scores
   * @param overall the overall score
   * @param breadthDepth the breadth-versus-depth profile, if the role has an expectation
   * @param consensus the panel's consensus
   * @param recommendations the interviewers' overall recommendations
   * @return the findings
   */
  public static Findings of(
      Readiness readiness,
      CompetencyScores scores,
      OverallScore overall,
      Optional<? extends BreadthDepthProfile> breadthDepth,
      ConsensusReport consensus,
      PanelRecommendations recommendations) {
    Objects.requireNonNull(breadthDepth, "breadthDepth");
    return ImmutableFindings.of(
        readiness, scores, overall, breadthDepth, consensus, recommendations);
  }
}

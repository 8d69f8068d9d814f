package dev.rubric.scoring;

import org.immutables.value.Value;

/**
 * What one scored competency adds to the weighted score: its weight, its weight share (weight over
 * the sum of the weights of the scored competencies), its score, and the contribution share x
 * score. The contributions add up to the weighted score.
 */
@Value.Immutable
@ValueStyle
public abstract class Contribution {
  Contribution() {}

  /** The competency. */
  @Value.Parameter
  public abstract String competencyId();

  /** Its weight in the role profile. */
  @Value.Parameter
  public abstract double weight();

  /** Its weight over the sum of the weights of every scored required competency. */
  @Value.Parameter
  public abstract double weightShare();

  /** Its competency score. */
  @Value.Parameter
  public abstract double score();

  /** weightShare x score. */
  @Value.Parameter
  public abstract double contribution();

  /** Returns a contribution. */
  public static Contribution of(
      String competencyId, double weight, double weightShare, double score, double contribution) {
    return ImmutableContribution.of(competencyId, weight, weightShare, score, contribution);
  }
}

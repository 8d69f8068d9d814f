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

  /** {@return the competency} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return its weight in the role profile} */
  @Value.Parameter
  public abstract double weight();

  /** {@return its weight over the sum of the weights of every scored required competency} */
  @Value.Parameter
  public abstract double weightShare();

  /** {@return its competency score} */
  @Value.Parameter
  public abstract double score();

  /** {@return weightShare x score} */
  @Value.Parameter
  public abstract double contribution();

  /**
   * {@return a contribution}
   *
   * @param competencyId what one scored competency adds to the weighted score: its weight, its
   *     weight share (weight over the sum of the weights of the scored competencies), its score,
   *     and the contribution share x score
   * @param weight its weight in the role profile
   * @param weightShare its weight over the sum of the weights of every scored required competency
   * @param score its competency score
   * @param contribution weightShare x score
   */
  public static Contribution of(
      String competencyId, double weight, double weightShare, double score, double contribution) {
    return ImmutableContribution.of(competencyId, weight, weightShare, score, contribution);
  }
}

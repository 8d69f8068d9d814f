package dev.rubric.scoring;

import com.google.common.collect.ImmutableList;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import org.immutables.value.Value;

/**
 * The overall score of a candidate: the weighted score with each competency's contribution, the
 * must-have bars met or missed, the required competencies nobody rated, and how the {@link
 * DecisionPolicy} is to read it ({@link #basis()}).
 *
 * <p>Missing competencies: a required competency without a score is listed in {@link #unscored()}
 * and left out of the weighted score; the weights renormalise over the scored ones. With weights 2
 * (score 4), 1 (score 2) and 1 (nobody rated), the weighted score is (2 x 4 + 1 x 2) / 3 = 3.333,
 * not (8 + 2 + 0) / 4.
 */
@Value.Immutable
@ValueStyle
public abstract class OverallScore {
  OverallScore() {}

  /** {@return the {@link ScoringStrategy#name()} that produced this score} */
  @Value.Parameter
  public abstract String strategy();

  /** {@return how the decision reads this score} */
  @Value.Parameter
  public abstract ScoreBasis basis();

  /**
   * {@return the weighted score over the scored required competencies; undefined when none was
   * scored ({@link #NOT_SCORED}, the default) or when the strategy gives no score}
   */
  @Value.Parameter
  @Value.Default
  public Coefficient score() {
    return NOT_SCORED;
  }

  /** The score when no required competency was scored: {@link UndefinedReason#NO_RATINGS}. */
  public static final Coefficient NOT_SCORED =
      Coefficient.undefined(UndefinedReason.NO_RATINGS, "No required competency was rated.");

  /**
   * {@return each scored required competency's contribution, in the profile's requirement order}
   */
  @Value.Parameter
  public abstract List<Contribution> contributions();

  /** {@return every must-have bar, in the profile's requirement order} */
  @Value.Parameter
  public abstract List<BarCheck> bars();

  /** {@return the required competencies nobody rated, in requirement order} */
  @Value.Parameter
  public abstract List<String> unscored();

  /** {@return whether every must-have bar with a score is met (true when no bar was missed)} */
  public boolean barsMet() {
    for (BarCheck b : bars()) {
      if (b.isMissed()) {
        return false;
      }
    }
    return true;
  }

  /** {@return the must-have bars missed} */
  public List<BarCheck> missedBars() {
    ImmutableList.Builder<BarCheck> missed = ImmutableList.builder();
    for (BarCheck b : bars()) {
      if (b.isMissed()) {
        missed.add(b);
      }
    }
    return missed.build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverallScore}. */
  public static final class Builder extends ImmutableOverallScore.Builder {
    Builder() {}
  }
}

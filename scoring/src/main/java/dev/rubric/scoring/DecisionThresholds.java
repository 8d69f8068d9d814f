package dev.rubric.scoring;

import dev.rubric.core.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The thresholds and margins of the standard {@link DecisionPolicy}. Defaults: hire threshold = the
 * scale's hire line (3 on the four-point scale), margin 0.25, weak consensus below rwg 0.5, heavy
 * competency from a weight share of 0.15, a {@code strong_no} and a split in the interviewers'
 * overall recommendations each send to a debrief.
 */
@Value.Immutable
@ValueStyle
public abstract class DecisionThresholds {
  DecisionThresholds() {}

  /**
   * {@return the weighted score needed to hire; empty (the default) means the scale's hire line}
   */
  public abstract OptionalDouble hireThreshold();

  /**
   * {@return a score strictly within this distance of the threshold needs a debrief; default 0.25}
   */
  @Value.Default
  public double margin() {
    return 0.25;
  }

  /** {@return an rwg strictly below this on a must-have competency needs a debrief; default 0.5} */
  @Value.Default
  public double weakRwg() {
    return 0.5;
  }

  /**
   * {@return a split on a competency whose weight share (its weight over the sum of the profile's
   * weights) is at least this needs a debrief; default 0.15}
   */
  @Value.Default
  public double heavyWeightShare() {
    return 0.15;
  }

  /**
   * Whether a {@code strong_no} from any interviewer sends the candidate to a debrief ({@link
   * ReasonCode#STRONG_NO_RECOMMENDATION} as a NEEDS_DEBRIEF reason); when false it is advice.
   * Default true.
   *
   * @return whether a strong no needs a debrief
   */
  @Value.Default
  public boolean strongNoSendsToDebrief() {
    return true;
  }

  /**
   * Whether overall recommendations on both sides of the hire line send the candidate to a debrief
   * ({@link ReasonCode#RECOMMENDATION_SPLIT} as a NEEDS_DEBRIEF reason); when false it is advice.
   * Default true.
   *
   * @return whether a split in recommendations needs a debrief
   */
  @Value.Default
  public boolean recommendationSplitSendsToDebrief() {
    return true;
  }

  /**
   * {@return the hire threshold on {@code scale}}
   *
   * @param scale the plan's rating scale
   */
  public double threshold(RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return hireThreshold().orElse(scale.hireLine());
  }

  @Value.Check
  void check() {
    // Every fault at once, in one message.
    List<String> faults = new ArrayList<>();
    hireThreshold()
        .ifPresent(
            t ->
                Checks.collect(faults, Double.isFinite(t), "hireThreshold (%s) must be finite", t));
    Checks.collect(
        faults, margin() >= 0 && Double.isFinite(margin()), "margin (%s) must be >= 0", margin());
    Checks.collect(
        faults,
        weakRwg() >= 0 && weakRwg() <= 1,
        "weakRwg (%s) must be between 0 and 1",
        weakRwg());
    Checks.collect(
        faults,
        heavyWeightShare() > 0 && heavyWeightShare() <= 1,
        "heavyWeightShare (%s) must be > 0 and <= 1",
        heavyWeightShare());
    Checks.throwIfAny(faults);
  }

  /** {@return the defaults} */
  public static DecisionThresholds defaults() {
    return builder().build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DecisionThresholds}. */
  public static final class Builder extends ImmutableDecisionThresholds.Builder {
    Builder() {}
  }
}

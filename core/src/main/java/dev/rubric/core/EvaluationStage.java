package dev.rubric.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of the interview process, defined in advance, for example "Technical panel", and the
 * seats that interview in it.
 */
@Value.Immutable
@ValueStyle
public abstract class EvaluationStage {
  EvaluationStage() {}

  /** {@return stable lowercase slug, for example {@code technical-panel}} */
  public abstract String id();

  /** {@return the stage's title} */
  public abstract String title();

  /** {@return the ids of the panel roles (seats) that interview in this stage} */
  public abstract List<String> panelRoles();

  /**
   * How soon after an interview in this stage its scorecard is due, for example {@code PT24H};
   * empty when the stage sets no deadline. Must be positive.
   *
   * @return the feedback deadline, counted from the interview
   */
  public abstract Optional<Duration> feedbackDueWithin();

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationStage}. */
  public static final class Builder extends ImmutableEvaluationStage.Builder {
    Builder() {}
  }
}

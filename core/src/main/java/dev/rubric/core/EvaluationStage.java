package dev.rubric.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * One stage of the interview process, defined in advance, for example "Technical panel", and the
 * seats that interview in it.
 */
@Value.Immutable
@ValueStyle
public abstract class EvaluationStage {
  EvaluationStage() {}

  /** Stable lowercase slug, for example {@code technical-panel}. */
  public abstract String id();

  /** The stage's title. */
  public abstract String title();

  /** The ids of the panel roles (seats) that interview in this stage. */
  public abstract List<String> panelRoles();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationStage}. */
  public static final class Builder extends ImmutableEvaluationStage.Builder {
    Builder() {}
  }
}

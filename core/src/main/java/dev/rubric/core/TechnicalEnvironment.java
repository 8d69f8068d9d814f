package dev.rubric.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answers to the questions a candidate asks about the technical environment before anything
 * else. An unanswered question is allowed but reported as advice: ambiguity signals immaturity.
 */
@Value.Immutable
@ValueStyle
public abstract class TechnicalEnvironment {
  TechnicalEnvironment() {}

  /** Is there an existing MLOps framework, and which? */
  public abstract Optional<String> mlopsFramework();

  /** What cloud environment is used? */
  public abstract Optional<String> cloud();

  /** How are models versioned? */
  public abstract Optional<String> modelVersioning();

  /** How are models monitored in production? */
  public abstract Optional<String> modelMonitoring();

  /** What observability tools are in place? */
  public abstract Optional<String> observability();

  /** An environment with no question answered. */
  public static TechnicalEnvironment unanswered() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TechnicalEnvironment}. */
  public static final class Builder extends ImmutableTechnicalEnvironment.Builder {
    Builder() {}
  }
}

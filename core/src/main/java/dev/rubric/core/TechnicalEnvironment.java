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

  /**
   * Is there an existing MLOps framework, and which?
   *
   * @return the MLOps framework in use, or empty when there is none
   */
  public abstract Optional<String> mlopsFramework();

  /** {@return what cloud environment is used?} */
  public abstract Optional<String> cloud();

  /** {@return how are models versioned?} */
  public abstract Optional<String> modelVersioning();

  /** {@return how are models monitored in production?} */
  public abstract Optional<String> modelMonitoring();

  /** {@return what observability tools are in place?} */
  public abstract Optional<String> observability();

  /** {@return an environment with no question answered} */
  public static TechnicalEnvironment unanswered() {
    return builder().build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TechnicalEnvironment}. */
  public static final class Builder extends ImmutableTechnicalEnvironment.Builder {
    Builder() {}
  }
}

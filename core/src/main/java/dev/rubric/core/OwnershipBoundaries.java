package dev.rubric.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who owns what between data science and engineering. Each boundary left undefined is reported as
 * advice: unclear ownership is a common cause of friction after the hire.
 */
@Value.Immutable
@ValueStyle
public abstract class OwnershipBoundaries {
  OwnershipBoundaries() {}

  /** {@return who owns experimentation} */
  public abstract Optional<String> experimentation();

  /** {@return who owns production deployment} */
  public abstract Optional<String> productionDeployment();

  /** {@return who monitors model performance} */
  public abstract Optional<String> performanceMonitoring();

  /** {@return who responds to degradation} */
  public abstract Optional<String> degradationResponse();

  /** {@return boundaries with nothing defined} */
  public static OwnershipBoundaries undefined() {
    return builder().build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OwnershipBoundaries}. */
  public static final class Builder extends ImmutableOwnershipBoundaries.Builder {
    Builder() {}
  }
}

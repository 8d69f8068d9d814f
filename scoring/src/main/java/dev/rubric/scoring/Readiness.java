package dev.rubric.scoring;

import java.util.List;
import org.immutables.value.Value;

/** What is still owed before a decision: seats without a used scorecard, required ratings. */
@Value.Immutable
@ValueStyle
public abstract class Readiness {
  Readiness() {}

  /** The seats without a used scorecard, in plan order. */
  @Value.Parameter
  public abstract List<String> owedSeats();

  /** The required competencies without any rating, in requirement order. */
  @Value.Parameter
  public abstract List<String> unratedRequirements();

  /** Whether every seat has a scorecard and every required competency a rating. */
  public boolean isComplete() {
    return owedSeats().isEmpty() && unratedRequirements().isEmpty();
  }

  /** Returns a readiness. */
  public static Readiness of(Iterable<String> owedSeats, Iterable<String> unratedRequirements) {
    return ImmutableReadiness.of(owedSeats, unratedRequirements);
  }
}

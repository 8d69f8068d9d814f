package dev.rubric.scoring;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** What is still owed before a decision: seats without a used scorecard, required ratings. */
@Value.Immutable
@ValueStyle
public abstract class Readiness {
  Readiness() {}

  /** {@return the seats without a used scorecard, in plan order} */
  @Value.Parameter
  public abstract ImmutableList<String> owedSeats();

  /** {@return the required competencies without any rating, in requirement order} */
  @Value.Parameter
  public abstract ImmutableList<String> unratedRequirements();

  /** {@return whether every seat has a scorecard and every required competency a rating} */
  public boolean isComplete() {
    return owedSeats().isEmpty() && unratedRequirements().isEmpty();
  }

  /**
   * {@return a readiness}
   *
   * @param owedSeats what is still owed before a decision: seats without a used scorecard, required
   *     ratings
   * @param unratedRequirements the required competencies without any rating, in requirement order
   */
  public static Readiness of(Iterable<String> owedSeats, Iterable<String> unratedRequirements) {
    return ImmutableReadiness.of(owedSeats, unratedRequirements);
  }
}

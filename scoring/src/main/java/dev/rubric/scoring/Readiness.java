package dev.rubric.scoring;

import java.util.List;
import org.immutables.value.Value;

/**
 * What is still owed before a decision: seats without a used scorecard, required ratings, and the
 * process {@link #timeline()}: each seat's deadline, submission, latency and lateness.
 */
@Value.Immutable
@ValueStyle
public abstract class Readiness {
  Readiness() {}

  /** {@return the seats without a used scorecard, in plan order} */
  @Value.Parameter
  public abstract List<String> owedSeats();

  /** {@return the required competencies without any rating, in requirement order} */
  @Value.Parameter
  public abstract List<String> unratedRequirements();

  /**
   * The process timeline; {@link Timeline#empty()} for readiness built without one.
   *
   * @return the timeline
   */
  @Value.Default
  public Timeline timeline() {
    return Timeline.empty();
  }

  /**
   * The scorecards still owed and past their deadline ({@code SCORECARD_OVERDUE}), with how late.
   *
   * @return the overdue entries of the timeline
   */
  public List<TimelineEntry> overdue() {
    return timeline().overdue();
  }

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

  /**
   * Returns a readiness with its timeline.
   *
   * @param owedSeats the seats without a used scorecard
   * @param unratedRequirements the required competencies without any rating
   * @param timeline the process timeline
   * @return the readiness
   * @throws NullPointerException if an argument or an element is null
   */
  public static Readiness of(
      Iterable<String> owedSeats, Iterable<String> unratedRequirements, Timeline timeline) {
    return ImmutableReadiness.builder()
        .addAllOwedSeats(owedSeats)
        .addAllUnratedRequirements(unratedRequirements)
        .timeline(timeline)
        .build();
  }
}

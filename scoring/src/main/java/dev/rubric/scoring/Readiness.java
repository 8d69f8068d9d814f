package dev.rubric.scoring;

import com.google.common.base.Suppliers;
import dev.rubric.core.internal.util.Elements;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What is still owed before a decision: seats without a used scorecard, required ratings, and the
 * process {@link #timeline()}: each seat's deadline, submission, latency and lateness.
 *
 * <p>Immutable and thread-safe. The readiness an evaluation builds lays out its timeline on the
 * first call of {@link #timeline()} when the caller gave no clock (no decision reason can come from
 * it then); two readinesses are equal when their owed seats, unrated requirements and timelines
 * are.
 */
public final class Readiness {
  private final List<String> owedSeats;
  private final List<String> unratedRequirements;

  /** The timeline, laid out once, on the first call. */
  private final Supplier<Timeline> timeline;

  private Readiness(
      Iterable<String> owedSeats,
      Iterable<String> unratedRequirements,
      Supplier<Timeline> timeline) {
    this.owedSeats = Elements.copyOf(owedSeats, "owedSeats");
    this.unratedRequirements = Elements.copyOf(unratedRequirements, "unratedRequirements");
    this.timeline = timeline;
  }

  /** {@return the seats without a used scorecard, in plan order} */
  public List<String> owedSeats() {
    return owedSeats;
  }

  /** {@return the required competencies without any rating, in requirement order} */
  public List<String> unratedRequirements() {
    return unratedRequirements;
  }

  /**
   * The process timeline; {@link Timeline#empty()} for readiness built without one.
   *
   * @return the timeline
   */
  public Timeline timeline() {
    return timeline.get();
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
    return owedSeats.isEmpty() && unratedRequirements.isEmpty();
  }

  /**
   * {@return a readiness}
   *
   * @param owedSeats what is still owed before a decision: seats without a used scorecard, required
   *     ratings
   * @param unratedRequirements the required competencies without any rating, in requirement order
   * @throws NullPointerException if an argument or an element is null
   */
  public static Readiness of(Iterable<String> owedSeats, Iterable<String> unratedRequirements) {
    return of(owedSeats, unratedRequirements, Timeline.empty());
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
    return new Readiness(
        owedSeats,
        unratedRequirements,
        Suppliers.ofInstance(Objects.requireNonNull(timeline, "timeline")));
  }

  /**
   * A readiness whose timeline {@code layOut} gives on the first call of {@link #timeline()}.
   *
   * @param layOut returns the timeline, called once, never null
   */
  static Readiness layingOut(
      Iterable<String> owedSeats,
      Iterable<String> unratedRequirements,
      com.google.common.base.Supplier<Timeline> layOut) {
    Objects.requireNonNull(layOut, "layOut");
    return new Readiness(owedSeats, unratedRequirements, Suppliers.memoize(layOut));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Readiness r
        && owedSeats.equals(r.owedSeats)
        && unratedRequirements.equals(r.unratedRequirements)
        && timeline().equals(r.timeline());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + owedSeats.hashCode();
    h += (h << 5) + unratedRequirements.hashCode();
    h += (h << 5) + timeline().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Readiness{owedSeats="
        + owedSeats
        + ", unratedRequirements="
        + unratedRequirements
        + ", timeline="
        + timeline()
        + "}";
  }
}

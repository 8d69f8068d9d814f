package dev.rubric.scoring;

import java.util.ArrayList;
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

  /** Lays out the timeline; returns an equal timeline every time. */
  private final Supplier<Timeline> layOut;

  /**
   * The timeline, or null before the first {@link #timeline()}: a benign race, as {@link
   * Reason#sentence()}. Threads that race lay out equal timelines, each an immutable value safely
   * published through its final fields.
   */
  private @Nullable Timeline timeline;

  private Readiness(
      List<String> owedSeats,
      List<String> unratedRequirements,
      @Nullable Timeline timeline,
      Supplier<Timeline> layOut) {
    this.owedSeats = owedSeats;
    this.unratedRequirements = unratedRequirements;
    this.timeline = timeline;
    this.layOut = layOut;
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
    Timeline t = timeline;
    if (t == null) {
      t = Objects.requireNonNull(layOut.get(), "timeline");
      timeline = t;
    }
    return t;
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
    Objects.requireNonNull(timeline, "timeline");
    return new Readiness(
        copy(owedSeats, "owedSeats"),
        copy(unratedRequirements, "unratedRequirements"),
        timeline,
        () -> timeline);
  }

  /**
   * A readiness whose timeline {@code layOut} gives on the first call of {@link #timeline()}.
   *
   * @param layOut returns the timeline, an equal one on every call, never null
   */
  static Readiness layingOut(
      Iterable<String> owedSeats, Iterable<String> unratedRequirements, Supplier<Timeline> layOut) {
    return new Readiness(
        copy(owedSeats, "owedSeats"),
        copy(unratedRequirements, "unratedRequirements"),
        null,
        Objects.requireNonNull(layOut, "layOut"));
  }

  private static List<String> copy(Iterable<String> ids, String name) {
    Objects.requireNonNull(ids, name);
    if (ids instanceof List<String> list) {
      for (String id : list) {
        Objects.requireNonNull(id, () -> name + " element");
      }
      return List.copyOf(list);
    }
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(Objects.requireNonNull(id, () -> name + " element"));
    }
    return List.copyOf(out);
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

package dev.rubric.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A candidate's process timeline: one {@link TimelineEntry} per seat (per scorecard when a seat has
 * several, shadow seats included), in the plan's stage and seat order, and the decision deadline.
 *
 * <p>The decision is due {@code decisionDueWithin} after the first interview (the earliest {@code
 * interviewedAt} of the candidate's scorecards). It is overdue by {@code debriefAt - decisionDue}
 * when the debrief came after it, or, with no debrief, by {@code asOf - decisionDue} when the
 * evaluation time is past it.
 */
@Value.Immutable
@ValueStyle
public abstract class Timeline {
  private static final Timeline EMPTY = builder().build();

  Timeline() {}

  /**
   * The evaluation time the caller gave.
   *
   * @return {@link EvaluationContext#asOf()}
   */
  public abstract Optional<Instant> asOf();

  /**
   * The debrief time the caller gave.
   *
   * @return {@link EvaluationContext#debriefAt()}
   */
  public abstract Optional<Instant> debriefAt();

  /**
   * The candidate's first known interview.
   *
   * @return the earliest interview time
   */
  public abstract Optional<Instant> firstInterview();

  /**
   * When the decision is due, if the plan sets a deadline and the first interview is known.
   *
   * @return the decision deadline
   */
  public abstract Optional<Instant> decisionDue();

  /**
   * How far past its deadline the decision is; empty when it is not (or cannot be told).
   *
   * @return the lateness of the decision
   */
  public abstract Optional<Duration> decisionOverdueBy();

  /**
   * The entries, in the plan's stage order, then seat order, then interviewer.
   *
   * @return the entries
   */
  public abstract List<TimelineEntry> entries();

  /**
   * The scorecards still owed and past their deadline.
   *
   * @return the {@link TimelineStatus#OVERDUE} entries
   */
  public List<TimelineEntry> overdue() {
    List<TimelineEntry> all = entries();
    List<TimelineEntry> late = null;
    for (int k = 0; k < all.size(); k++) {
      TimelineEntry e = all.get(k);
      if (e.status() == TimelineStatus.OVERDUE) {
        if (late == null) {
          late = new ArrayList<>();
        }
        late.add(e);
      }
    }
    return late == null ? List.of() : List.copyOf(late);
  }

  /**
   * The timeline of an evaluation that knows nothing about time.
   *
   * @return the empty timeline
   */
  public static Timeline empty() {
    return EMPTY;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timeline}; not thread-safe. */
  public static final class Builder extends ImmutableTimeline.Builder {
    Builder() {}
  }
}

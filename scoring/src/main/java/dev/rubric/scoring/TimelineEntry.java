package dev.rubric.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One seat's scorecard on the candidate's timeline: when the interview was, when its scorecard was
 * due and submitted, and how late it is.
 *
 * <p>Formulas: {@code due = interviewedAt + feedbackDueWithin} of the seat's stage (for a seat
 * without a scorecard, counted from the earliest known interview of this candidate in the same
 * stage); {@code latency = submittedAt - interviewedAt}; {@code lateBy = submittedAt - due} for a
 * {@link TimelineStatus#LATE} scorecard and {@code asOf - due} for an {@link
 * TimelineStatus#OVERDUE} one. A figure whose inputs are unknown is empty, never guessed.
 */
@Value.Immutable
@ValueStyle
public abstract class TimelineEntry {
  TimelineEntry() {}

  /**
   * The stage the seat interviews in; empty when the plan defines no stages.
   *
   * @return the stage id, if any
   */
  public abstract Optional<String> stageId();

  /**
   * The seat.
   *
   * @return the panel role id
   */
  public abstract String panelRoleId();

  /**
   * Who sat in the seat; empty for a seat with no scorecard.
   *
   * @return the interviewer id, if known
   */
  public abstract Optional<String> interviewerId();

  /**
   * When the interview took place, if known.
   *
   * @return the interview time
   */
  public abstract Optional<Instant> interviewedAt();

  /**
   * When the scorecard was due, if a deadline applies and its start is known.
   *
   * @return the deadline
   */
  public abstract Optional<Instant> due();

  /**
   * When the scorecard was submitted; empty when it is still owed.
   *
   * @return the submission time
   */
  public abstract Optional<Instant> submittedAt();

  /**
   * Where the scorecard stands.
   *
   * @return the status
   */
  public abstract TimelineStatus status();

  /**
   * The feedback latency, {@code submittedAt - interviewedAt}, when both are known and the
   * submission is not before the interview (one of the times is then wrong: {@code
   * SUBMITTED_BEFORE_INTERVIEW}).
   *
   * @return the latency
   */
  public abstract Optional<Duration> latency();

  /**
   * How late a {@link TimelineStatus#LATE} or {@link TimelineStatus#OVERDUE} scorecard is.
   *
   * @return the lateness
   */
  public abstract Optional<Duration> lateBy();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimelineEntry}; not thread-safe. */
  public static final class Builder extends ImmutableTimelineEntry.Builder {
    Builder() {}
  }
}

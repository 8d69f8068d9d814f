package dev.rubric.scoring;

/** Where one seat's scorecard stands against its stage's feedback deadline. */
public enum TimelineStatus {
  /** Submitted by its deadline: interviewed at 10:00 with {@code PT24H}, submitted next 09:00. */
  ON_TIME,
  /**
   * Submitted after its deadline: interviewed at 10:00 with {@code PT24H}, submitted next 15:00.
   */
  LATE,
  /**
   * Submitted, with no deadline to judge it by: the stage sets none, or the scorecard does not say
   * when the interview took place.
   */
  SUBMITTED,
  /** Not submitted and past its deadline as of the evaluation time: {@code SCORECARD_OVERDUE}. */
  OVERDUE,
  /** Not submitted and not yet past its deadline (or no evaluation time was given). */
  DUE,
  /**
   * Not submitted, and no deadline is known: the stage sets none, or no interview of this candidate
   * in the stage is known yet.
   */
  NOT_SCHEDULED
}

package dev.rubric.scoring;

/** The recommended decision. */
public enum Outcome {
  /** Hire: every rule passed; for example bars met and a weighted score of 3.4 against 3. */
  HIRE,
  /** No hire: a must-have bar missed, a blocking area gap, or a score below the threshold. */
  NO_HIRE,
  /**
   * Needs a debrief before deciding: weak consensus on a must-have, a split on a heavy competency,
   * or a score within the margin of the threshold (3.1 against 3 with margin 0.25).
   */
  NEEDS_DEBRIEF,
  /** Not enough to decide: a seat owes a scorecard, or a required competency has no rating. */
  INCOMPLETE
}

package dev.rubric.scoring.calibration;

/** What the evidence says about an interviewer's leniency. */
public enum LeniencyFlag {
  /**
   * Clearly rates higher than the rest of the panel: for example +0.8 levels over 40 comparisons
   * with a standard error of 0.1.
   */
  LENIENT,
  /** Clearly rates lower than the rest of the panel: for example -0.7 levels, z = -6. */
  SEVERE,
  /**
   * Enough comparisons, and no clear offset: for example +0.1 levels with a standard error of 0.1.
   */
  WITHIN_RANGE,
  /**
   * Too few comparisons with other interviewers on the same candidate and competency to say
   * anything, for example an interviewer who never shared a candidate with a colleague.
   */
  INSUFFICIENT_EVIDENCE
}

package dev.rubric.scoring;

/** How an {@link OverallScore} is to be read by the {@link DecisionPolicy}. */
public enum ScoreBasis {
  /**
   * Compensatory: only the weighted score counts against the hire threshold; a missed must-have bar
   * is reported as advice, since a strength elsewhere may make up for it. Example: bars missed on a
   * weight-1 competency (score 2 of bar 3) with 4s on weight-3 competencies: weighted 3.5, above a
   * threshold of 3.
   */
  WEIGHTED_SCORE,
  /**
   * Conjunctive: every must-have bar must be met; the weighted score is for information only.
   * Example: all bars met with a weighted score of 2.9 is still a pass.
   */
  BARS,
  /**
   * Hybrid: every must-have bar must be met, then the weighted score must reach the threshold.
   * Example: bars met and weighted 3.2 against a threshold of 3 passes; one bar missed fails
   * whatever the weighted score.
   */
  BARS_THEN_WEIGHTED_SCORE;

  /** {@return whether a missed must-have bar blocks a hire} */
  public boolean gatesOnBars() {
    return this != WEIGHTED_SCORE;
  }

  /** {@return whether the weighted score is compared with the hire threshold} */
  public boolean usesThreshold() {
    return this != BARS;
  }
}

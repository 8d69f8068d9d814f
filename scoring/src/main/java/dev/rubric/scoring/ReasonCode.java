package dev.rubric.scoring;

/**
 * The stable codes of {@link Reason}s. Codes never change meaning; new ones may be added. Each
 * constant names the outcome it leads to, or "advice" for a reason that does not decide, and what
 * the reason's {@link Reason#subject() subject} is. A "concern" is listed in {@link
 * Decision#concerns()}, whatever the outcome.
 */
public enum ReasonCode {
  /**
   * INCOMPLETE, and always the first reason; no subject. Scorecards were given but none could be
   * used in the decision: the usual cause is scorecards written against another plan (or another
   * version of it), and the sentence then says that nothing was rated; when some were valid but set
   * aside by the process (submitted after the debrief, a shadow seat's), it says that no rating
   * counts in the decision instead. Figures: {@code scorecards} (how many were given), then for
   * each rejection cause, named by its problem code (for example {@code FINGERPRINT_MISMATCH},
   * {@code CANDIDATE_MISMATCH}), how many scorecards it rejected, most frequent first (a scorecard
   * with several causes counts under each). The sentence names the causes with their counts and,
   * for a fingerprint mismatch, the fingerprints the scorecards name and the plan's own. Set by the
   * {@link Evaluator} whatever the {@link DecisionPolicy}: with no usable scorecard no policy can
   * decide, so the outcome is INCOMPLETE and the policy's own reasons follow this one only when it
   * also said INCOMPLETE.
   */
  NO_USABLE_SCORECARDS,
  /** INCOMPLETE; subject: the seat that owes a scorecard. */
  SEAT_OWES_SCORECARD,
  /** INCOMPLETE; subject: the required competency nobody rated. */
  REQUIRED_COMPETENCY_UNRATED,
  /** INCOMPLETE; subject: a depth area, or a breadth area while breadth is unmet, unassessed. */
  AREA_UNASSESSED,
  /** NO_HIRE; subject: the competency; figures {@code score}, {@code bar}, {@code shortfall}. */
  MUST_HAVE_BAR_MISSED,
  /** NO_HIRE; subject: the unsupported depth area; figures {@code score}, {@code bar}. */
  DEPTH_GAP,
  /** NO_HIRE; no subject; figures {@code met}, {@code supportedGaps}, {@code required}. */
  BREADTH_SHORTFALL,
  /** NEEDS_DEBRIEF; subject: the must-have competency; figures {@code rwg}, {@code threshold}. */
  WEAK_CONSENSUS_ON_MUST_HAVE,
  /** NEEDS_DEBRIEF; subject: the competency; figures {@code weightShare}, min and max levels. */
  SPLIT_ON_HEAVY_COMPETENCY,
  /** NEEDS_DEBRIEF; no subject; figures {@code score}, {@code threshold}, {@code margin}. */
  SCORE_NEAR_THRESHOLD,
  /** HIRE; no subject; figures {@code score}, {@code threshold}. */
  SCORE_AT_OR_ABOVE_THRESHOLD,
  /** NO_HIRE; no subject; figures {@code score}, {@code threshold}. */
  SCORE_BELOW_THRESHOLD,
  /** HIRE under a conjunctive strategy; no subject; figure {@code bars}. */
  ALL_MUST_HAVE_BARS_MET,
  /** Advice: a missed must-have bar that a compensatory strategy let the rest make up for. */
  MUST_HAVE_BAR_COMPENSATED,
  /** Advice; subject: the area; a gap in an area the organisation supports. */
  SUPPORTED_AREA_GAP,
  /**
   * Advice; subject: the area; a breadth area below its bar in an area the organisation does not
   * support (it decides only through {@code BREADTH_SHORTFALL}).
   */
  BREADTH_GAP,
  /** Advice; subject: the competency; on the debrief agenda but not decisive. */
  DISPUTED_COMPETENCY,
  /**
   * NEEDS_DEBRIEF while {@link DecisionThresholds#recommendationSplitSendsToDebrief()} (the
   * default), advice otherwise; no subject. The interviewers' overall recommendations straddle the
   * hire line. Figures: {@code positive} and {@code negative} (how many of each), then {@code rwg}
   * of the recommendations (see {@link PanelRecommendations}).
   */
  RECOMMENDATION_SPLIT,
  /**
   * NEEDS_DEBRIEF while {@link DecisionThresholds#strongNoSendsToDebrief()} (the default), advice
   * otherwise; subject: the interviewer who recommended {@code strong_no}. Figures: {@code
   * strongNo} (how many interviewers gave it).
   */
  STRONG_NO_RECOMMENDATION,
  /**
   * Advice and a concern; subject: the interviewer whose overall recommendation contradicts their
   * own ratings (see {@link InterviewerRecommendation#contradictsRatings()}). Figures: {@code
   * recommendation} (its level, 1 strong no to 4 strong yes), {@code ratingsBelowHireLine}, {@code
   * ratingsAtOrAboveHireLine}.
   */
  RECOMMENDATION_CONTRADICTS_RATINGS,
  /**
   * A concern; subject: a required competency whose score is below its target level. Figures:
   * {@code score}, {@code target}, {@code shortfall} (target - score).
   */
  COMPETENCY_BELOW_TARGET,
  /**
   * Advice; subject: the seat. A scorecard is overdue: its stage's feedback deadline ({@code
   * feedbackDueWithin}, counted from the stage's first interview of this candidate) has passed as
   * of {@link EvaluationContext#asOf()} and none was submitted. Figures: {@code overdueHours}.
   * Added by the {@link Evaluator} after the policy has decided; it does not change the outcome.
   */
  SCORECARD_OVERDUE,
  /**
   * Advice; no subject. The decision deadline ({@code decisionDueWithin} after the first interview)
   * has passed: at the debrief when one is given, else as of {@link EvaluationContext#asOf()}.
   * Figures: {@code overdueHours}. Added by the {@link Evaluator}.
   */
  DECISION_OVERDUE
}

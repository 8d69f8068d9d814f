package dev.rubric.scoring;

/**
 * Codes of the problems the {@link Evaluator} adds to a rejected scorecard, beyond those of {@link
 * dev.rubric.core.Scorecard#validateAgainst} (listed in {@link dev.rubric.core.ProblemCodes}).
 * Codes never change meaning.
 */
public final class EvaluationProblemCodes {
  /** E: the scorecard is about another candidate than the evaluation's. */
  public static final String CANDIDATE_MISMATCH = "CANDIDATE_MISMATCH";

  /** E: the same interviewer submitted a later scorecard for the same seat; the latest is used. */
  public static final String SUPERSEDED_SCORECARD = "SUPERSEDED_SCORECARD";

  /**
   * E: the scorecard is an exact copy (equal in every field) of the one used for its interviewer
   * and seat, so it counts once: a packet or a history given twice changes nothing.
   */
  public static final String DUPLICATE_SCORECARD = "DUPLICATE_SCORECARD";

  /** A: a rating of a used scorecard has blank evidence ({@link EvidenceRules}). */
  public static final String EVIDENCE_EMPTY = "EVIDENCE_EMPTY";

  /** A: a rating's evidence is shorter than {@link EvidenceRules#minimumLength()}. */
  public static final String EVIDENCE_TOO_SHORT = "EVIDENCE_TOO_SHORT";

  /** A: a rating's evidence uses one of {@link EvidenceRules#forbiddenPhrases()}. */
  public static final String EVIDENCE_FORBIDDEN_PHRASE = "EVIDENCE_FORBIDDEN_PHRASE";

  /**
   * E by default, A when {@link EvaluationContext#countSubmittedAfterDebrief()} is set: the
   * scorecard was submitted after the debrief began ({@link EvaluationContext#debriefAt()}), so it
   * is no longer an independent judgement. It is listed with the evaluation but left out of the
   * decision unless the caller asks to count it.
   */
  public static final String SUBMITTED_AFTER_DEBRIEF = "SUBMITTED_AFTER_DEBRIEF";

  /**
   * A: the scorecard was submitted after the time the evaluation is made as of ({@link
   * EvaluationContext#asOf()}), so the clock given is earlier than the scorecard (a mistyped {@code
   * --as-of}, or a scorecard's wrong submission time). It is still used; the timeline cannot be
   * judged against such a clock.
   */
  public static final String SUBMITTED_AFTER_AS_OF = "SUBMITTED_AFTER_AS_OF";

  /**
   * A: the interview (or, when the scorecard does not say when it took place, its submission)
   * happened before the plan was approved ({@link dev.rubric.core.InterviewPlan#approvedAt()}): the
   * scoring criteria were not yet agreed when the candidate was assessed.
   */
  public static final String INTERVIEWED_BEFORE_APPROVAL = "INTERVIEWED_BEFORE_APPROVAL";

  /**
   * A: the scorecard comes from a shadow seat ({@link dev.rubric.core.PanelRole#shadow()}); it is
   * accounted for as used for calibration only, never in the decision.
   */
  public static final String SHADOW_SEAT = "SHADOW_SEAT";

  /**
   * A: interviewer ids that differ only in letter case ({@code IV-01} and {@code iv-01}): on a used
   * scorecard, another used scorecard for the same seat comes from such an id; in a calibration
   * report ({@link dev.rubric.scoring.calibration.CalibrationReport#idAdvice()}), a set of such
   * interviewer ids. Ids are compared exactly, so they count as different people, each with part of
   * the evidence (in a packet, one person's ratings twice); when they are one person, their
   * scorecards should carry one spelling. The scorecards are still used.
   */
  public static final String CASE_VARIANT_ID = "CASE_VARIANT_ID";

  private EvaluationProblemCodes() {}
}

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

  /** A: a rating of a used scorecard has blank evidence ({@link EvidenceRules}). */
  public static final String EVIDENCE_EMPTY = "EVIDENCE_EMPTY";

  /** A: a rating's evidence is shorter than {@link EvidenceRules#minimumLength()}. */
  public static final String EVIDENCE_TOO_SHORT = "EVIDENCE_TOO_SHORT";

  /** A: a rating's evidence uses one of {@link EvidenceRules#forbiddenPhrases()}. */
  public static final String EVIDENCE_FORBIDDEN_PHRASE = "EVIDENCE_FORBIDDEN_PHRASE";

  private EvaluationProblemCodes() {}
}

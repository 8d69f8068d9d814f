package dev.rubric.scoring.audit;

/** What an audit row asks the reader to look at. None of them is a finding of discrimination. */
public enum AuditFlag {
  /** The category with the highest selection rate: the others are compared with it. */
  REFERENCE,
  /** Impact ratio under 0.8 (four-fifths rule, 29 CFR 1607.4(D)); for example 30% against 60%. */
  BELOW_FOUR_FIFTHS,
  /** Scoring-rate impact ratio under 0.8. */
  SCORING_BELOW_FOUR_FIFTHS,
  /**
   * Two-sided Fisher exact p-value against the reference strictly under the significance level,
   * decided in exact arithmetic at the level: a p-value of exactly 1/20 is not significant at 0.05.
   * Per comparison, not adjusted for multiplicity: with many categories and intersections some
   * comparisons of groups selected alike are flagged by chance (about one in twenty at 0.05).
   */
  SIGNIFICANT,
  /**
   * The category or the reference has few applicants: the four-fifths rule is unreliable there, as
   * 29 CFR 1607.4(D) says (a single selection more or less can move the ratio across 0.8).
   */
  SMALL_COUNTS,
  /** Under the minimum share of the data: left out of the ratios and tests, still reported. */
  EXCLUDED_SMALL_SHARE
}

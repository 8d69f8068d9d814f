package dev.rubric.core;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The input cannot be used, for example a rating above the top of the scale. */
  ERROR,
  /**
   * The input can be used but the hiring guide says it weakens the search, for example an
   * unanswered question about the technical environment.
   */
  ADVICE
}

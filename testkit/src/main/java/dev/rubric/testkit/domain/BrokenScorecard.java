package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.Optional;

/**
 * A scorecard made invalid against a valid plan by exactly one mutation of a valid scorecard, with
 * the problem that validation must report for it.
 *
 * <p>{@code scorecard.validateAgainst(plan)} reports an error with {@code expectedCode} (at {@code
 * expectedPath} when given) and no error with any other code; advisories may change.
 *
 * @param plan the valid plan the scorecard is read against
 * @param scorecard the broken scorecard
 * @param expectedCode the {@link dev.rubric.core.ProblemCodes} code of the error it must trigger
 * @param expectedPath the JSON pointer of that error, when the mutation fixes it
 * @param mutation what was changed, for reports
 */
public record BrokenScorecard(
    InterviewPlan plan,
    Scorecard scorecard,
    String expectedCode,
    Optional<String> expectedPath,
    String mutation) {
  /**
   * Checks for nulls.
   *
   * @param plan the valid plan the scorecard is read against
   * @param scorecard the broken scorecard
   * @param expectedCode the {@link dev.rubric.core.ProblemCodes} code of the error it must trigger
   * @param expectedPath the JSON pointer of that error, when the mutation fixes it
   * @param mutation what was changed, for reports
   */
  public BrokenScorecard {
    requireNonNull(plan, "plan");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(expectedCode, "expectedCode");
    requireNonNull(expectedPath, "expectedPath");
    requireNonNull(mutation, "mutation");
  }
}

package dev.rubric.testkit.domain;

import static java.util.Objects.requireNonNull;

import dev.rubric.core.InterviewPlan;
import java.util.Optional;

/**
 * A plan made invalid by exactly one mutation of a valid plan, with the problem that validation
 * must report for it.
 *
 * <p>{@code plan.validate()} reports an error with {@code expectedCode} (at {@code expectedPath}
 * when given) and no error with any other code; advisories may change.
 *
 * @param plan the broken plan
 * @param expectedCode the {@link dev.rubric.core.ProblemCodes} code of the error it must trigger
 * @param expectedPath the JSON pointer of that error, when the mutation fixes it
 * @param mutation what was changed, for reports
 */
public record BrokenPlan(
    InterviewPlan plan, String expectedCode, Optional<String> expectedPath, String mutation) {
  /**
   * Checks for nulls.
   *
   * @param plan the broken plan
   * @param expectedCode the {@link dev.rubric.core.ProblemCodes} code of the error it must trigger
   * @param expectedPath the JSON pointer of that error, when the mutation fixes it
   * @param mutation what was changed, for reports
   */
  public BrokenPlan {
    requireNonNull(plan, "plan");
    requireNonNull(expectedCode, "expectedCode");
    requireNonNull(expectedPath, "expectedPath");
    requireNonNull(mutation, "mutation");
  }
}

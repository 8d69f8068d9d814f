package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A scorecard of the history that calibration could not use, with the reasons.
 *
 * @param index its position in the history as given (0-based)
 * @param candidateId its candidate
 * @param interviewerId its interviewer
 * @param problems the errors that rejected it (at least one)
 */
public record RejectedScorecard(
    int index, String candidateId, String interviewerId, List<Problem> problems) {
  /**
   * Checks that no component is null and that there is a problem.
   *
   * @param index its position in the history as given (0-based)
   * @param candidateId its candidate
   * @param interviewerId its interviewer
   * @param problems the errors that rejected it (at least one)
   */
  public RejectedScorecard {
    Objects.requireNonNull(candidateId, "candidateId");
    Objects.requireNonNull(interviewerId, "interviewerId");
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems of a rejected scorecard must not be empty");
    }
    problems = ImmutableList.copyOf(problems);
  }

  /** {@return the code of its first problem: the cause counted in summaries} */
  public String cause() {
    return problems.get(0).code();
  }
}

package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Problem;
import java.util.Objects;

/**
 * A scorecard of the history that calibration could not use, with the reasons.
 *
 * @param index its position in the history as given (0-based)
 * @param candidateId its candidate
 * @param interviewerId its interviewer
 * @param problems the validation errors that rejected it
 */
public record RejectedScorecard(
    int index, String candidateId, String interviewerId, ImmutableList<Problem> problems) {
  /** Checks that no component is null. */
  public RejectedScorecard {
    Objects.requireNonNull(candidateId, "candidateId");
    Objects.requireNonNull(interviewerId, "interviewerId");
    Objects.requireNonNull(problems, "problems");
  }
}

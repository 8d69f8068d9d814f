package dev.rubric.scoring;

import dev.rubric.core.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interviewer's overall recommendation from one used scorecard, beside how their own ratings
 * fell against the scale's hire line, so that a recommendation that contradicts the ratings shows.
 */
@Value.Immutable
@ValueStyle
public abstract class InterviewerRecommendation {
  InterviewerRecommendation() {}

  /**
   * The interviewer's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String interviewerId();

  /**
   * The seat (panel role id) the interviewer sat in.
   *
   * @return the seat id
   */
  @Value.Parameter
  public abstract String panelRoleId();

  /**
   * The overall recommendation; empty when the scorecard gives none.
   *
   * @return the recommendation, if given
   */
  @Value.Parameter
  public abstract Optional<Recommendation> recommendation();

  /**
   * How many of the interviewer's ratings on this scorecard are below the hire line.
   *
   * @return a count, at least 0
   */
  @Value.Parameter
  public abstract int ratingsBelowHireLine();

  /**
   * How many of the interviewer's ratings on this scorecard are at or above the hire line.
   *
   * @return a count, at least 0
   */
  @Value.Parameter
  public abstract int ratingsAtOrAboveHireLine();

  /**
   * Whether the recommendation contradicts the interviewer's own ratings: a positive recommendation
   * ({@code yes}, {@code strong_yes}) while every rating is below the hire line, or a negative one
   * ({@code no}, {@code strong_no}) while every rating is at or above it. False without a
   * recommendation or without ratings.
   *
   * @return whether recommendation and ratings point opposite ways
   */
  public boolean contradictsRatings() {
    if (recommendation().isEmpty()) {
      return false;
    }
    return recommendation().get().isPositive()
        ? ratingsBelowHireLine() > 0 && ratingsAtOrAboveHireLine() == 0
        : ratingsAtOrAboveHireLine() > 0 && ratingsBelowHireLine() == 0;
  }

  @Value.Check
  void check() {
    List<String> faults = new ArrayList<>();
    Checks.collect(
        faults,
        ratingsBelowHireLine() >= 0,
        "ratingsBelowHireLine (%s) must be >= 0",
        ratingsBelowHireLine());
    Checks.collect(
        faults,
        ratingsAtOrAboveHireLine() >= 0,
        "ratingsAtOrAboveHireLine (%s) must be >= 0",
        ratingsAtOrAboveHireLine());
    Checks.throwIfAny(faults);
  }

  /**
   * Returns an interviewer's recommendation.
   *
   * @param interviewerId the interviewer
   * @param panelRoleId the seat
   * @param recommendation the overall recommendation, if given
   * @param ratingsBelowHireLine how many ratings fall below the hire line
   * @param ratingsAtOrAboveHireLine how many ratings reach it
   * @return the value
   * @throws IllegalArgumentException if a count is negative
   */
  public static InterviewerRecommendation of(
      String interviewerId,
      String panelRoleId,
      Optional<? extends Recommendation> recommendation,
      int ratingsBelowHireLine,
      int ratingsAtOrAboveHireLine) {
    Objects.requireNonNull(recommendation, "recommendation");
    return ImmutableInterviewerRecommendation.of(
        interviewerId, panelRoleId, recommendation, ratingsBelowHireLine, ratingsAtOrAboveHireLine);
  }
}

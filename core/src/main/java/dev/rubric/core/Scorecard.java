package dev.rubric.core;

import com.google.common.collect.Ordering;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one interviewer wrote about one candidate from one seat: a rating per assessed competency,
 * an optional overall recommendation, and the fingerprint of the plan it was written against, so
 * that scoring criteria cannot drift under a running search.
 *
 * <p>The ratings are kept in one canonical order, by {@link Rating#competencyId()} ({@link
 * String#compareTo} order), whatever order they were added or read in: two scorecards that differ
 * only in the order of their ratings are equal, write the same JSON and give equal evaluations.
 * Ratings of the same competency (an error that {@link #validateAgainst} reports as {@code
 * DUPLICATE_RATING}) are all kept, in the order they arrived. The paths of validation problems
 * ({@code /ratings/2/level}) index this canonical order, which is also the order the JSON writer
 * uses; each message names the competency.
 */
@Value.Immutable
@ValueStyle
public abstract class Scorecard {
  /** Stable: {@link Ordering#sortedCopy} keeps ratings of one competency in arrival order. */
  private static final Ordering<Rating> BY_COMPETENCY =
      Ordering.<String>natural().onResultOf(Rating::competencyId);

  Scorecard() {}

  /** {@return the candidate's id in the caller's system} */
  public abstract String candidateId();

  /** {@return the interviewer's id in the caller's system} */
  public abstract String interviewerId();

  /** {@return the {@link PanelRole#id()} of the seat the interviewer sat in} */
  public abstract String panelRoleId();

  /**
   * {@return the {@link InterviewPlan#fingerprint()} of the plan this scorecard was written
   * against}
   */
  public abstract String planFingerprint();

  /**
   * {@return the ratings, at most one per competency in a valid scorecard, in canonical order (by
   * competency id); unassessed competencies are absent}
   */
  public abstract List<Rating> ratings();

  /** {@return the overall recommendation, if the interviewer gave one} */
  public abstract Optional<Recommendation> overallRecommendation();

  /**
   * When the scorecard was submitted.
   *
   * @return the instant the scorecard was submitted
   */
  public abstract Instant submittedAt();

  /**
   * When the interview took place; empty in scorecards that do not say (all scorecards written
   * before this field existed). Feedback latency and deadlines are counted from it.
   *
   * @return the interview time, if known
   */
  public abstract Optional<Instant> interviewedAt();

  /** Puts the ratings in canonical order: by competency id, ties in arrival order. */
  @Value.Check
  Scorecard canonical() {
    if (BY_COMPETENCY.isOrdered(ratings())) {
      return this;
    }
    return builder().from(this).ratings(BY_COMPETENCY.sortedCopy(ratings())).build();
  }

  /**
   * {@return the rating of {@code competencyId}, if any}
   *
   * @param competencyId the id of the competency, as in the plan
   */
  public Optional<Rating> rating(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    for (Rating r : ratings()) {
      if (r.competencyId().equals(competencyId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Validates this scorecard against {@code plan} and returns every problem found, each located by
   * a JSON path into the scorecard.
   *
   * @param plan the interview plan
   * @return every problem found; empty when the scorecard fits the plan
   */
  public ValidationReport validateAgainst(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return ScorecardValidator.validate(this, plan);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scorecard}. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}

    /**
     * Adds a rating with its evidence.
     *
     * @param competencyId the id of the competency, as in the plan
     * @param level a level on the plan's rating scale
     * @param evidence what the interviewer observed that supports the level
     * @return this builder
     */
    public Builder rate(String competencyId, int level, String evidence) {
      addRatings(Rating.of(competencyId, level, evidence));
      return this;
    }
  }
}

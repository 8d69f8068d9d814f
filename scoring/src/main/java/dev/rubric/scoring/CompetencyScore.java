package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One competency's score: the aggregate of the ratings it received, and the ratings themselves in
 * canonical order (ascending level, then interviewer id, then seat id). A competency that nobody
 * rated has no score and no ratings; it is reported as missing, never read as a low score.
 *
 * <p>Immutable and thread-safe. Two scores are equal when their competency, area, score and ratings
 * are.
 */
public final class CompetencyScore {
  private final String competencyId;
  private final String area;
  private final Coefficient score;
  private final List<RaterLevel> ratings;

  private CompetencyScore(
      String competencyId, String area, Coefficient score, List<RaterLevel> ratings) {
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.area = Objects.requireNonNull(area, "area");
    this.score = Objects.requireNonNull(score, "score");
    this.ratings = ratings;
  }

  /** {@return the competency} */
  public String competencyId() {
    return competencyId;
  }

  /** {@return the competency's area} */
  public String area() {
    return area;
  }

  /**
   * {@return the aggregated score, on the plan's scale; undefined ({@link
   * UndefinedReason#NO_RATINGS}) when nobody rated the competency}
   */
  public Coefficient score() {
    return score;
  }

  /** {@return the ratings, in canonical order} */
  public List<RaterLevel> ratings() {
    return ratings;
  }

  /** {@return whether anybody rated the competency} */
  public boolean isScored() {
    return score.isDefined();
  }

  /**
   * {@return the score of a competency nobody rated: undefined, {@link UndefinedReason#NO_RATINGS}}
   *
   * @param competencyId the competency
   * @throws NullPointerException if it is null
   */
  public static Coefficient notRated(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    return Coefficient.undefined(
        UndefinedReason.NO_RATINGS, "Nobody rated competency '" + competencyId + "'.");
  }

  /**
   * {@return a competency score}
   *
   * @param competencyId one competency's score: the aggregate of the ratings it received, and the
   *     ratings themselves in canonical order (ascending level, then interviewer id, then seat id)
   * @param area the competency's area
   * @param score the aggregated score, on the plan's scale; undefined ({@link #notRated}) when
   *     nobody rated the competency
   * @param ratings the ratings, in canonical order
   * @throws NullPointerException if an argument or a rating is null
   */
  public static CompetencyScore of(
      String competencyId, String area, Coefficient score, Iterable<? extends RaterLevel> ratings) {
    return new CompetencyScore(competencyId, area, score, RaterLevels.copyOf(ratings));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof CompetencyScore s
        && competencyId.equals(s.competencyId)
        && area.equals(s.area)
        && score.equals(s.score)
        && ratings.equals(s.ratings);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + competencyId.hashCode();
    h += (h << 5) + area.hashCode();
    h += (h << 5) + score.hashCode();
    h += (h << 5) + ratings.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "CompetencyScore{competencyId="
        + competencyId
        + ", area="
        + area
        + ", score="
        + score
        + ", ratings="
        + ratings
        + "}";
  }
}

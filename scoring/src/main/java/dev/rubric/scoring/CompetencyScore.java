package dev.rubric.scoring;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One competency's score: the aggregate of the ratings it received, and the ratings themselves in
 * canonical order (ascending level, then interviewer id, then seat id). A competency that nobody
 * rated has no score and no ratings; it is reported as missing, never read as a low score.
 */
@Value.Immutable
@ValueStyle
public abstract class CompetencyScore {
  CompetencyScore() {}

  /** {@return the competency} */
  @Value.Parameter
  public abstract String competencyId();

  /** {@return the competency's area} */
  @Value.Parameter
  public abstract String area();

  /**
   * {@return the aggregated score, on the plan's scale; undefined ({@link
   * UndefinedReason#NO_RATINGS}) when nobody rated the competency}
   */
  @Value.Parameter
  public abstract Coefficient score();

  /** {@return the ratings, in canonical order} */
  @Value.Parameter
  public abstract List<RaterLevel> ratings();

  /** {@return whether anybody rated the competency} */
  public boolean isScored() {
    return score().isDefined();
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
   */
  public static CompetencyScore of(
      String competencyId, String area, Coefficient score, Iterable<? extends RaterLevel> ratings) {
    return ImmutableCompetencyScore.of(competencyId, area, score, ratings);
  }
}

package dev.rubric.scoring;

import java.util.List;
import java.util.OptionalDouble;
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

  /** The competency. */
  @Value.Parameter
  public abstract String competencyId();

  /** The competency's area. */
  @Value.Parameter
  public abstract String area();

  /** The aggregated score, on the plan's scale; empty when nobody rated the competency. */
  @Value.Parameter
  public abstract OptionalDouble score();

  /** The ratings, in canonical order. */
  @Value.Parameter
  public abstract List<RaterLevel> ratings();

  /** Whether anybody rated the competency. */
  public boolean isScored() {
    return score().isPresent();
  }

  /** Returns a competency score. */
  public static CompetencyScore of(
      String competencyId,
      String area,
      OptionalDouble score,
      Iterable<? extends RaterLevel> ratings) {
    return ImmutableCompetencyScore.of(competencyId, area, score, ratings);
  }
}

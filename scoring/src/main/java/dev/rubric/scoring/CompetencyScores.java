package dev.rubric.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** Every competency of the plan with its score (or none), in plan order, and how it was scored. */
@Value.Immutable
@ValueStyle
public abstract class CompetencyScores {
  CompetencyScores() {}

  /** {@return the {@link CompetencyAggregator#name()} that produced the scores} */
  @Value.Parameter
  public abstract String aggregator();

  /** {@return one entry per competency of the plan, in plan order} */
  @Value.Parameter
  public abstract List<CompetencyScore> scores();

  /**
   * {@return the entry for {@code competencyId}, if the plan has that competency}
   *
   * @param competencyId the competency
   */
  public Optional<CompetencyScore> get(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    List<CompetencyScore> all = scores();
    for (int k = 0; k < all.size(); k++) {
      CompetencyScore s = all.get(k);
      if (s.competencyId().equals(competencyId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the scores produced by {@code aggregator}}
   *
   * @param aggregator every competency of the plan with its score (or none), in plan order, and how
   *     it was scored
   * @param scores one entry per competency of the plan, in plan order
   */
  public static CompetencyScores of(String aggregator, Iterable<? extends CompetencyScore> scores) {
    return ImmutableCompetencyScores.of(aggregator, scores);
  }
}

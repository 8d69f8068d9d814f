package dev.rubric.scoring;

import dev.rubric.core.internal.util.Elements;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
   * {@link #get(String)} that looks at position {@code hint} first: where the entry is when the
   * caller walks a list in the plan's order (a profile's requirements usually are). The ids are
   * unique, so an entry found there is the one {@link #get(String)} finds.
   */
  Optional<CompetencyScore> get(String competencyId, int hint) {
    List<CompetencyScore> all = scores();
    if (hint < all.size() && all.get(hint).competencyId().equals(competencyId)) {
      return Optional.of(all.get(hint));
    }
    return get(competencyId);
  }

  /** Refuses two entries for one competency: each competency of the plan has exactly one. */
  @Value.Check
  void check() {
    List<CompetencyScore> all = scores();
    int n = all.size();
    if (n > 32) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String id = all.get(i).competencyId();
        Checks.checkArgument(seen.add(id), "scores hold competency '%s' more than once", id);
      }
      return;
    }
    int[] hashes = new int[n]; // the usual few: pairs of cached hash codes, equal ones compared
    for (int i = 0; i < n; i++) {
      int hash = all.get(i).competencyId().hashCode();
      for (int j = 0; j < i; j++) {
        if (hashes[j] == hash) {
          String id = all.get(i).competencyId();
          Checks.checkArgument(
              !all.get(j).competencyId().equals(id),
              "scores hold competency '%s' more than once",
              id);
        }
      }
      hashes[i] = hash;
    }
  }

  /**
   * {@return the scores produced by {@code aggregator}}
   *
   * @param aggregator every competency of the plan with its score (or none), in plan order, and how
   *     it was scored
   * @param scores one entry per competency of the plan, in plan order
   * @throws IllegalArgumentException if two entries name the same competency
   */
  public static CompetencyScores of(String aggregator, Iterable<? extends CompetencyScore> scores) {
    return ImmutableCompetencyScores.of(aggregator, Elements.copyOf(scores, "scores"));
  }
}

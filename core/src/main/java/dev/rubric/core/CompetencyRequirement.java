package dev.rubric.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a role needs of one competency: its weight in the overall score, the level the role targets
 * and, for a must-have, the minimum level below which the candidate cannot be hired.
 */
@Value.Immutable
@ValueStyle
public abstract class CompetencyRequirement {
  CompetencyRequirement() {}

  /** The {@link Competency#id()} this requirement is about. */
  public abstract String competencyId();

  /** Relative weight in the overall score; must be a finite number greater than zero. */
  public abstract double weight();

  /** The level the role targets, on the plan's scale. */
  public abstract int targetLevel();

  /** For a must-have competency, the minimum acceptable level on the plan's scale. */
  public abstract Optional<Integer> mustHaveBar();

  /** Whether this competency is a must-have. */
  public boolean isMustHave() {
    return mustHaveBar().isPresent();
  }

  /** A requirement without a must-have bar. */
  public static CompetencyRequirement of(String competencyId, double weight, int targetLevel) {
    return builder().competencyId(competencyId).weight(weight).targetLevel(targetLevel).build();
  }

  /** A must-have requirement with its minimum bar. */
  public static CompetencyRequirement mustHave(
      String competencyId, double weight, int targetLevel, int bar) {
    return builder()
        .competencyId(competencyId)
        .weight(weight)
        .targetLevel(targetLevel)
        .mustHaveBar(bar)
        .build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetencyRequirement}. */
  public static final class Builder extends ImmutableCompetencyRequirement.Builder {
    Builder() {}
  }
}

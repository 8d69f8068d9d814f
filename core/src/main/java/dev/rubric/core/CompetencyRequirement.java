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

  /** {@return the {@link Competency#id()} this requirement is about} */
  public abstract String competencyId();

  /** {@return relative weight in the overall score; must be a finite number greater than zero} */
  public abstract double weight();

  /** {@return the level the role targets, on the plan's scale} */
  public abstract int targetLevel();

  /**
   * For a must-have competency, the minimum acceptable level on the plan's scale.
   *
   * @return the must-have bar, or empty when the competency has none
   */
  public abstract Optional<Integer> mustHaveBar();

  /** {@return whether this competency is a must-have} */
  public boolean isMustHave() {
    return mustHaveBar().isPresent();
  }

  /**
   * {@return a requirement without a must-have bar}
   *
   * @param competencyId the id of the competency, as in the plan
   * @param weight the competency's relative weight; positive
   * @param targetLevel the level the role targets on the plan's scale
   */
  public static CompetencyRequirement of(String competencyId, double weight, int targetLevel) {
    return builder().competencyId(competencyId).weight(weight).targetLevel(targetLevel).build();
  }

  /**
   * {@return a must-have requirement with its minimum bar}
   *
   * @param competencyId the id of the competency, as in the plan
   * @param weight the competency's relative weight; positive
   * @param targetLevel the level the role targets on the plan's scale
   * @param bar the level on the plan's scale that the area's score must reach
   */
  public static CompetencyRequirement mustHave(
      String competencyId, double weight, int targetLevel, int bar) {
    return builder()
        .competencyId(competencyId)
        .weight(weight)
        .targetLevel(targetLevel)
        .mustHaveBar(bar)
        .build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetencyRequirement}. */
  public static final class Builder extends ImmutableCompetencyRequirement.Builder {
    Builder() {}
  }
}

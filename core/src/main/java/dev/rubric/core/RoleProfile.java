package dev.rubric.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a role is and needs: its title and seniority, the technical environment and ownership
 * boundaries a candidate will ask about, the competencies it requires (with weight, target level
 * and optional must-have bar) and its breadth-versus-depth expectation.
 */
@Value.Immutable
@ValueStyle
public abstract class RoleProfile {
  RoleProfile() {}

  /** {@return the role's title, for example "Senior Machine Learning Engineer"} */
  public abstract String title();

  /** {@return the seniority, for example "senior"} */
  public abstract String seniority();

  /** {@return the technical environment, as answered before the search starts} */
  @Value.Default
  public TechnicalEnvironment environment() {
    return TechnicalEnvironment.unanswered();
  }

  /** {@return who owns what between data science and engineering} */
  @Value.Default
  public OwnershipBoundaries ownership() {
    return OwnershipBoundaries.undefined();
  }

  /** {@return the competencies the role requires, each with its weight, target and optional bar} */
  public abstract List<CompetencyRequirement> requirements();

  /** {@return the breadth-versus-depth expectation, if the role has one} */
  public abstract Optional<BreadthDepthExpectation> breadthDepth();

  /**
   * {@return the requirement for {@code competencyId}, if any}
   *
   * @param competencyId the id of the competency, as in the plan
   */
  public Optional<CompetencyRequirement> requirement(String competencyId) {
    Objects.requireNonNull(competencyId, "competencyId");
    for (CompetencyRequirement r : requirements()) {
      if (r.competencyId().equals(competencyId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleProfile}. */
  public static final class Builder extends ImmutableRoleProfile.Builder {
    Builder() {}
  }
}

package dev.rubric.scoring.audit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The standardized mean difference of one competency's scores between a category and the reference
 * category ({@link HedgesG}: Hedges' g with its large-sample interval). A negative g means the
 * category scored lower on this competency.
 *
 * @param competencyId the competency
 * @param category the category compared
 * @param reference the reference category (highest selection rate)
 * @param n scored candidates of the category
 * @param referenceN scored candidates of the reference
 * @param g Hedges' g, empty when undefined
 * @param ciLower lower end of its interval
 * @param ciUpper upper end of its interval
 * @param reason why g is undefined, when it is
 */
public record CompetencyDifference(
    String competencyId,
    List<String> category,
    List<String> reference,
    long n,
    long referenceN,
    OptionalDouble g,
    OptionalDouble ciLower,
    OptionalDouble ciUpper,
    Optional<String> reason) {

  /**
   * Copies the lists.
   *
   * @param competencyId the competency
   * @param category the category compared
   * @param reference the reference category (highest selection rate)
   * @param n scored candidates of the category
   * @param referenceN scored candidates of the reference
   * @param g Hedges' g, empty when undefined
   * @param ciLower lower end of its interval
   * @param ciUpper upper end of its interval
   * @param reason why g is undefined, when it is
   */
  public CompetencyDifference {
    Checks.checkNotNull(competencyId, "competencyId");
    Checks.checkNotNull(g, "g");
    Checks.checkNotNull(ciLower, "ciLower");
    Checks.checkNotNull(ciUpper, "ciUpper");
    Checks.checkNotNull(reason, "reason");
    category = List.copyOf(category);
    reference = List.copyOf(reference);
  }
}

package dev.rubric.scoring.audit;

import dev.rubric.core.internal.util.Elements;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One category's row of an audit (one category of a dimension, or one combination of categories of
 * an intersection). An undefined figure is an undefined {@link Coefficient} carrying its {@link
 * dev.rubric.scoring.agreement.UndefinedReason} and a sentence; {@link #undefined()} names the
 * audit code of each undefined figure, as the JSON contract prints it.
 *
 * @param category the category, or the intersection's categories in the order of its dimensions
 * @param applicants candidates of this category
 * @param selected of them, selected
 * @param scored of them, with a score
 * @param scoredAbove of those, scoring above the median score of all scored candidates
 * @param selectionRate selected / applicants
 * @param impactRatio selection rate over the reference's; 1 for the reference, at most 1
 * @param scoringRate scoredAbove / scored
 * @param scoringImpactRatio scoring rate over the highest scoring rate
 * @param fisherP two-sided Fisher exact p-value against the reference ({@link FisherExact})
 * @param z pooled two-proportion z against the reference, negative when selected less often
 * @param shortfall extra selections that bring the impact ratio to 0.8, the reference held fixed
 * @param ciLower lower end of the Katz log interval of the impact ratio
 * @param ciUpper upper end of that interval
 * @param excluded why the category is left out of the ratios, when it is
 * @param flags what to look at, in {@link AuditFlag} order
 * @param undefined figure name (as in the JSON contract) to the reason it is undefined
 */
public record CategoryResult(
    List<String> category,
    long applicants,
    long selected,
    long scored,
    long scoredAbove,
    Coefficient selectionRate,
    Coefficient impactRatio,
    Coefficient scoringRate,
    Coefficient scoringImpactRatio,
    Coefficient fisherP,
    Coefficient z,
    OptionalLong shortfall,
    Coefficient ciLower,
    Coefficient ciUpper,
    Optional<String> excluded,
    List<AuditFlag> flags,
    Map<String, String> undefined) {

  /**
   * Copies the collections.
   *
   * @param category the category, or the intersection's categories in the order of its dimensions
   * @param applicants candidates of this category
   * @param selected of them, selected
   * @param scored of them, with a score
   * @param scoredAbove of those, scoring above the median score of all scored candidates
   * @param selectionRate selected / applicants
   * @param impactRatio selection rate over the reference's; 1 for the reference, at most 1
   * @param scoringRate scoredAbove / scored
   * @param scoringImpactRatio scoring rate over the highest scoring rate
   * @param fisherP two-sided Fisher exact p-value against the reference ({@link FisherExact})
   * @param z pooled two-proportion z against the reference, negative when selected less often
   * @param shortfall extra selections that bring the impact ratio to 0.8, the reference held fixed
   * @param ciLower lower end of the Katz log interval of the impact ratio
   * @param ciUpper upper end of that interval
   * @param excluded why the category is left out of the ratios, when it is
   * @param flags what to look at, in {@link AuditFlag} order
   * @param undefined figure name (as in the JSON contract) to the reason it is undefined
   */
  public CategoryResult {
    Checks.checkNotNull(category, "category");
    Checks.checkNotNull(selectionRate, "selectionRate");
    Checks.checkNotNull(impactRatio, "impactRatio");
    Checks.checkNotNull(scoringRate, "scoringRate");
    Checks.checkNotNull(scoringImpactRatio, "scoringImpactRatio");
    Checks.checkNotNull(fisherP, "fisherP");
    Checks.checkNotNull(z, "z");
    Checks.checkNotNull(shortfall, "shortfall");
    Checks.checkNotNull(ciLower, "ciLower");
    Checks.checkNotNull(ciUpper, "ciUpper");
    Checks.checkNotNull(excluded, "excluded");
    Checks.checkNotNull(flags, "flags");
    Checks.checkNotNull(undefined, "undefined");
    category = Elements.copyOf(category, "category");
    flags = Elements.copyOf(flags, "flags");
    undefined = Collections.unmodifiableMap(new TreeMap<>(undefined));
  }

  /** {@return whether this is the reference category} */
  public boolean isReference() {
    return flags.contains(AuditFlag.REFERENCE);
  }
}

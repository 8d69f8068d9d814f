package dev.rubric.scoring.audit;

import dev.rubric.core.internal.util.Elements;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;
import java.util.Optional;

/**
 * The standardized mean difference of one stage's or one seat's scores between a category and the
 * reference category ({@link HedgesG}: Hedges' g with its large-sample interval), the drill-down
 * beside {@link CompetencyDifference}. A negative g means the category scored lower there.
 *
 * @param scoreId the evaluation stage id, or the panel role (seat) id
 * @param category the category compared
 * @param reference the reference category (highest selection rate)
 * @param n scored candidates of the category
 * @param referenceN scored candidates of the reference
 * @param g Hedges' g; undefined ({@link
 *     dev.rubric.scoring.agreement.UndefinedReason#TOO_FEW_SCORES}) with too few scores or no
 *     spread
 * @param ciLower lower end of its interval
 * @param ciUpper upper end of its interval
 * @param reason the audit code of why g is undefined, when it is (as the JSON contract prints it)
 */
public record ScoreDifference(
    String scoreId,
    List<String> category,
    List<String> reference,
    long n,
    long referenceN,
    Coefficient g,
    Coefficient ciLower,
    Coefficient ciUpper,
    Optional<String> reason) {

  /**
   * Checks the components and copies the lists.
   *
   * @param scoreId the evaluation stage id, or the panel role (seat) id
   * @param category the category compared
   * @param reference the reference category (highest selection rate)
   * @param n scored candidates of the category
   * @param referenceN scored candidates of the reference
   * @param g Hedges' g; undefined ({@link
   *     dev.rubric.scoring.agreement.UndefinedReason#TOO_FEW_SCORES}) with too few scores or no
   *     spread
   * @param ciLower lower end of its interval
   * @param ciUpper upper end of its interval
   * @param reason the audit code of why g is undefined, when it is (as the JSON contract prints it)
   */
  public ScoreDifference {
    Checks.checkNotNull(scoreId, "scoreId");
    Checks.checkNotNull(g, "g");
    Checks.checkNotNull(ciLower, "ciLower");
    Checks.checkNotNull(ciUpper, "ciUpper");
    Checks.checkNotNull(reason, "reason");
    category = Elements.copyOf(category, "category");
    reference = Elements.copyOf(reference, "reference");
  }
}

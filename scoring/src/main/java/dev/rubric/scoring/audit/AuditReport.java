package dev.rubric.scoring.audit;

import dev.rubric.core.internal.util.Elements;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;

/**
 * An adverse-impact audit.
 *
 * @param candidates candidates audited
 * @param medianScore the exact median of every score given (the scoring-rate line); undefined
 *     ({@link dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES}) when no candidate has a
 *     score
 * @param dimensions one result per dimension, in the membership's order
 * @param intersections one result per combination of two or more dimensions, smaller combinations
 *     first, each in dimension order
 */
public record AuditReport(
    long candidates,
    Coefficient medianScore,
    List<GroupingResult> dimensions,
    List<GroupingResult> intersections) {

  /**
   * Copies the lists.
   *
   * @param candidates candidates audited
   * @param medianScore the exact median of every score given (the scoring-rate line); undefined
   *     ({@link dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES}) when no candidate has a
   *     score
   * @param dimensions one result per dimension, in the membership's order
   * @param intersections one result per combination of two or more dimensions, smaller combinations
   *     first, each in dimension order
   */
  public AuditReport {
    Checks.checkNotNull(medianScore, "medianScore");
    dimensions = Elements.copyOf(dimensions, "dimensions");
    intersections = Elements.copyOf(intersections, "intersections");
  }
}

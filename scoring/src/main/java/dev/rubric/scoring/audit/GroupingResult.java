package dev.rubric.scoring.audit;

import java.util.List;

/**
 * The audit of one dimension, or of one intersection of dimensions.
 *
 * @param dimensions the dimension, or the intersection's dimensions
 * @param categories one row per category not suppressed, in category order
 * @param unknown candidates whose category is unknown here (counted in no row and no ratio)
 * @param suppressedCategories categories left out of every output for having fewer candidates than
 *     the suppression threshold
 * @param competencies the drill-down: per competency and category, the difference from the
 *     reference; empty when there is no reference or no competency scores
 */
public record GroupingResult(
    List<String> dimensions,
    List<CategoryResult> categories,
    long unknown,
    int suppressedCategories,
    List<CompetencyDifference> competencies) {

  /**
   * Copies the lists.
   *
   * @param dimensions the dimension, or the intersection's dimensions
   * @param categories one row per category not suppressed, in category order
   * @param unknown candidates whose category is unknown here (counted in no row and no ratio)
   * @param suppressedCategories categories left out of every output for having fewer candidates
   *     than the suppression threshold
   * @param competencies the drill-down: per competency and category, the difference from the
   *     reference; empty when there is no reference or no competency scores
   */
  public GroupingResult {
    dimensions = List.copyOf(dimensions);
    categories = List.copyOf(categories);
    competencies = List.copyOf(competencies);
  }
}

package dev.rubric.scoring.audit;

import dev.rubric.core.internal.util.Elements;
import java.util.List;

/**
 * The audit of one dimension, or of one intersection of dimensions.
 *
 * @param dimensions the dimension, or the intersection's dimensions
 * @param categories one row per category not suppressed, in category order
 * @param unknown candidates whose category is unknown here (counted in no row and no ratio); when
 *     categories are suppressed, their candidates are counted here too, so that no total less the
 *     rows isolates a suppressed category's count
 * @param suppressedCategories categories left out of every output for having fewer candidates than
 *     the suppression threshold
 * @param competencies the drill-down: per competency and category, the difference from the
 *     reference; empty when there is no reference or no competency scores
 * @param stages the same per evaluation stage
 * @param seats the same per seat (panel role)
 */
public record GroupingResult(
    List<String> dimensions,
    List<CategoryResult> categories,
    long unknown,
    int suppressedCategories,
    List<CompetencyDifference> competencies,
    List<ScoreDifference> stages,
    List<ScoreDifference> seats) {

  /**
   * Copies the lists.
   *
   * @param stages the same per evaluation stage
   * @param seats the same per seat (panel role)
   * @param dimensions the dimension, or the intersection's dimensions
   * @param categories one row per category not suppressed, in category order
   * @param unknown candidates whose category is unknown here (counted in no row and no ratio)
   * @param suppressedCategories categories left out of every output for having fewer candidates
   *     than the suppression threshold
   * @param competencies the drill-down: per competency and category, the difference from the
   *     reference; empty when there is no reference or no competency scores
   */
  public GroupingResult {
    dimensions = Elements.copyOf(dimensions, "dimensions");
    categories = Elements.copyOf(categories, "categories");
    competencies = Elements.copyOf(competencies, "competencies");
    stages = Elements.copyOf(stages, "stages");
    seats = Elements.copyOf(seats, "seats");
  }

  /**
   * A result without a stage or seat drill-down.
   *
   * @param dimensions the dimension, or the intersection's dimensions
   * @param categories one row per category not suppressed
   * @param unknown candidates of unknown (or suppressed) category
   * @param suppressedCategories categories suppressed
   * @param competencies the per-competency drill-down
   */
  public GroupingResult(
      List<String> dimensions,
      List<CategoryResult> categories,
      long unknown,
      int suppressedCategories,
      List<CompetencyDifference> competencies) {
    this(dimensions, categories, unknown, suppressedCategories, competencies, List.of(), List.of());
  }
}

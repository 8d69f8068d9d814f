package dev.rubric.scoring.agreement;

/**
 * How rwg(j) treats missing ratings ({@link WithinGroupAgreement#rwgJ(double[][], int,
 * MissingRatings)}).
 */
public enum MissingRatings {
  /**
   * Each item's variance over the ratings that item has (available cases); an item with fewer than
   * two ratings is dropped and counted. Rubric's default: a panel member who skipped one competency
   * still counts on the others.
   */
  PER_ITEM,
  /**
   * Listwise deletion: a rater who missed any item (a {@code NaN}, or an item array too short to
   * reach that rater) is removed from every item first, as {@code multilevel::rwg.j} does (it calls
   * {@code na.exclude} on the raters-by-items data). Every item then has the same raters.
   */
  LISTWISE
}

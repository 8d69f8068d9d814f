package dev.rubric.scoring.agreement;

/**
 * The encoding of ratings shared by every statistic in this package.
 *
 * <p>A unit's ratings are an {@code int[]} with one cell per rater, {@link #MISSING} where that
 * rater gave no rating; the {@code double[]} overloads take {@code NaN} for a missing rating and
 * require every other value to be an integer. A rating never means "not assessed": a missing rating
 * is never read as a low one.
 */
public final class Ratings {
  /** The marker of a missing rating in an {@code int[]}: {@link Integer#MIN_VALUE}. */
  public static final int MISSING = Integer.MIN_VALUE;

  /**
   * The widest span of values, {@code max - min + 1}, that one accumulator of a categorical
   * statistic (alpha, Fleiss, Cohen) accepts: 256. Category tables are flat arrays indexed by
   * {@code value - min}, so a 1..5 scale costs 5 cells, not a hash lookup per rating.
   */
  public static final int MAX_SPAN = 256;

  private Ratings() {}
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * The sufficient statistics of the intraclass correlations, filled one target at a time: the number
 * of complete targets, the grand sum, the sum of squared ratings, the sum of squared target (row)
 * sums, and one column sum per rater. All are exact integers (overflow throws {@link
 * ArithmeticException}); memory is {@code O(raters)}, never {@code O(targets)}. Obtain one from
 * {@link IntraclassCorrelation#accumulator()}.
 *
 * <p>The number of raters {@code k} is fixed by the first target added (column {@code j} is rater
 * {@code j} throughout). A target with a missing rating is removed listwise and counted.
 *
 * <p><b>Contract.</b> Same as {@link AlphaAccumulator}: a mutable builder confined to one thread;
 * {@link #merge} is exact, so any split merged in any order gives a result equal to one pass;
 * {@link Serializable}.
 */
public final class IccAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private int raters;
  private long[] columnSums = new long[0];
  private long targets;
  private long droppedTargets;
  private long grandSum;
  private long sumOfSquares;
  private long sumOfSquaredRowSums;
  private int[] levels = new int[0];

  IccAccumulator() {}

  /**
   * Adds one target: one rating per rater, {@link Ratings#MISSING} where a rater gave none.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if {@code ratings} is empty or its length differs from the
   *     raters fixed by the first target
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public IccAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /** Adds one target given as doubles, {@code NaN} for a missing rating; returns this. */
  public IccAccumulator addUnit(double... ratings) {
    requireNonNull(ratings, "ratings");
    levels = Checks.toLevels(ratings, levels);
    add(levels, ratings.length);
    return this;
  }

  private void add(int[] ratings, int length) {
    fixRaters(length);
    for (int j = 0; j < length; j++) {
      if (ratings[j] == Ratings.MISSING) {
        droppedTargets++;
        return;
      }
    }
    long row = 0;
    long squares = 0;
    for (int j = 0; j < length; j++) {
      long r = ratings[j];
      row += r;
      squares += r * r;
      columnSums[j] += r;
    }
    targets++;
    grandSum = Math.addExact(grandSum, row);
    sumOfSquares = Math.addExact(sumOfSquares, squares);
    sumOfSquaredRowSums = Math.addExact(sumOfSquaredRowSums, Math.multiplyExact(row, row));
  }

  private void fixRaters(int length) {
    Checks.checkArgument(length >= 1, "ratings length (%s) must be >= 1", length);
    if (raters == 0) {
      raters = length;
      columnSums = new long[length];
    } else if (length != raters) {
      throw Checks.illegal("ratings length (%s) must equal the raters (%s)", length, raters);
    }
  }

  /**
   * Adds the state of {@code other} to this one; {@code other} is unchanged.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator or has other raters
   */
  public IccAccumulator merge(IccAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "icc");
    if (other.raters != 0) {
      fixRaters(other.raters);
      for (int j = 0; j < raters; j++) {
        columnSums[j] = Math.addExact(columnSums[j], other.columnSums[j]);
      }
    }
    targets += other.targets;
    droppedTargets += other.droppedTargets;
    grandSum = Math.addExact(grandSum, other.grandSum);
    sumOfSquares = Math.addExact(sumOfSquares, other.sumOfSquares);
    sumOfSquaredRowSums = Math.addExact(sumOfSquaredRowSums, other.sumOfSquaredRowSums);
    return this;
  }

  /** Returns the six intraclass correlations for the targets added so far. */
  public IccResult result() {
    return IccEngine.compute(
        targets, droppedTargets, raters, columnSums, grandSum, sumOfSquares, sumOfSquaredRowSums);
  }
}

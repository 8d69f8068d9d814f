package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * The sufficient statistics of Fleiss' kappa, filled one unit at a time: the ratings per category
 * {@code T_j}, the sum over units of {@code sum_j n_ij^2}, and whether every unit carried the same
 * number of ratings. Obtain one from {@link FleissKappa#accumulator()}.
 *
 * <p><b>Contract.</b> Same as {@link AlphaAccumulator}: a mutable builder confined to one thread;
 * state of exact integers whose size does not grow with the units; {@link #merge} is exact, so any
 * split merged in any order gives a result equal to one pass; {@link Serializable}.
 */
public final class FleissAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int UNSET = -1;

  private int lo;
  private int width;
  private long[] totals = new long[0];
  private long sumOfSquares;
  private long units;

  /** Ratings per unit so far; UNSET before the first unit. */
  private int ratingsPerUnit = UNSET;

  private boolean unequal;
  private boolean missing;
  private int[] counts = new int[0];
  private int[] touched = new int[0];
  private int[] levels = new int[0];

  FleissAccumulator() {}

  /**
   * Adds one unit: one rating per rater, {@link Ratings#MISSING} where a rater gave none.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if the values would span more than {@link Ratings#MAX_SPAN}
   */
  public FleissAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /** Adds one unit given as doubles, {@code NaN} for a missing rating; returns this. */
  public FleissAccumulator addUnit(double... ratings) {
    requireNonNull(ratings, "ratings");
    levels = Checks.toLevels(ratings, levels);
    add(levels, ratings.length);
    return this;
  }

  private void add(int[] ratings, int length) {
    int m = 0;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < length; i++) {
      int r = ratings[i];
      if (r == Ratings.MISSING) {
        missing = true;
      } else {
        m++;
        min = Math.min(min, r);
        max = Math.max(max, r);
      }
    }
    units++;
    noteRatingsPerUnit(m);
    if (m == 0) {
      return;
    }
    if (width == 0 || min < lo || max >= lo + width) {
      grow(min, max);
    }
    int distinct = 0;
    for (int i = 0; i < length; i++) {
      int r = ratings[i];
      if (r != Ratings.MISSING && counts[r - lo]++ == 0) {
        touched[distinct++] = r - lo;
      }
    }
    long squares = 0;
    for (int i = 0; i < distinct; i++) {
      int c = touched[i];
      long n = counts[c];
      squares += n * n;
      totals[c] += n;
      counts[c] = 0;
    }
    sumOfSquares += squares;
  }

  private void noteRatingsPerUnit(int m) {
    if (ratingsPerUnit == UNSET) {
      ratingsPerUnit = m;
    } else if (ratingsPerUnit != m) {
      unequal = true;
    }
  }

  private void grow(int min, int max) {
    int newWidth = Span.grownWidth(lo, width, min, max);
    int newLo = Span.grownLo(lo, width, min);
    totals = Span.vector(totals, lo, newLo, newWidth);
    counts = new int[newWidth];
    touched = new int[newWidth];
    lo = newLo;
    width = newWidth;
  }

  /**
   * Adds the state of {@code other} to this one; {@code other} is unchanged.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   */
  public FleissAccumulator merge(FleissAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "fleiss");
    if (other.width > 0) {
      if (width == 0 || other.lo < lo || other.lo + other.width > lo + width) {
        grow(other.lo, other.lo + other.width - 1);
      }
      Span.addVector(totals, lo, other.totals, other.lo);
    }
    if (other.ratingsPerUnit != UNSET) {
      noteRatingsPerUnit(other.ratingsPerUnit);
    }
    unequal |= other.unequal;
    missing |= other.missing;
    sumOfSquares += other.sumOfSquares;
    units += other.units;
    return this;
  }

  /** Returns Fleiss' kappa for the units added so far. */
  public FleissResult result() {
    int categories = 0;
    for (long t : totals) {
      categories += t > 0 ? 1 : 0;
    }
    if (units == 0) {
      return undefined(UndefinedReason.NO_UNITS, "no unit was added", 0);
    }
    if (unequal) {
      return missing
          ? undefined(
              UndefinedReason.MISSING_RATINGS,
              "some ratings are missing and units carry different numbers of ratings; use"
                  + " Krippendorff's alpha for incomplete data",
              categories)
          : undefined(
              UndefinedReason.UNEQUAL_RATERS_PER_UNIT,
              "units carry different numbers of ratings; Fleiss' kappa needs the same number",
              categories);
    }
    int n = ratingsPerUnit;
    if (n < 2) {
      return undefined(
          UndefinedReason.ONE_RATER,
          String.format(java.util.Locale.ROOT, "each unit has %s rating(s); at least 2 needed", n),
          categories);
    }
    double total = (double) units * n;
    double observed = (sumOfSquares - total) / (total * (n - 1));
    double squaredTotals = 0;
    for (long t : totals) {
      squaredTotals += (double) t * t;
    }
    double expected = squaredTotals / (total * total);
    if (expected == 1) {
      return new FleissResult(
          Coefficient.undefined(
              UndefinedReason.ONE_CATEGORY_ONLY,
              "every rating has the same value, so chance agreement is already perfect"),
          units,
          n,
          categories,
          observed,
          expected);
    }
    // (P - P_e) / (1 - P_e) with P and P_e over the common denominator (Nn)^2.
    double kappa =
        ((sumOfSquares - total) * total / (n - 1) - squaredTotals)
            / (total * total - squaredTotals);
    return new FleissResult(Coefficient.of(kappa), units, n, categories, observed, expected);
  }

  private FleissResult undefined(UndefinedReason reason, String why, int categories) {
    return new FleissResult(
        Coefficient.undefined(reason, why),
        units,
        unequal ? 0 : Math.max(ratingsPerUnit, 0),
        categories,
        Double.NaN,
        Double.NaN);
  }
}

package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigInteger;

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

  /** The value of category index 0 of the span seen so far. */
  private int lo;

  /** The number of categories in the span. */
  private int width;

  /** Per category, the number of ratings in it over all units. */
  private long[] totals = new long[0];

  /** The sum over units and categories of the squared count of ratings. */
  private long sumOfSquares;

  /** Units added. */
  private long units;

  /** Ratings per unit so far; UNSET before the first unit. */
  private int ratingsPerUnit = UNSET;

  /** Whether units had different numbers of ratings. */
  private boolean unequal;

  /** Whether any cell was missing. */
  private boolean missing;

  /** The most cells (raters) and the most ratings present in any one unit. */
  private int raters;

  /** The most ratings present in any one unit. */
  private int maxRatingsPerUnit;

  /** Scratch for one unit: its count per category; all zero between calls. */
  private int[] counts = new int[0];

  /** Scratch for one unit: the categories it touched. */
  private int[] touched = new int[0];

  /** Scratch for a unit given as doubles: its ratings as integer levels. */
  private int[] levels = new int[0];

  FleissAccumulator() {}

  /**
   * Adds one unit: one rating per rater, {@link Ratings#MISSING} where a rater gave none.
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if the values would span more than {@link Ratings#MAX_SPAN}
   */
  public FleissAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /**
   * Adds one unit given as doubles, {@code NaN} for a missing rating; returns this. Other values
   * must be integers from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int}
   * overloads, whose {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is not {@code NaN} and not such an integer, or the
   *     values would span more than {@link Ratings#MAX_SPAN}
   */
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
    if (length == 0) {
      missing = true; // an empty unit is one nobody rated: every rating of it is missing
    }
    units++;
    raters = Math.max(raters, length);
    maxRatingsPerUnit = Math.max(maxRatingsPerUnit, m);
    noteRatingsPerUnit(m);
    if (m == 0) {
      return;
    }
    if (!Span.covers(lo, width, min, max)) {
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
   * @param other the other accumulator, whose data are added to this one; left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   */
  public FleissAccumulator merge(FleissAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "fleiss");
    if (other.width > 0) {
      int otherHi = (int) Span.hi(other.lo, other.width);
      if (!Span.covers(lo, width, other.lo, otherHi)) {
        grow(other.lo, otherHi);
      }
      Span.addVector(totals, lo, other.totals, other.lo);
    }
    if (other.ratingsPerUnit != UNSET) {
      noteRatingsPerUnit(other.ratingsPerUnit);
    }
    unequal |= other.unequal;
    missing |= other.missing;
    raters = Math.max(raters, other.raters);
    maxRatingsPerUnit = Math.max(maxRatingsPerUnit, other.maxRatingsPerUnit);
    sumOfSquares += other.sumOfSquares;
    units += other.units;
    return this;
  }

  /** {@return Fleiss' kappa for the units added so far} */
  public FleissResult result() {
    int categories = 0;
    for (long t : totals) {
      categories += t > 0 ? 1 : 0;
    }
    if (maxRatingsPerUnit < 2) {
      return undefined(Shapes.undefined(units, maxRatingsPerUnit > 0, raters), categories);
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
    return undefined(Coefficient.undefined(reason, why), categories);
  }

  private FleissResult undefined(Coefficient why, int categories) {
    return new FleissResult(
        why, units, unequal ? 0 : Math.max(ratingsPerUnit, 0), categories, Double.NaN, Double.NaN);
  }

  /**
   * Serializes this accumulator as its {@code SerialProxy}, the documented serial form.
   *
   * @return the proxy written in place of this accumulator
   */
  private Object writeReplace() {
    return new SerialProxy(this);
  }

  /**
   * Refuses a stream that bypasses the proxy, which is the only way to read an accumulator.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a FleissAccumulator is read through its serialization proxy");
  }

  /**
   * The serialized form: the counts and flags, the span and the category totals. Reading checks
   * every count, that the totals hold units times ratings per unit when that number is common, and
   * that the sum of squares lies where real units put it: {@code T <= S <= T * max m} (a unit of m
   * ratings has between m and m^2 as its sum of squared category counts) and {@code sum_j T_j^2 <=
   * N * S} (Cauchy-Schwarz over the units), which keeps kappa within [-1/(n-1), 1].
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 2L;

    private transient FleissAccumulator state;

    SerialProxy(FleissAccumulator source) {
      this.state = source;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      FleissAccumulator a = state;
      out.writeLong(a.units);
      out.writeLong(a.sumOfSquares);
      out.writeInt(a.ratingsPerUnit);
      out.writeBoolean(a.unequal);
      out.writeBoolean(a.missing);
      out.writeInt(a.raters);
      out.writeInt(a.maxRatingsPerUnit);
      out.writeInt(a.lo);
      out.writeInt(a.width);
      SerialForm.writeLongs(out, a.totals, a.width);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      try {
        read(in);
      } catch (EOFException e) {
        InvalidObjectException invalid = SerialForm.invalid("the serialized state is truncated");
        invalid.initCause(e);
        throw invalid;
      }
    }

    private void read(ObjectInputStream in) throws IOException {
      FleissAccumulator a = new FleissAccumulator();
      a.units = SerialForm.count(in.readLong(), "units");
      a.sumOfSquares = SerialForm.count(in.readLong(), "sumOfSquares");
      a.ratingsPerUnit = in.readInt();
      a.unequal = in.readBoolean();
      a.missing = in.readBoolean();
      a.raters = (int) SerialForm.count(in.readInt(), "raters");
      a.maxRatingsPerUnit = (int) SerialForm.count(in.readInt(), "maxRatingsPerUnit");
      int lo = in.readInt();
      int width = in.readInt();
      SerialForm.span(lo, width);
      a.lo = lo;
      a.width = width;
      a.totals = SerialForm.readCounts(in, width, "totals");
      a.counts = new int[width];
      a.touched = new int[width];
      long total = SerialForm.sum(a.totals, "totals");
      SerialForm.check(
          (a.units == 0) == (a.ratingsPerUnit == UNSET) && a.ratingsPerUnit >= UNSET,
          "ratingsPerUnit (%s) disagrees with units (%s)",
          a.ratingsPerUnit,
          a.units);
      SerialForm.check(
          a.ratingsPerUnit <= a.maxRatingsPerUnit && a.maxRatingsPerUnit <= a.raters,
          "ratings per unit (%s, at most %s) must not exceed raters (%s)",
          a.ratingsPerUnit,
          a.maxRatingsPerUnit,
          a.raters);
      SerialForm.check(
          a.unequal || a.maxRatingsPerUnit == Math.max(a.ratingsPerUnit, 0),
          "equal units must all hold %s ratings",
          a.ratingsPerUnit);
      SerialForm.check(!a.unequal || a.units >= 2, "one unit cannot be unequal");
      SerialForm.check((width == 0) == (total == 0), "span (%s) and totals disagree", width);
      SerialForm.check((total == 0) == (a.maxRatingsPerUnit == 0), "totals disagree with units");
      BigInteger t = BigInteger.valueOf(total);
      BigInteger s = BigInteger.valueOf(a.sumOfSquares);
      BigInteger n = BigInteger.valueOf(a.units);
      if (!a.unequal && a.units > 0) {
        SerialForm.check(
            t.equals(n.multiply(BigInteger.valueOf(a.ratingsPerUnit))),
            "totals (%s) must be units x ratings per unit",
            total);
      }
      SerialForm.check(
          t.compareTo(s) <= 0
              && s.compareTo(t.multiply(BigInteger.valueOf(a.maxRatingsPerUnit))) <= 0,
          "sumOfSquares (%s) must lie in [T, T x max ratings per unit]",
          a.sumOfSquares);
      BigInteger squaredTotals = BigInteger.ZERO;
      for (long v : a.totals) {
        squaredTotals = squaredTotals.add(BigInteger.valueOf(v).pow(2));
      }
      SerialForm.check(
          squaredTotals.compareTo(n.multiply(s)) <= 0,
          "category totals too concentrated for sumOfSquares (%s)",
          a.sumOfSquares);
      state = a;
    }

    private Object readResolve() {
      return state;
    }
  }
}

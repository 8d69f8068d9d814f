package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The sufficient statistics of Cohen's kappa: the contingency table of the two raters' values as
 * exact counts. Obtain one from {@link CohenKappa#accumulator()}.
 *
 * <p><b>Contract.</b> Same as {@link AlphaAccumulator}: a mutable builder confined to one thread;
 * state whose size does not grow with the units; {@link #merge} is exact, so any split merged in
 * any order gives a result equal to one pass; {@link Serializable}.
 */
public final class CohenAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How disagreements are weighted (unweighted, linear or quadratic). */
  private final KappaWeights weights;

  /** The declared scale's values in increasing order, or empty when discovered. */
  private final int[] scale;

  /** The value of category index 0 of the span seen so far. */
  private int lo;

  /** The number of categories in the span. */
  private int width;

  /** The width-by-width contingency table of paired ratings, row-major (first rater by row). */
  private long[] table = new long[0];

  /** Units added, paired or not. */
  private long units;

  /** Units where both raters rated. */
  private long pairedUnits;

  /** Whether any rating at all was present, paired or not. */
  private boolean rated;

  CohenAccumulator(KappaWeights weights, int[] scale) {
    this.weights = weights;
    this.scale = scale;
    if (scale.length > 0) {
      lo = scale[0];
      width = (int) ((long) scale[scale.length - 1] - lo + 1);
      table = new long[width * width];
    }
  }

  /**
   * Adds one unit: the ratings of rater 1 and rater 2, {@link Ratings#MISSING} where one gave none
   * (such a unit is counted and dropped). An empty array is a unit that neither rater rated, as
   * {@code {MISSING, MISSING}} is, and as an empty unit is for every statistic of this package.
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if {@code ratings} holds neither two cells nor none, or a
   *     value lies outside the declared scale
   */
  public CohenAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    checkLength(ratings.length);
    units++;
    if (ratings.length == 0) {
      return this;
    }
    int a = ratings[0];
    int b = ratings[1];
    if (a == Ratings.MISSING || b == Ratings.MISSING) {
      rated |= a != b;
      return this;
    }
    rated = true;
    if (scale.length > 0) {
      checkOnScale(a);
      checkOnScale(b);
    } else if (!Span.covers(lo, width, Math.min(a, b), Math.max(a, b))) {
      grow(Math.min(a, b), Math.max(a, b));
    }
    table[(a - lo) * width + (b - lo)]++;
    pairedUnits++;
    return this;
  }

  /**
   * Adds one unit given as doubles, {@code NaN} for a missing rating; returns this. Other values
   * must be integers from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int}
   * overloads, whose {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is not {@code NaN} and not such an integer, or as
   *     {@link #addUnit(int...)}
   */
  public CohenAccumulator addUnit(double... ratings) {
    requireNonNull(ratings, "ratings");
    checkLength(ratings.length);
    return ratings.length == 0
        ? addUnit(new int[0])
        : addUnit(Checks.toLevel(ratings[0]), Checks.toLevel(ratings[1]));
  }

  /** Refuses a unit that is not two raters' cells (or none): Cohen's kappa has two raters. */
  private static void checkLength(int length) {
    Checks.checkArgument(
        length == 2 || length == 0,
        "ratings length (%s) must be 2 for Cohen's kappa (or 0 for a unit nobody rated)",
        length);
  }

  private void checkOnScale(int value) {
    if (Arrays.binarySearch(scale, value) < 0) {
      throw Checks.illegal(
          "rating (%s) is not on the declared scale %s", value, Arrays.toString(scale));
    }
  }

  private void grow(int min, int max) {
    int newWidth = Span.grownWidth(lo, width, min, max);
    int newLo = Span.grownLo(lo, width, min);
    table = Span.square(table, lo, width, newLo, newWidth);
    lo = newLo;
    width = newWidth;
  }

  /**
   * Adds the state of {@code other} to this one; {@code other} is unchanged.
   *
   * @param other the other accumulator, whose data are added to this one; left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator or has other weights or
   *     another declared scale
   */
  public CohenAccumulator merge(CohenAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "cohen");
    Checks.checkArgument(
        other.weights == weights && Arrays.equals(other.scale, scale),
        "cannot merge kappa with weights %s and scale %s into weights %s and scale %s",
        other.weights,
        Arrays.toString(other.scale),
        weights,
        Arrays.toString(scale));
    if (other.width > 0) {
      int otherHi = (int) Span.hi(other.lo, other.width);
      if (!Span.covers(lo, width, other.lo, otherHi)) {
        grow(other.lo, otherHi);
      }
      Span.addSquare(table, lo, width, other.table, other.lo, other.width);
    }
    units += other.units;
    pairedUnits += other.pairedUnits;
    rated |= other.rated;
    return this;
  }

  /** {@return Cohen's kappa for the units added so far} */
  public CohenResult result() {
    long[] rows = new long[width];
    long[] cols = new long[width];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < width; i++) {
      for (int j = 0; j < width; j++) {
        long count = table[i * width + j];
        rows[i] += count;
        cols[j] += count;
      }
    }
    int categories = 0;
    for (int i = 0; i < width; i++) {
      if (rows[i] + cols[i] > 0) {
        categories++;
        min = Math.min(min, lo + i);
        max = Math.max(max, lo + i);
      }
    }
    if (pairedUnits == 0) {
      return new CohenResult(
          weights, Shapes.undefined(units, rated, 2), units, 0, 0, Double.NaN, Double.NaN);
    }
    if (scale.length > 0) {
      min = scale[0];
      max = scale[scale.length - 1];
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < width; i++) {
      for (int j = 0; j < width; j++) {
        double d = weights.disagreement(lo + i, lo + j);
        observed += table[i * width + j] * d;
        expected += (double) rows[i] * cols[j] * d;
      }
    }
    double n = pairedUnits;
    double range = weights.range(min, max);
    double observedAgreement = 1 - observed / (n * range);
    double expectedAgreement = 1 - expected / (n * n * range);
    Coefficient kappa =
        expected == 0
            ? Coefficient.undefined(
                UndefinedReason.ONE_CATEGORY_ONLY,
                "both raters gave every unit the same value, so chance agreement is already"
                    + " perfect")
            : Coefficient.of(1 - n * observed / expected);
    return new CohenResult(
        weights, kappa, units, pairedUnits, categories, observedAgreement, expectedAgreement);
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
    throw new InvalidObjectException("a CohenAccumulator is read through its serialization proxy");
  }

  /**
   * The serialized form: the weights, the declared scale (checked as {@link
   * CohenKappa#onCategories} checks it), the counts, the span and the table. Reading checks every
   * count, that the table's cells add up to the paired units, and that a declared scale's span is
   * the table's and no value off the scale was counted.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 2L;

    private transient CohenAccumulator state;

    SerialProxy(CohenAccumulator source) {
      this.state = source;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      CohenAccumulator a = state;
      out.writeInt(a.weights.ordinal());
      out.writeInt(a.scale.length);
      for (int v : a.scale) {
        out.writeInt(v);
      }
      out.writeLong(a.units);
      out.writeLong(a.pairedUnits);
      out.writeBoolean(a.rated);
      out.writeInt(a.lo);
      out.writeInt(a.width);
      SerialForm.writeLongs(out, a.table, a.width * a.width);
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
      int ordinal = in.readInt();
      KappaWeights[] all = KappaWeights.values();
      SerialForm.check(ordinal >= 0 && ordinal < all.length, "weights (%s) unknown", ordinal);
      KappaWeights weights = all[ordinal];
      int length = in.readInt();
      SerialForm.check(
          length == 0 || (length >= 2 && length <= Ratings.MAX_SPAN),
          "scale length (%s) must be 0 or in [2, %s]",
          length,
          Ratings.MAX_SPAN);
      int[] scale = new int[length];
      for (int i = 0; i < length; i++) {
        scale[i] = in.readInt();
      }
      CohenKappa kappa = CohenKappa.weighted(weights);
      if (length > 0) {
        try {
          kappa = kappa.onCategories(scale);
        } catch (IllegalArgumentException e) {
          throw SerialForm.invalid("scale: %s", String.valueOf(e.getMessage()));
        }
        for (int i = 1; i < length; i++) {
          SerialForm.check(scale[i - 1] < scale[i], "scale must increase");
        }
      }
      CohenAccumulator a = kappa.accumulator();
      a.units = SerialForm.count(in.readLong(), "units");
      a.pairedUnits = SerialForm.count(in.readLong(), "pairedUnits");
      a.rated = in.readBoolean();
      int lo = in.readInt();
      int width = in.readInt();
      SerialForm.span(lo, width);
      if (length > 0) {
        SerialForm.check(lo == a.lo && width == a.width, "span differs from the declared scale");
      }
      a.lo = lo;
      a.width = width;
      a.table = SerialForm.readCounts(in, width * width, "table");
      SerialForm.check(
          SerialForm.sum(a.table, "table") == a.pairedUnits,
          "table does not add up to pairedUnits (%s)",
          a.pairedUnits);
      SerialForm.check(a.pairedUnits <= a.units, "pairedUnits exceed units (%s)", a.units);
      SerialForm.check(a.rated || a.pairedUnits == 0, "paired units without ratings");
      SerialForm.check(a.units > 0 || !a.rated, "ratings without units");
      SerialForm.check((width == 0) == (a.pairedUnits == 0 && length == 0), "empty span");
      if (length > 0) {
        for (int i = 0; i < width; i++) {
          for (int j = 0; j < width; j++) {
            SerialForm.check(
                a.table[i * width + j] == 0
                    || (java.util.Arrays.binarySearch(scale, lo + i) >= 0
                        && java.util.Arrays.binarySearch(scale, lo + j) >= 0),
                "a value off the declared scale was counted");
          }
        }
      }
      state = a;
    }

    private Object readResolve() {
      return state;
    }
  }
}

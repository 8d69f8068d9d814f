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
 * The sufficient statistics of Krippendorff's alpha, filled one unit at a time: for each unit size
 * {@code m} (ratings in the unit) the exact integer counts of ordered pairs of values from
 * different raters, and the count of pairable values per category. Obtain one from {@link
 * KrippendorffAlpha#accumulator()}.
 *
 * <p><b>Contract.</b> An accumulator is a mutable builder confined to one thread, like {@link
 * StringBuilder}; it is not thread-safe. Its state is plain integers whose size depends on the span
 * of values and the largest unit, never on the number of units. {@link #merge} adds another
 * accumulator's state exactly, so for any split of the units into parts, in any order, merging the
 * parts gives a {@link #result()} equal (bit for bit) to a single pass. It is {@link Serializable}
 * so that a distributed engine can ship partial states to its combine step.
 */
public final class AlphaAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long[] NONE = new long[0];
  private static final int[] NONE_INT = new int[0];
  private static final int PATTERN_LIMIT = 4096;

  /** The level of measurement, which chooses the distance metric. */
  private final AlphaLevel level;

  /** Value of category index 0 and the number of categories in the span. */
  private int lo;

  /** The number of categories in the span. */
  private int width;

  /** Pairable values per category. */
  private long[] marginals = NONE;

  /**
   * The unit sizes m seen, increasing, in the first {@code sizeCount} cells; {@code pairs[i]} holds
   * the ordered pair counts (row-major width x width) of units of size {@code sizes[i]}. Sparse, so
   * that memory follows the distinct sizes rather than the largest one.
   */
  private int[] sizes = NONE_INT;

  /** Per unit size, the ordered pair counts; see {@code sizes}. */
  private long[][] pairs = new long[0][];

  /** How many cells of {@code sizes} and {@code pairs} are in use. */
  private int sizeCount;

  /**
   * Per unit length n: how many units had each count vector over the span, the vector read as a
   * number in base n + 1 (a missing rating counts nowhere); folded into the marginals and pair
   * tables before they are read or the span grows. Null where not sized yet, empty where the
   * vectors are too many ({@code (n + 1)^width > PATTERN_LIMIT}).
   */
  private long[][] patternsByLength = new long[0][];

  /** Per unit length n: the place value (n + 1)^k of each level k of the span, or NONE_INT. */
  private int[][] placesByLength = new int[0][];

  /** Whether any unit is held in the pattern tables and not yet folded. */
  private boolean patternsHeld;

  /** Units added, pairable or not. */
  private long units;

  /** Units with at least two ratings. */
  private long pairableUnits;

  /** Ratings in pairable units. */
  private long pairableValues;

  /** The most cells (raters) in any one unit. */
  private int raters;

  /** Whether any rating at all (pairable or not) was added; patterns count once folded. */
  private boolean rated;

  /** Scratch for one unit: its count per category; all zero between calls. */
  private int[] counts = new int[0];

  /** Scratch for one unit: the categories it touched. */
  private int[] touched = new int[0];

  /** Scratch for a unit given as doubles: its ratings as integer levels. */
  private int[] levels = new int[0];

  AlphaAccumulator(AlphaLevel level) {
    this.level = requireNonNull(level, "level");
  }

  /**
   * Adds one unit: one rating per rater, {@link Ratings#MISSING} where a rater gave none. A unit
   * with fewer than two ratings is counted and otherwise ignored.
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if the values would span more than {@link Ratings#MAX_SPAN}
   */
  public AlphaAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /**
   * Adds one unit given as doubles: {@code NaN} is a missing rating, other values must be integers
   * from {@code -2^31 + 1} to {@code 2^31 - 1} (the levels of the {@code int} overloads, whose
   * {@code Integer.MIN_VALUE} is {@link Ratings#MISSING}).
   *
   * @param ratings the ratings present
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is not {@code NaN} and not such an integer, or the
   *     values would span more than {@link Ratings#MAX_SPAN}
   */
  public AlphaAccumulator addUnit(double... ratings) {
    requireNonNull(ratings, "ratings");
    levels = Checks.toLevels(ratings, levels);
    add(levels, ratings.length);
    return this;
  }

  private void add(int[] ratings, int length) {
    units++;
    raters = Math.max(raters, length);
    if (width > 0 && addAsPattern(ratings, length)) {
      return;
    }
    int m = 0;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < length; i++) {
      int r = ratings[i];
      if (r != Ratings.MISSING) {
        m++;
        min = Math.min(min, r);
        max = Math.max(max, r);
      }
    }
    rated |= m > 0;
    if (m < 2) {
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
    countPairs(m, distinct);
  }

  /**
   * The usual unit, in one pass and one increment: when every rating lies within the span already
   * held and units of this length have a pattern table, counts the unit's pattern and returns true;
   * otherwise changes nothing and returns false.
   */
  private boolean addAsPattern(int[] ratings, int length) {
    if (length >= patternsByLength.length || patternsByLength[length] == null) {
      sizePatterns(length);
    }
    long[] patterns = patternsByLength[length];
    int[] places = placesByLength[length];
    if (patterns.length == 0) {
      return false;
    }
    int pattern = 0;
    for (int i = 0; i < length; i++) {
      int r = ratings[i];
      if (r != Ratings.MISSING) {
        long at = (long) r - lo;
        if (at < 0 || at >= width) {
          return false;
        }
        pattern += places[(int) at];
      }
    }
    patterns[pattern]++;
    patternsHeld = true;
    return true;
  }

  /** Sizes the pattern table of units of {@code length} ratings; empty when too large. */
  private void sizePatterns(int length) {
    if (length >= patternsByLength.length) {
      int old = patternsByLength.length;
      patternsByLength = Arrays.copyOf(patternsByLength, length + 1);
      placesByLength = Arrays.copyOf(placesByLength, length + 1);
      for (int n = old; n <= length; n++) {
        patternsByLength[n] = null;
      }
    }
    long size = 1;
    for (int k = 0; k < width && size <= PATTERN_LIMIT; k++) {
      size *= length + 1;
    }
    if (size > PATTERN_LIMIT) {
      patternsByLength[length] = NONE;
      placesByLength[length] = NONE_INT;
      return;
    }
    int[] places = new int[width];
    int place = 1;
    for (int k = 0; k < width; k++) {
      places[k] = place;
      place *= length + 1;
    }
    patternsByLength[length] = new long[(int) size];
    placesByLength[length] = places;
  }

  /**
   * Folds the counted patterns into the marginals and pair tables, exactly as if each unit had been
   * added to them directly (the sums are of integers), and forgets the pattern tables, whose
   * numbering depends on the span.
   */
  private void foldPatterns() {
    if (patternsHeld) {
      foldPatternsOf(this);
    }
    patternsByLength = new long[0][];
    placesByLength = new int[0][];
    patternsHeld = false;
  }

  /**
   * Adds the units counted in the pattern tables of {@code source} (this accumulator or another,
   * which is only read) to this accumulator's marginals and pair tables; the span of this one must
   * cover the span of {@code source}.
   */
  private void foldPatternsOf(AlphaAccumulator source) {
    if (!source.patternsHeld) {
      return;
    }
    for (int n = 0; n < source.patternsByLength.length; n++) {
      long[] patterns = source.patternsByLength[n];
      if (patterns != null) {
        for (int pattern = 0; pattern < patterns.length; pattern++) {
          if (patterns[pattern] != 0) {
            foldPattern(pattern, n + 1, patterns[pattern], source.width, source.lo - lo);
          }
        }
      }
    }
  }

  /**
   * Adds {@code times} units with the count vector {@code pattern} (digits in base {@code radix},
   * digit k counting the value of index {@code k + shift} in this span, {@code digits} digits).
   */
  private void foldPattern(int pattern, int radix, long times, int digits, int shift) {
    int rest = pattern;
    int m = 0;
    for (int k = 0; k < digits; k++) {
      counts[k + shift] = rest % radix;
      m += counts[k + shift];
      rest /= radix;
    }
    rated |= m > 0;
    if (m >= 2) {
      long[] pairs = pairsFor(m);
      for (int a = 0; a < width; a++) {
        long na = counts[a];
        if (na != 0) {
          marginals[a] += times * na;
          int row = a * width;
          for (int b = 0; b < width; b++) {
            if (counts[b] != 0) {
              pairs[row + b] += times * (a == b ? na * (na - 1) : na * counts[b]);
            }
          }
        }
      }
      pairableUnits += times;
      pairableValues += times * m;
    }
    Arrays.fill(counts, 0, width, 0);
  }

  /** Adds the counted unit of {@code m} values to the tables and clears the scratch counts. */
  private void countPairs(int m, int distinct) {
    long[] pairs = pairsFor(m);
    for (int i = 0; i < distinct; i++) {
      int a = touched[i];
      long na = counts[a];
      marginals[a] += na;
      int row = a * width;
      for (int j = 0; j < distinct; j++) {
        int b = touched[j];
        pairs[row + b] += a == b ? na * (na - 1) : na * counts[b];
      }
    }
    for (int i = 0; i < distinct; i++) {
      counts[touched[i]] = 0;
    }
    pairableUnits++;
    pairableValues += m;
  }

  /** The pair table of units of size {@code m}, created (all zero) when new. */
  private long[] pairsFor(int m) {
    int at = Arrays.binarySearch(sizes, 0, sizeCount, m);
    if (at >= 0) {
      return pairs[at];
    }
    at = -at - 1;
    if (sizeCount == sizes.length) {
      int grown = Math.max(4, 2 * sizeCount);
      sizes = Arrays.copyOf(sizes, grown);
      pairs = Arrays.copyOf(pairs, grown);
    }
    System.arraycopy(sizes, at, sizes, at + 1, sizeCount - at);
    System.arraycopy(pairs, at, pairs, at + 1, sizeCount - at);
    sizes[at] = m;
    pairs[at] = new long[width * width];
    sizeCount++;
    return pairs[at];
  }

  private void grow(int min, int max) {
    foldPatterns();
    int newWidth = Span.grownWidth(lo, width, min, max);
    int newLo = Span.grownLo(lo, width, min);
    marginals = Span.vector(marginals, lo, newLo, newWidth);
    for (int i = 0; i < sizeCount; i++) {
      pairs[i] = Span.square(pairs[i], lo, width, newLo, newWidth);
    }
    counts = new int[newWidth];
    touched = new int[newWidth];
    lo = newLo;
    width = newWidth;
  }

  /**
   * Adds the state of {@code other} to this one. {@code other} is only read, never changed (not
   * even its internal layout), so one accumulator may be merged into many others from many threads
   * at once, provided nobody adds to it meanwhile. The level of this accumulator is kept (the state
   * itself does not depend on the level).
   *
   * @param other the other accumulator, whose data are added to this one; left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   */
  public AlphaAccumulator merge(AlphaAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "alpha");
    foldPatterns();
    if (other.width > 0) {
      int otherHi = (int) Span.hi(other.lo, other.width);
      if (!Span.covers(lo, width, other.lo, otherHi)) {
        grow(other.lo, otherHi);
      }
      Span.addVector(marginals, lo, other.marginals, other.lo);
      for (int i = 0; i < other.sizeCount; i++) {
        Span.addSquare(pairsFor(other.sizes[i]), lo, width, other.pairs[i], other.lo, other.width);
      }
      foldPatternsOf(other);
    }
    units += other.units;
    pairableUnits += other.pairableUnits;
    pairableValues += other.pairableValues;
    raters = Math.max(raters, other.raters);
    rated |= other.rated;
    return this;
  }

  /** {@return alpha at this accumulator's level for the units added so far} */
  public AlphaResult result() {
    foldPatterns();
    return AlphaEngine.compute(
        level,
        lo,
        width,
        marginals,
        Arrays.copyOf(sizes, sizeCount),
        pairs,
        units,
        pairableUnits,
        pairableValues,
        raters,
        rated);
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
    throw new InvalidObjectException("an AlphaAccumulator is read through its serialization proxy");
  }

  /**
   * The serialized form: the level, the counts, the span, the marginals and each pair table with
   * its unit size, patterns folded. Reading checks every count and every identity that the tables
   * of real units satisfy (see {@link #readObject}) before it builds the accumulator.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 2L;

    private transient AlphaAccumulator state;

    SerialProxy(AlphaAccumulator source) {
      // A folded copy, so that serializing does not change the source's layout.
      AlphaAccumulator copy = new AlphaAccumulator(source.level).merge(source);
      copy.foldPatterns();
      this.state = copy;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      AlphaAccumulator a = state;
      out.writeInt(a.level.ordinal());
      out.writeLong(a.units);
      out.writeLong(a.pairableUnits);
      out.writeLong(a.pairableValues);
      out.writeInt(a.raters);
      out.writeBoolean(a.rated);
      out.writeInt(a.lo);
      out.writeInt(a.width);
      SerialForm.writeLongs(out, a.marginals, a.width);
      out.writeInt(a.sizeCount);
      for (int i = 0; i < a.sizeCount; i++) {
        out.writeInt(a.sizes[i]);
        SerialForm.writeLongs(out, a.pairs[i], a.width * a.width);
      }
    }

    /**
     * Checks, for each pair table of units of size m: every count {@code >= 0}, the table symmetric
     * with even diagonal (n(n - 1) pairs within a category), each row sum a multiple of m - 1 (a
     * value of category c pairs with the m - 1 others of its unit), the total a positive multiple
     * of m (m - 1); then that the units, values and per-category row sums over the sizes add up to
     * the pairable units, the pairable values and the marginals.
     */
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
      AlphaLevel[] levels = AlphaLevel.values();
      SerialForm.check(ordinal >= 0 && ordinal < levels.length, "level (%s) unknown", ordinal);
      AlphaAccumulator a = new AlphaAccumulator(levels[ordinal]);
      a.units = SerialForm.count(in.readLong(), "units");
      a.pairableUnits = SerialForm.count(in.readLong(), "pairableUnits");
      a.pairableValues = SerialForm.count(in.readLong(), "pairableValues");
      a.raters = (int) SerialForm.count(in.readInt(), "raters");
      a.rated = in.readBoolean();
      int lo = in.readInt();
      int width = in.readInt();
      SerialForm.span(lo, width);
      SerialForm.check(
          a.pairableUnits <= a.units, "pairableUnits (%s) exceed units", a.pairableUnits);
      SerialForm.check(a.raters > 0 || a.units == 0 || !a.rated, "ratings without raters");
      SerialForm.check(a.rated || a.pairableValues == 0, "pairable values without ratings");
      SerialForm.check(
          (width == 0) == (a.pairableValues == 0), "span (%s) and pairable values disagree", width);
      a.lo = lo;
      a.width = width;
      a.marginals = SerialForm.readCounts(in, width, "marginals");
      a.counts = new int[width];
      a.touched = new int[width];
      int count = in.readInt();
      SerialForm.check(
          count >= 0 && count <= Math.max(0, a.raters - 1),
          "unit sizes (%s) must be in [0, raters - 1]",
          count);
      SerialForm.check((count == 0) == (a.pairableValues == 0), "pair tables (%s) missing", count);
      long[] rowTotals = new long[width];
      long unitsSeen = 0;
      long valuesSeen = 0;
      int previous = 1;
      for (int i = 0; i < count; i++) {
        int m = in.readInt();
        SerialForm.check(
            m > previous && m <= a.raters, "unit size (%s) out of order or above raters", m);
        previous = m;
        long[] table = SerialForm.readCounts(in, width * width, "pairs");
        long total = 0;
        for (int c = 0; c < width; c++) {
          long row = 0;
          for (int k = 0; k < width; k++) {
            long v = table[c * width + k];
            SerialForm.check(v == table[k * width + c], "pair table of size %s not symmetric", m);
            row = SerialForm.add(row, v, "pair counts");
          }
          SerialForm.check(table[c * width + c] % 2 == 0, "odd diagonal in size %s", m);
          SerialForm.check(row % (m - 1) == 0, "row sum %s not a multiple of %s", row, m - 1);
          rowTotals[c] = SerialForm.add(rowTotals[c], row / (m - 1), "marginals");
          total = SerialForm.add(total, row, "pair counts");
        }
        long perUnit = (long) m * (m - 1);
        SerialForm.check(total > 0 && total % perUnit == 0, "pairs of size %s not whole units", m);
        long unitsOfSize = total / perUnit;
        unitsSeen = SerialForm.add(unitsSeen, unitsOfSize, "units");
        SerialForm.check(unitsOfSize <= Long.MAX_VALUE / m, "values of size %s overflow", m);
        valuesSeen = SerialForm.add(valuesSeen, unitsOfSize * m, "values");
        a.pairsFor(m);
        a.pairs[a.sizeCount - 1] = table;
      }
      SerialForm.check(
          unitsSeen == a.pairableUnits && valuesSeen == a.pairableValues,
          "pair tables hold %s units and %s values, not %s and %s",
          unitsSeen,
          valuesSeen,
          a.pairableUnits,
          a.pairableValues);
      SerialForm.check(
          java.util.Arrays.equals(rowTotals, a.marginals),
          "marginals disagree with the pair tables");
      state = a;
    }

    private Object readResolve() {
      return state;
    }
  }
}

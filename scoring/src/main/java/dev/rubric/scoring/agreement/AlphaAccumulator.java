package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

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

  private final AlphaLevel level;

  /** Value of category index 0 and the number of categories in the span. */
  private int lo;

  private int width;

  /** Pairable values per category. */
  private long[] marginals = NONE;

  /** For each unit size m, ordered pair counts (row-major width x width), or NONE. */
  private long[][] pairsBySize = new long[0][];

  /**
   * Per unit length n: how many units had each count vector over the span, the vector read as a
   * number in base n + 1 (a missing rating counts nowhere); folded into the marginals and pair
   * tables before they are read or the span grows. Null where not sized yet, empty where the
   * vectors are too many ({@code (n + 1)^width > PATTERN_LIMIT}).
   */
  private long[][] patternsByLength = new long[0][];

  /** Per unit length n: the place value (n + 1)^k of each level k of the span, or NONE_INT. */
  private int[][] placesByLength = new int[0][];

  private boolean patternsHeld;

  private long units;
  private long pairableUnits;
  private long pairableValues;
  private int raters;
  // Scratch for one unit; always all zero between calls.
  private int[] counts = new int[0];
  private int[] touched = new int[0];
  private int[] levels = new int[0];

  AlphaAccumulator(AlphaLevel level) {
    this.level = requireNonNull(level, "level");
  }

  /**
   * Adds one unit: one rating per rater, {@link Ratings#MISSING} where a rater gave none. A unit
   * with fewer than two ratings is counted and otherwise ignored.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if the values would span more than {@link Ratings#MAX_SPAN}
   */
  public AlphaAccumulator addUnit(int... ratings) {
    requireNonNull(ratings, "ratings");
    add(ratings, ratings.length);
    return this;
  }

  /**
   * Adds one unit given as doubles: {@code NaN} is a missing rating, other values must be integers.
   *
   * @return this accumulator
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
    if (m < 2) {
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
      for (int n = 0; n < patternsByLength.length; n++) {
        long[] patterns = patternsByLength[n];
        if (patterns != null) {
          for (int pattern = 0; pattern < patterns.length; pattern++) {
            if (patterns[pattern] != 0) {
              foldPattern(pattern, n + 1, patterns[pattern]);
            }
          }
        }
      }
    }
    patternsByLength = new long[0][];
    placesByLength = new int[0][];
    patternsHeld = false;
  }

  /**
   * Adds {@code times} units with the count vector {@code pattern} (digits in base {@code radix}).
   */
  private void foldPattern(int pattern, int radix, long times) {
    int rest = pattern;
    int m = 0;
    for (int k = 0; k < width; k++) {
      counts[k] = rest % radix;
      m += counts[k];
      rest /= radix;
    }
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

  private long[] pairsFor(int m) {
    if (m >= pairsBySize.length) {
      int old = pairsBySize.length;
      pairsBySize = Arrays.copyOf(pairsBySize, m + 1);
      Arrays.fill(pairsBySize, old, m + 1, NONE);
    }
    if (pairsBySize[m].length == 0) {
      pairsBySize[m] = new long[width * width];
    }
    return pairsBySize[m];
  }

  private void grow(int min, int max) {
    foldPatterns();
    int newWidth = Span.grownWidth(lo, width, min, max);
    int newLo = Span.grownLo(lo, width, min);
    marginals = Span.vector(marginals, lo, newLo, newWidth);
    for (int m = 0; m < pairsBySize.length; m++) {
      if (pairsBySize[m].length != 0) {
        pairsBySize[m] = Span.square(pairsBySize[m], lo, width, newLo, newWidth);
      }
    }
    counts = new int[newWidth];
    touched = new int[newWidth];
    lo = newLo;
    width = newWidth;
  }

  /**
   * Adds the state of {@code other} to this one; {@code other} is unchanged. The level of this
   * accumulator is kept (the state itself does not depend on the level).
   *
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is this accumulator
   */
  public AlphaAccumulator merge(AlphaAccumulator other) {
    requireNonNull(other, "other");
    Checks.checkArgument(other != this, "cannot merge an accumulator (%s) into itself", "alpha");
    foldPatterns();
    other.foldPatterns();
    if (other.width > 0) {
      if (width == 0 || other.lo < lo || other.lo + other.width > lo + width) {
        grow(other.lo, other.lo + other.width - 1);
      }
      Span.addVector(marginals, lo, other.marginals, other.lo);
      for (int m = 0; m < other.pairsBySize.length; m++) {
        if (other.pairsBySize[m].length != 0) {
          Span.addSquare(pairsFor(m), lo, width, other.pairsBySize[m], other.lo, other.width);
        }
      }
    }
    units += other.units;
    pairableUnits += other.pairableUnits;
    pairableValues += other.pairableValues;
    raters = Math.max(raters, other.raters);
    return this;
  }

  /** Returns alpha at this accumulator's level for the units added so far. */
  public AlphaResult result() {
    foldPatterns();
    return AlphaEngine.compute(
        level, lo, width, marginals, pairsBySize, units, pairableUnits, pairableValues, raters);
  }
}

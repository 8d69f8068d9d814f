package dev.rubric.scoring.audit;

import dev.rubric.scoring.agreement.Coefficient;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;

/**
 * The exact median of scores spread over many parts (threads, partitions, machines), in two
 * mergeable passes with bounded memory: the line that scoring rates are measured against (6 RCNY
 * 5-301(c)(1): the median score of the full sample).
 *
 * <p>The median of n scores sorted ascending x(0) &lt;= ... &lt;= x(n - 1) is x((n - 1) / 2) when n
 * is odd and (x(n/2 - 1) + x(n/2)) / 2 when n is even, computed exactly and rounded once to the
 * nearest double, exactly as {@link AdverseImpact#audit} computes it from all the scores at once
 * (so the two agree bit for bit); every finite score gives a finite median. No scores: undefined
 * ({@link dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES}).
 *
 * <p>A scoring rate counts the scores strictly above the exact median. Compare with {@link
 * SecondPass#scoringLine()}, not with the rounded median: when the two middle scores are adjacent
 * doubles (0.9999999999999999 and 1), their midpoint is no double and rounds to the upper one, so
 * {@code score > median} would leave out the scores equal to it. Every score of the sample lies at
 * or below the lower middle score or at or above the upper one, so it lies strictly above the exact
 * median exactly when it lies strictly above the lower middle score (the middle score itself when n
 * is odd): that score is the line, and the comparison with it is exact.
 *
 * <p>Pass one ({@link #firstPass()}) counts the scores in buckets of the order-preserving bit
 * pattern of a double (its top 24 bits: sign, exponent and 12 bits of mantissa, so a bucket spans a
 * relative width of at most 2^-12). Counts merge by addition, exactly, in any split and order. From
 * the merged counts, {@link FirstPass#secondPass()} finds the one or two buckets that hold the
 * middle rank(s). Pass two reads the same scores again and keeps only those in these buckets, each
 * distinct score once with its count; merged, sorted, and offset by the count of scores below, they
 * give the exact median. Memory: the occupied buckets in pass one, the distinct scores of one or
 * two buckets in pass two, however many scores tie (a million scores of 3 keep one entry, where
 * rubric scores, means of whole levels, tie at the median by the thousand). Negative zero is read
 * as zero.
 *
 * <pre>{@code
 * ScoreMedian.FirstPass first = ScoreMedian.firstPass();
 * partA.forEach(first::add);                    // or per part, then first.merge(other)
 * partB.forEach(first::add);
 * ScoreMedian.SecondPass second = first.secondPass();
 * partA.forEach(second::add);                   // or per part, then second.merge(other)
 * partB.forEach(second::add);
 * Coefficient median = second.median();
 * Coefficient line = second.scoringLine();      // scored above the median: score > line
 * }</pre>
 *
 * <p>Both passes are mutable, single-thread accumulators like {@link SelectionTally}; give each
 * part its own and merge them.
 */
public final class ScoreMedian {
  private static final int SHIFT = 40;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private ScoreMedian() {}

  /**
   * An empty first pass.
   *
   * @return a new first pass
   */
  public static FirstPass firstPass() {
    return new FirstPass();
  }

  /**
   * The exact median of the scores, in one call (both passes over the same array).
   *
   * @param scores the scores, each finite
   * @return the median; undefined ({@link dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES})
   *     when there are no scores
   * @throws IllegalArgumentException when a score is not finite
   */
  public static Coefficient of(double... scores) {
    Objects.requireNonNull(scores, "scores");
    return bothPasses(scores).median();
  }

  /** Both passes over {@code scores}, ready for {@link SecondPass#median()} and its line. */
  static SecondPass bothPasses(double... scores) {
    FirstPass first = firstPass();
    for (double s : scores) {
      first.add(s);
    }
    SecondPass second = first.secondPass();
    for (double s : scores) {
      second.add(s);
    }
    return second;
  }

  static long key(double score) {
    long bits = Double.doubleToLongBits(score + 0.0);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  static long bucket(double score) {
    return key(score) >> SHIFT;
  }

  private static double checked(double score) {
    Checks.checkArgument(Double.isFinite(score), "score (%s) must be finite", score);
    return score;
  }

  /** Pass one: how many scores fall in each bucket. */
  public static final class FirstPass {
    private final HashMap<Long, long[]> counts = new HashMap<>();
    private long count;

    private FirstPass() {}

    /**
     * Counts one score.
     *
     * @param score the score; finite
     * @return this pass
     * @throws IllegalArgumentException when the score is not finite
     */
    public FirstPass add(double score) {
      counts.computeIfAbsent(bucket(checked(score)), k -> new long[1])[0]++;
      count++;
      return this;
    }

    /**
     * Adds the other pass's counts to this one.
     *
     * @param other a first pass over another part of the scores
     * @return this pass
     */
    public FirstPass merge(FirstPass other) {
      Checks.checkNotNull(other, "other");
      other.counts.forEach((k, v) -> counts.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
      count += other.count;
      return this;
    }

    private long countOf(long bucket) {
      long[] n = counts.get(bucket);
      return n == null ? 0 : n[0];
    }

    /**
     * Scores counted.
     *
     * @return the number of scores added and merged
     */
    public long count() {
      return count;
    }

    /**
     * The second pass that these counts call for.
     *
     * @return an empty second pass keeping the scores of the bucket(s) of the middle rank(s)
     */
    public SecondPass secondPass() {
      if (count == 0) {
        return new SecondPass(0, 0, 0, 0, 0);
      }
      long[] keys = counts.keySet().stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(keys);
      long loRank = (count - 1) / 2;
      long hiRank = count / 2;
      long below = 0;
      long loBucket = 0;
      long loBelow = 0;
      long hiBucket = 0;
      boolean loFound = false;
      for (long k : keys) {
        long n = countOf(k);
        if (!loFound && loRank < below + n) {
          loBucket = k;
          loBelow = below;
          loFound = true;
        }
        if (hiRank < below + n) {
          hiBucket = k;
          break;
        }
        below += n;
      }
      long expected = countOf(loBucket);
      if (hiBucket != loBucket) {
        expected += countOf(hiBucket);
      }
      return new SecondPass(count, loBucket, hiBucket, loBelow, expected);
    }
  }

  /**
   * Pass two: the distinct scores of the bucket(s) holding the middle rank(s), with their counts.
   */
  public static final class SecondPass {
    private final long count;
    private final long loBucket;
    private final long hiBucket;
    private final long below;
    private final long expected;

    /** Each distinct score kept (negative zero as zero) to how many times it was read. */
    private final HashMap<Double, long[]> kept = new HashMap<>();

    private long size;

    private SecondPass(long count, long loBucket, long hiBucket, long below, long expected) {
      this.count = count;
      this.loBucket = loBucket;
      this.hiBucket = hiBucket;
      this.below = below;
      this.expected = expected;
    }

    /**
     * Reads one score again, keeping it when it is in a middle bucket.
     *
     * @param score the score; finite
     * @return this pass
     * @throws IllegalArgumentException when the score is not finite
     */
    public SecondPass add(double score) {
      long b = bucket(checked(score));
      if (count > 0 && (b == loBucket || b == hiBucket)) {
        keep(score + 0.0, 1);
      }
      return this;
    }

    private void keep(double score, long times) {
      kept.computeIfAbsent(score, k -> new long[1])[0] += times;
      size += times;
    }

    /** {@return how many distinct scores this pass keeps} */
    int distinctKept() {
      return kept.size();
    }

    /**
     * Adds the scores the other pass kept.
     *
     * @param other a second pass made by the same merged first pass, over another part
     * @return this pass
     * @throws IllegalArgumentException when the other pass comes from different first-pass counts
     */
    public SecondPass merge(SecondPass other) {
      Checks.checkNotNull(other, "other");
      Checks.checkArgument(
          other.count == count
              && other.loBucket == loBucket
              && other.hiBucket == hiBucket
              && other.below == below,
          "the second passes come from different first passes");
      other.kept.forEach((score, times) -> keep(score, times[0]));
      return this;
    }

    /**
     * The exact median.
     *
     * @return the median; undefined ({@link
     *     dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES}) when there were no scores
     * @throws IllegalStateException when pass two did not read the scores pass one counted
     */
    public Coefficient median() {
      if (count == 0) {
        return Figures.undefined(AdverseImpact.NO_SCORES);
      }
      double[] middle = middle();
      return Coefficient.of(count % 2 == 1 ? middle[0] : midpoint(middle[0], middle[1]));
    }

    /**
     * The line of the scoring rates: a score of the sample lies strictly above the exact median
     * when, and only when, it lies strictly above this score, the lower of the two middle scores
     * (the middle score when their count is odd). Exact where comparing with the rounded {@link
     * #median()} is not (see the class comment); give it to the parts counting {@code scoredAbove}
     * for {@link AdverseImpact#fromCounts}.
     *
     * @return the lower middle score; undefined ({@link
     *     dev.rubric.scoring.agreement.UndefinedReason#NO_SCORES}) when there were no scores
     * @throws IllegalStateException when pass two did not read the scores pass one counted
     */
    public Coefficient scoringLine() {
      if (count == 0) {
        return Figures.undefined(AdverseImpact.NO_SCORES);
      }
      return Coefficient.of(middle()[0]);
    }

    /** The two middle scores, lower first (the same one twice when the count is odd). */
    private double[] middle() {
      if (size != expected) {
        throw new IllegalStateException(
            String.format(
                java.util.Locale.ROOT,
                "the second pass kept %d scores of the middle buckets, the first counted %d:"
                    + " both passes must read the same scores",
                size,
                expected));
      }
      double[] distinct =
          kept.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      long lo = (count - 1) / 2 - below;
      long hi = count / 2 - below;
      double[] middle = new double[2];
      long before = 0; // scores kept below the current one
      for (double score : distinct) {
        long times = java.util.Objects.requireNonNull(kept.get(score))[0];
        if (lo >= before && lo < before + times) {
          middle[0] = score;
        }
        if (hi >= before && hi < before + times) {
          middle[1] = score;
          break;
        }
        before += times;
      }
      return middle;
    }
  }

  /**
   * {@return {@code (lo + hi) / 2} computed exactly and rounded once to the nearest double; finite
   * for finite arguments}
   */
  static double midpoint(double lo, double hi) {
    return new BigDecimal(lo).add(new BigDecimal(hi)).divide(TWO).doubleValue();
  }
}

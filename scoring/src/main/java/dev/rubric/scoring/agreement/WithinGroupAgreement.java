package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;

/**
 * Agreement within one group of raters on one target, for example a panel's ratings of one
 * competency of one candidate: rwg, rwg(j), r*wg(j) and the average deviation. Missing ratings
 * ({@code NaN}, or {@link Ratings#MISSING} in the {@code int[]} overloads) are skipped.
 *
 * <p><b>Formulas.</b> For one item with {@code n} ratings, sample variance {@code s^2} (divisor
 * {@code n - 1}) and an {@code A}-level scale with the uniform null {@code sigma_EU^2 = (A^2 - 1) /
 * 12} (1.25 for four levels): {@code rwg = 1 - s^2 / sigma_EU^2}, truncated at 0 with a flag. Over
 * J items with mean variance {@code s̄^2} and {@code r = s̄^2 / sigma_EU^2}: {@code rwg(j) = J (1 -
 * r) / (J (1 - r) + r)}, truncated at 0 when {@code r > 1}, and {@code r*wg(j) = 1 - r}, not
 * truncated. The average deviation divides by {@code n}: {@code AD_M = sum |x - mean| / n}, {@code
 * AD_Md = sum |x - median| / n}.
 *
 * <p><b>Arithmetic.</b> Every rating is a double, which is an exact binary fraction, so the sums
 * behind these figures are formed exactly ({@code n sum x^2 - (sum x)^2} for a variance, {@code sum
 * |n x - sum x|} for a deviation from the mean) and each figure (rwg, rwg(j), r*wg(j), AD, the
 * variance and the mean variance) is the exact rational value of its formula rounded once, to the
 * nearest double (ties to even), so no figure is off by even one unit in the last place. Ratings
 * near 1e9 that differ by units therefore keep every digit of their spread (a mean formed in
 * floating point there is off by up to 6e-8, which moved AD by about 1e-8 relative), and the
 * truncation of rwg and rwg(j) is decided exactly: a variance exactly equal to the null variance
 * gives 0, not truncated, and r*wg(j) exactly 0.
 *
 * <p><b>Undefined</b> when there are not two ratings to compare, with the reason codes every
 * statistic of this package uses for the same data: no rating at all ({@link
 * UndefinedReason#NO_RATINGS}; for rwg(j) no item at all is {@link UndefinedReason#NO_UNITS}), one
 * rater's cell only ({@link UndefinedReason#ONE_RATER}), several cells but one rating per item
 * ({@link UndefinedReason#NO_PAIRABLE_UNITS}). This holds for the average deviation too: the
 * deviation of a single rating is 0 by arithmetic but says nothing about agreement, so it is
 * undefined rather than a perfect 0. rwg(j) under {@link MissingRatings#LISTWISE} is also undefined
 * ({@link UndefinedReason#MISSING_RATINGS}) when deletion leaves fewer than two raters.
 *
 * <p><b>Missing ratings in rwg(j).</b> By default ({@link MissingRatings#PER_ITEM}) each item's
 * variance uses the ratings that item has and items with fewer than two are dropped and counted;
 * {@link MissingRatings#LISTWISE} first removes every rater who missed an item, as the multilevel
 * package of R does.
 *
 * <p><b>Sources.</b> James, L. R., Demaree, R. G. and Wolf, G. (1984). Estimating within-group
 * interrater reliability with and without response bias. Journal of Applied Psychology 69(1),
 * 85-98. doi:10.1037/0021-9010.69.1.85. Lindell, M. K., Brandt, C. J. and Whitney, D. J. (1999). A
 * revised index of interrater agreement for multi-item ratings of a single target. Applied
 * Psychological Measurement 23(2), 127-135. doi:10.1177/01466219922031257. Burke, M. J.,
 * Finkelstein, L. M. and Dusig, M. S. (1999). On average deviation indices for estimating
 * interrater agreement. Organizational Research Methods 2(1), 49-68. doi:10.1177/109442819921004.
 *
 * <p>Stateless and thread-safe: static functions only.
 */
public final class WithinGroupAgreement {
  private WithinGroupAgreement() {}

  /**
   * {@return the uniform null variance {@code (A^2 - 1) / 12} of an {@code A}-level scale}
   *
   * @param levels the number of levels of the rating scale, at least 2
   * @throws IllegalArgumentException if {@code levels < 2}
   */
  public static double uniformNullVariance(int levels) {
    if (levels < 2) { // not through the varargs check: every competency of a packet passes here
      throw Checks.illegal("levels (%s) must be >= 2", levels);
    }
    if (levels < 1 << 26) { // A^2 - 1 < 2^52 is exact, so dividing rounds once
      return ((double) levels * levels - 1) / 12;
    }
    return nearest(levelTerm(levels), BigInteger.valueOf(12));
  }

  /**
   * {@return the variance of the discrete uniform distribution over the given level values: {@code
   * sum (x - mean)^2 / A} for {@code A} values} It is formed exactly as {@code (A sum x^2 - (sum
   * x)^2) / A^2} and rounded once, so for the consecutive values {@code m, m + 1, ..., m + A - 1}
   * it is the same double as {@link #uniformNullVariance(int) uniformNullVariance(A)}, {@code (A^2
   * - 1) / 12}; for a scale whose levels are not consecutive integers (1, 3, 5, 7) it is the null
   * variance that matches their spacing.
   *
   * @param values the scale's level values, at least two, each once
   * @throws IllegalArgumentException if fewer than two values are given or a value repeats
   */
  public static double uniformNullVariance(long[] values) {
    requireNonNull(values, "values");
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted.length < 2) {
      throw Checks.illegal("levels (%s) must be >= 2", sorted.length);
    }
    BigInteger sum = BigInteger.ZERO;
    BigInteger squares = BigInteger.ZERO;
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw Checks.illegal("level values must be distinct; %s repeats", sorted[i]);
      }
      BigInteger x = BigInteger.valueOf(sorted[i]);
      sum = sum.add(x);
      squares = squares.add(x.multiply(x));
    }
    BigInteger a = BigInteger.valueOf(sorted.length);
    return nearest(squares.multiply(a).subtract(sum.multiply(sum)), a.multiply(a));
  }

  /**
   * {@return rwg of one item's ratings ({@code NaN} missing) on an {@code levels}-level scale}
   *
   * @param ratings the ratings present
   * @param levels the number of levels of the rating scale, at least 2
   */
  public static Rwg rwg(double[] ratings, int levels) {
    requireNonNull(ratings, "ratings");
    double nullVariance = uniformNullVariance(levels);
    double[] x = present(ratings);
    if (x.length < 2) {
      return new Rwg(tooFew(ratings.length, x.length), false, x.length, Double.NaN, nullVariance);
    }
    BigDecimal spread = spread(x);
    double variance = ratio(spread, pairs(x.length));
    // rwg = 1 - 12 spread / P = (P - 12 spread) / P, with P = n (n - 1) (A^2 - 1)
    BigInteger p = pairs(x.length).multiply(levelTerm(levels));
    BigDecimal excess = new BigDecimal(p).subtract(spread.multiply(BigDecimal.valueOf(12)));
    // s^2 > sigma_EU^2, exactly: 12 (n sum x^2 - (sum x)^2) > n (n - 1) (A^2 - 1)
    boolean truncated = excess.signum() < 0;
    return new Rwg(
        Coefficient.of(truncated ? 0 : ratio(excess, p)),
        truncated,
        x.length,
        variance,
        nullVariance);
  }

  /**
   * {@return rwg of one item's ratings ({@link Ratings#MISSING} missing)}
   *
   * @param ratings the ratings present
   * @param levels the number of levels of the rating scale, at least 2
   */
  public static Rwg rwg(int[] ratings, int levels) {
    return rwg(toDoubles(requireNonNull(ratings, "ratings")), levels);
  }

  /**
   * {@return rwg(j) and r*wg(j) over items, {@code items[j]} holding the ratings of item {@code j}
   * ({@code NaN} missing), on an {@code levels}-level scale, with missing ratings handled per item
   * ({@link MissingRatings#PER_ITEM}): items with fewer than two ratings are dropped and counted}
   *
   * @param items the items J with at least two ratings, the only ones that count
   * @param levels the number of levels of the rating scale, at least 2
   */
  public static RwgJ rwgJ(double[][] items, int levels) {
    return rwgJ(items, levels, MissingRatings.PER_ITEM);
  }

  /**
   * {@return rwg(j) and r*wg(j) over items, {@code items[j]} holding the ratings of item {@code j}
   * (cell {@code i} is rater {@code i}; {@code NaN} missing), on an {@code levels}-level scale,
   * with missing ratings handled as {@code missing} says}
   *
   * @param items the items J with at least two ratings, the only ones that count
   * @param levels the number of levels of the rating scale, at least 2
   * @param missing how missing ratings are handled
   */
  public static RwgJ rwgJ(double[][] items, int levels, MissingRatings missing) {
    requireNonNull(items, "items");
    requireNonNull(missing, "missing");
    double nullVariance = uniformNullVariance(levels);
    int raters = 0;
    boolean rated = false;
    boolean pairable = false;
    for (int i = 0; i < items.length; i++) {
      double[] item = Checks.row(items, i, "items");
      double[] x = present(item);
      raters = Math.max(raters, item.length);
      rated |= x.length > 0;
      pairable |= x.length >= 2;
    }
    if (!pairable) {
      Coefficient none = Shapes.undefined("item", items.length, rated, raters);
      return new RwgJ(none, false, none, 0, items.length, Double.NaN, nullVariance, 0);
    }
    boolean[] keep = new boolean[raters];
    java.util.Arrays.fill(keep, true);
    int droppedRaters = 0;
    if (missing == MissingRatings.LISTWISE) {
      for (int i = 0; i < raters; i++) {
        for (double[] item : items) {
          if (i >= item.length || Double.isNaN(item[i])) {
            keep[i] = false;
            droppedRaters++;
            break;
          }
        }
      }
      if (raters - droppedRaters < 2) {
        Coefficient none =
            Coefficient.undefined(
                UndefinedReason.MISSING_RATINGS,
                String.format(
                    Locale.ROOT,
                    "listwise deletion of the raters who missed an item left %s of %s raters",
                    raters - droppedRaters,
                    raters));
        return new RwgJ(
            none, false, none, 0, items.length, Double.NaN, nullVariance, droppedRaters);
      }
    }
    int used = 0;
    // r = (sum_j spread_j / d_j) / (J (A^2 - 1) / 12) with d_j = n_j (n_j - 1), exactly:
    // over the common denominator D = prod d_j, r = 12 sum_j spread_j (D / d_j) / (J (A^2 - 1) D).
    BigDecimal numerator = BigDecimal.ZERO;
    BigInteger denominator = BigInteger.ONE;
    for (double[] item : items) {
      double[] x = present(kept(item, keep));
      if (x.length >= 2) {
        used++;
        BigDecimal spread = spread(x);
        BigInteger d = pairs(x.length);
        numerator =
            numerator.multiply(new BigDecimal(d)).add(spread.multiply(new BigDecimal(denominator)));
        denominator = denominator.multiply(d);
      }
    }
    int dropped = items.length - used;
    // The mean variance is numerator / (D J); r = N / R, N = 12 numerator, R = D J (A^2 - 1).
    // Then r*wg(j) = 1 - r = (R - N) / R and rwg(j) = J (R - N) / (J (R - N) + N), each rounded
    // once.
    BigInteger perItem = denominator.multiply(BigInteger.valueOf(used));
    double mean = ratio(numerator, perItem);
    BigDecimal exactNumerator = numerator.multiply(BigDecimal.valueOf(12));
    BigInteger exactDenominator = perItem.multiply(levelTerm(levels));
    BigDecimal rest = new BigDecimal(exactDenominator).subtract(exactNumerator);
    boolean truncated = rest.signum() < 0;
    BigDecimal scaledRest = rest.multiply(BigDecimal.valueOf(used));
    double value = truncated ? 0 : ratio(scaledRest, scaledRest.add(exactNumerator));
    return new RwgJ(
        Coefficient.of(value),
        truncated,
        Coefficient.of(ratio(rest, exactDenominator)),
        used,
        dropped,
        mean,
        nullVariance,
        droppedRaters);
  }

  /** The cells of {@code item} whose rater is kept. */
  private static double[] kept(double[] item, boolean[] keep) {
    double[] out = item.clone();
    for (int i = 0; i < out.length; i++) {
      if (!keep[i]) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * {@return the average deviation around the mean and the median ({@code NaN} missing)}
   *
   * @param ratings the ratings present
   */
  public static AverageDeviation averageDeviation(double... ratings) {
    double[] x = present(requireNonNull(ratings, "ratings"));
    if (x.length < 2) {
      Coefficient none = tooFew(ratings.length, x.length);
      return new AverageDeviation(none, none, x.length);
    }
    // sum |x - mean| / n = sum |n x - S| / n^2 and, with the median (a + b) / 2 of an even group,
    // sum |x - median| / n = sum |2 x - (a + b)| / (2 n): exact sums, rounded once.
    BigDecimal n = BigDecimal.valueOf(x.length);
    BigDecimal total = BigDecimal.ZERO;
    for (double v : x) {
      total = total.add(new BigDecimal(v));
    }
    Arrays.sort(x);
    int h = x.length / 2;
    boolean odd = x.length % 2 == 1;
    BigDecimal twiceMedian =
        odd
            ? new BigDecimal(x[h]).multiply(BigDecimal.valueOf(2))
            : new BigDecimal(x[h - 1]).add(new BigDecimal(x[h]));
    BigDecimal aroundMean = BigDecimal.ZERO;
    BigDecimal aroundMedian = BigDecimal.ZERO;
    for (double v : x) {
      BigDecimal e = new BigDecimal(v);
      aroundMean = aroundMean.add(e.multiply(n).subtract(total).abs());
      aroundMedian =
          aroundMedian.add(e.multiply(BigDecimal.valueOf(2)).subtract(twiceMedian).abs());
    }
    BigInteger count = BigInteger.valueOf(x.length);
    return new AverageDeviation(
        Coefficient.of(ratio(aroundMean, count.multiply(count))),
        Coefficient.of(ratio(aroundMedian, count.shiftLeft(1))),
        x.length);
  }

  /**
   * {@return the average deviation of ratings with {@link Ratings#MISSING} for missing}
   *
   * @param ratings the ratings present
   */
  public static AverageDeviation averageDeviation(int[] ratings) {
    return averageDeviation(toDoubles(requireNonNull(ratings, "ratings")));
  }

  /** The reason for one item with {@code cells} cells of which {@code n < 2} hold a rating. */
  private static Coefficient tooFew(int cells, int n) {
    Coefficient shape = Shapes.undefined("item", 1, n > 0, cells);
    return shape.undefinedReason().orElseThrow() == UndefinedReason.NO_PAIRABLE_UNITS
        ? Coefficient.undefined(
            UndefinedReason.NO_PAIRABLE_UNITS,
            String.format(
                Locale.ROOT, "ratings (%s of %s cells) must be >= 2 to compare", n, cells))
        : shape;
  }

  private static double[] present(double[] ratings) {
    int n = 0;
    for (double r : ratings) {
      if (!Double.isNaN(r)) {
        Checks.checkArgument(Double.isFinite(r), "rating (%s) must be finite or NaN", r);
        n++;
      }
    }
    double[] out = new double[n];
    int i = 0;
    for (double r : ratings) {
      if (!Double.isNaN(r)) {
        out[i++] = r;
      }
    }
    return out;
  }

  private static double[] toDoubles(int[] ratings) {
    requireNonNull(ratings, "ratings");
    double[] out = new double[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      out[i] = ratings[i] == Ratings.MISSING ? Double.NaN : ratings[i];
    }
    return out;
  }

  /**
   * {@return {@code n sum x^2 - (sum x)^2}, exactly: {@code n (n - 1)} times the sample variance}
   */
  private static BigDecimal spread(double[] x) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    for (double v : x) {
      BigDecimal e = new BigDecimal(v);
      sum = sum.add(e);
      squares = squares.add(e.multiply(e));
    }
    return squares.multiply(BigDecimal.valueOf(x.length)).subtract(sum.multiply(sum));
  }

  /** {@return {@code n (n - 1)}} */
  private static BigInteger pairs(int n) {
    return BigInteger.valueOf(n).multiply(BigInteger.valueOf(n - 1L));
  }

  /** {@return {@code A^2 - 1}, twelve times the uniform null variance} */
  private static BigInteger levelTerm(int levels) {
    return BigInteger.valueOf(levels).pow(2).subtract(BigInteger.ONE);
  }

  /** {@return {@code num / den} rounded once to the nearest double; den > 0} */
  private static double ratio(BigDecimal num, BigInteger den) {
    return ratio(num, new BigDecimal(den));
  }

  /** {@return {@code num / den} rounded once to the nearest double; den > 0} */
  private static double ratio(BigDecimal num, BigDecimal den) {
    // num / den = (u 10^-s) / (v 10^-t) = u 10^t / (v 10^s), integers throughout.
    BigInteger p = num.unscaledValue();
    BigInteger q = den.unscaledValue();
    int shift = num.scale() - den.scale();
    if (shift > 0) {
      q = q.multiply(BigInteger.TEN.pow(shift));
    } else if (shift < 0) {
      p = p.multiply(BigInteger.TEN.pow(-shift));
    }
    return nearest(p, q);
  }

  /**
   * {@return the double nearest to {@code num / den} (ties to even); den > 0} The quotient is taken
   * to 53 bits (fewer where the result is subnormal) with its exact remainder, which decides the
   * rounding; scaling the rounded significand by a power of two is then exact.
   */
  private static double nearest(BigInteger num, BigInteger den) {
    if (num.signum() == 0) {
      return 0;
    }
    BigInteger p = num.abs();
    // p / den lies in [2^(k - 1), 2^(k + 1)) with k = bitLength(p) - bitLength(den).
    int shift = Math.min(53 - (p.bitLength() - den.bitLength()), 1074);
    BigInteger[] qr = scaledQuotient(p, den, shift);
    if (qr[0].bitLength() > 53) {
      shift--;
      qr = scaledQuotient(p, den, shift);
    }
    long significand = qr[0].longValueExact();
    int half = qr[1].shiftLeft(1).compareTo(qr[2]);
    if (half > 0 || (half == 0 && (significand & 1) != 0)) {
      significand++;
    }
    double magnitude = Math.scalb((double) significand, -shift);
    return num.signum() < 0 ? -magnitude : magnitude;
  }

  /** {@return the quotient, remainder and divisor of {@code p 2^shift / den}} */
  private static BigInteger[] scaledQuotient(BigInteger p, BigInteger den, int shift) {
    BigInteger dividend = shift >= 0 ? p.shiftLeft(shift) : p;
    BigInteger divisor = shift >= 0 ? den : den.shiftLeft(-shift);
    BigInteger[] qr = dividend.divideAndRemainder(divisor);
    return new BigInteger[] {qr[0], qr[1], divisor};
  }
}

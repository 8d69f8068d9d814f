package dev.rubric.scoring;

import dev.rubric.core.RatingScale;
import dev.rubric.core.internal.util.Quoting;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.WithinGroupAgreement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The standard {@link ConsensusMeasure}. */
final class StandardConsensus implements ConsensusMeasure {
  static final StandardConsensus INSTANCE = new StandardConsensus();

  static final double DISPUTED_RWG = 0.5;
  static final int DISPUTED_RANGE = 2;

  /** The standard deviation of one rating. */
  static final Coefficient ONE_RATING_SD = CompetencyConsensus.ONE_RATER_SD;

  /** The rwg of one rating; its sentence is the evaluation JSON's {@code rwgUndefinedReason}. */
  static final Coefficient ONE_RATING_RWG = CompetencyConsensus.ONE_RATER_RWG;

  /** The panel means when no competency has two raters. */
  static final Coefficient NO_MEAN = ConsensusReport.NO_MEAN;

  /**
   * Splits first, then lower rwg (undefined last), then the wider span in scale steps, then
   * competency id.
   */
  private static int mostDisputedFirst(Disputed a, Disputed b) {
    return mostDisputedFirst(a.consensus(), a.steps(), b.consensus(), b.steps());
  }

  static int mostDisputedFirst(
      CompetencyConsensus a, long aSteps, CompetencyConsensus b, long bSteps) {
    int c = Boolean.compare(!a.split(), !b.split());
    if (c == 0) {
      c =
          Double.compare(
              a.rwg().orElse(Double.POSITIVE_INFINITY), b.rwg().orElse(Double.POSITIVE_INFINITY));
    }
    if (c == 0) {
      c = Long.compare(bSteps, aSteps); // the wider span first
    }
    return c != 0 ? c : a.competencyId().compareTo(b.competencyId());
  }

  /** A disputed competency with its span in scale steps. */
  private record Disputed(CompetencyConsensus consensus, long steps) {}

  /**
   * How a scale's levels are spaced: {@code min + step * k} for positions {@code k}, and the null
   * variance of rwg in steps. A scale of consecutive levels has step 1 and is counted exactly as
   * before; an evenly spaced one ({1, 3, 5, 7}, {0, 10, 20, 30}) gives the same rwg, bit for bit,
   * as its consecutive relabelling; an unevenly spaced one ({1, 2, 4}) uses the variance of the
   * uniform distribution over its own levels.
   */
  static final class Spacing {
    final long min;
    final long step;
    final boolean even;
    final long[] values;
    final double nullVariance;

    /** The scale this spacing was worked out for (immutable; compared by identity, then value). */
    final RatingScale scale;

    /** The last spacing worked out: a compiled plan evaluates many packets on one scale. */
    private static volatile @Nullable Spacing last;

    /** {@return the spacing of {@code scale}, reusing the last one when it is for this scale} */
    static Spacing of(RatingScale scale) {
      Spacing cached = last;
      if (cached != null && (cached.scale == scale || cached.scale.equals(scale))) {
        return cached;
      }
      Spacing fresh = new Spacing(scale);
      last = fresh;
      return fresh;
    }

    Spacing(RatingScale scale) {
      this.scale = scale;
      int a = scale.size();
      values = new long[a];
      for (int k = 0; k < a; k++) {
        values[k] = scale.levels().get(k).value();
      }
      Arrays.sort(values);
      min = values[0];
      long g = 0;
      for (long v : values) {
        g = gcd(g, v - min);
      }
      step = g == 0 ? 1 : g;
      boolean consecutive = true;
      long[] positions = new long[a];
      for (int k = 0; k < a; k++) {
        positions[k] = (values[k] - min) / step;
        consecutive &= positions[k] == k;
      }
      even = consecutive;
      nullVariance =
          even
              ? WithinGroupAgreement.uniformNullVariance(a)
              : WithinGroupAgreement.uniformNullVariance(positions);
    }

    private static long gcd(long a, long b) {
      while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
      }
      return a;
    }

    /** The span of {@code c}'s ratings in scale steps: positions in the level list apart. */
    long steps(CompetencyConsensus c) {
      if (step == 1 && even) {
        return c.range(); // consecutive levels: the range is the span
      }
      List<RaterLevel> ratings = c.ratings();
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int k = 0; k < ratings.size(); k++) {
        int level = RaterLevels.level(ratings, k);
        lo = Math.min(lo, level);
        hi = Math.max(hi, level);
      }
      if (ratings.isEmpty()) {
        return 0;
      }
      int i = Arrays.binarySearch(values, lo);
      int j = Arrays.binarySearch(values, hi);
      if (i < 0 || j < 0) { // a level off the scale: count whole steps of the spacing
        return ((long) hi - lo) / step;
      }
      return (long) j - i;
    }
  }

  private StandardConsensus() {}

  @Override
  public ConsensusReport measure(CompetencyScores scores, RatingScale scale) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(scale, "scale");
    List<CompetencyScore> all = scores.scores();
    // Filled in arrays, then handed over as List.of lists, which the report keeps without a copy.
    CompetencyConsensus[] rated = new CompetencyConsensus[all.size()];
    int ratedCount = 0;
    Spacing spacing = Spacing.of(scale);
    Disputed[] disputed = new Disputed[all.size()];
    int disputedCount = 0;
    double sdSum = 0;
    int sdCount = 0;
    double rwgSum = 0;
    int rwgCount = 0;
    int splits = 0;
    for (int k = 0; k < all.size(); k++) {
      CompetencyScore s = all.get(k);
      if (s.ratings().isEmpty()) {
        continue;
      }
      CompetencyConsensus c = figures(s, scale, spacing);
      rated[ratedCount++] = c;
      Coefficient sd = c.sd();
      if (sd.isDefined()) {
        sdSum += sd.value();
        sdCount++;
      }
      Coefficient rwg = c.rwg();
      if (rwg.isDefined()) {
        rwgSum += rwg.value();
        rwgCount++;
      }
      if (c.split()) {
        splits++;
      }
      long steps = spacing.steps(c);
      if (isDisputed(c, steps)) {
        disputed[disputedCount++] = new Disputed(c, steps);
      }
    }
    Arrays.sort(disputed, 0, disputedCount, StandardConsensus::mostDisputedFirst);
    AgendaItem[] agenda = new AgendaItem[disputedCount];
    for (int k = 0; k < disputedCount; k++) {
      CompetencyConsensus c = disputed[k].consensus();
      agenda[k] = AgendaItem.rendered(c.competencyId(), c.ratings(), () -> why(c));
    }
    return ImmutableConsensusReport.of(
        name(),
        List.of(ratedCount == rated.length ? rated : Arrays.copyOf(rated, ratedCount)),
        sdCount == 0 ? NO_MEAN : Coefficient.of(sdSum / sdCount),
        rwgCount == 0 ? NO_MEAN : Coefficient.of(rwgSum / rwgCount),
        splits,
        List.of(agenda));
  }

  static CompetencyConsensus figures(CompetencyScore s, RatingScale scale) {
    return figures(s, scale, Spacing.of(scale));
  }

  static CompetencyConsensus figures(CompetencyScore s, RatingScale scale, Spacing spacing) {
    List<RaterLevel> ratings = s.ratings();
    int n = ratings.size();
    long sum = 0; // at most n * 2^31 in magnitude: fits
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int k = 0; k < ratings.size(); k++) {
      int level = RaterLevels.level(ratings, k);
      sum += level;
      min = Math.min(min, level);
      max = Math.max(max, level);
    }
    // n^2 s^2 (n - 1) / n = n * sum x^2 - (sum x)^2 and n^2 AD = sum |n x - S|, both exact.
    double spread;
    double stepSpread; // the spread with levels counted in steps of the scale: spread / step^2
    double deviations;
    try {
      long squares = 0;
      long absolute = 0;
      for (int k = 0; k < ratings.size(); k++) {
        long level = RaterLevels.level(ratings, k);
        squares = Math.addExact(squares, level * level);
        absolute = Math.addExact(absolute, Math.abs(Math.subtractExact(n * level, sum)));
      }
      long exact = Math.subtractExact(Math.multiplyExact(n, squares), Math.multiplyExact(sum, sum));
      spread = exact;
      stepSpread = spacing.step == 1 ? spread : inSteps(BigInteger.valueOf(exact), spacing.step);
      deviations = absolute;
    } catch (ArithmeticException overflow) { // levels near +-2^31: the same sums, unbounded
      BigInteger squares = BigInteger.ZERO;
      BigInteger absolute = BigInteger.ZERO;
      BigInteger total = BigInteger.valueOf(sum);
      for (int k = 0; k < ratings.size(); k++) {
        BigInteger level = BigInteger.valueOf(RaterLevels.level(ratings, k));
        squares = squares.add(level.multiply(level));
        absolute = absolute.add(level.multiply(BigInteger.valueOf(n)).subtract(total).abs());
      }
      BigInteger exact = squares.multiply(BigInteger.valueOf(n)).subtract(total.multiply(total));
      spread = exact.doubleValue();
      stepSpread = spacing.step == 1 ? spread : inSteps(exact, spacing.step);
      deviations = absolute.doubleValue();
    }
    // A scale may span more than an int: the range then saturates (documented on range()).
    int range = (int) Math.min(Integer.MAX_VALUE, (long) max - min);
    double averageDeviation = deviations / ((double) n * n);
    boolean split = min < scale.hireLine() && max >= scale.hireLine();
    Coefficient sd = ONE_RATING_SD;
    Coefficient rwg = ONE_RATING_RWG;
    boolean truncated = false;
    if (n >= 2) {
      // Sample variance (n - 1) from exact integer sums, so the order of ratings cannot matter;
      // rwg as in WithinGroupAgreement (James, Demaree & Wolf 1984), against the uniform null
      // over the scale's own levels, both counted in steps of the scale: an evenly spaced scale
      // gives its consecutive relabelling's rwg bit for bit (for step 1, the same as always).
      double variance = spread / ((double) n * (n - 1));
      double stepVariance = spacing.step == 1 ? variance : stepSpread / ((double) n * (n - 1));
      double agreement = 1 - stepVariance / spacing.nullVariance;
      truncated = agreement < 0;
      sd = Coefficient.of(Math.sqrt(variance));
      rwg = Coefficient.of(truncated ? 0.0 : agreement);
    }
    return CompetencyConsensus.of(
        s.competencyId(), n, sd, range, rwg, truncated, averageDeviation, split, ratings);
  }

  /**
   * {@return the spread {@code n sum x^2 - (sum x)^2} counted in steps: divided by {@code step^2},
   * exactly when every rating is on the scale (each difference is then a multiple of the step)}
   */
  private static double inSteps(BigInteger spread, long step) {
    BigInteger square = BigInteger.valueOf(step).pow(2);
    BigInteger[] qr = spread.divideAndRemainder(square);
    if (qr[1].signum() == 0) {
      return qr[0].doubleValue();
    }
    return new BigDecimal(spread)
        .divide(new BigDecimal(square), MathContext.DECIMAL128)
        .doubleValue();
  }

  /**
   * {@return whether the ratings are disputed: split across the hire line, {@value #DISPUTED_RANGE}
   * or more scale steps apart (positions in the level list, so 3 and 5 on the scale {1, 3, 5, 7}
   * are one step apart), or rwg below {@value #DISPUTED_RWG}}
   *
   * @param c the competency's figures
   * @param steps how many scale steps separate its lowest and highest rating
   */
  static boolean isDisputed(CompetencyConsensus c, long steps) {
    if (c.split() || steps >= DISPUTED_RANGE) {
      return true;
    }
    Coefficient rwg = c.rwg();
    return rwg.isDefined() && rwg.value() < DISPUTED_RWG;
  }

  private static String why(CompetencyConsensus c) {
    StringBuilder b = new StringBuilder(64 + 32 * c.ratings().size());
    b.append(c.split() ? "Ratings split across the hire line" : "Ratings disagree");
    b.append(" (range ").append(c.range());
    if (c.rwg().isDefined()) {
      b.append(", rwg ").append(Checks.figure(c.rwg().value()));
    }
    b.append("): ");
    for (int i = 0; i < c.ratings().size(); i++) {
      RaterLevel r = c.ratings().get(i);
      b.append(i == 0 ? "" : ", ")
          .append(Quoting.quoted(r.interviewerId()))
          .append(" (")
          .append(r.panelRoleId())
          .append(") ")
          .append(r.level());
    }
    return b.append('.').toString();
  }

  @Override
  public String name() {
    return "standard";
  }

  @Override
  public String toString() {
    return name();
  }
}

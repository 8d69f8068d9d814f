package dev.rubric.scoring;

import dev.rubric.core.RatingScale;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.WithinGroupAgreement;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

  /** Splits first, then lower rwg (undefined last), then larger range, then competency id. */
  static final Comparator<CompetencyConsensus> MOST_DISPUTED_FIRST =
      StandardConsensus::mostDisputedFirst;

  private static int mostDisputedFirst(CompetencyConsensus a, CompetencyConsensus b) {
    int c = Boolean.compare(!a.split(), !b.split());
    if (c == 0) {
      c =
          Double.compare(
              a.rwg().orElse(Double.POSITIVE_INFINITY), b.rwg().orElse(Double.POSITIVE_INFINITY));
    }
    if (c == 0) {
      c = Integer.compare(b.range(), a.range()); // the larger range first
    }
    return c != 0 ? c : a.competencyId().compareTo(b.competencyId());
  }

  private StandardConsensus() {}

  @Override
  public ConsensusReport measure(CompetencyScores scores, RatingScale scale) {
    List<CompetencyScore> all = scores.scores();
    // Filled in arrays, then handed over as List.of lists, which the report keeps without a copy.
    CompetencyConsensus[] rated = new CompetencyConsensus[all.size()];
    int ratedCount = 0;
    CompetencyConsensus[] disputed = new CompetencyConsensus[all.size()];
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
      CompetencyConsensus c = figures(s, scale);
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
      if (isDisputed(c)) {
        disputed[disputedCount++] = c;
      }
    }
    Arrays.sort(disputed, 0, disputedCount, MOST_DISPUTED_FIRST);
    AgendaItem[] agenda = new AgendaItem[disputedCount];
    for (int k = 0; k < disputedCount; k++) {
      CompetencyConsensus c = disputed[k];
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
    double deviations;
    try {
      long squares = 0;
      long absolute = 0;
      for (int k = 0; k < ratings.size(); k++) {
        long level = RaterLevels.level(ratings, k);
        squares = Math.addExact(squares, level * level);
        absolute = Math.addExact(absolute, Math.abs(Math.subtractExact(n * level, sum)));
      }
      spread = Math.subtractExact(Math.multiplyExact(n, squares), Math.multiplyExact(sum, sum));
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
      spread =
          squares.multiply(BigInteger.valueOf(n)).subtract(total.multiply(total)).doubleValue();
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
      // rwg as in WithinGroupAgreement (James, Demaree & Wolf 1984), against the uniform null.
      double variance = spread / ((double) n * (n - 1));
      double agreement = 1 - variance / WithinGroupAgreement.uniformNullVariance(scale.size());
      truncated = agreement < 0;
      sd = Coefficient.of(Math.sqrt(variance));
      rwg = Coefficient.of(truncated ? 0.0 : agreement);
    }
    return CompetencyConsensus.of(
        s.competencyId(), n, sd, range, rwg, truncated, averageDeviation, split, ratings);
  }

  static boolean isDisputed(CompetencyConsensus c) {
    if (c.split() || c.range() >= DISPUTED_RANGE) {
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
          .append(r.interviewerId())
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

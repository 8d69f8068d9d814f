package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.agreement.UndefinedReason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreMedianTest {

  @Test
  void middleValueOrMidpointOfTheTwoMiddleValues() {
    assertThat(ScoreMedian.of().undefinedReason()).hasValue(UndefinedReason.NO_SCORES);
    assertThat(ScoreMedian.of(7).value()).isEqualTo(7.0);
    assertThat(ScoreMedian.of(3, 1, 2).value()).isEqualTo(2.0);
    assertThat(ScoreMedian.of(4, 1, 3, 2).value()).isEqualTo(2.5);
    assertThat(ScoreMedian.of(-0.0, 0.0).value()).isEqualTo(0.0);
    assertThat(ScoreMedian.of(-5, -1e300, 1e300, 5).value()).isEqualTo(0.0);
  }

  /**
   * Pass two keeps each distinct score of the middle bucket(s) once, with its count: a million
   * scores, 600,000 of them 3 (rubric scores, means of whole levels, tie at the median by the
   * thousand) and 200,000 a hair above 3 in the same bucket, keep two entries over two merged
   * parts, not 800,000 doubles, and give the median of sorting them all.
   */
  @Test
  void tiedScoresAreKeptOnceWithTheirCount() {
    int n = 1_000_000;
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] =
          switch (i % 5) {
            case 3 -> 3 + 0x1p-40;
            case 4 -> 1;
            default -> 3;
          };
    }
    ScoreMedian.FirstPass first = ScoreMedian.firstPass();
    ScoreMedian.FirstPass firstOther = ScoreMedian.firstPass();
    for (int i = 0; i < n; i++) {
      (i < n / 3 ? first : firstOther).add(scores[i]);
    }
    first.merge(firstOther);
    ScoreMedian.SecondPass second = first.secondPass();
    ScoreMedian.SecondPass secondOther = first.secondPass();
    for (int i = 0; i < n; i++) {
      (i < n / 2 ? second : secondOther).add(scores[i]);
    }
    second.merge(secondOther);
    assertThat(second.distinctKept()).isEqualTo(2);
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    assertThat(second.median().value()).isEqualTo(sorted[n / 2]).isEqualTo(3.0);
    assertThat(second.scoringLine().value()).isEqualTo(sorted[n / 2 - 1]);
  }

  /** Two passes over parts with any split agree with sorting all the scores, bit for bit. */
  @Test
  void twoPassesOverAnySplitEqualSortingEverything() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(200);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] =
            switch (round % 3) {
              case 0 -> random.nextInt(5); // many ties, one bucket
              case 1 -> 1 + random.nextDouble() * 1e-9; // all in one bucket, distinct
              default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            };
      }
      int parts = 1 + random.nextInt(4);
      int[] part = new int[n];
      ScoreMedian.FirstPass[] first = new ScoreMedian.FirstPass[parts];
      for (int p = 0; p < parts; p++) {
        first[p] = ScoreMedian.firstPass();
      }
      for (int i = 0; i < n; i++) {
        part[i] = random.nextInt(parts);
        first[part[i]].add(scores[i]);
      }
      ScoreMedian.FirstPass merged = ScoreMedian.firstPass();
      for (int p = parts - 1; p >= 0; p--) {
        merged.merge(first[p]);
      }
      ScoreMedian.SecondPass[] second = new ScoreMedian.SecondPass[parts];
      for (int p = 0; p < parts; p++) {
        second[p] = merged.secondPass();
      }
      for (int i = 0; i < n; i++) {
        second[part[i]].add(scores[i]);
      }
      ScoreMedian.SecondPass all = merged.secondPass();
      for (ScoreMedian.SecondPass p : second) {
        all.merge(p);
      }
      assertThat(all.median().toOptional())
          .as("seed %d round %d", seed, round)
          .isEqualTo(sorted(scores));
      assertThat(merged.count()).isEqualTo(n);
    }
  }

  private static OptionalDouble sorted(double[] scores) {
    if (scores.length == 0) {
      return OptionalDouble.empty();
    }
    double[] s = scores.clone();
    Arrays.sort(s);
    int h = s.length / 2;
    return s.length % 2 == 1
        ? OptionalDouble.of(s[h] + 0.0)
        : OptionalDouble.of(exactMean(s[h - 1], s[h]) + 0.0);
  }

  /** The mean of two doubles computed exactly, then rounded once. */
  private static double exactMean(double a, double b) {
    return new BigDecimal(a).add(new BigDecimal(b)).multiply(new BigDecimal("0.5")).doubleValue();
  }

  @Test
  void theMedianOfTwoMiddleScoresIsTheirExactMeanRoundedOnce() {
    // Found by a review: lo + (hi - lo) / 2 rounds twice, so the midpoint of scores of opposite
    // signs was off by up to several ulps.
    assertThat(ScoreMedian.of(-3, 1.0000000000000002).value()).isEqualTo(-0.9999999999999999);
    assertThat(ScoreMedian.of(-1.749151763867116e307, 1.6492537533555974e307).value())
        .isEqualTo(-4.9949005255759336e305);
    assertThat(ScoreMedian.of(-Double.MAX_VALUE, Double.MAX_VALUE).value()).isEqualTo(0.0);
    assertThat(ScoreMedian.of(Double.MAX_VALUE, Double.MAX_VALUE).value())
        .isEqualTo(Double.MAX_VALUE);
    assertThat(ScoreMedian.of(Double.MIN_VALUE, 0).value()).isEqualTo(0.0); // a tie, to even
    assertThat(ScoreMedian.of(Double.MIN_VALUE, 3 * Double.MIN_VALUE).value())
        .isEqualTo(2 * Double.MIN_VALUE);
    SplittableRandom random = new SplittableRandom(20261201);
    for (int i = 0; i < 10_000; i++) {
      double a = Double.longBitsToDouble(random.nextLong());
      double b = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(a) && Double.isFinite(b)) {
        assertThat(ScoreMedian.of(a, b).value()).as("%s, %s", a, b).isEqualTo(exactMean(a, b));
      }
    }
  }

  /**
   * Found by a review: with the middle scores 0.9999999999999999 and 1, their exact mean is no
   * double and rounded to 1, so no score of 1 counted as above the median. The line is the lower
   * middle score: a score of the sample is above it exactly when it is above the exact median.
   */
  @Test
  void aScoreIsAboveTheExactMedianExactlyWhenItIsAboveTheScoringLine() {
    ScoreMedian.SecondPass adjacent = ScoreMedian.bothPasses(0.9999999999999999, 1, 1, 0.5);
    assertThat(adjacent.median().value()).isEqualTo(1.0);
    assertThat(adjacent.scoringLine().value()).isEqualTo(0.9999999999999999);
    assertThat(ScoreMedian.bothPasses().scoringLine().undefinedReason())
        .hasValue(UndefinedReason.NO_SCORES);
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(9);
      double base = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 10);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = base;
        for (int steps = random.nextInt(3); steps > 0; steps--) {
          scores[i] = Math.nextUp(scores[i]); // ties and adjacent doubles around the middle
        }
      }
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      BigDecimal twiceMedian =
          n % 2 == 1
              ? new BigDecimal(sorted[n / 2]).multiply(BigDecimal.valueOf(2))
              : new BigDecimal(sorted[n / 2 - 1]).add(new BigDecimal(sorted[n / 2]));
      double line = ScoreMedian.bothPasses(scores).scoringLine().value();
      for (double score : scores) {
        boolean above =
            new BigDecimal(score).multiply(BigDecimal.valueOf(2)).compareTo(twiceMedian) > 0;
        assertThat(score > line).as("%s in %s", score, Arrays.toString(scores)).isEqualTo(above);
      }
    }
  }

  @Test
  void misuseIsRefusedWithAReason() {
    ScoreMedian.FirstPass first = ScoreMedian.firstPass().add(1).add(2).add(3);
    ScoreMedian.SecondPass second = first.secondPass().add(1).add(3);
    assertThatThrownBy(second::median)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the second pass kept 0 scores of the middle buckets, the first counted 1: both"
                + " passes must read the same scores");
    ScoreMedian.SecondPass other = ScoreMedian.firstPass().add(9).secondPass();
    assertThatThrownBy(() -> second.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the second passes come from different first passes");
    assertThatThrownBy(() -> first.add(Double.NaN)).hasMessage("score (NaN) must be finite");
    assertThatThrownBy(() -> second.add(Double.POSITIVE_INFINITY))
        .hasMessage("score (Infinity) must be finite");
  }
}

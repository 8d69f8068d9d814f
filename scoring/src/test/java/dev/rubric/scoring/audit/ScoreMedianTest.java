package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.agreement.UndefinedReason;
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
        : OptionalDouble.of(s[h - 1] + (s[h] - s[h - 1]) / 2 + 0.0);
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

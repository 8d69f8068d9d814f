package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The weighted means that decide (an area's score against its bar, the overall score against the
 * threshold and its margin) say what the exact means say: a mean whose exact value is a double is
 * that double, any other is within a unit in the last place of the exact value. The oracle is exact
 * decimal arithmetic on the doubles given ({@link BigDecimal}).
 */
class ExactWeightedMeansTest {
  private static final double[] NICE_WEIGHTS = {0.5, 1, 1.5, 2, 2.5, 3, 0.25, 0.75};

  /**
   * The case found in the bundled plan: area weights 1.5, 1.5, 2, 1 and 1 of a profile weighing 29
   * in all, rated 2, 2, 4, 4 and 3. The exact mean is 21 / 7 = 3, the area's bar: it is met.
   * Summing the parts (w / 29) v gave 2.9999999999999996, a depth gap and NO_HIRE.
   */
  @Test
  void anAreaWhoseExactMeanIsItsBarMeetsIt() {
    double[] weights = {1.5, 1.5, 2, 1, 1, 10, 12};
    String[] areas = {"infra", "infra", "infra", "infra", "infra", "modeling", "modeling"};
    double[] scores = {2, 2, 4, 4, 3, 3, 4};
    BreadthDepthProfile p = areaBars(weights, areas, scores, 3);

    assertThat(p.areas().get(0).score().value()).isEqualTo(3.0);
    assertThat(p.depthMet()).isTrue();
    assertThat(p.gaps()).isEmpty();
  }

  /**
   * An area weighing only the smallest double, beside areas weighing 1 and 2, has the mean of its
   * own weights: scaled by the area's largest weight, not the profile's (which would round it to 0
   * and the mean to 0 / 0).
   */
  @Test
  void anAreaOfSubnormalWeightsIsMeasuredOnItsOwnWeights() {
    double[] weights = {Double.MIN_VALUE, 3 * Double.MIN_VALUE, 1, 2};
    String[] areas = {"tiny", "tiny", "modeling", "modeling"};
    double[] scores = {1, 3, 4, 4};
    BreadthDepthProfile p = areaBars(weights, areas, scores, 2);

    assertThat(p.areas().get(0).area()).isEqualTo("tiny");
    assertThat(p.areas().get(0).score().value()).isEqualTo(2.5); // (1 + 9) / 4
    assertThat(p.depthMet()).isTrue();
  }

  /** Single ratings whose exact weighted score is 87 / 29 = 3 reach a threshold of 3. */
  @Test
  void aScoreWhoseExactValueIsTheThresholdReachesIt() {
    double[] weights = {1.5, 1.5, 2, 1, 1, 10, 12};
    double[] levels = {2, 2, 4, 4, 3, 3, 3}; // sum w v = 21 + 66 = 87, sum w = 29
    OverallScore o = ScoringStrategy.weightedCompensatory().score(scores(levels), profile(weights));

    assertThat(o.score().value()).isEqualTo(3.0);
    assertThat(o.contributions()).hasSize(7); // the parts stay listed, each w / W x v rounded
  }

  /** Over random weights and levels, both means against the exact quotient of the exact sums. */
  @Test
  void everyMeanIsTheExactOneWhenThatIsADoubleAndWithinAnUlpOtherwise() {
    SplittableRandom random = new SplittableRandom(20261201);
    int exactCases = 0;
    for (int run = 0; run < 20_000; run++) {
      int n = 2 + random.nextInt(9);
      double[] weights = new double[n];
      double[] levels = new double[n];
      boolean nice = random.nextBoolean();
      for (int i = 0; i < n; i++) {
        weights[i] =
            nice
                ? NICE_WEIGHTS[random.nextInt(NICE_WEIGHTS.length)]
                : 0.01 + random.nextDouble() * 9.99;
        levels[i] = 1 + random.nextInt(5);
      }
      BigDecimal exactSum = BigDecimal.ZERO;
      BigDecimal exactWeight = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        exactSum = exactSum.add(new BigDecimal(weights[i]).multiply(new BigDecimal(levels[i])));
        exactWeight = exactWeight.add(new BigDecimal(weights[i]));
      }
      BigDecimal exact = exactSum.divide(exactWeight, new MathContext(80));
      double nearest = exact.doubleValue();
      boolean isDouble = new BigDecimal(nearest).multiply(exactWeight).compareTo(exactSum) == 0;

      double overall =
          ScoringStrategy.weightedCompensatory()
              .score(scores(levels), profile(weights))
              .score()
              .value();
      String[] oneArea = new String[n];
      java.util.Arrays.fill(oneArea, "infra");
      double area = areaBars(weights, oneArea, levels, 1).areas().get(0).score().value();

      for (double mean : new double[] {overall, area}) {
        if (isDouble) {
          assertThat(mean).as("run %d", run).isEqualTo(nearest);
        } else {
          assertThat(new BigDecimal(mean).subtract(exact).abs())
              .as("run %d", run)
              .isLessThanOrEqualTo(new BigDecimal(Math.ulp(nearest)));
        }
      }
      if (isDouble && nearest != Math.rint(nearest)) {
        exactCases++;
      }
    }
    assertThat(exactCases).as("exact means that are not whole levels").isGreaterThan(500);
  }

  /** The margin is strict on the exact difference: 3.25 is not within 0.25 of 3. */
  @Test
  void theMarginComparesTheExactDifference() {
    assertThat(StandardDecisionPolicy.strictlyWithin(3.25, 3, 0.25)).isFalse();
    assertThat(StandardDecisionPolicy.strictlyWithin(Math.nextDown(3.25), 3, 0.25)).isTrue();
    assertThat(StandardDecisionPolicy.strictlyWithin(3, 3, 0)).isFalse();
    SplittableRandom random = new SplittableRandom(7);
    for (int run = 0; run < 100_000; run++) {
      double threshold = 1 + random.nextInt(40) / 10.0;
      double margin = random.nextInt(10) / 20.0;
      double score = threshold + (random.nextBoolean() ? margin : -margin);
      for (int step = random.nextInt(4) - 2; step != 0; step += step > 0 ? -1 : 1) {
        score = step > 0 ? Math.nextUp(score) : Math.nextDown(score);
      }
      boolean exact =
          new BigDecimal(score)
                  .subtract(new BigDecimal(threshold))
                  .abs()
                  .compareTo(new BigDecimal(margin))
              < 0;
      assertThat(StandardDecisionPolicy.strictlyWithin(score, threshold, margin))
          .as("%s %s %s", score, threshold, margin)
          .isEqualTo(exact);
    }
  }

  private static BreadthDepthProfile areaBars(
      double[] weights, String[] areas, double[] scores, int bar) {
    List<CompetencyScore> all = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      all.add(CompetencyScore.of("c" + i, areas[i], Coefficient.of(scores[i]), List.of()));
    }
    RoleProfile profile =
        RoleProfile.builder()
            .from(profile(weights))
            .breadthDepth(
                BreadthDepthExpectation.builder().depth(areas[0], bar).breadthRequired(0).build())
            .build();
    return BreadthDepthStrategy.areaBars().assess(CompetencyScores.of("mean", all), profile);
  }

  private static CompetencyScores scores(double[] levels) {
    List<CompetencyScore> all = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      all.add(CompetencyScore.of("c" + i, "area", Coefficient.of(levels[i]), List.of()));
    }
    return CompetencyScores.of("mean", all);
  }

  private static RoleProfile profile(double[] weights) {
    RoleProfile.Builder b = RoleProfile.builder().title("ML engineer").seniority("senior");
    for (int i = 0; i < weights.length; i++) {
      b.addRequirements(
          CompetencyRequirement.builder()
              .competencyId("c" + i)
              .weight(weights[i])
              .targetLevel(3)
              .build());
    }
    return b.build();
  }
}

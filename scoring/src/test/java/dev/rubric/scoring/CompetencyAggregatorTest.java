package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.RatingScale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyAggregatorTest {
  private static final RatingScale FOUR = RatingScale.fourPoint();

  private static double run(CompetencyAggregator a, int... levels) {
    return a.aggregate(RatingSample.of("serving", FOUR, levels));
  }

  @Test
  void mean() {
    assertThat(run(CompetencyAggregator.mean(), 2, 3, 4)).isEqualTo(3.0);
    assertThat(run(CompetencyAggregator.mean(), 3, 4)).isEqualTo(3.5);
    assertThat(CompetencyAggregator.mean().name()).isEqualTo("mean");
  }

  @Test
  void median() {
    assertThat(run(CompetencyAggregator.median(), 4, 1, 3)).isEqualTo(3.0);
    assertThat(run(CompetencyAggregator.median(), 2, 3, 3, 4)).isEqualTo(3.0);
    assertThat(run(CompetencyAggregator.median(), 1, 4)).isEqualTo(2.5);
    assertThat(CompetencyAggregator.median().name()).isEqualTo("median");
  }

  @Test
  void minimum() {
    assertThat(run(CompetencyAggregator.minimum(), 4, 2, 4)).isEqualTo(2.0);
    assertThat(CompetencyAggregator.minimum().name()).isEqualTo("minimum");
  }

  @Test
  void trimmedMean() {
    CompetencyAggregator t = CompetencyAggregator.trimmedMean(0.2);
    // k = floor(0.2 * 5) = 1: drop 1 and one 4, mean of 3, 3, 4 = 10 / 3
    assertThat(run(t, 4, 1, 3, 4, 3)).isCloseTo(10.0 / 3, within(1e-12));
    // k = floor(0.2 * 4) = 0: the mean
    assertThat(run(t, 1, 3, 4, 4)).isEqualTo(3.0);
    assertThat(t.name()).isEqualTo("trimmed-mean(0.2)");
    // Two fractions never share a name, and a name never shows a fraction the factory refuses.
    assertThat(CompetencyAggregator.trimmedMean(0.49999).name()).isEqualTo("trimmed-mean(0.49999)");
    assertThat(CompetencyAggregator.trimmedMean(0.1234).name())
        .isNotEqualTo(CompetencyAggregator.trimmedMean(0.1229).name());
    assertThat(CompetencyAggregator.trimmedMean(1e-5).name()).isEqualTo("trimmed-mean(0.00001)");
    assertThat(run(CompetencyAggregator.trimmedMean(0), 1, 2)).isEqualTo(1.5);
  }

  @Test
  void trimmedMeanRejectsFractionsOutsideTheRange() {
    assertThatThrownBy(() -> CompetencyAggregator.trimmedMean(0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction (0.5) must be >= 0 and < 0.5");
    assertThatThrownBy(() -> CompetencyAggregator.trimmedMean(Double.NaN))
        .hasMessage("fraction (NaN) must be >= 0 and < 0.5");
  }

  @Test
  void leniencyAdjustedLowersEachInterviewersOffsetThenAggregates() {
    // RatingSample.of names the raters r1, r2 in the order given: r1 gave 4, r2 gave 2.
    CompetencyAggregator a =
        CompetencyAggregator.leniencyAdjusted(
            Map.of("r1", 0.5, "r2", -0.5), CompetencyAggregator.mean());
    assertThat(run(a, 4, 2)).isEqualTo(3.0); // (3.5 + 2.5) / 2
    assertThat(a.name()).isEqualTo("leniency-adjusted(mean)");
    CompetencyAggregator min =
        CompetencyAggregator.leniencyAdjusted(Map.of("r1", 2.0), CompetencyAggregator.minimum());
    // r1's 4 becomes 2, r2's 3 stays: the minimum is now r1's adjusted 2
    assertThat(run(min, 4, 3)).isEqualTo(2.0);
  }

  @Test
  void leniencyAdjustedClampsToTheScale() {
    CompetencyAggregator a =
        CompetencyAggregator.leniencyAdjusted(Map.of("r1", -3.0), CompetencyAggregator.mean());
    assertThat(run(a, 4)).isEqualTo(4.0); // 7 clamped to 4
    CompetencyAggregator b =
        CompetencyAggregator.leniencyAdjusted(Map.of("r1", 3.0), CompetencyAggregator.mean());
    assertThat(run(b, 2)).isEqualTo(1.0); // -1 clamped to 1
  }

  @Test
  void leniencyAdjustedRejectsNonFiniteOffsets() {
    assertThatThrownBy(
            () ->
                CompetencyAggregator.leniencyAdjusted(
                    Map.of("ann", Double.NaN), CompetencyAggregator.mean()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset of interviewer 'ann' (NaN) must be finite");
  }

  @Test
  void sampleIsInCanonicalOrder() {
    RatingSample s = RatingSample.of("serving", FOUR, 4, 2, 3);
    assertThat(s.size()).isEqualTo(3);
    assertThat(new int[] {s.level(0), s.level(1), s.level(2)}).containsExactly(2, 3, 4);
    assertThat(s.interviewerId(0)).isEqualTo("r2");
    assertThat(s.toString()).isEqualTo("serving[r2=2, r3=3, r1=4]");
    assertThatThrownBy(() -> RatingSample.of("serving", FOUR, 5))
        .hasMessage("levels[0] (5) must be on the scale");
  }

  @Test
  void namedGivesALambdaAName() {
    CompetencyAggregator max = CompetencyAggregator.named("maximum", s -> s.value(s.size() - 1));
    assertThat(max.name()).isEqualTo("maximum");
    assertThat(run(max, 1, 4, 2)).isEqualTo(4.0);
  }
}

package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Argument checks and orderings of the scoring package's small value types and helpers. */
class ScoringEdgeTest {

  @Test
  void decisionThresholdDefaults() {
    DecisionThresholds d = DecisionThresholds.defaults();

    assertThat(d.hireThreshold()).isEmpty();
    assertThat(d.margin()).isEqualTo(0.25);
    assertThat(d.weakRwg()).isEqualTo(0.5);
    assertThat(d.heavyWeightShare()).isEqualTo(0.15);
    assertThat(d.threshold(RatingScale.fourPoint())).isEqualTo(RatingScale.fourPoint().hireLine());
    assertThat(
            DecisionThresholds.builder()
                .hireThreshold(3.25)
                .build()
                .threshold(RatingScale.fourPoint()))
        .isEqualTo(3.25);
  }

  /**
   * A hire threshold off the plan's scale could never decide sensibly (above the top nobody is
   * hired, below the bottom every score reaches it): refused when the plan is compiled, naming the
   * threshold, the plan and its scale; the scale's own ends are accepted.
   */
  @Test
  void aHireThresholdOffThePlansScaleIsRefusedWhenThePlanIsCompiled() {
    InterviewPlan plan = Packets.plan();
    int min = plan.scale().min();
    int max = plan.scale().max();
    Evaluator high =
        Evaluator.builder()
            .thresholds(DecisionThresholds.builder().hireThreshold(max + 95).build())
            .build();
    assertThatThrownBy(() -> high.forPlan(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "hireThreshold ("
                + (max + 95)
                + ") lies above plan '"
                + plan.id()
                + "''s scale, "
                + min
                + " to "
                + max
                + ": no candidate could be hired; give a threshold on the scale, or none for its"
                + " hire line ("
                + plan.scale().hireLine()
                + ")");
    assertThatThrownBy(() -> high.evaluate(plan, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no candidate could be hired");
    Evaluator low =
        Evaluator.builder()
            .thresholds(DecisionThresholds.builder().hireThreshold(min - 0.5).build())
            .build();
    assertThatThrownBy(() -> low.forPlan(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lies below plan")
        .hasMessageContaining("every score would reach it");
    for (double t : new double[] {min, max}) {
      assertThat(
              Evaluator.builder()
                  .thresholds(DecisionThresholds.builder().hireThreshold(t).build())
                  .build()
                  .forPlan(plan)
                  .plan())
          .isSameAs(plan);
    }
  }

  @Test
  void decisionThresholdsAcceptTheirClosedBounds() {
    DecisionThresholds d =
        DecisionThresholds.builder().margin(0).weakRwg(0).heavyWeightShare(1).build();
    assertThat(d.margin()).isZero();
    assertThat(d.weakRwg()).isZero();
    assertThat(d.heavyWeightShare()).isEqualTo(1);
    assertThat(DecisionThresholds.builder().weakRwg(1).build().weakRwg()).isEqualTo(1);
  }

  @Test
  void decisionThresholdsRefuseOutOfRangeValues() {
    assertThatThrownBy(
            () -> DecisionThresholds.builder().hireThreshold(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hireThreshold (Infinity) must be finite");
    assertThatThrownBy(() -> DecisionThresholds.builder().margin(-0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin (-0.5) must be >= 0");
    assertThatThrownBy(() -> DecisionThresholds.builder().margin(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin (NaN) must be >= 0");
    assertThatThrownBy(() -> DecisionThresholds.builder().margin(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin (Infinity) must be >= 0");
    assertThatThrownBy(() -> DecisionThresholds.builder().weakRwg(-0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weakRwg (-0.1) must be between 0 and 1");
    assertThatThrownBy(() -> DecisionThresholds.builder().weakRwg(1.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weakRwg (1.1) must be between 0 and 1");
    assertThatThrownBy(() -> DecisionThresholds.builder().heavyWeightShare(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heavyWeightShare (0.0) must be > 0 and <= 1");
    assertThatThrownBy(() -> DecisionThresholds.builder().heavyWeightShare(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heavyWeightShare (1.5) must be > 0 and <= 1");
  }

  @Test
  void ratingSampleRefusesNoLevels() {
    assertThatThrownBy(() -> RatingSample.of("serving", RatingScale.fourPoint()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels (0) must not be empty");
    RatingSample one = RatingSample.of("serving", RatingScale.fourPoint(), 3);
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.level(0)).isEqualTo(3);
  }

  // Canonical order: by value, then interviewer id, then seat id; the entries before `from` and
  // after `from + n` stay where they are.
  @Test
  void sortingOrdersByValueThenInterviewerThenSeat() {
    int[] levels = {9, 3, 1, 3, 3, 1, 9};
    String[] ids = {"z", "bob", "cat", "amy", "bob", "cat", "z"};
    String[] seats = {"z", "s2", "s1", "s9", "s1", "s0", "z"};

    Sorting.sort(levels, null, ids, seats, 1, 5);

    assertThat(levels).containsExactly(9, 1, 1, 3, 3, 3, 9);
    assertThat(ids).containsExactly("z", "cat", "cat", "amy", "bob", "bob", "z");
    assertThat(seats).containsExactly("z", "s0", "s1", "s9", "s1", "s2", "z");
  }

  @Test
  void sortingByValuesCarriesTheLevels() {
    int[] levels = {4, 2, 3};
    double[] values = {3.5, 2.0, 2.0};
    String[] ids = {"a", "c", "b"};
    String[] seats = {"x", "x", "x"};

    Sorting.sort(levels, values, ids, seats, 0, 3);

    assertThat(values).containsExactly(2.0, 2.0, 3.5);
    assertThat(levels).containsExactly(3, 2, 4);
    assertThat(ids).containsExactly("b", "c", "a");
  }
}

package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan shape's ranges are the plans' shape, not only an upper bound on it. */
class PlanShapeTest {

  private static long areasUsed(InterviewPlan plan) {
    return plan.competencies().stream().map(Competency::area).distinct().count();
  }

  @Test
  void aPlanUsesEveryAreaItsShapeAsksFor() {
    PlanShape eightAreas = PlanShape.standard().withAreas(8, 8).withCompetencies(8, 20);

    List<InterviewPlan> plans = RubricGen.plans(eightAreas).sample(1, 200);

    assertThat(plans).allSatisfy(p -> assertThat(areasUsed(p)).isEqualTo(8));
    assertThat(plans).allSatisfy(p -> assertThat(p.validate().hasErrors()).isFalse());
  }

  @Test
  void withFewerCompetenciesThanAreasEachHasItsOwnArea() {
    PlanShape shape = PlanShape.standard().withAreas(5, 8).withCompetencies(1, 5);

    List<InterviewPlan> plans = RubricGen.plans(shape).sample(2, 200);

    assertThat(plans).allSatisfy(p -> assertThat(areasUsed(p)).isEqualTo(p.competencies().size()));
  }

  @Test
  void aPlanDrawsAnyNumberOfAreasInTheRange() {
    PlanShape shape = PlanShape.standard().withAreas(2, 4).withCompetencies(10, 20);

    List<Long> used =
        RubricGen.plans(shape).sample(3, 200).stream().map(p -> areasUsed(p)).toList();

    assertThat(used).containsOnly(2L, 3L, 4L).contains(2L, 3L, 4L);
  }
}

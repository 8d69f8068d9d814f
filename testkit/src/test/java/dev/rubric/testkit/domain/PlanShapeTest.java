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
  void eachWithMethodChangesItsOwnSettingAndNoOther() {
    PlanShape s = PlanShape.standard();
    assertThat(s)
        .hasToString(
            "PlanShape{levels=[2, 7], competencies=[1, 20], areas=[1, 8], seats=[1, 8],"
                + " mustHaveBars=true, breadthDepth=true, process=false, hostileText=false}");
    assertThat(
            s.withLevels(3, 4)
                .withCompetencies(2, 5)
                .withAreas(1, 2)
                .withSeats(6, 7)
                .withMustHaveBars(false)
                .withBreadthDepth(false)
                .withProcess(true)
                .withHostileText(true))
        .hasToString(
            "PlanShape{levels=[3, 4], competencies=[2, 5], areas=[1, 2], seats=[6, 7],"
                + " mustHaveBars=false, breadthDepth=false, process=true, hostileText=true}");
    assertThat(s.withSeats(2, 3))
        .hasToString(
            "PlanShape{levels=[2, 7], competencies=[1, 20], areas=[1, 8], seats=[2, 3],"
                + " mustHaveBars=true, breadthDepth=true, process=false, hostileText=false}");
    assertThat(s).hasToString(PlanShape.standard().toString()); // the standard shape is unchanged
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

package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.testkit.PropertyCheck;
import dev.rubric.testkit.PropertyResult;
import org.junit.jupiter.api.Test;

/** A shrunk plan is small in every part the failure does not need, its scale included. */
class DomainShrinkingTest {

  @Test
  void aPlanThatFailsOnItsPanelShrinksToTheSmallestScale() {
    for (long seed = 1; seed <= 20; seed++) {
      PropertyResult<InterviewPlan> result =
          PropertyCheck.forAll(RubricGen.plans())
              .withSeed(seed)
              .runThat(p -> p.competencies().size() < 3 || p.panelRoles().size() < 2);

      InterviewPlan plan = result.shrunk().orElseThrow();
      assertThat(plan.competencies()).as("seed %d", seed).hasSize(3);
      assertThat(plan.panelRoles()).as("seed %d", seed).hasSize(2);
      assertThat(plan.scale().size()).as("seed %d: %s", seed, plan.scale()).isEqualTo(2);
      assertThat(plan.validate().hasErrors()).isFalse();
    }
  }

  @Test
  void competenciesOnAScaleOfMoreLevelsThanGeneratedOnesStillGetAnchors() {
    RatingScale.Builder ten = RatingScale.builder();
    for (int level = 1; level <= 10; level++) {
      ten.level(level, "Level " + level);
    }
    RatingScale scale = ten.hireLine(6).build();

    assertThat(RubricGen.competencies(scale).sample(1, 100))
        .anySatisfy(c -> assertThat(c.anchors()).containsKey(10))
        .allSatisfy(c -> assertThat(c.anchors().keySet()).allMatch(l -> l >= 1 && l <= 10));
    assertThat(RubricGen.plans(scale, PlanShape.standard()).sample(1, 50))
        .allSatisfy(p -> assertThat(p.validate().hasErrors()).isFalse())
        .flatMap(InterviewPlan::competencies)
        .extracting(Competency::anchors)
        .anySatisfy(anchors -> assertThat(anchors).containsKey(10));
  }
}

package dev.rubric.core;

import com.google.common.testing.EqualsTester;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Equality of the core value types, checked explicitly with {@link EqualsTester}: two values built
 * separately from the same parts are equal with equal hash codes; a value that differs in any one
 * part is unequal to them.
 */
class ValueEqualityTest {
  @Test
  void competency() {
    new EqualsTester()
        .addEqualityGroup(
            Plans.competency("model-serving", "deployment"),
            Plans.competency("model-serving", "deployment"))
        .addEqualityGroup(Plans.competency("model-serving", "infrastructure"))
        .addEqualityGroup(Plans.competency("monitoring", "deployment"))
        .addEqualityGroup(
            Competency.builder()
                .from(Plans.competency("model-serving", "deployment"))
                .anchors(Map.of(1, "None", 2, "Theory", 3, "Once", 4, "Built a platform"))
                .build())
        .addEqualityGroup(
            Competency.builder()
                .from(Plans.competency("model-serving", "deployment"))
                .description("Serves models")
                .build())
        .testEquals();
  }

  @Test
  void ratingScale() {
    List<ScaleLevel> levels = RatingScale.fourPoint().levels();
    new EqualsTester()
        .addEqualityGroup(
            RatingScale.fourPoint(), RatingScale.fourPoint(), RatingScale.of(levels, 3))
        .addEqualityGroup(RatingScale.of(levels, 2))
        .addEqualityGroup(RatingScale.greenhouseFivePoint())
        .testEquals();
  }

  @Test
  void scorecard() {
    InterviewPlan plan = Plans.minimal().build();
    new EqualsTester()
        .addEqualityGroup(
            Plans.card(plan).rate("model-serving", 3, "shipped it").build(),
            Plans.card(plan).rate("model-serving", 3, "shipped it").build())
        .addEqualityGroup(Plans.card(plan).rate("model-serving", 4, "shipped it").build())
        .addEqualityGroup(Plans.card(plan).rate("model-serving", 3, "read about it").build())
        .addEqualityGroup(
            Plans.card(plan)
                .rate("model-serving", 3, "shipped it")
                .overallRecommendation(Recommendation.YES)
                .build())
        .addEqualityGroup(
            Plans.card(plan)
                .rate("model-serving", 3, "shipped it")
                .submittedAt(Instant.parse("2026-11-21T10:15:30Z"))
                .build())
        .addEqualityGroup(
            Plans.card(plan).interviewerId("bob").rate("model-serving", 3, "shipped it").build())
        .testEquals();
  }

  @Test
  void interviewPlan() {
    new EqualsTester()
        .addEqualityGroup(Plans.minimal().build(), Plans.minimal().build())
        .addEqualityGroup(Plans.minimal().id("other-plan").build())
        .addEqualityGroup(Plans.minimal().seatsPerCompetency(3).build())
        .addEqualityGroup(Plans.minimal().scale(RatingScale.greenhouseFivePoint()).build())
        .testEquals();
  }

  @Test
  void problem() {
    new EqualsTester()
        .addEqualityGroup(
            Problem.error("JSON_MISSING_FIELD", "/id", "id is missing."),
            Problem.error("JSON_MISSING_FIELD", "/id", "id is missing."))
        .addEqualityGroup(Problem.advice("JSON_MISSING_FIELD", "/id", "id is missing."))
        .addEqualityGroup(Problem.error("JSON_INVALID_VALUE", "/id", "id is missing."))
        .addEqualityGroup(Problem.error("JSON_MISSING_FIELD", "/name", "id is missing."))
        .addEqualityGroup(Problem.error("JSON_MISSING_FIELD", "/id", "id is absent."))
        .testEquals();
  }
}

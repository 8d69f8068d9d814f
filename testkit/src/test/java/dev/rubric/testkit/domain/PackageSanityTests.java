package dev.rubric.testkit.domain;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import java.util.List;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib. Plans come from the package's own generator.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    setDefault(PlanShape.class, PlanShape.standard());
    setDefault(RatingScale.class, RatingScale.fourPoint());
    List<InterviewPlan> plans = RubricGen.plans().sample(20261126L, 2);
    setDistinctValues(InterviewPlan.class, plans.get(0), plans.get(1));
    List<Scorecard> cards = RubricGen.scorecardsFor(plans.get(0)).sample(20261126L, 2);
    setDistinctValues(Scorecard.class, cards.get(0), cards.get(1));
  }
}

package dev.rubric.interop;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.core.InterviewPlan;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    InterviewPlan plan = Fixtures.fourPointPlan();
    setDefault(InterviewPlan.class, plan);
    setDefault(
        ImportMapping.class,
        ImportMapping.builder().vendor(AtsVendor.GREENHOUSE).plan(plan).build());
  }
}

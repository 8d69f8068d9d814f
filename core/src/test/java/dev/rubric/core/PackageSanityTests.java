package dev.rubric.core;

import com.google.common.testing.AbstractPackageSanityTests;
import dev.rubric.fixtures.Plans;

/**
 * Null checks, equals/hashCode and serialization of every public class in this package, found and
 * exercised by guava-testlib.
 */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    publicApiOnly();
    setDefault(InterviewPlan.class, Plans.minimal().build());
    setDefault(RatingScale.class, RatingScale.fourPoint());
    setDefault(
        Scorecard.class,
        Scorecard.builder()
            .candidateId("cand-1")
            .interviewerId("alice")
            .panelRoleId("seat")
            .planFingerprint("sha256:00")
            .submittedAt(java.time.Instant.parse("2026-11-20T10:00:00Z"))
            .build());
  }
}

package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.fixtures.Plans;
import org.junit.jupiter.api.Test;

class InterviewPlanTest {
  @Test
  void minimalPlanHasNoProblemsOnceSeatKindsAndASignOffAreGiven() {
    assertThat(ProcessPlanTest.complete().build().validate().problems()).isEmpty();
    assertThat(Plans.minimal().build().validate().errors()).isEmpty();
  }

  @Test
  void fingerprintIsStableAndContentSensitive() {
    InterviewPlan a = Plans.minimal().build();
    InterviewPlan b = Plans.minimal().build();
    assertThat(a.fingerprint()).startsWith("sha256:").hasSize(7 + 64).isEqualTo(b.fingerprint());
    InterviewPlan c = Plans.minimal().seatsPerCompetency(2).build();
    assertThat(c.fingerprint()).isNotEqualTo(a.fingerprint());
  }
}

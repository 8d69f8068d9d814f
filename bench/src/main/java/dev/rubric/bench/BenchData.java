package dev.rubric.bench;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.OwnershipBoundaries;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.core.TechnicalEnvironment;
import java.time.Instant;
import java.util.SplittableRandom;

/** Deterministic data for the benchmarks: fixed seeds, so every run measures the same work. */
final class BenchData {
  static final long SEED = 20261126L;

  private BenchData() {}

  /**
   * A plan of {@code seats} seats, each assessing {@code competenciesPerSeat} competencies on the
   * four-level scale; the first competency of each seat is a must-have.
   */
  static InterviewPlan plan(int seats, int competenciesPerSeat) {
    InterviewPlan.Builder plan =
        InterviewPlan.builder().id("bench").scale(RatingScale.fourPoint()).seatsPerCompetency(1);
    RoleProfile.Builder profile =
        RoleProfile.builder()
            .title("Machine Learning Engineer")
            .seniority("senior")
            .environment(
                TechnicalEnvironment.builder()
                    .mlopsFramework("Kubeflow")
                    .cloud("AWS")
                    .modelVersioning("MLflow")
                    .modelMonitoring("Evidently")
                    .observability("Prometheus")
                    .build())
            .ownership(
                OwnershipBoundaries.builder()
                    .experimentation("Data science")
                    .productionDeployment("ML engineering")
                    .performanceMonitoring("ML engineering")
                    .degradationResponse("ML engineering")
                    .build());
    for (int s = 0; s < seats; s++) {
      PanelRole.Builder seat =
          PanelRole.builder()
              .id("seat-" + s)
              .title("Seat " + s)
              .addScenarioPrompts("Walk through a deployment.");
      for (int c = 0; c < competenciesPerSeat; c++) {
        String id = "c-" + s + "-" + c;
        plan.addCompetencies(
            Competency.builder()
                .id(id)
                .name("Competency " + id)
                .area("area-" + (c % 4))
                .putAnchors(1, "none")
                .putAnchors(2, "some")
                .putAnchors(3, "solid")
                .putAnchors(4, "deep")
                .build());
        profile.addRequirements(
            c == 0
                ? CompetencyRequirement.mustHave(id, 2.0, 3, 2)
                : CompetencyRequirement.of(id, 1.0 + c % 3, 3));
        seat.addCompetencies(id);
      }
      plan.addPanelRoles(seat.build());
    }
    return plan.profile(profile.build()).build();
  }

  /** One candidate's packet: one scorecard per seat, every competency rated. */
  static ImmutableList<Scorecard> packet(
      InterviewPlan plan, String candidate, SplittableRandom random) {
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builder();
    int i = 0;
    for (PanelRole seat : plan.panelRoles()) {
      Scorecard.Builder card =
          Scorecard.builder()
              .candidateId(candidate)
              .interviewerId("interviewer-" + i++)
              .panelRoleId(seat.id())
              .planFingerprint(plan.fingerprint())
              .submittedAt(Instant.parse("2026-11-20T10:15:30Z"));
      for (String competency : seat.competencies()) {
        card.rate(
            competency, 1 + random.nextInt(4), "Described the rollback they ran last quarter.");
      }
      cards.add(card.build());
    }
    return cards.build();
  }
}

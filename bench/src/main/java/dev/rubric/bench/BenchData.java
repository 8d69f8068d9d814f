package dev.rubric.bench;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.BreadthDepthExpectation;
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
    RoleProfile.Builder profile = profileBuilder();
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

  private static RoleProfile.Builder profileBuilder() {
    return RoleProfile.builder()
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
  }

  /** The four competency areas of {@link #panelPlan()}, three competencies each. */
  private static final String[] AREAS = {
    "deployment", "infrastructure", "modeling", "communication"
  };

  /**
   * The plan of one realistic interview loop: 12 competencies in four areas, six seats (one
   * interviewer each) assessing four competencies each, and every competency assessed by two seats
   * ({@code seatsPerCompetency = 2}), so that a full packet holds 6 scorecards and 24 ratings. Seat
   * {@code s} assesses competencies {@code 2s, 2s+1, 2s+4, 2s+5} (mod 12). Two competencies are
   * must-haves; the profile expects depth in deployment and infrastructure and breadth in one of
   * modeling and communication, so the standard configuration runs every stage.
   */
  static InterviewPlan panelPlan() {
    InterviewPlan.Builder plan =
        InterviewPlan.builder()
            .id("bench-panel")
            .scale(RatingScale.fourPoint())
            .seatsPerCompetency(2);
    RoleProfile.Builder profile = profileBuilder();
    for (int c = 0; c < 12; c++) {
      String id = "c-" + c;
      plan.addCompetencies(
          Competency.builder()
              .id(id)
              .name("Competency " + id)
              .area(AREAS[c / 3])
              .putAnchors(1, "none")
              .putAnchors(2, "some")
              .putAnchors(3, "solid")
              .putAnchors(4, "deep")
              .build());
      profile.addRequirements(
          c % 6 == 0
              ? CompetencyRequirement.mustHave(id, 2.0, 3, 2)
              : CompetencyRequirement.of(id, 1.0 + c % 3, 3));
    }
    for (int s = 0; s < 6; s++) {
      PanelRole.Builder seat =
          PanelRole.builder()
              .id("seat-" + s)
              .title("Seat " + s)
              .addScenarioPrompts("Walk through a deployment.");
      for (int k : new int[] {2 * s, 2 * s + 1, 2 * s + 4, 2 * s + 5}) {
        seat.addCompetencies("c-" + (k % 12));
      }
      plan.addPanelRoles(seat.build());
    }
    profile.breadthDepth(
        BreadthDepthExpectation.builder()
            .depth("deployment", 3)
            .depth("infrastructure", 3)
            .breadth("modeling", 2)
            .breadth("communication", 2)
            .breadthRequired(1)
            .build());
    return plan.profile(profile.build()).build();
  }

  /**
   * One candidate's packet for {@code plan}: one scorecard per seat, every assessed competency
   * rated around a latent level per candidate, each rating with written evidence.
   */
  static ImmutableList<Scorecard> realisticPacket(
      InterviewPlan plan, String candidate, SplittableRandom random) {
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builder();
    double latent = 1.5 + random.nextDouble() * 2.5;
    int i = 0;
    for (PanelRole seat : plan.panelRoles()) {
      Scorecard.Builder card =
          Scorecard.builder()
              .candidateId(candidate)
              .interviewerId("interviewer-" + i++)
              .panelRoleId(seat.id())
              .planFingerprint(plan.fingerprint())
              .submittedAt(Instant.parse("2026-11-20T10:15:30Z").plusSeconds(3600L * i));
      for (String competency : seat.competencies()) {
        double noisy = latent + (random.nextDouble() - 0.5) * 1.5;
        int level = (int) Math.max(1, Math.min(4, Math.round(noisy)));
        card.rate(competency, level, "Described the rollback they ran last quarter.");
      }
      cards.add(card.build());
    }
    return cards.build();
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

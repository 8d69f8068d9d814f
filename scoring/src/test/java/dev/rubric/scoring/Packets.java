package dev.rubric.scoring;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.util.List;

/**
 * A small plan on the four-point scale (hire line 3). Requirements: serving (must-have, weight 3,
 * bar 3), monitoring (weight 1), infra (weight 2), comms (weight 2); total weight 8. Seats: deploy
 * (serving, monitoring), infra (infra, serving), comms (comms). The profile and the competencies
 * are core's test {@link Plans}.
 */
final class Packets {
  private Packets() {}

  static RoleProfile.Builder profile() {
    return Plans.profile()
        .addRequirements(CompetencyRequirement.mustHave("serving", 3, 3, 3))
        .addRequirements(CompetencyRequirement.of("monitoring", 1, 3))
        .addRequirements(CompetencyRequirement.of("infra", 2, 3))
        .addRequirements(CompetencyRequirement.of("comms", 2, 3));
  }

  static InterviewPlan plan() {
    return plan(profile().build());
  }

  /** Depth in deployment (bar 3); breadth 2 of infrastructure, communication (bar 3 each). */
  static InterviewPlan breadthDepthPlan() {
    return plan(
        profile()
            .breadthDepth(
                BreadthDepthExpectation.builder()
                    .depth("deployment", 3)
                    .breadth("infrastructure", 3)
                    .breadth("communication", 3)
                    .breadthRequired(2)
                    .addSupportedAreas("communication")
                    .build())
            .build());
  }

  static InterviewPlan plan(RoleProfile profile) {
    return InterviewPlan.builder()
        .id("ml-engineer")
        .profile(profile)
        .scale(RatingScale.fourPoint())
        .seatsPerCompetency(2)
        .addCompetencies(competency("serving", "deployment"))
        .addCompetencies(competency("monitoring", "deployment"))
        .addCompetencies(competency("infra", "infrastructure"))
        .addCompetencies(competency("comms", "communication"))
        .addPanelRoles(seat("deploy", "serving", "monitoring"))
        .addPanelRoles(seat("infra", "infra", "serving"))
        .addPanelRoles(seat("comms", "comms"))
        .addStages(
            EvaluationStage.builder()
                .id("panel")
                .title("Panel")
                .addPanelRoles("deploy", "infra", "comms")
                .build())
        .build();
  }

  static Competency competency(String id, String area) {
    return Plans.competency(id, area);
  }

  static PanelRole seat(String id, String... competencies) {
    return PanelRole.builder()
        .id(id)
        .title("Seat " + id)
        .addCompetencies(competencies)
        .addScenarioPrompts("Walk through a production incident.")
        .build();
  }

  static Scorecard.Builder card(InterviewPlan plan, String interviewer, String seat) {
    return Scorecard.builder()
        .candidateId("cand-1")
        .interviewerId(interviewer)
        .panelRoleId(seat)
        .planFingerprint(plan.fingerprint())
        .submittedAt(Instant.parse("2026-11-20T10:00:00Z"));
  }

  /** alice (deploy), bob (infra), carol (comms) with the given levels. */
  static List<Scorecard> packet(
      InterviewPlan plan, int aliceServing, int monitoring, int bobServing, int infra, int comms) {
    return List.of(
        card(plan, "alice", "deploy")
            .rate("serving", aliceServing, "evidence")
            .rate("monitoring", monitoring, "evidence")
            .build(),
        card(plan, "bob", "infra")
            .rate("infra", infra, "evidence")
            .rate("serving", bobServing, "evidence")
            .build(),
        card(plan, "carol", "comms").rate("comms", comms, "evidence").build());
  }
}

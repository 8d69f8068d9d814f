package dev.rubric.core;

import java.time.Instant;

/** Small valid plans and scorecards for the core tests. */
public final class Plans {
  private Plans() {}

  /** A minimal valid plan with every environment and ownership question answered. */
  public static InterviewPlan.Builder minimal() {
    return InterviewPlan.builder()
        .id("ml-engineer")
        .profile(
            RoleProfile.builder()
                .title("Machine Learning Engineer")
                .seniority("senior")
                .environment(
                    TechnicalEnvironment.builder()
                        .mlopsFramework("Kubeflow")
                        .cloud("AWS")
                        .modelVersioning("MLflow registry")
                        .modelMonitoring("Evidently drift reports")
                        .observability("Prometheus and Grafana")
                        .build())
                .ownership(
                    OwnershipBoundaries.builder()
                        .experimentation("Data science")
                        .productionDeployment("ML engineering")
                        .performanceMonitoring("ML engineering")
                        .degradationResponse("ML engineering on call")
                        .build())
                .addRequirements(CompetencyRequirement.mustHave("model-serving", 2.0, 3, 3))
                .addRequirements(CompetencyRequirement.of("communication", 1.0, 3))
                .build())
        .scale(RatingScale.fourPoint())
        .addCompetencies(competency("model-serving", "deployment"))
        .addCompetencies(competency("communication", "communication"))
        .addPanelRoles(
            PanelRole.builder()
                .id("deployment-depth")
                .title("Deployment depth")
                .addCompetencies("model-serving")
                .addScenarioPrompts("How was the model transitioned to production?")
                .build())
        .addPanelRoles(
            PanelRole.builder()
                .id("stakeholder-communication")
                .title("Stakeholder communication")
                .addCompetencies("communication")
                .addScenarioPrompts("Explain a tradeoff to a product manager.")
                .build())
        .addStages(
            EvaluationStage.builder()
                .id("panel")
                .title("Technical panel")
                .addPanelRoles("deployment-depth", "stakeholder-communication")
                .build());
  }

  public static Competency competency(String id, String area) {
    return Competency.builder()
        .id(id)
        .name("Competency " + id)
        .area(area)
        .putAnchors(1, "No example")
        .putAnchors(2, "Talks in theory")
        .putAnchors(3, "Did it once")
        .putAnchors(4, "Built it for others")
        .build();
  }

  public static Scorecard.Builder card(InterviewPlan plan) {
    return Scorecard.builder()
        .candidateId("cand-1")
        .interviewerId("alice")
        .panelRoleId("deployment-depth")
        .planFingerprint(plan.fingerprint())
        .submittedAt(Instant.parse("2026-11-20T10:15:30Z"));
  }
}

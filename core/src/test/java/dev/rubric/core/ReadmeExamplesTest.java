package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import org.junit.jupiter.api.Test;

/** The core snippets shown in the README, compiled and run. */
class ReadmeExamplesTest {
  static InterviewPlan buildPlan() {
    // snippet:build-plan start
    InterviewPlan plan =
        InterviewPlan.builder()
            .id("ml-engineer")
            .scale(RatingScale.fourPoint()) // Strong no, No, Yes, Strong yes; hire line at Yes
            .profile(
                RoleProfile.builder()
                    .title("Senior Machine Learning Engineer")
                    .seniority("senior")
                    .environment(
                        TechnicalEnvironment.builder()
                            .mlopsFramework("Kubeflow Pipelines")
                            .cloud("AWS")
                            .modelVersioning("MLflow model registry")
                            .modelMonitoring("Evidently drift reports")
                            .observability("Prometheus, Grafana, PagerDuty")
                            .build())
                    .addRequirements(CompetencyRequirement.mustHave("drift-detection", 2.0, 3, 3))
                    .addRequirements(CompetencyRequirement.of("stakeholder-communication", 1.0, 3))
                    .build())
            .addCompetencies(
                Competency.builder()
                    .id("drift-detection")
                    .name("Drift detection and correction")
                    .area("deployment")
                    .putAnchors(1, "Has not run a model in production")
                    .putAnchors(2, "Knows drift in theory; never caught one")
                    .putAnchors(3, "Caught drift from a monitoring alert and retrained")
                    .putAnchors(4, "Built the drift monitoring other teams rely on")
                    .build(),
                Competency.builder()
                    .id("stakeholder-communication")
                    .name("Stakeholder communication")
                    .area("communication")
                    .build())
            .addPanelRoles(
                PanelRole.builder()
                    .id("deployment-depth")
                    .title("Deployment depth")
                    .addCompetencies("drift-detection")
                    .addScenarioPrompts("How was model drift detected and corrected?")
                    .build(),
                PanelRole.builder()
                    .id("stakeholder-communication")
                    .title("Stakeholder communication")
                    .addCompetencies("stakeholder-communication")
                    .build())
            .build();

    ValidationReport report = plan.validate();
    report.errors(); // empty: the plan can be used
    report.advice(); // e.g. ENVIRONMENT_UNANSWERED, OWNERSHIP_UNDEFINED, MISSING_ANCHOR
    // snippet:build-plan end
    return plan;
  }

  @Test
  void buildingAPlan() {
    InterviewPlan plan = buildPlan();
    ValidationReport report = plan.validate();
    assertThat(report.errors()).isEmpty();
    assertThat(report.codes())
        .containsExactly(
            ProblemCodes.MISSING_ANCHOR,
            ProblemCodes.NO_SCENARIO_PROMPTS,
            ProblemCodes.NO_STAGES,
            ProblemCodes.SEAT_KIND_MISSING,
            ProblemCodes.NO_APPROVAL,
            ProblemCodes.OWNERSHIP_UNDEFINED);
  }

  @Test
  void readingAPlan() {
    String planJson = RubricJson.standard().writePlan(buildPlan());
    // snippet:read-plan start
    ReadResult<InterviewPlan> read = RubricJson.standard().readPlan(planJson);
    if (!read.isOk()) {
      for (Problem p : read.problems()) {
        System.err.println(p); // ERROR JSON_UNKNOWN_FIELD at /panelRoles/2/titel: Unknown field ...
      }
      return;
    }
    InterviewPlan plan = read.orElseThrow();
    String fingerprint = plan.fingerprint(); // "sha256:..." stamped on every scorecard
    // snippet:read-plan end
    assertThat(plan).isEqualTo(buildPlan());
    assertThat(fingerprint).isEqualTo(buildPlan().fingerprint());
  }
}

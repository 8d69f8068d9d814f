package dev.rubric.interop;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.OwnershipBoundaries;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.TechnicalEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plans and example payloads for the interop tests. */
final class Fixtures {
  private Fixtures() {}

  /** The documented example payload {@code name} from the test classpath (see PROVENANCE.md). */
  static byte[] payload(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ats/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource /ats/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A plan on the Greenhouse five-point scale whose competencies match the attributes of the
   * documented Greenhouse scorecard; one seat, "application-review", assesses them all.
   */
  static InterviewPlan greenhousePlan() {
    String[] ids = {
      "communication",
      "stakeholder-management",
      "project-management",
      "problem-solving",
      "analytical-thinking"
    };
    InterviewPlan.Builder plan =
        base("greenhouse-plan", RatingScale.greenhouseFivePoint())
            .addPanelRoles(
                PanelRole.builder()
                    .id("application-review")
                    .title("Application review")
                    .addCompetencies(ids)
                    .addScenarioPrompts("Walk me through a project you led.")
                    .build());
    for (String id : ids) {
      plan.addCompetencies(competency(id));
    }
    return plan.build();
  }

  /** A small plan on the four-point scale: model serving and communication, two seats. */
  static InterviewPlan fourPointPlan() {
    return base("ml-engineer", RatingScale.fourPoint())
        .addCompetencies(competency("model-serving"))
        .addCompetencies(competency("communication"))
        .addPanelRoles(
            PanelRole.builder()
                .id("deployment-depth")
                .title("Deployment depth")
                .addCompetencies("model-serving")
                .addScenarioPrompts("How did the model reach production?")
                .build())
        .addPanelRoles(
            PanelRole.builder()
                .id("stakeholder-communication")
                .title("Stakeholder communication")
                .addCompetencies("communication")
                .addScenarioPrompts("Explain a tradeoff to a product manager.")
                .build())
        .build();
  }

  private static InterviewPlan.Builder base(String id, RatingScale scale) {
    return InterviewPlan.builder()
        .id(id)
        .scale(scale)
        .profile(
            RoleProfile.builder()
                .title("Machine Learning Engineer")
                .seniority("senior")
                .environment(
                    TechnicalEnvironment.builder()
                        .mlopsFramework("Kubeflow")
                        .cloud("AWS")
                        .modelVersioning("MLflow registry")
                        .modelMonitoring("Evidently")
                        .observability("Prometheus")
                        .build())
                .ownership(
                    OwnershipBoundaries.builder()
                        .experimentation("Data science")
                        .productionDeployment("ML engineering")
                        .performanceMonitoring("ML engineering")
                        .degradationResponse("ML engineering on call")
                        .build())
                .addRequirements(CompetencyRequirement.of("communication", 1.0, 3))
                .build());
  }

  private static Competency competency(String id) {
    return Competency.builder().id(id).name("Competency " + id).area("communication").build();
  }
}

package dev.rubric.interop;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.fixtures.Plans;
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

  /**
   * Core's test plan ({@link Plans#minimal()}) on the four-point scale: model serving and
   * communication, seats {@code deployment-depth} and {@code stakeholder-communication}.
   */
  static InterviewPlan fourPointPlan() {
    return Plans.minimal().build();
  }

  private static InterviewPlan.Builder base(String id, RatingScale scale) {
    return InterviewPlan.builder()
        .id(id)
        .scale(scale)
        .profile(
            Plans.profile()
                .addRequirements(CompetencyRequirement.of("communication", 1.0, 3))
                .build());
  }

  private static Competency competency(String id) {
    return Competency.builder().id(id).name("Competency " + id).area("communication").build();
  }
}

package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MlEngineerRubricTest {
  private final InterviewPlan plan = MlEngineerRubric.plan();

  @Test
  void jsonFileReadsToTheJavaPlan() throws IOException {
    ReadResult<InterviewPlan> read =
        RubricJson.standard().readPlan(Files.readAllBytes(Paths.get("plans/ml-engineer.json")));

    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(plan);
    assertThat(read.orElseThrow().fingerprint()).isEqualTo(plan.fingerprint());
  }

  @Test
  void classpathResourceReadsToTheJavaPlan() throws IOException {
    try (var in = MlEngineerRubric.class.getResourceAsStream(MlEngineerRubric.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(RubricJson.standard().readPlan(in).orElseThrow()).isEqualTo(plan);
    }
  }

  @Test
  void validatesWithNoErrorAndNoAdvice() {
    assertThat(plan.validate().problems()).isEmpty();
  }

  @Test
  void hasEighteenCompetenciesEachAnchoredOnEveryLevelOfTheFourPointScale() {
    assertThat(plan.scale()).isEqualTo(RatingScale.fourPoint());
    assertThat(plan.competencies()).hasSize(18);
    for (Competency c : plan.competencies()) {
      assertThat(c.anchors().keySet()).as(c.id()).containsExactly(1, 2, 3, 4);
      assertThat(c.anchors().values())
          .as(c.id())
          .allSatisfy(a -> assertThat(a).hasSizeGreaterThan(40));
    }
    assertThat(plan.competencies().stream().map(Competency::area).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "deployment",
            "infrastructure",
            "cloud-platforms",
            "containers",
            "orchestration",
            "data-engineering",
            "modeling",
            "scalability",
            "communication");
  }

  @Test
  void theGuidesFourSeatsEachAssessTwoToSixCompetenciesAndNoneTwice() {
    assertThat(plan.panelRoles().stream().map(PanelRole::id))
        .containsExactly(
            "deployment-depth",
            "infrastructure-fluency",
            "stakeholder-communication",
            "scalability-planning");
    Set<String> assessed = new HashSet<>();
    for (PanelRole seat : plan.panelRoles()) {
      // the cross-functional seat: communication and collaboration only; scalability planning
      // also probes the four breadth competencies
      assertThat(seat.competencies()).as(seat.id()).hasSizeBetween(2, 6);
      assertThat(seat.scenarioPrompts()).as(seat.id()).isNotEmpty();
      seat.competencies().forEach(id -> assertThat(assessed.add(id)).as(id).isTrue());
    }
    assertThat(assessed)
        .containsExactlyInAnyOrderElementsOf(
            plan.competencies().stream().map(Competency::id).collect(Collectors.toList()));
    assertThat(plan.seatsPerCompetency()).isEqualTo(1);
  }

  @Test
  void mustHaveBarsSitOnTheCoreDeploymentCompetenciesAndALowBarOnModeling() {
    assertThat(
            plan.profile().requirements().stream()
                .filter(CompetencyRequirement::isMustHave)
                .map(CompetencyRequirement::competencyId))
        .containsExactly(
            "model-serving",
            "experiment-to-production",
            "drift-detection",
            "monitoring-alerting",
            "deployment-rollback",
            "modeling-depth");
    // "cannot explain the model" (level 1) misses the bar; research depth weighs least
    CompetencyRequirement modeling = plan.profile().requirement("modeling-depth").orElseThrow();
    assertThat(modeling.mustHaveBar()).contains(2);
    assertThat(plan.profile().requirements())
        .allMatch(r -> r.weight() >= modeling.weight() || r.weight() < 1.0);
  }

  @Test
  void technicalSeatsProbeModelingAndTheCrossFunctionalSeatCommunication() {
    var deployment = plan.panelRole("deployment-depth").orElseThrow();
    var stakeholder = plan.panelRole("stakeholder-communication").orElseThrow();
    assertThat(deployment.kind()).contains(dev.rubric.core.SeatKind.TECHNICAL);
    assertThat(deployment.competencies()).contains("modeling-depth");
    assertThat(stakeholder.kind()).contains(dev.rubric.core.SeatKind.CROSS_FUNCTIONAL);
    assertThat(stakeholder.competencies())
        .containsExactly("stakeholder-communication", "platform-collaboration");
    assertThat(plan.panelRoles()).noneMatch(dev.rubric.core.PanelRole::shadow);
  }

  @Test
  void breadthCoversCloudContainersOrchestrationAndDataEngineeringSeparately() {
    assertThat(plan.competency("cloud-platforms").orElseThrow().area())
        .isEqualTo("cloud-platforms");
    assertThat(plan.competency("containerization").orElseThrow().area()).isEqualTo("containers");
    assertThat(plan.competency("orchestration").orElseThrow().area()).isEqualTo("orchestration");
    assertThat(plan.competency("data-pipelines").orElseThrow().area())
        .isEqualTo("data-engineering");
  }

  @Test
  void stagesHaveDeadlinesAndThePlanIsApprovedByItsStakeholders() {
    assertThat(plan.stages())
        .extracting(s -> s.id() + "@" + s.feedbackDueWithin().map(Object::toString).orElse("-"))
        .containsExactly(
            "recruiter-screen@-",
            "technical-panel@PT24H",
            "cross-functional-panel@PT48H",
            "debrief@-");
    assertThat(plan.decisionDueWithin()).contains(java.time.Duration.ofDays(5));
    assertThat(plan.approvals())
        .extracting(dev.rubric.core.Approval::role)
        .containsExactly(
            "Hiring manager",
            "Head of ML platform",
            "Product lead, delivery estimates",
            "Recruiter");
  }

  @Test
  void expectsDepthInDeploymentAndInfrastructureAndBreadthInFiveOfSevenAreas() {
    var bd = plan.profile().breadthDepth().orElseThrow();

    assertThat(bd.depthAreas())
        .extracting(a -> a.area() + "@" + a.bar())
        .containsExactly("deployment@3", "infrastructure@3");
    assertThat(bd.breadthAreas())
        .extracting(a -> a.area() + "@" + a.bar())
        .containsExactly(
            "cloud-platforms@3",
            "containers@3",
            "orchestration@3",
            "data-engineering@3",
            "modeling@3",
            "scalability@3",
            "communication@3");
    assertThat(bd.breadthRequired()).isEqualTo(5);
    assertThat(bd.supportedAreas()).containsExactly("modeling");
  }

  @Test
  void everyCallBuildsAnEqualPlanWithTheSameFingerprint() {
    assertThat(MlEngineerRubric.plan()).isEqualTo(plan);
    assertThat(MlEngineerRubric.plan().fingerprint())
        .isEqualTo(plan.fingerprint())
        .startsWith("sha256:")
        .hasSize(7 + 64);
  }
}

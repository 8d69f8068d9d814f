package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.fixtures.Plans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins each plan validation code with a minimal input: code, severity, path and message. */
class PlanValidationTest {
  private static List<Problem> problems(InterviewPlan plan) {
    return plan.validate().problems();
  }

  private static Problem only(InterviewPlan plan, String code) {
    List<Problem> matching = problems(plan).stream().filter(p -> p.code().equals(code)).toList();
    assertThat(matching).as("problems with code %s in %s", code, problems(plan)).hasSize(1);
    return matching.get(0);
  }

  @Test
  void scaleWithOneLevel() {
    InterviewPlan plan =
        Plans.minimal().scale(RatingScale.builder().level(1, "Only").hireLine(1).build()).build();
    Problem p = only(plan, ProblemCodes.SCALE_TOO_SMALL);
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.path()).isEqualTo("/scale/levels");
    assertThat(p.message()).isEqualTo("The scale has 1 level(s); give it at least two.");
  }

  @Test
  void repeatedAndUnorderedLevels() {
    RatingScale scale =
        RatingScale.builder()
            .level(1, "a")
            .level(3, "b")
            .level(2, "c")
            .level(2, "d")
            .hireLine(2)
            .build();
    InterviewPlan plan = Plans.minimal().scale(scale).build();
    Problem unordered = only(plan, ProblemCodes.UNORDERED_LEVELS);
    assertThat(unordered.path()).isEqualTo("/scale/levels/2/value");
    assertThat(unordered.message())
        .isEqualTo("Level 2 comes after level 3; list levels lowest first.");
    Problem dup = only(plan, ProblemCodes.DUPLICATE_LEVEL);
    assertThat(dup.path()).isEqualTo("/scale/levels/3/value");
    assertThat(dup.message()).isEqualTo("Level 2 appears twice; remove one.");
  }

  @Test
  void hireLineOffTheScale() {
    RatingScale scale = RatingScale.builder().level(1, "No").level(2, "Yes").hireLine(5).build();
    Problem p = only(Plans.minimal().scale(scale).build(), ProblemCodes.HIRE_LINE_OUTSIDE_SCALE);
    assertThat(p.path()).isEqualTo("/scale/hireLine");
    assertThat(p.message())
        .isEqualTo("The hire line 5 is not a level of the scale; use one of [1, 2].");
  }

  @Test
  void duplicateCompetencyId() {
    InterviewPlan plan =
        Plans.minimal().addCompetencies(Plans.competency("communication", "communication")).build();
    Problem p = only(plan, ProblemCodes.DUPLICATE_ID);
    assertThat(p.path()).isEqualTo("/competencies/2/id");
    assertThat(p.message())
        .isEqualTo("Competency id 'communication' is used twice; ids must be unique.");
  }

  @Test
  void idThatIsNotASlug() {
    InterviewPlan plan = Plans.minimal().id("ML Engineer").build();
    Problem p = only(plan, ProblemCodes.INVALID_ID);
    assertThat(p.path()).isEqualTo("/id");
    assertThat(p.message()).startsWith("The plan id 'ML Engineer' is not a lowercase slug");
  }

  @Test
  void blankTitle() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(RoleProfile.builder().from(base.profile()).title(" ").build())
            .build();
    Problem p = only(plan, ProblemCodes.BLANK_TEXT);
    assertThat(p.path()).isEqualTo("/profile/title");
    assertThat(p.message()).isEqualTo("The role title is empty; write one.");
  }

  @Test
  void panelRoleAssessingUnknownCompetency() {
    InterviewPlan plan =
        Plans.minimal()
            .addPanelRoles(
                PanelRole.builder()
                    .id("scalability-planning")
                    .title("Scalability planning")
                    .addCompetencies("communication", "capacity-planning")
                    .addScenarioPrompts("How did the architecture change as usage grew?")
                    .build())
            .build();
    Problem p = only(plan, ProblemCodes.UNKNOWN_COMPETENCY);
    assertThat(p.path()).isEqualTo("/panelRoles/2/competencies/1");
    assertThat(p.message())
        .isEqualTo(
            "Panel role 'scalability-planning' assesses unknown competency 'capacity-planning'.");
  }

  @Test
  void stageNamingUnknownSeat() {
    InterviewPlan plan =
        Plans.minimal()
            .addStages(
                EvaluationStage.builder()
                    .id("onsite")
                    .title("Onsite")
                    .addPanelRoles("bar-raiser")
                    .build())
            .build();
    Problem p = only(plan, ProblemCodes.UNKNOWN_PANEL_ROLE);
    assertThat(p.path()).isEqualTo("/stages/1/panelRoles/0");
    assertThat(p.message()).isEqualTo("Stage 'onsite' names unknown panel role 'bar-raiser'.");
  }

  @Test
  void invalidWeightsIncludingNaNAndInfinity() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .requirements(
                        List.of(
                            CompetencyRequirement.of("model-serving", 0, 3),
                            CompetencyRequirement.of("communication", Double.NaN, 3)))
                    .build())
            .build();
    List<Problem> weights =
        problems(plan).stream().filter(p -> p.code().equals(ProblemCodes.INVALID_WEIGHT)).toList();
    assertThat(weights)
        .extracting(Problem::path)
        .containsExactly("/profile/requirements/0/weight", "/profile/requirements/1/weight");
    assertThat(weights.get(0).message()).isEqualTo("weight (0.0) must be a finite number > 0.");
    assertThat(weights.get(1).message()).isEqualTo("weight (NaN) must be a finite number > 0.");
    InterviewPlan infinite =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .requirements(
                        List.of(
                            CompetencyRequirement.of("model-serving", Double.POSITIVE_INFINITY, 3),
                            CompetencyRequirement.of("communication", 1, 3)))
                    .build())
            .build();
    assertThat(only(infinite, ProblemCodes.INVALID_WEIGHT).message())
        .isEqualTo("weight (Infinity) must be a finite number > 0.");
  }

  @Test
  void targetAndBarOffTheScale() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .requirements(
                        List.of(
                            CompetencyRequirement.mustHave("model-serving", 1, 5, 0),
                            CompetencyRequirement.of("communication", 1, 3)))
                    .build())
            .build();
    Problem target = only(plan, ProblemCodes.TARGET_OUTSIDE_SCALE);
    assertThat(target.path()).isEqualTo("/profile/requirements/0/targetLevel");
    assertThat(target.message()).isEqualTo("Target level 5 is not a level of the scale.");
    Problem bar = only(plan, ProblemCodes.BAR_OUTSIDE_SCALE);
    assertThat(bar.path()).isEqualTo("/profile/requirements/0/mustHaveBar");
    assertThat(bar.message()).isEqualTo("Must-have bar 0 is not a level of the scale.");
  }

  @Test
  void requiredCompetencyNoSeatAssesses() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .addCompetencies(Plans.competency("feature-stores", "infrastructure"))
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .addRequirements(CompetencyRequirement.of("feature-stores", 1, 3))
                    .build())
            .build();
    Problem p = only(plan, ProblemCodes.UNASSESSED_REQUIREMENT);
    assertThat(p.path()).isEqualTo("/profile/requirements/2/competencyId");
    assertThat(p.message())
        .isEqualTo(
            "Required competency 'feature-stores' is assessed by no panel role; add it to a seat.");
  }

  @Test
  void seatThatAssessesNothing() {
    InterviewPlan plan =
        Plans.minimal()
            .addPanelRoles(
                PanelRole.builder()
                    .id("culture")
                    .title("Culture")
                    .addScenarioPrompts("Tell us about a disagreement.")
                    .build())
            .build();
    Problem p = only(plan, ProblemCodes.EMPTY_PANEL_ROLE);
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.path()).isEqualTo("/panelRoles/2/competencies");
    assertThat(p.message())
        .isEqualTo(
            "Panel role 'culture' assesses nothing; give each seat the competencies it assesses.");
  }

  @Test
  void breadthDepthAreaThatNoCompetencyHas() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .breadthDepth(
                        BreadthDepthExpectation.builder()
                            .depth("deployment", 3)
                            .breadth("cloud-platforms", 3)
                            .breadth("communication", 5)
                            .breadthRequired(3)
                            .addSupportedAreas("modeling")
                            .build())
                    .build())
            .build();
    List<Problem> all = problems(plan);
    assertThat(all)
        .filteredOn(p -> p.code().equals(ProblemCodes.UNKNOWN_AREA))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/profile/breadthDepth/breadthAreas/0/area",
                "Area 'cloud-platforms' is the area of no competency."),
            org.assertj.core.groups.Tuple.tuple(
                "/profile/breadthDepth/supportedAreas/0",
                "Supported area 'modeling' is the area of no competency."));
    assertThat(only(plan, ProblemCodes.BAR_OUTSIDE_SCALE).path())
        .isEqualTo("/profile/breadthDepth/breadthAreas/1/bar");
    assertThat(only(plan, ProblemCodes.INVALID_BREADTH_REQUIRED).message())
        .isEqualTo("breadthRequired (3) must be between 0 and the 2 breadth area(s) listed.");
  }

  @Test
  void anchorForALevelTheScaleLacks() {
    InterviewPlan plan =
        Plans.minimal()
            .addCompetencies(
                Competency.builder()
                    .from(Plans.competency("rollback", "deployment"))
                    .putAnchors(7, "Legendary")
                    .build())
            .build();
    Problem p = only(plan, ProblemCodes.ANCHOR_OUTSIDE_SCALE);
    assertThat(p.path()).isEqualTo("/competencies/2/anchors/7");
  }

  @Test
  void emptyPlanReportsEveryMissingPart() {
    InterviewPlan plan =
        InterviewPlan.builder()
            .id("empty")
            .profile(RoleProfile.builder().title("Engineer").seniority("mid").build())
            .scale(RatingScale.fourPoint())
            .build();
    assertThat(problems(plan))
        .filteredOn(p -> p.code().equals(ProblemCodes.EMPTY_PLAN))
        .extracting(Problem::path)
        .containsExactly("/competencies", "/panelRoles", "/profile/requirements");
  }

  @Test
  void adviceFromTheGuide() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .title("Engineer")
                    .seniority("senior")
                    .addAllRequirements(base.profile().requirements())
                    .build())
            .addCompetencies(Plans.competency("rollback", "deployment"))
            .addPanelRoles(
                PanelRole.builder()
                    .id("second-look")
                    .title("Second look")
                    .addCompetencies("model-serving")
                    .build())
            .stages(List.of())
            .build();
    assertThat(plan.validate().hasErrors()).isFalse();
    assertThat(plan.validate().advice())
        .extracting(Problem::code, Problem::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.ENVIRONMENT_UNANSWERED, "/profile/environment/mlopsFramework"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.ENVIRONMENT_UNANSWERED, "/profile/environment/observability"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.OWNERSHIP_UNDEFINED, "/profile/ownership/degradationResponse"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.NO_SCENARIO_PROMPTS, "/panelRoles/2/scenarioPrompts"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.REDUNDANT_ASSESSMENT, "/competencies/0"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.UNWEIGHTED_COMPETENCY, "/competencies/2"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCodes.UNASSESSED_COMPETENCY, "/competencies/2"),
            org.assertj.core.groups.Tuple.tuple(ProblemCodes.NO_STAGES, "/stages"));
    assertThat(
            plan.validate().problems().stream()
                .filter(p -> p.code().equals(ProblemCodes.ENVIRONMENT_UNANSWERED))
                .count())
        .isEqualTo(5);
    assertThat(
            plan.validate().problems().stream()
                .filter(p -> p.code().equals(ProblemCodes.REDUNDANT_ASSESSMENT))
                .findFirst()
                .orElseThrow()
                .message())
        .isEqualTo(
            "Competency 'model-serving' is assessed by 2 seats but 1 is intended; redundant"
                + " questioning wastes interview time.");
  }

  @Test
  void missingAnchorIsAdvice() {
    InterviewPlan plan =
        Plans.minimal()
            .addCompetencies(
                Competency.builder().id("rollback").name("Rollback").area("deployment").build())
            .build();
    assertThat(plan.validate().advice())
        .filteredOn(p -> p.code().equals(ProblemCodes.MISSING_ANCHOR))
        .hasSize(4)
        .first()
        .extracting(Problem::path)
        .isEqualTo("/competencies/2/anchors");
  }

  @Test
  void seatsPerCompetencyBelowOne() {
    Problem p =
        only(
            Plans.minimal().seatsPerCompetency(0).build(),
            ProblemCodes.INVALID_SEATS_PER_COMPETENCY);
    assertThat(p.message()).isEqualTo("seatsPerCompetency (0) must be at least 1.");
  }

  @Test
  void duplicateRequirementAndDuplicateReference() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .profile(
                RoleProfile.builder()
                    .from(base.profile())
                    .addRequirements(CompetencyRequirement.of("communication", 1, 3))
                    .build())
            .addStages(
                EvaluationStage.builder()
                    .id("again")
                    .title("Again")
                    .addPanelRoles("deployment-depth", "deployment-depth")
                    .build())
            .build();
    assertThat(only(plan, ProblemCodes.DUPLICATE_REQUIREMENT).path())
        .isEqualTo("/profile/requirements/2/competencyId");
    assertThat(only(plan, ProblemCodes.DUPLICATE_REFERENCE).path())
        .isEqualTo("/stages/1/panelRoles/1");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    InterviewPlan plan =
        Plans.minimal()
            .id("Bad Id")
            .seatsPerCompetency(0)
            .scale(RatingScale.builder().level(1, "x").hireLine(9).build())
            .build();
    assertThat(plan.validate().errors())
        .extracting(Problem::code)
        .contains(
            ProblemCodes.INVALID_ID,
            ProblemCodes.SCALE_TOO_SMALL,
            ProblemCodes.HIRE_LINE_OUTSIDE_SCALE,
            ProblemCodes.INVALID_SEATS_PER_COMPETENCY);
  }
}

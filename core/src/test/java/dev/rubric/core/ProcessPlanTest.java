package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.fixtures.Plans;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stages with deadlines, seat kinds, shadow seats and approvals: validation codes and accessors.
 */
class ProcessPlanTest {
  private static final Instant APPROVED = Instant.parse("2026-11-01T09:00:00Z");

  private static List<Problem> withCode(InterviewPlan plan, String code) {
    return plan.validate().problems().stream().filter(p -> p.code().equals(code)).toList();
  }

  private static PanelRole seat(String id, String competency, SeatKind kind) {
    return PanelRole.builder()
        .id(id)
        .title("Seat " + id)
        .addCompetencies(competency)
        .addScenarioPrompts("Walk me through it.")
        .kind(kind)
        .build();
  }

  /** The minimal plan with kinds on both seats and one approval: no process advice. */
  static InterviewPlan.Builder complete() {
    return Plans.minimal()
        .panelRoles(
            List.of(
                seat("deployment-depth", "model-serving", SeatKind.TECHNICAL),
                seat("stakeholder-communication", "communication", SeatKind.CROSS_FUNCTIONAL)))
        .addApprovals(Approval.of("maria", "Hiring manager", APPROVED));
  }

  @Test
  void completePlanHasNoProcessAdvice() {
    assertThat(complete().build().validate().problems()).isEmpty();
  }

  @Test
  void seatOutsideEveryStageIsAnError() {
    InterviewPlan plan =
        complete()
            .stages(
                List.of(
                    EvaluationStage.builder()
                        .id("panel")
                        .title("Panel")
                        .addPanelRoles("deployment-depth")
                        .build()))
            .build();
    List<Problem> found = withCode(plan, ProblemCodes.SEAT_WITHOUT_STAGE);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).isError()).isTrue();
    assertThat(found.get(0).path()).isEqualTo("/panelRoles/1/id");
    assertThat(found.get(0).message())
        .isEqualTo(
            "Panel role 'stakeholder-communication' belongs to no stage; list it in the stage"
                + " where it interviews.");
  }

  @Test
  void seatInTwoStagesIsAnError() {
    InterviewPlan plan =
        complete()
            .addStages(
                EvaluationStage.builder()
                    .id("again")
                    .title("Again")
                    .addPanelRoles("deployment-depth")
                    .build())
            .build();
    List<Problem> found = withCode(plan, ProblemCodes.SEAT_IN_SEVERAL_STAGES);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("/stages/1/panelRoles/0");
    assertThat(found.get(0).message())
        .isEqualTo(
            "Panel role 'deployment-depth' is already in an earlier stage; a seat interviews in"
                + " exactly one stage.");
  }

  @Test
  void planWithoutStagesOnlyGetsAdvice() {
    InterviewPlan plan = complete().stages(List.of()).build();
    assertThat(plan.validate().hasErrors()).isFalse();
    assertThat(withCode(plan, ProblemCodes.NO_STAGES)).hasSize(1);
    assertThat(plan.stageOf("deployment-depth")).isEmpty();
  }

  @Test
  void deadlinesMustBePositive() {
    InterviewPlan plan =
        complete()
            .decisionDueWithin(Duration.ZERO)
            .stages(
                List.of(
                    EvaluationStage.builder()
                        .id("panel")
                        .title("Panel")
                        .addPanelRoles("deployment-depth", "stakeholder-communication")
                        .feedbackDueWithin(Duration.ofHours(-1))
                        .build()))
            .build();
    List<Problem> found = withCode(plan, ProblemCodes.INVALID_DEADLINE);
    assertThat(found)
        .extracting(Problem::path)
        .containsExactly("/stages/0/feedbackDueWithin", "/decisionDueWithin");
    assertThat(found.get(0).message())
        .isEqualTo("The deadline PT-1H must be a positive duration such as PT24H.");
  }

  @Test
  void deadlinesMustFitInTheYearsATimestampSpans() {
    Duration longest =
        Duration.between(
            Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"));
    InterviewPlan atTheLimit = complete().decisionDueWithin(longest).build();
    assertThat(withCode(atTheLimit, ProblemCodes.INVALID_DEADLINE)).isEmpty();

    InterviewPlan plan =
        complete()
            .decisionDueWithin(longest.plusNanos(1))
            .stages(
                List.of(
                    EvaluationStage.builder()
                        .id("panel")
                        .title("Panel")
                        .addPanelRoles("deployment-depth", "stakeholder-communication")
                        .feedbackDueWithin(Duration.ofSeconds(Long.MAX_VALUE))
                        .build()))
            .build();
    List<Problem> found = withCode(plan, ProblemCodes.INVALID_DEADLINE);
    assertThat(found)
        .extracting(Problem::path)
        .containsExactly("/stages/0/feedbackDueWithin", "/decisionDueWithin");
    assertThat(found.get(1).message())
        .isEqualTo(
            "The deadline PT87649416H is longer than the"
                + " PT87649415H59M59.999999999S from the year 0001 to the year 9999 that a Rubric"
                + " timestamp can span; give a deadline such as PT24H.");
  }

  @Test
  void stageOfNamesTheSeatsStage() {
    InterviewPlan plan = complete().build();
    assertThat(plan.stageOf("deployment-depth").map(EvaluationStage::id)).hasValue("panel");
    assertThat(plan.stageOf("nobody")).isEmpty();
  }

  @Test
  void seatWithoutKindIsAdvised() {
    List<Problem> found = withCode(Plans.minimal().build(), ProblemCodes.SEAT_KIND_MISSING);
    assertThat(found)
        .extracting(Problem::path)
        .containsExactly("/panelRoles/0/kind", "/panelRoles/1/kind");
    assertThat(found).allMatch(p -> !p.isError());
  }

  @Test
  void panelWithoutCrossFunctionalSeatIsAdvised() {
    InterviewPlan plan =
        complete()
            .panelRoles(
                List.of(
                    seat("deployment-depth", "model-serving", SeatKind.TECHNICAL),
                    seat("stakeholder-communication", "communication", SeatKind.TECHNICAL)))
            .build();
    assertThat(withCode(plan, ProblemCodes.PANEL_LACKS_KIND))
        .extracting(Problem::message)
        .containsExactly(
            "The panel has no cross-functional seat; add stakeholders who evaluate communication"
                + " and collaboration.");
  }

  @Test
  void aShadowSeatDoesNotStaffThePanel() {
    PanelRole shadowTechnical =
        PanelRole.builder()
            .from(seat("deployment-depth", "model-serving", SeatKind.TECHNICAL))
            .shadow(true)
            .build();
    InterviewPlan plan =
        complete()
            .panelRoles(
                List.of(
                    shadowTechnical,
                    seat("stakeholder-communication", "communication", SeatKind.CROSS_FUNCTIONAL)))
            .build();
    assertThat(withCode(plan, ProblemCodes.PANEL_LACKS_KIND))
        .extracting(Problem::message)
        .containsExactly(
            "The panel has no technical seat; add technical leaders capable of probing production"
                + " tradeoffs.");
    // its competency is required, and a shadow seat never counts toward the decision
    assertThat(withCode(plan, ProblemCodes.UNASSESSED_REQUIREMENT)).hasSize(1);
  }

  @Test
  void technicalCompetencyFromCrossFunctionalSeatOnlyIsAdvised() {
    InterviewPlan plan =
        complete()
            .panelRoles(
                List.of(
                    seat("deployment-depth", "communication", SeatKind.TECHNICAL),
                    seat("stakeholder-communication", "model-serving", SeatKind.CROSS_FUNCTIONAL)))
            .build();
    List<Problem> found = withCode(plan, ProblemCodes.TECHNICAL_FROM_CROSS_FUNCTIONAL);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("/competencies/0");
    assertThat(found.get(0).message())
        .isEqualTo(
            "Technical competency 'model-serving' (area 'deployment') is assessed only from"
                + " cross-functional seats; have a technical seat probe it.");
  }

  @Test
  void planWithoutApprovalIsAdvised() {
    InterviewPlan plan = complete().approvals(List.of()).build();
    List<Problem> found = withCode(plan, ProblemCodes.NO_APPROVAL);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("/approvals");
    assertThat(plan.approvedAt()).isEmpty();
  }

  @Test
  void approvedAtIsTheLastSignOff() {
    InterviewPlan plan =
        complete()
            .addApprovals(Approval.of("li", "Head of ML platform", APPROVED.plusSeconds(3600)))
            .build();
    assertThat(plan.approvedAt()).hasValue(APPROVED.plusSeconds(3600));
  }

  @Test
  void blankApproverIsAnError() {
    InterviewPlan plan = complete().addApprovals(Approval.of(" ", "Recruiter", APPROVED)).build();
    assertThat(withCode(plan, ProblemCodes.BLANK_TEXT))
        .extracting(Problem::path)
        .containsExactly("/approvals/1/approver");
  }
}

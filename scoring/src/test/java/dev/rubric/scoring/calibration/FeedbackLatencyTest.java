package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Scorecard;
import dev.rubric.core.SeatKind;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each interviewer's feedback latency in the calibration report: median, p90, share overdue. */
class FeedbackLatencyTest {
  private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

  private static InterviewPlan plan(boolean withDeadline) {
    InterviewPlan base = InterviewerCalibrationTest.plan();
    EvaluationStage.Builder stage =
        EvaluationStage.builder().id("panel").title("Panel").addPanelRoles("deployment-depth");
    if (withDeadline) {
      stage.feedbackDueWithin(Duration.ofHours(24));
    }
    return InterviewPlan.builder().from(base).addStages(stage.build()).build();
  }

  private static Scorecard card(
      InterviewPlan plan, String candidate, String interviewer, int latencyHours) {
    Scorecard.Builder b =
        Scorecard.builder()
            .from(InterviewerCalibrationTest.card(candidate, interviewer, 3, 3))
            .planFingerprint(plan.fingerprint())
            .submittedAt(T0.plus(Duration.ofHours(latencyHours)));
    if (latencyHours >= 0) {
      b.interviewedAt(T0);
    }
    return b.build();
  }

  /**
   * ann's latencies 2, 4, 30, 50 h: median (4 + 30) / 2 = 17 h; nearest-rank p90 at rank ceil(3.6)
   * = 4, 50 h; two of four past 24 h. bob's 1, 3, 5 h: median 3 h, p90 at rank ceil(2.7) = 3, 5 h;
   * none overdue.
   */
  @Test
  void handComputedLatencies() {
    InterviewPlan plan = plan(true);
    List<Scorecard> history = new ArrayList<>();
    int[] ann = {2, 4, 30, 50};
    int[] bob = {1, 3, 5, 7};
    for (int c = 0; c < 4; c++) {
      history.add(card(plan, "c" + c, "ann", ann[c]));
      // bob's last scorecard does not say when the interview was: it is not timed
      history.add(card(plan, "c" + c, "bob", c == 3 ? -1 : bob[c]));
    }
    CalibrationReport report = InterviewerCalibration.standard().calibrate(plan, history);
    assertThat(report.feedbackLatency())
        .extracting(FeedbackLatency::interviewerId)
        .containsExactly("ann", "bob");
    FeedbackLatency a = report.feedbackLatency().get(0);
    assertThat(a.scorecardsTimed()).isEqualTo(4);
    assertThat(a.median()).hasValue(Duration.ofHours(17));
    assertThat(a.percentile90()).hasValue(Duration.ofHours(50));
    assertThat(a.scorecardsWithDeadline()).isEqualTo(4);
    assertThat(a.shareOverdue().value()).isEqualTo(0.5);
    FeedbackLatency b = report.feedbackLatency().get(1);
    assertThat(b.scorecardsTimed()).isEqualTo(3);
    assertThat(b.median()).hasValue(Duration.ofHours(3));
    assertThat(b.percentile90()).hasValue(Duration.ofHours(5));
    assertThat(b.shareOverdue().value()).isEqualTo(0.0);
  }

  /**
   * A scorecard submitted an hour before its own interview: one of its times is wrong. Its ratings
   * count, with the advice SUBMITTED_BEFORE_INTERVIEW, but it is timed nowhere: no latency of -1 h
   * in the calibration or on the candidate's timeline.
   */
  @Test
  void aScorecardSubmittedBeforeItsInterviewIsNotTimed() {
    InterviewPlan plan = plan(true);
    Scorecard early =
        Scorecard.builder()
            .from(card(plan, "c1", "ann", 0))
            .submittedAt(T0.minus(Duration.ofHours(1)))
            .build();
    List<Scorecard> history = List.of(early, card(plan, "c1", "bob", 5));

    CalibrationReport report = InterviewerCalibration.standard().calibrate(plan, history);
    FeedbackLatency a = report.feedbackLatency().get(0);
    assertThat(a.interviewerId()).isEqualTo("ann");
    assertThat(a.scorecardsTimed()).isZero();
    assertThat(a.median()).isEmpty();

    assertThat(early.validateAgainst(plan).problems())
        .filteredOn(p -> p.path().equals("/submittedAt"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code())
                  .isEqualTo(dev.rubric.core.ProblemCodes.SUBMITTED_BEFORE_INTERVIEW);
              assertThat(p.severity()).isEqualTo(dev.rubric.core.Severity.ADVICE);
              assertThat(p.path()).isEqualTo("/submittedAt");
              assertThat(p.message())
                  .isEqualTo(
                      "Submitted at 2026-11-02T09:00:00Z, before the interview at"
                          + " 2026-11-02T10:00:00Z: one of the two times is wrong, so no feedback"
                          + " latency is measured for this scorecard.");
            });
    dev.rubric.scoring.Evaluation e =
        dev.rubric.scoring.Evaluator.standard().evaluate(plan, List.of(early));
    assertThat(e.used()).containsExactly(early);
    assertThat(e.findings().readiness().timeline().entries())
        .singleElement()
        .satisfies(t -> assertThat(t.latency()).isEmpty());
  }

  @Test
  void withoutInterviewTimesOrDeadlinesTheFiguresAreEmptyNotZero() {
    InterviewPlan plan = plan(false);
    List<Scorecard> history = List.of(card(plan, "c1", "ann", -1), card(plan, "c1", "bob", 5));
    CalibrationReport report = InterviewerCalibration.standard().calibrate(plan, history);
    FeedbackLatency a = report.feedbackLatency().get(0);
    assertThat(a.scorecardsTimed()).isZero();
    assertThat(a.median()).isEmpty();
    assertThat(a.percentile90()).isEmpty();
    FeedbackLatency b = report.feedbackLatency().get(1);
    assertThat(b.median()).hasValue(Duration.ofHours(5));
    assertThat(b.scorecardsWithDeadline()).isZero();
    assertThat(b.shareOverdue().undefinedReason()).hasValue(UndefinedReason.NO_DEADLINES);
  }

  @Test
  void shadowSeatScorecardsCountInCalibration() {
    InterviewPlan base = plan(true);
    PanelRole shadow =
        PanelRole.builder()
            .from(base.panelRoles().get(0))
            .id("deployment-shadow")
            .kind(SeatKind.TECHNICAL)
            .shadow(true)
            .build();
    InterviewPlan plan =
        InterviewPlan.builder()
            .from(base)
            .addPanelRoles(shadow)
            .stages(
                List.of(
                    EvaluationStage.builder()
                        .from(base.stages().get(0))
                        .addPanelRoles("deployment-shadow")
                        .build()))
            .build();
    Scorecard trainee =
        Scorecard.builder()
            .from(card(plan, "c1", "trainee", 3))
            .panelRoleId("deployment-shadow")
            .build();
    CalibrationReport report =
        InterviewerCalibration.standard()
            .calibrate(plan, List.of(card(plan, "c1", "ann", 2), trainee));
    assertThat(report.scorecardsUsed()).isEqualTo(2);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.interviewer("trainee")).isPresent();
  }
}

package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Recommendation;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InterviewerCalibrationTest {
  static final InterviewPlan PLAN = plan();

  static InterviewPlan plan() {
    InterviewPlan.Builder plan =
        InterviewPlan.builder()
            .id("calibration")
            .scale(RatingScale.fourPoint())
            .profile(
                RoleProfile.builder()
                    .title("ML engineer")
                    .seniority("senior")
                    .addRequirements(
                        CompetencyRequirement.of("serving", 1, 3),
                        CompetencyRequirement.of("monitoring", 1, 3),
                        CompetencyRequirement.of("rollback", 1, 3))
                    .build());
    for (String id : List.of("serving", "monitoring", "rollback")) {
      plan.addCompetencies(Competency.builder().id(id).name(id).area("deployment").build());
    }
    plan.addPanelRoles(
        PanelRole.builder()
            .id("deployment-depth")
            .title("Deployment depth")
            .addCompetencies("serving", "monitoring", "rollback")
            .build());
    return plan.build();
  }

  static Scorecard card(String candidate, String interviewer, int serving, int monitoring) {
    Scorecard.Builder b =
        Scorecard.builder()
            .candidateId(candidate)
            .interviewerId(interviewer)
            .panelRoleId("deployment-depth")
            .planFingerprint(PLAN.fingerprint())
            .submittedAt(Instant.parse("2026-11-01T10:00:00Z"))
            .rate("serving", serving, "e")
            .rate("monitoring", monitoring, "e");
    return b.build();
  }

  /**
   * Two candidates, each rated by ann and bob on two competencies: ann is always one level above
   * bob. Hand computation: each of the four units gives ann a raw difference of +1 and bob -1;
   * relative to the panel average (the mean of the two), ann's offset is +0.5 and bob's -0.5; the
   * adjusted differences r_ann - (r_bob - b_bob) = 0.5 never vary, so the standard error is 0.
   */
  @Test
  void handComputedPair() {
    List<Scorecard> history =
        List.of(
            card("c1", "ann", 3, 4),
            card("c1", "bob", 2, 3),
            card("c2", "ann", 2, 2),
            card("c2", "bob", 1, 1));
    CalibrationReport report =
        InterviewerCalibration.builder()
            .minComparisons(2)
            .minOffset(0)
            .build()
            .calibrate(PLAN, history);
    Leniency ann = report.interviewer("ann").orElseThrow().leniency();
    assertThat(ann.comparisons()).isEqualTo(4);
    assertThat(ann.rawDifference().value()).isEqualTo(1.0);
    assertThat(ann.offset().value()).isCloseTo(0.5, within(1e-9));
    assertThat(ann.standardError().value()).isCloseTo(0.0, within(1e-9));
    Leniency bob = report.interviewer("bob").orElseThrow().leniency();
    assertThat(bob.rawDifference().value()).isEqualTo(-1.0);
    assertThat(bob.offset().value()).isCloseTo(-0.5, within(1e-9));
    // Two interviewers whose offsets are +-0.5 with no noise: tau^2 = var(+0.5, -0.5) = 0.5.
    assertThat(report.betweenInterviewerVariance()).isCloseTo(0.5, within(1e-9));
    assertThat(ann.shrunkOffset()).isCloseTo(0.5, within(1e-9));
    assertThat(ann.flag()).isEqualTo(LeniencyFlag.LENIENT);
    assertThat(bob.flag()).isEqualTo(LeniencyFlag.SEVERE);
    assertThat(report.offsets().get("ann")).isCloseTo(0.5, within(1e-9));
    assertThat(report.offsets().get("bob")).isCloseTo(-0.5, within(1e-9));
  }

  @Test
  void profileFigures() {
    List<Scorecard> history =
        List.of(
            Scorecard.builder()
                .from(card("c1", "ann", 3, 4))
                .overallRecommendation(Recommendation.YES)
                .build(),
            card("c2", "ann", 4, 4),
            card("c1", "bob", 2, 3));
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    InterviewerProfile ann = report.interviewer("ann").orElseThrow();
    assertThat(ann.scorecards()).isEqualTo(2);
    assertThat(ann.ratingCounts())
        .containsExactly(
            java.util.Map.entry(1, 0),
            java.util.Map.entry(2, 0),
            java.util.Map.entry(3, 1),
            java.util.Map.entry(4, 3));
    assertThat(ann.noRecommendationShare()).isEqualTo(0.5);
    // 4 ratings given out of 2 scorecards x 3 competencies of the seat.
    assertThat(ann.adherence()).isEqualTo(4.0 / 6.0);
    // Only two shared units with bob: not enough to say anything.
    assertThat(ann.leniency().comparisons()).isEqualTo(2);
    assertThat(ann.leniency().flag()).isEqualTo(LeniencyFlag.INSUFFICIENT_EVIDENCE);
    assertThat(ann.leniency().shrunkOffset()).isZero();
  }

  @Test
  void interviewerWithoutSharedCandidatesHasNoEvidence() {
    CalibrationReport report =
        InterviewerCalibration.standard().calibrate(PLAN, List.of(card("c1", "solo", 3, 3)));
    Leniency solo = report.interviewer("solo").orElseThrow().leniency();
    assertThat(solo.comparisons()).isZero();
    for (Coefficient figure :
        List.of(
            solo.rawDifference(),
            solo.offset(),
            solo.standardError(),
            solo.z(),
            solo.pValue(),
            solo.adjustedPValue())) {
      assertThat(figure.undefinedReason()).hasValue(UndefinedReason.NO_COMPARISONS);
    }
    assertThat(report.residualVariance().undefinedReason())
        .hasValue(UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM);
    assertThat(solo.shrunkOffset()).isZero();
    assertThat(solo.flag()).isEqualTo(LeniencyFlag.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void rejectedScorecardsAreAccountedFor() {
    Scorecard wrongPlan =
        Scorecard.builder().from(card("c1", "ann", 3, 3)).planFingerprint("sha256:old").build();
    CalibrationReport report =
        InterviewerCalibration.standard()
            .calibrate(PLAN, List.of(card("c1", "bob", 2, 2), wrongPlan));
    assertThat(report.scorecardsGiven()).isEqualTo(2);
    assertThat(report.scorecardsUsed()).isEqualTo(1);
    assertThat(report.rejected()).hasSize(1);
    RejectedScorecard rejected = report.rejected().get(0);
    assertThat(rejected.index()).isEqualTo(1);
    assertThat(rejected.interviewerId()).isEqualTo("ann");
    assertThat(rejected.problems())
        .extracting(p -> p.code())
        .containsExactly(ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(report.interviewer("ann")).isEmpty();
  }

  @Test
  void thresholdsAreChecked() {
    assertThatThrownBy(() -> InterviewerCalibration.builder().minComparisons(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minComparisons (1) must be >= 2");
    assertThatThrownBy(() -> InterviewerCalibration.builder().alpha(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha (NaN) must be in (0, 1)");
    assertThatThrownBy(() -> InterviewerCalibration.builder().minOffset(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minOffset (-0.1) must be >= 0");
    assertThatThrownBy(() -> InterviewerCalibration.builder().reliabilityTargets(0.7, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reliability target (1.0) must be in (0, 1)");
  }

  /** A generated history with a lenient (+0.8) and a severe (-0.8) interviewer among twelve. */
  static List<Scorecard> plantedHistory(long seed) {
    Random random = new Random(seed);
    List<String> interviewers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      interviewers.add(String.format("int-%02d", i));
    }
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 150; c++) {
      List<String> panel = new ArrayList<>(interviewers);
      Collections.shuffle(panel, random);
      double ability = 2.5 + random.nextGaussian() * 0.5;
      for (String interviewer : panel.subList(0, 3)) {
        double bias = interviewer.equals("int-03") ? 0.8 : interviewer.equals("int-07") ? -0.8 : 0;
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId("cand-" + c)
                .interviewerId(interviewer)
                .panelRoleId("deployment-depth")
                .planFingerprint(PLAN.fingerprint())
                .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
        for (String competency : List.of("serving", "monitoring", "rollback")) {
          double latent =
              ability + random.nextGaussian() * 0.4 + bias + random.nextGaussian() * 0.4;
          int level = (int) Math.max(1, Math.min(4, Math.round(latent)));
          card.rate(competency, level, "evidence");
        }
        history.add(card.build());
      }
    }
    return history;
  }

  @Test
  void findsPlantedLenientAndSevereInterviewersAndRecoversTheirOffsets() {
    List<Scorecard> history = plantedHistory(20261126L);
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    assertThat(report.flagged())
        .extracting(InterviewerProfile::interviewerId)
        .containsExactly("int-03", "int-07");
    Leniency lenient = report.interviewer("int-03").orElseThrow().leniency();
    Leniency severe = report.interviewer("int-07").orElseThrow().leniency();
    assertThat(lenient.flag()).isEqualTo(LeniencyFlag.LENIENT);
    assertThat(severe.flag()).isEqualTo(LeniencyFlag.SEVERE);
    // Rounding to whole levels and clamping at the ends of the scale attenuate a planted offset a
    // little; the estimate lies within three standard errors plus that attenuation (0.15).
    assertThat(lenient.offset().value())
        .isCloseTo(0.8, within(3 * lenient.standardError().value() + 0.15));
    assertThat(severe.offset().value())
        .isCloseTo(-0.8, within(3 * severe.standardError().value() + 0.15));
    for (InterviewerProfile p : report.interviewers()) {
      if (!p.interviewerId().equals("int-03") && !p.interviewerId().equals("int-07")) {
        assertThat(Math.abs(p.leniency().offset().value()))
            .as(p.interviewerId())
            .isLessThan(3 * p.leniency().standardError().value() + 0.15);
      }
    }
  }

  @Test
  void resultDoesNotDependOnTheOrderOfTheHistory() {
    List<Scorecard> history = plantedHistory(7L);
    List<Scorecard> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(1));
    CalibrationReport a = InterviewerCalibration.standard().calibrate(PLAN, history);
    CalibrationReport b = InterviewerCalibration.standard().calibrate(PLAN, shuffled);
    assertThat(b.interviewers()).isEqualTo(a.interviewers());
    assertThat(b.betweenInterviewerVariance()).isEqualTo(a.betweenInterviewerVariance());
  }
}

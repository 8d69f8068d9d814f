package dev.rubric.scoring.calibration;

import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.PLAN;
import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.card;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every calibration figure that the history may fail to define is a {@link Coefficient} whose
 * undefined case carries its reason and a sentence, never a NaN.
 */
class UndefinedFiguresTest {

  /**
   * The hand-computed pair of {@link InterviewerCalibrationTest#handComputedPair()}: ann is always
   * one level above bob, so the residuals are all zero, the standard error is exactly zero and z is
   * unbounded; four comparisons are fewer than the five needed for a test.
   */
  @Test
  void zeroStandardErrorAndTooFewComparisonsCarryTheirReasons() {
    List<Scorecard> history =
        List.of(
            card("c1", "ann", 3, 4),
            card("c1", "bob", 2, 3),
            card("c2", "ann", 2, 2),
            card("c2", "bob", 1, 1));
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    Leniency ann = report.interviewer("ann").orElseThrow().leniency();

    assertThat(ann.standardError().value()).isZero();
    assertThat(ann.z().undefinedReason()).hasValue(UndefinedReason.NO_VARIANCE);
    assertThat(((Coefficient.Undefined) ann.z()).explanation()).contains("+infinity");
    assertThat(ann.pValue().undefinedReason()).hasValue(UndefinedReason.NOT_TESTED);
    assertThat(((Coefficient.Undefined) ann.pValue()).explanation())
        .isEqualTo(
            "Not tested: 4 comparisons, fewer than the 5 the calibration needs before it tests an"
                + " interviewer.");
    assertThat(ann.adjustedPValue()).isEqualTo(ann.pValue());
    assertThat(report.residualVariance().value()).isZero();
  }

  @Test
  void aSingleRatingLeavesSpreadAndHaloUndefined() {
    Scorecard one =
        Scorecard.builder()
            .candidateId("c1")
            .interviewerId("solo")
            .panelRoleId("deployment-depth")
            .planFingerprint(PLAN.fingerprint())
            .submittedAt(Instant.parse("2026-11-01T10:00:00Z"))
            .rate("serving", 3, "e")
            .build();
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, List.of(one));
    List<Diagnostic> diagnostics = report.interviewer("solo").orElseThrow().diagnostics();

    assertThat(diagnostics.get(0).value().value()).isEqualTo(1.0); // 3 on 1..4 is a middle level
    assertThat(diagnostics.get(1).value().undefinedReason())
        .hasValue(UndefinedReason.TOO_FEW_RATINGS);
    assertThat(diagnostics.get(1).panelValue().undefinedReason())
        .hasValue(UndefinedReason.TOO_FEW_RATINGS);
    assertThat(diagnostics.get(2).value().undefinedReason())
        .hasValue(UndefinedReason.TOO_FEW_RATINGS);
    assertThat(report.residualVariance().undefinedReason())
        .hasValue(UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM);
  }

  @Test
  void theEstimatesFromSummedEquationsCarryTheSameReasons() {
    LeniencyEquations equations = LeniencyEquations.over(2);
    equations.add(new LeniencyModel.Unit(new int[] {0, 1}, new double[] {3, 2}));
    LeniencyEstimates estimates = InterviewerCalibration.standard().estimate(equations.solve(), 0);

    // One unit rated by two interviewers: 2 observations - 1 unit - 1 link = no residual df.
    assertThat(estimates.degreesOfFreedom()).isZero();
    assertThat(estimates.residualVariance().undefinedReason())
        .hasValue(UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM);
    Leniency first = estimates.interviewers().get(0);
    assertThat(first.offset().value()).isEqualTo(0.5);
    assertThat(first.standardError().undefinedReason())
        .hasValue(UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM);
    assertThat(first.z()).isEqualTo(first.standardError());
  }
}

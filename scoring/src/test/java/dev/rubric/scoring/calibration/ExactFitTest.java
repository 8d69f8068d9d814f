package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Histories the additive model fits exactly: interviewers who always rate a whole number of levels
 * apart. The residuals are then zero but for the rounding of the computation (about 1e-31 of a
 * level squared), which used to pass for an error variance: standard errors of 2e-16, z of 2.5e15
 * printed in full, offsets of 0.4999999999999991 and identical interviewers reported at
 * 0.12500000000000044 and 0.12499999999999956 (+0.13 and +0.12 in the reports), depending on the
 * number of candidates.
 */
class ExactFitTest {
  private static final InterviewPlan PLAN = Histories.plan(4, 5, 1, true);

  /**
   * The history of {@code n} candidates: candidate {@code j} rated {@code 1 + ((j + t) % 3) +
   * shift} on competency {@code t} by each interviewer, {@code shift} theirs.
   */
  static List<Scorecard> history(int n, String[] ids, int[] shift) {
    List<Scorecard> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < ids.length; i++) {
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId("c" + j)
                .interviewerId(ids[i])
                .panelRoleId("seat-0")
                .planFingerprint(PLAN.fingerprint())
                .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
        for (int t = 0; t < 5; t++) {
          card.rate("k" + t, 1 + ((j + t) % 3) + shift[i], "evidence");
        }
        out.add(card.build());
      }
    }
    return out;
  }

  /**
   * Law: two interviewers a level apart on every rating, for 2 to 12 candidates (one candidate
   * tests nobody: {@link FewCandidatesTest}): the residual variance is exactly 0, the offsets
   * exactly -0.5 and +0.5 with a standard error of exactly 0, z undefined with NO_VARIANCE (as the
   * Leniency Javadoc documents) and the p-values 0. Before, 5, 6, 7, 9, 10 and 12 candidates left a
   * residual variance of 4e-31 to 1.6e-30.
   */
  @Test
  void interviewersALevelApartGiveNoVarianceForEveryNumberOfCandidates() {
    for (int n = 2; n <= 12; n++) {
      CalibrationReport r =
          InterviewerCalibration.standard()
              .calibrate(PLAN, history(n, new String[] {"a", "b"}, new int[] {0, 1}));
      assertThat(r.residualVariance().value()).as("n = %d", n).isZero();
      for (String id : List.of("a", "b")) {
        Leniency l = r.interviewer(id).orElseThrow().leniency();
        assertThat(l.offset().value())
            .as("n = %d, %s", n, id)
            .isEqualTo(id.equals("a") ? -0.5 : 0.5);
        assertThat(l.standardError().value()).as("n = %d, %s", n, id).isZero();
        assertThat(l.z().undefinedReason())
            .as("n = %d, %s", n, id)
            .hasValue(UndefinedReason.NO_VARIANCE);
        assertThat(l.pValue().value()).as("n = %d, %s", n, id).isZero();
        assertThat(l.rawDifference().value()).isEqualTo(id.equals("a") ? -1.0 : 1.0);
      }
      Leniency a = r.interviewer("a").orElseThrow().leniency();
      Leniency b = r.interviewer("b").orElseThrow().leniency();
      assertThat(b.shrunkOffset()).as("n = %d", n).isEqualTo(-a.shrunkOffset());
    }
  }

  /**
   * Law: identical interviewers get identical figures. With a one level below b and c (no noise),
   * for 1 to 12 candidates, b and c have equal leniency records, their offset exactly +0.125 and
   * a's -0.875 (the location's bound, see {@link HuberBoundTest}), every standard error 0 and every
   * z undefined with NO_VARIANCE.
   */
  @Test
  void identicalInterviewersGetIdenticalFigures() {
    for (int n = 1; n <= 12; n++) {
      CalibrationReport r =
          InterviewerCalibration.standard()
              .calibrate(PLAN, history(n, new String[] {"a", "b", "c"}, new int[] {0, 1, 1}));
      assertThat(r.residualVariance().value()).as("n = %d", n).isZero();
      Leniency a = r.interviewer("a").orElseThrow().leniency();
      Leniency b = r.interviewer("b").orElseThrow().leniency();
      Leniency c = r.interviewer("c").orElseThrow().leniency();
      assertThat(c).as("n = %d", n).isEqualTo(b);
      assertThat(b.offset().value()).as("n = %d", n).isEqualTo(0.125);
      assertThat(a.offset().value()).as("n = %d", n).isEqualTo(-0.875);
      for (Leniency l : List.of(a, b)) {
        assertThat(l.standardError().value()).isZero();
        assertThat(l.z().undefinedReason()).hasValue(UndefinedReason.NO_VARIANCE);
      }
    }
  }

  /**
   * Law: the same through the distributed path ({@link LeniencyEquations}, {@link
   * InterviewerCalibration#estimate}): the rounding left in the residual sum of squares counts as
   * zero there too, with or without the halo sums.
   */
  @Test
  void theDistributedPathAgrees() {
    for (int n = 1; n <= 12; n++) {
      LeniencyEquations e = LeniencyEquations.over(2);
      int[][] who = new int[5][];
      int[][] levels = new int[5][];
      List<int[][][]> candidates = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        for (int t = 0; t < 5; t++) {
          who[t] = new int[] {0, 1};
          levels[t] = new int[] {1 + ((j + t) % 3), 2 + ((j + t) % 3)};
          e.addUnit(who[t], levels[t]);
        }
        candidates.add(new int[][][] {who.clone(), levels.clone()});
      }
      LeniencyFit fit = e.solve();
      double rss = 0;
      for (int[][][] c : candidates) {
        for (int t = 0; t < 5; t++) {
          rss += fit.residualSquares(c[0][t], c[1][t]);
        }
      }
      LeniencyHalo halo = LeniencyHalo.of(e, fit);
      candidates.forEach(c -> halo.addCandidate(c[0], c[1]));
      for (LeniencyEstimates est :
          List.of(
              InterviewerCalibration.standard().estimate(fit, rss),
              InterviewerCalibration.standard().estimate(fit, rss, halo))) {
        assertThat(est.residualVariance().value()).as("n = %d", n).isZero();
        assertThat(est.interviewers().get(1).offset().value()).isEqualTo(0.5);
        assertThat(est.interviewers().get(1).z().undefinedReason())
            .hasValue(UndefinedReason.NO_VARIANCE);
      }
    }
  }

  /**
   * Law: a figure is made exact only when it lies within the rounding of a short decimal: 0.5 and
   * 0.125 are recovered from their rounded values, symmetrically, a noisy figure or 1/3 is kept bit
   * for bit, and the change is never more than the tolerance.
   */
  @Test
  void onlyRoundingIsRemoved() {
    double tolerance = LeniencyModel.ROUNDING * 4;
    assertThat(LeniencyModel.exact(0.4999999999999991, tolerance)).isEqualTo(0.5);
    assertThat(LeniencyModel.exact(-0.4999999999999991, tolerance)).isEqualTo(-0.5);
    assertThat(LeniencyModel.exact(0.12500000000000044, tolerance)).isEqualTo(0.125);
    assertThat(LeniencyModel.exact(0.12499999999999956, tolerance)).isEqualTo(0.125);
    assertThat(LeniencyModel.exact(3e-16, tolerance)).isEqualTo(0.0);
    assertThat(LeniencyModel.exact(-3e-16, tolerance)).isEqualTo(0.0);
    assertThat(LeniencyModel.exact(1.0 / 3, tolerance)).isEqualTo(1.0 / 3);
    assertThat(LeniencyModel.exact(0.7688732987321902, tolerance)).isEqualTo(0.7688732987321902);
    assertThat(LeniencyModel.exact(0.1234567, tolerance)).isEqualTo(0.1234567);
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    double previous = Double.NEGATIVE_INFINITY;
    double x = -2;
    while (x < 2) {
      double y = LeniencyModel.exact(x, tolerance);
      assertThat(Math.abs(y - x)).isLessThanOrEqualTo(tolerance);
      assertThat(y).isGreaterThanOrEqualTo(previous);
      assertThat(LeniencyModel.exact(-x, tolerance)).isEqualTo(-y);
      previous = y;
      x += random.nextDouble() * 1e-3;
    }
  }
}

package dev.rubric.scoring.calibration;

import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.PLAN;
import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.card;
import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.plantedHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Scale-use diagnostics and panel sizing, computed by hand. */
class DiagnosticsAndPanelSizingTest {
  @Test
  void diagnosticsCompareOneInterviewerWithThePanel() {
    // ann: 2,3 and 3,2 (all middle; spread 0.5; each card spreads 0.5)
    // bob: 1,4 and 4,1 (no middle; spread 1.5; each card spreads 1.5)
    List<Scorecard> history =
        List.of(
            card("c1", "ann", 2, 3),
            card("c2", "ann", 3, 2),
            card("c1", "bob", 1, 4),
            card("c2", "bob", 4, 1));
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    List<Diagnostic> ann = report.interviewer("ann").orElseThrow().diagnostics();

    assertThat(ann)
        .extracting(Diagnostic::name)
        .containsExactly("central tendency", "range restriction", "halo");
    assertThat(ann.get(0).value().value()).isEqualTo(1.0);
    assertThat(ann.get(0).panelValue().value()).isEqualTo(0.5);
    assertThat(ann.get(0).count()).isEqualTo(4);
    assertThat(ann.get(1).value().value()).isCloseTo(0.5, within(1e-12));
    // panel: 2,3,3,2,1,4,4,1: mean 2.5, variance (4 * 0.25 + 4 * 2.25) / 8 = 1.25
    assertThat(ann.get(1).panelValue().value()).isCloseTo(Math.sqrt(1.25), within(1e-12));
    assertThat(ann.get(2).value().value()).isCloseTo(0.5, within(1e-12));
    assertThat(ann.get(2).panelValue().value()).isCloseTo(1.0, within(1e-12));
    assertThat(ann.get(2).count()).isEqualTo(2);
    assertThat(ann.get(0).reading())
        .isEqualTo(
            "100% of 4 ratings sit at the middle levels (between 1 and 4), against 50% for the"
                + " panel; a much higher share means ratings that separate candidates less.");
  }

  @Test
  void panelSizingUsesTheIccOfTheFirstTwoRatingsAndSpearmanBrown() {
    List<Scorecard> history = plantedHistory(11);
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    CompetencyReliability serving = report.panelSizing().get(0);

    assertThat(report.panelSizing())
        .extracting(CompetencyReliability::competencyId)
        .containsExactly("serving", "monitoring", "rollback");
    assertThat(serving.units()).isEqualTo(150);
    double rho = serving.icc11().value().value();
    assertThat(rho).isBetween(0.0, 1.0);
    assertThat(serving.icc21().interval()).isPresent();
    assertThat(serving.meanReliability()).hasSize(6);
    assertThat(serving.meanReliability().get(0)).isCloseTo(rho, within(1e-15));
    assertThat(serving.meanReliability().get(2)).isCloseTo(3 * rho / (1 + 2 * rho), within(1e-15));
    for (CompetencyReliability.Target t : serving.needed()) {
      int k = t.interviewers().orElseThrow();
      assertThat(PanelSizing.spearmanBrown(rho, k)).isGreaterThanOrEqualTo(t.reliability());
      if (k > 1) {
        assertThat(PanelSizing.spearmanBrown(rho, k - 1)).isLessThan(t.reliability());
      }
    }
    // The same ICC computed directly from the one-way layout of the first two ratings.
    int[][] pairs = new int[150][];
    int row = 0;
    for (int c = 0; c < 150; c++) {
      String candidate = "cand-" + c;
      pairs[row++] =
          history.stream()
              .filter(s -> s.candidateId().equals(candidate))
              .sorted(java.util.Comparator.comparing(Scorecard::interviewerId))
              .limit(2)
              .mapToInt(
                  s ->
                      s.ratings().stream()
                          .filter(r -> r.competencyId().equals("serving"))
                          .findFirst()
                          .orElseThrow()
                          .level())
              .toArray();
    }
    assertThat(IntraclassCorrelation.of().compute(pairs).get(IccForm.ICC_1_1).value().value())
        .isCloseTo(rho, within(1e-12));
  }

  @Test
  void aNegativeIccListsNoMeanReliability() {
    // Each candidate's two ratings sum to 5, so every candidate's mean is 2.5: no variance between
    // candidates, all of it within them, ICC(1,1) = (0 - MSW) / (0 + MSW) = -1. The step-up
    // 2 (-1) / (1 - 1) would be -Infinity at k = 2 and 3 (-1) / (1 - 2) = 3 at k = 3.
    List<Scorecard> history =
        List.of(
            card("c1", "ann", 1, 2),
            card("c1", "bob", 4, 3),
            card("c2", "ann", 4, 3),
            card("c2", "bob", 1, 2),
            card("c3", "ann", 2, 2),
            card("c3", "bob", 3, 3));
    CalibrationReport report = InterviewerCalibration.standard().calibrate(PLAN, history);
    CompetencyReliability serving = report.panelSizing().get(0);

    assertThat(serving.competencyId()).isEqualTo("serving");
    assertThat(serving.icc11().value().value()).isCloseTo(-1.0, within(1e-12));
    assertThat(serving.meanReliability()).isEmpty();
    assertThat(serving.needed())
        .allSatisfy(t -> assertThat(t.interviewers()).isEqualTo(OptionalInt.empty()));
    for (CompetencyReliability c : report.panelSizing()) {
      assertThat(c.meanReliability()).allSatisfy(r -> assertThat(r).isBetween(0.0, 1.0));
    }
  }

  @Test
  void panelSizeNeededByHand() {
    // rho = 0.4: R_2 = 0.571, R_3 = 0.667, R_4 = 0.727 -> 4 for 0.7; R_6 = 0.8 exactly -> 6.
    assertThat(PanelSizing.needed(0.4, 0.7)).isEqualTo(OptionalInt.of(4));
    assertThat(PanelSizing.needed(0.4, 0.8)).isEqualTo(OptionalInt.of(6));
    assertThat(PanelSizing.needed(0.9, 0.8)).isEqualTo(OptionalInt.of(1));
    assertThat(PanelSizing.needed(0, 0.8)).isEmpty();
    assertThat(PanelSizing.needed(Double.NaN, 0.8)).isEmpty();
  }
}

package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.RatingMatrix;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The process-analytics snippet of the README, compiled and run. */
class ProcessReadmeTest {
  @Test
  void measuringTheProcess() {
    InterviewPlan plan = InterviewerCalibrationTest.PLAN;
    List<Scorecard> history = InterviewerCalibrationTest.plantedHistory(20261126L);
    // snippet:process start
    // Reliability: unit = candidate x competency, rater = interviewer.
    RatingMatrix matrix = RatingMatrix.fromScorecards(history);
    AlphaResult alpha = KrippendorffAlpha.ordinal().compute(matrix.rows());

    // Calibration: who rates high or low against colleagues on the same candidates.
    CalibrationReport calibration = InterviewerCalibration.standard().calibrate(plan, history);
    for (InterviewerProfile p : calibration.flagged()) {
      Leniency l = p.leniency();
      System.out.printf(
          "%s is %s: %+.2f levels (SE %.2f, %d comparisons)%n",
          p.interviewerId(),
          l.flag(),
          l.offset().value(), // a flagged interviewer was tested: both figures are defined
          l.standardError().value(),
          l.comparisons());
    }

    // Correct for it when scoring: subtract each interviewer's shrunk offset first.
    Evaluator corrected =
        Evaluator.builder()
            .aggregator(
                CompetencyAggregator.leniencyAdjusted(
                    calibration.offsets(), CompetencyAggregator.mean()))
            .build();
    // snippet:process end
    assertThat(matrix.raters()).isEqualTo(12);
    assertThat(alpha.alpha().isDefined()).isTrue();
    assertThat(calibration.flagged())
        .extracting(InterviewerProfile::interviewerId)
        .containsExactly("int-03", "int-07");
    assertThat(corrected.toString()).contains("aggregator=leniency-adjusted(mean)");
  }

  @Test
  void aFigureTheDataDoNotDefineCarriesItsReason() {
    InterviewPlan plan = InterviewerCalibrationTest.PLAN;
    // Two interviewers who share one rating of one candidate: the fit explains both exactly.
    List<Scorecard> planted = InterviewerCalibrationTest.plantedHistory(20261126L);
    Scorecard first = planted.get(0);
    Scorecard second =
        planted.stream()
            .filter(c -> c.candidateId().equals(first.candidateId()) && c != first)
            .filter(c -> !c.interviewerId().equals(first.interviewerId()))
            .filter(c -> shared(first, c).isPresent())
            .findFirst()
            .orElseThrow();
    String competency = shared(first, second).orElseThrow();
    List<Scorecard> history = List.of(only(first, competency), only(second, competency));
    // snippet:undefined-figure start
    Coefficient s2 = InterviewerCalibration.standard().calibrate(plan, history).residualVariance();
    double shown = s2.isDefined() ? s2.value() : Double.NaN; // or s2.orElse(Double.NaN)
    String why =
        s2.undefinedReason().map(Enum::name).orElse("defined"); // NO_RESIDUAL_DEGREES_OF_FREEDOM
    // snippet:undefined-figure end
    assertThat(s2.isDefined()).isFalse();
    assertThat(shown).isNaN();
    assertThat(why).isEqualTo(UndefinedReason.NO_RESIDUAL_DEGREES_OF_FREEDOM.name());
    assertThat(((Coefficient.Undefined) s2).explanation()).isNotBlank();
  }

  private static Optional<String> shared(Scorecard a, Scorecard b) {
    return a.ratings().stream()
        .map(Rating::competencyId)
        .filter(id -> b.ratings().stream().anyMatch(r -> r.competencyId().equals(id)))
        .findFirst();
  }

  private static Scorecard only(Scorecard card, String competencyId) {
    return Scorecard.builder()
        .from(card)
        .ratings(
            card.ratings().stream().filter(r -> r.competencyId().equals(competencyId)).toList())
        .build();
  }
}

package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.domain.History;
import dev.rubric.testkit.domain.PlanShape;
import dev.rubric.testkit.domain.RubricGen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Laws of interviewer calibration over generated histories. */
class CalibrationProperties {
  static Gen<History> histories() {
    return RubricGen.histories();
  }

  static Gen<History> hostileHistories() {
    return RubricGen.plans(PlanShape.standard().withProcess(true).withHostileText(true))
        .flatMap(RubricGen::hostileHistoriesFor);
  }

  // Calibration reads an id only as a name: giving every interviewer and candidate of a hostile
  // history (look-alike pairs, spaces, emoji, ids of 65,536 characters) a plain id in the same
  // order changes no figure of any profile, and uses every scorecard.
  @Property(tries = 100)
  void calibrationReadsIdsOnlyAsNames(@ForAll("hostileHistories") History h) {
    Map<String, String> interviewers = plainNames(h.interviewers(), "interviewer-%03d");
    Map<String, String> candidates = plainNames(h.candidates(), "candidate-%03d");
    List<Scorecard> renamed =
        h.scorecards().stream()
            .map(
                c ->
                    Scorecard.builder()
                        .from(c)
                        .interviewerId(interviewers.get(c.interviewerId()))
                        .candidateId(candidates.get(c.candidateId()))
                        .build())
            .toList();

    CalibrationReport hostile =
        InterviewerCalibration.standard().calibrate(h.plan(), h.scorecards());
    CalibrationReport plain = InterviewerCalibration.standard().calibrate(h.plan(), renamed);

    assertThat(hostile.rejected()).isEmpty();
    assertThat(hostile.interviewers()).hasSize(h.interviewers().size());
    for (InterviewerProfile p : hostile.interviewers()) {
      InterviewerProfile q = plain.interviewer(interviewers.get(p.interviewerId())).orElseThrow();
      assertThat(q.scorecards()).isEqualTo(p.scorecards());
      assertThat(q.ratingCounts()).isEqualTo(p.ratingCounts());
      assertThat(q.leniency()).isEqualTo(p.leniency());
      assertThat(q.diagnostics()).isEqualTo(p.diagnostics());
    }
  }

  /** Each of {@code ids}, in their order, to a plain name of {@code pattern} in the same order. */
  private static Map<String, String> plainNames(Set<String> ids, String pattern) {
    Map<String, String> names = new HashMap<>();
    int k = 0;
    for (String id : ids) {
      names.put(id, String.format(Locale.ROOT, pattern, k++));
    }
    return names;
  }

  @Property(tries = 150)
  void leniencyIgnoresTheOrderOfTheHistory(@ForAll("histories") History h, @ForAll long seed) {
    List<Scorecard> shuffled = new ArrayList<>(h.scorecards());
    Collections.shuffle(shuffled, new Random(seed));

    CalibrationReport original =
        InterviewerCalibration.standard().calibrate(h.plan(), h.scorecards());
    CalibrationReport reordered = InterviewerCalibration.standard().calibrate(h.plan(), shuffled);

    assertThat(original.rejected()).isEmpty();
    assertThat(reordered.interviewers()).isEqualTo(original.interviewers());
    assertThat(reordered.betweenInterviewerVariance())
        .isEqualTo(original.betweenInterviewerVariance());
  }

  // Raising every rating of one interviewer by one level of the scale (the ratings already at the
  // top stay there) never lowers their offset.
  @Property(tries = 150)
  void raisingAnInterviewersRatingsNeverLowersTheirOffset(
      @ForAll("histories") History h, @ForAll int pick) {
    List<String> interviewers = new ArrayList<>(h.interviewers());
    if (interviewers.isEmpty()) {
      return;
    }
    String raised = interviewers.get(Math.floorMod(pick, interviewers.size()));
    List<Scorecard> changed =
        h.scorecards().stream()
            .map(c -> c.interviewerId().equals(raised) ? raise(c, h.plan().scale()) : c)
            .toList();

    double before =
        offset(InterviewerCalibration.standard().calibrate(h.plan(), h.scorecards()), raised);
    double after = offset(InterviewerCalibration.standard().calibrate(h.plan(), changed), raised);

    assertThat(Double.isNaN(after)).isEqualTo(Double.isNaN(before));
    if (!Double.isNaN(before)) {
      assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }
  }

  private static double offset(CalibrationReport report, String interviewer) {
    return report
        .interviewer(interviewer)
        .map(InterviewerProfile::leniency)
        .orElseThrow()
        .offset()
        .orElse(Double.NaN);
  }

  private static Scorecard raise(Scorecard card, RatingScale scale) {
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : card.ratings()) {
      int level = r.level();
      for (int i = 0; i + 1 < scale.size(); i++) {
        if (scale.levels().get(i).value() == r.level()) {
          level = scale.levels().get(i + 1).value();
        }
      }
      ratings.add(Rating.of(r.competencyId(), level, r.evidence()));
    }
    return Scorecard.builder().from(card).ratings(ratings).build();
  }
}

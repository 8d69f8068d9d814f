package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The calibration's thresholds (the minimum offset to flag and the typical interviewer's threshold)
 * are in levels, steps of the scale, so that relabelling a scale evenly ({@code a + k v}, {@code k
 * > 0}) multiplies the offsets, standard errors and shrunk offsets by {@code k} and changes no
 * p-value and no flag. Before, both were compared with the scale's raw values: on {0, 10, 20, 30} a
 * quarter "level" was a fortieth of a step, and 6 of 100 generated histories named someone else
 * than on {1, 2, 3, 4}.
 */
class ScaleLevelTest {
  /** Offsets, errors and shrunk offsets agree with k times the originals to this, in levels. */
  private static final double TOLERANCE = 1e-9;

  /** A plan of one seat rating five competencies on a scale of {@code values}. */
  static InterviewPlan plan(int... values) {
    RatingScale.Builder scale = RatingScale.builder();
    for (int v : values) {
      scale.level(v, "level " + v);
    }
    int middle = values[values.length / 2];
    scale.hireLine(middle);
    RoleProfile.Builder profile = RoleProfile.builder().title("ML engineer").seniority("senior");
    InterviewPlan.Builder plan = InterviewPlan.builder().id("generated").scale(scale.build());
    PanelRole.Builder seat = PanelRole.builder().id("seat-0").title("Seat 0");
    for (int k = 0; k < 5; k++) {
      profile.addRequirements(CompetencyRequirement.of("k" + k, 1, middle));
      plan.addCompetencies(Competency.builder().id("k" + k).name("k" + k).area("a").build());
      seat.addCompetencies("k" + k);
    }
    return plan.addPanelRoles(seat.build()).profile(profile.build()).build();
  }

  /** {@code history} with every level {@code v} read as {@code a + k v}, against {@code plan}. */
  static List<Scorecard> relabel(List<Scorecard> history, InterviewPlan plan, int a, int k) {
    List<Scorecard> out = new ArrayList<>();
    for (Scorecard c : history) {
      List<Rating> ratings = new ArrayList<>();
      for (Rating r : c.ratings()) {
        ratings.add(Rating.of(r.competencyId(), a + k * r.level(), r.evidence()));
      }
      out.add(
          Scorecard.builder().from(c).planFingerprint(plan.fingerprint()).ratings(ratings).build());
    }
    return out;
  }

  static void assertScaled(CalibrationReport base, CalibrationReport relabelled, int k, String as) {
    assertThat(relabelled.flagged().stream().map(InterviewerProfile::interviewerId).toList())
        .as(as)
        .isEqualTo(base.flagged().stream().map(InterviewerProfile::interviewerId).toList());
    for (InterviewerProfile p : base.interviewers()) {
      Leniency l = p.leniency();
      Leniency r = relabelled.interviewer(p.interviewerId()).orElseThrow().leniency();
      String who = as + ", " + p.interviewerId();
      assertThat(r.flag()).as(who).isEqualTo(l.flag());
      assertThat(r.comparisons()).as(who).isEqualTo(l.comparisons());
      if (l.offset().isDefined()) {
        assertThat(r.offset().value() / k).as(who).isCloseTo(l.offset().value(), within(TOLERANCE));
      }
      if (l.standardError().isDefined()) {
        assertThat(r.standardError().value() / k)
            .as(who)
            .isCloseTo(l.standardError().value(), within(TOLERANCE));
      }
      if (l.pValue().isDefined()) {
        assertThat(r.pValue().value()).as(who).isCloseTo(l.pValue().value(), within(TOLERANCE));
        assertThat(r.adjustedPValue().value())
            .as(who)
            .isCloseTo(l.adjustedPValue().value(), within(TOLERANCE));
      }
      assertThat(r.shrunkOffset() / k).as(who).isCloseTo(l.shrunkOffset(), within(TOLERANCE));
    }
    assertThat(relabelled.betweenInterviewerVariance() / ((double) k * k))
        .as(as)
        .isCloseTo(base.betweenInterviewerVariance(), within(TOLERANCE));
  }

  /**
   * Law: over 40 generated histories (8 interviewers, 160 candidates each meeting one and half of
   * them a second, halo 0.6, one interviewer 0.7 levels high), relabelling {1, 2, 3, 4} as {0, 10,
   * 20, 30}, {7, 10, 13, 16} or {-3, -2, -1, 0} changes no flag and scales offsets, standard
   * errors, shrunk offsets and tau^2 by k and k^2, within 1e-9 levels (p-values within 1e-9).
   */
  @Test
  void relabellingTheScaleEvenlyChangesOnlyTheUnit() {
    InterviewPlan base = plan(1, 2, 3, 4);
    double[] offsets = new double[8];
    offsets[3] = 0.7;
    Histories.Recipe recipe =
        new Histories.Recipe(
            base, offsets, 160, Histories.pairs(8, 0.5), (c, met) -> 0, 0.6, Histories.ids(8));
    int[][] relabellings = {{-10, 10}, {4, 3}, {-4, 1}};
    int flaggedSomewhere = 0;
    for (int h = 0; h < 40; h++) {
      List<Scorecard> history = Histories.generate(new SplittableRandom(900 + h), recipe);
      CalibrationReport before = InterviewerCalibration.standard().calibrate(base, history);
      flaggedSomewhere += before.flagged().isEmpty() ? 0 : 1;
      for (int[] ak : relabellings) {
        int a = ak[0];
        int k = ak[1];
        InterviewPlan other = plan(a + k, a + 2 * k, a + 3 * k, a + 4 * k);
        CalibrationReport after =
            InterviewerCalibration.standard().calibrate(other, relabel(history, other, a, k));
        assertScaled(before, after, k, "history " + h + ", " + a + " + " + k + " v");
      }
    }
    assertThat(flaggedSomewhere).isPositive();
  }

  /**
   * Law: the reviewer's history on {0, 10, 20, 30} (8 interviewers, 160 candidates, generated fair)
   * named iv05 LENIENT there and nobody on {1, 2, 3, 4}; now both name the same interviewers with
   * the figures scaled by 10.
   */
  @Test
  void theReviewersHistoryOnATimesTenScale() throws IOException {
    InterviewPlan ones = plan(1, 2, 3, 4);
    InterviewPlan tens = plan(0, 10, 20, 30);
    List<Scorecard> history = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(ScaleLevelTest.class.getResourceAsStream("x10-history.txt"))) {
      int line = 0;
      for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.trim().split(" ");
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId(f[0])
                .interviewerId(f[1])
                .panelRoleId("seat-0")
                .planFingerprint(ones.fingerprint())
                .submittedAt(Instant.parse("2026-01-01T12:00:00Z").plusSeconds(line++));
        for (int t = 0; t < 5; t++) {
          card.rate("k" + t, 1 + Integer.parseInt(f[2 + t]), "evidence");
        }
        history.add(card.build());
      }
    }
    CalibrationReport one = InterviewerCalibration.standard().calibrate(ones, history);
    CalibrationReport ten =
        InterviewerCalibration.standard().calibrate(tens, relabel(history, tens, -10, 10));
    assertScaled(one, ten, 10, "x10");
  }

  /** Law: a level is the scale's mean step, also on an uneven scale. */
  @Test
  void aLevelIsTheMeanStep() {
    assertThat(LeniencyEquations.level(plan(1, 2, 3, 4).scale())).isEqualTo(1);
    assertThat(LeniencyEquations.level(plan(0, 10, 20, 30).scale())).isEqualTo(10);
    assertThat(LeniencyEquations.level(plan(1, 2, 4, 5).scale())).isEqualTo(4.0 / 3);
    assertThat(LeniencyEquations.level(plan(1, 3, 4).scale())).isEqualTo(1.5);
  }
}

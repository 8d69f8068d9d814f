package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Calibration's errors when several interviewers of one panel are biased, over generated histories:
 * how often a FAIR colleague of the biased is flagged, and how often each planted interviewer is
 * found.
 *
 * <p>Histories as in {@link HaloErrorRateTest}, on one seat of four competencies staffed from one
 * pool of {@code n} interviewers: ratings are {@code clamp(round(2.5 + 0.8 (ability + competency +
 * halo + noise) + offset), 1, 4)}, ability ~ N(0, 1) per candidate, competency ~ N(0, 0.5^2) per
 * candidate and competency, halo ~ N(0, h^2) per interviewer and candidate (h = 0.6, or 0 without a
 * halo), noise ~ N(0, 0.6^2) per rating, offset 0 for a fair interviewer. There are {@code 20 n}
 * candidates, so every interviewer meets about 20 whatever the panel's size; each candidate meets
 * one interviewer of the pool and a second one with probability 1 (dense) or 0.25 (sparse).
 *
 * <p>{@link #study()} prints the full table (six panels, dense and sparse, with and without a
 * halo); it runs with {@code -Drubric.calibration.study=true}. The laws below state what holds.
 */
class ColleaguesOfBiasedInterviewersTest {
  static final InterviewPlan PLAN = plan();
  private static final InterviewerCalibration CALIBRATION = InterviewerCalibration.standard();

  /** A panel: its name and each interviewer's true offset in levels (0 = fair). */
  record Panel(String name, double[] offsets) {
    static Panel of(String name, int size, double... planted) {
      double[] offsets = new double[size];
      System.arraycopy(planted, 0, offsets, 0, planted.length);
      return new Panel(name, offsets);
    }

    int size() {
      return offsets.length;
    }

    boolean fair(int i) {
      return offsets[i] == 0;
    }

    int fairCount() {
      return (int) Arrays.stream(offsets).filter(o -> o == 0).count();
    }
  }

  /** How the candidates meet the panel: the chance of a second interviewer, the halo's sd. */
  record Design(String name, double pair, double halo) {}

  /**
   * What a run of histories showed: histories with at least one fair interviewer flagged, fair
   * flags in all, and per planted interviewer the histories where they were flagged in the
   * direction of their offset.
   */
  record Outcome(int histories, int fairNamed, int fairFlags, int fairInterviewers, int[] found) {
    double fairNamedShare() {
      return (double) fairNamed / histories;
    }

    double perFairRate() {
      return (double) fairFlags / ((double) histories * fairInterviewers);
    }

    /** {@return the share of histories in which planted interviewer {@code i} was found} */
    double foundShare(int i) {
      return (double) found[i] / histories;
    }
  }

  static final List<Panel> PANELS =
      List.of(
          Panel.of("1 lenient +0.8 of 8", 8, 0.8),
          Panel.of("1 lenient +0.8, 1 severe -0.8 of 8", 8, 0.8, -0.8),
          Panel.of("2 lenient +0.6 of 6", 6, 0.6, 0.6),
          Panel.of("3 lenient +0.6 of 12", 12, 0.6, 0.6, 0.6),
          Panel.of("4 lenient +0.8 of 20", 20, 0.8, 0.8, 0.8, 0.8),
          Panel.of("2 lenient +0.6 of 16", 16, 0.6, 0.6),
          Panel.of("all fair of 8 (baseline)", 8),
          Panel.of("all fair of 20 (baseline)", 20));

  static final List<Design> DESIGNS =
      List.of(
          new Design("dense, halo", 1.0, 0.6),
          new Design("dense, no halo", 1.0, 0.0),
          new Design("sparse, halo", 0.25, 0.6),
          new Design("sparse, no halo", 0.25, 0.0));

  private static final Design DENSE_HALO = DESIGNS.get(0);
  private static final Design DENSE = DESIGNS.get(1);
  private static final Design SPARSE_HALO = DESIGNS.get(2);
  private static final Design SPARSE = DESIGNS.get(3);
  private static final int HISTORIES = 100;

  /**
   * Law: when a quarter of a panel is lenient (4 of 20 by +0.8, 3 of 12 by +0.6, 1 of 8 by +0.8), a
   * fair interviewer is flagged in at most 10% of histories, dense with and without a halo and
   * sparse without one. Measured against the mean of the whole group, fair colleagues were named in
   * 49.5%, 27% and 10.5% of dense histories with a halo (200 histories each; 29 of these 100 with 3
   * of 12).
   */
  @Test
  void fairColleaguesOfALenientQuarterAreRarelyFlagged() {
    for (Panel panel : List.of(PANELS.get(0), PANELS.get(3), PANELS.get(4))) {
      for (Design design : List.of(DENSE_HALO, DENSE, SPARSE)) {
        Outcome o = measure(panel, design, HISTORIES, seed(panel, design));
        assertThat(o.fairNamed())
            .as("%s, %s: histories naming someone fair", panel.name(), design.name())
            .isLessThanOrEqualTo(HISTORIES / 10);
      }
    }
  }

  /**
   * Law: even with a third of the panel lenient (2 of 6 by +0.6) a fair interviewer is flagged in
   * at most 10% of dense histories (32.5% with a halo, 17.5% without, against the mean of the whole
   * group).
   */
  @Test
  void fairColleaguesOfALenientThirdAreRarelyFlagged() {
    for (Design design : List.of(DENSE_HALO, DENSE)) {
      Outcome o = measure(PANELS.get(2), design, HISTORIES, seed(PANELS.get(2), design));
      assertThat(o.fairNamed()).as(design.name()).isLessThanOrEqualTo(HISTORIES / 10);
    }
  }

  /**
   * Law: sparse panels with a halo, the hardest case, where the lenient are found in a third of
   * histories at best: each fair interviewer is flagged in at most 1% of histories and someone fair
   * in at most 15% (16% of histories named someone fair with 4 of 20 lenient against the group's
   * mean).
   */
  @Test
  void fairInterviewersOfSparsePanelsWithAHaloAreRarelyFlagged() {
    for (Panel panel : List.of(PANELS.get(3), PANELS.get(4), PANELS.get(5))) {
      Outcome o = measure(panel, SPARSE_HALO, HISTORIES, seed(panel, SPARSE_HALO));
      assertThat(o.perFairRate()).as(panel.name()).isLessThanOrEqualTo(0.01);
      assertThat(o.fairNamed()).as(panel.name()).isLessThanOrEqualTo(HISTORIES * 15 / 100);
    }
  }

  /**
   * Law: the planted are still found: each of 4 lenient of 20 in at least 95% of dense histories
   * with a halo, each of 3 lenient of 12 in at least 75% (70 to 72% against the group's mean: the
   * lenient, pulling the mean up, hid each other), a lone lenient of 8 in 95% (dense, halo) and 85%
   * (sparse, no halo), a lenient and a severe of 8 in 90% of sparse histories without a halo.
   */
  @Test
  void plantedInterviewersAreFound() {
    assertFound(PANELS.get(4), DENSE_HALO, 0.95);
    assertFound(PANELS.get(3), DENSE_HALO, 0.75);
    assertFound(PANELS.get(0), DENSE_HALO, 0.95);
    assertFound(PANELS.get(0), SPARSE, 0.85);
    assertFound(PANELS.get(1), SPARSE, 0.90);
  }

  /**
   * Law: where everyone is fair, someone is named in at most as many histories as the level allows
   * (5%).
   */
  @Test
  void allFairPanelsKeepTheirPromise() {
    for (Panel panel : List.of(PANELS.get(6), PANELS.get(7))) {
      for (Design design : DESIGNS) {
        Outcome o = measure(panel, design, HISTORIES, seed(panel, design));
        assertThat(o.fairNamed())
            .as("%s, %s", panel.name(), design.name())
            .isLessThanOrEqualTo(HISTORIES / 20);
      }
    }
  }

  /**
   * Law: the zero is the Huber location of the group's offsets and only the zero moves. In every
   * history, {@code sum over the group of max(-0.25, min(0.25, offset)) = 0} (an interviewer
   * further than a quarter level from the zero pulls on it as if they were a quarter level away),
   * and the differences between any two offsets are those of the plain fit (a calibration that
   * measures against the group's mean, its minimum offset 0).
   */
  @Test
  void theZeroIsTheHuberLocationAndOnlyTheZeroMoves() {
    InterviewerCalibration plain = InterviewerCalibration.builder().minOffset(0).build();
    int moved = 0;
    for (Panel panel : List.of(PANELS.get(1), PANELS.get(2), PANELS.get(4))) {
      for (Design design : DESIGNS) {
        for (int h = 0; h < 20; h++) {
          List<Scorecard> history =
              history(new SplittableRandom(seed(panel, design) + h), panel, design);
          CalibrationReport report = CALIBRATION.calibrate(PLAN, history);
          String where = panel.name() + ", " + design.name() + ", history " + h;
          double psi = 0;
          for (int i = 0; i < panel.size(); i++) {
            psi += Math.max(-0.25, Math.min(0.25, offset(report, i)));
          }
          assertThat(psi).as(where).isCloseTo(0, within(1e-9));
          CalibrationReport fit = plain.calibrate(PLAN, history);
          double shift = offset(report, 0) - offset(fit, 0);
          moved += Math.abs(shift) > 1e-9 ? 1 : 0;
          for (int i = 1; i < panel.size(); i++) {
            assertThat(offset(report, i) - offset(fit, i)).as(where).isCloseTo(shift, within(1e-9));
          }
        }
      }
    }
    assertThat(moved).isGreaterThan(100);
  }

  private static void assertFound(Panel panel, Design design, double share) {
    Outcome o = measure(panel, design, HISTORIES, seed(panel, design));
    for (int i = 0; i < o.found().length; i++) {
      assertThat(o.foundShare(i))
          .as("%s, %s: planted %s", panel.name(), design.name(), id(i))
          .isGreaterThanOrEqualTo(share);
    }
  }

  /** The seed of the study's histories of a panel and design. */
  static long seed(Panel panel, Design design) {
    return 100_000L * (PANELS.indexOf(panel) + 1) + 10_000L * DESIGNS.indexOf(design);
  }

  private static double offset(CalibrationReport report, int i) {
    return report.interviewer(id(i)).orElseThrow().leniency().offset().value();
  }

  /** Prints the study's table: one line per panel and design. */
  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.study", matches = "true")
  void study() {
    int histories = Integer.getInteger("rubric.calibration.histories", 200);
    for (int p = 0; p < PANELS.size(); p++) {
      for (int d = 0; d < DESIGNS.size(); d++) {
        Panel panel = PANELS.get(p);
        Design design = DESIGNS.get(d);
        Outcome o = measure(panel, design, histories, seed(panel, design));
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < o.found().length; i++) {
          found.append(
              String.format(
                  Locale.ROOT,
                  "%s%+.1f:%.0f%%",
                  i == 0 ? "" : " ",
                  panel.offsets()[i],
                  100.0 * o.found()[i] / histories));
        }
        System.out.printf(
            Locale.ROOT,
            "STUDY | %-36s | %-15s | %d histories | fair named in %5.1f%% | per fair %5.2f%% |"
                + " planted found %s%n",
            panel.name(),
            design.name(),
            histories,
            100 * o.fairNamedShare(),
            100 * o.perFairRate(),
            found);
      }
    }
  }

  /** Calibrates {@code histories} generated histories of a panel and counts the flags. */
  static Outcome measure(Panel panel, Design design, int histories, long seed) {
    int planted = panel.size() - panel.fairCount();
    int[] found = new int[planted];
    int fairNamed = 0;
    int fairFlags = 0;
    for (int h = 0; h < histories; h++) {
      SplittableRandom random = new SplittableRandom(seed + h);
      List<Scorecard> history = history(random, panel, design);
      CalibrationReport report = CALIBRATION.calibrate(PLAN, history);
      assertThat(report.scorecardsUsed()).isEqualTo(history.size());
      int fairHere = 0;
      for (int i = 0; i < panel.size(); i++) {
        LeniencyFlag flag = report.interviewer(id(i)).orElseThrow().leniency().flag();
        boolean flagged = flag == LeniencyFlag.LENIENT || flag == LeniencyFlag.SEVERE;
        if (panel.fair(i)) {
          fairHere += flagged ? 1 : 0;
        } else if (flag == (panel.offsets()[i] > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE)) {
          found[i]++;
        }
      }
      fairFlags += fairHere;
      fairNamed += fairHere > 0 ? 1 : 0;
    }
    return new Outcome(histories, fairNamed, fairFlags, panel.fairCount(), found);
  }

  /** A history of {@code 20 n} candidates on one seat of a panel of {@code n}. */
  static List<Scorecard> history(SplittableRandom random, Panel panel, Design design) {
    return history(random, panel, design, 20);
  }

  /**
   * A history of {@code perInterviewer n} candidates on one seat of a panel of {@code n}: each
   * interviewer meets about {@code perInterviewer} candidates as the first interviewer.
   */
  static List<Scorecard> history(
      SplittableRandom random, Panel panel, Design design, int perInterviewer) {
    int pool = panel.size();
    List<Scorecard> history = new ArrayList<>();
    PanelRole seat = PLAN.panelRoles().get(0);
    for (int c = 0; c < perInterviewer * pool; c++) {
      double ability = gaussian(random);
      double[] competency = new double[PLAN.competencies().size()];
      for (int k = 0; k < competency.length; k++) {
        competency[k] = 0.5 * gaussian(random);
      }
      int first = random.nextInt(pool);
      List<Integer> met = new ArrayList<>(List.of(first));
      if (random.nextDouble() < design.pair()) {
        met.add((first + 1 + random.nextInt(pool - 1)) % pool);
      }
      for (int i : met) {
        double impression = design.halo() * gaussian(random);
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId(String.format(Locale.ROOT, "c-%04d", c))
                .interviewerId(id(i))
                .panelRoleId(seat.id())
                .planFingerprint(PLAN.fingerprint())
                .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
        for (String k : seat.competencies()) {
          double latent =
              2.5
                  + 0.8
                      * (ability
                          + competency[Integer.parseInt(k.substring(1))]
                          + impression
                          + 0.6 * gaussian(random))
                  + panel.offsets()[i];
          card.rate(k, (int) Math.max(1, Math.min(4, Math.round(latent))), "evidence");
        }
        history.add(card.build());
      }
    }
    return history;
  }

  static String id(int i) {
    return String.format(Locale.ROOT, "iv-%02d", i);
  }

  /** A standard normal deviate (Box-Muller), so that the histories depend on the seed alone. */
  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static InterviewPlan plan() {
    RoleProfile.Builder profile = RoleProfile.builder().title("ML engineer").seniority("senior");
    InterviewPlan.Builder plan =
        InterviewPlan.builder().id("colleagues").scale(RatingScale.fourPoint());
    PanelRole.Builder seat = PanelRole.builder().id("seat-a").title("Seat A");
    for (int k = 0; k < 4; k++) {
      String id = "k" + k;
      profile.addRequirements(CompetencyRequirement.of(id, 1, 3));
      plan.addCompetencies(Competency.builder().id(id).name(id).area("deployment").build());
      seat.addCompetencies(id);
    }
    return plan.profile(profile.build()).addPanelRoles(seat.build()).build();
  }
}

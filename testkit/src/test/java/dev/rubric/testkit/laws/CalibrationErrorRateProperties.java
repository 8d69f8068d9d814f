package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Calibration's error rates over many generated histories, as laws about a whole population of
 * histories rather than one case.
 *
 * <p><b>Size.</b> When no interviewer is lenient or severe, the share of histories in which anyone
 * is flagged stays near the level (5%, Holm-adjusted): at most 10% of 200 histories, in each of
 * three designs: sparse chains (each candidate seen by two neighbouring interviewers of twenty),
 * random panels (three of twenty) and seat-bound panels (two seats of six interviewers each, two
 * interviewers per seat per candidate: two comparable groups).
 *
 * <p><b>Power.</b> An interviewer planted 0.7 levels high in a well-mixed panel (three of twelve
 * per candidate, 150 candidates) is flagged lenient in at least 90% of 50 histories, and nobody
 * else is flagged in more than 10% of them.
 *
 * <p>Ratings are {@code clamp(round(ability + offset + noise), 1, 4)} with ability ~ N(2.5, 0.7^2)
 * per candidate and competency and noise ~ N(0, 0.5^2), so the model's normal errors hold only
 * approximately, as with real ratings.
 */
class CalibrationErrorRateProperties {
  private static final InterviewPlan PLAN = plan();
  private static final InterviewerCalibration CALIBRATION = InterviewerCalibration.standard();
  private static final int HISTORIES = 200;

  @Test
  void sparseChainsOfFairInterviewersAreRarelyFlagged() {
    assertThat(historiesWithAFlag(this::chain)).isLessThanOrEqualTo(HISTORIES / 10);
  }

  @Test
  void randomPanelsOfFairInterviewersAreRarelyFlagged() {
    assertThat(historiesWithAFlag(this::randomPanels)).isLessThanOrEqualTo(HISTORIES / 10);
  }

  @Test
  void seatBoundPanelsOfFairInterviewersAreRarelyFlagged() {
    assertThat(historiesWithAFlag(this::seatBound)).isLessThanOrEqualTo(HISTORIES / 10);
  }

  @Test
  void aPlantedOffsetOfSevenTenthsIsFound() {
    int found = 0;
    int others = 0;
    for (long seed = 0; seed < 50; seed++) {
      Random random = new Random(9_000 + seed);
      List<Scorecard> history = new ArrayList<>();
      for (int c = 0; c < 150; c++) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          pool.add(i);
        }
        Collections.shuffle(pool, random);
        candidate(history, random, c, "seat-a", pool.subList(0, 3), 0.7);
      }
      CalibrationReport report = CALIBRATION.calibrate(PLAN, history);
      found += report.flagged().stream().anyMatch(p -> p.interviewerId().equals("iv-00")) ? 1 : 0;
      others += report.flagged().stream().anyMatch(p -> !p.interviewerId().equals("iv-00")) ? 1 : 0;
    }
    assertThat(found).isGreaterThanOrEqualTo(45);
    assertThat(others).isLessThanOrEqualTo(5);
  }

  private interface Design {
    List<Scorecard> history(Random random);
  }

  private static int historiesWithAFlag(Design design) {
    int flagged = 0;
    for (long seed = 0; seed < HISTORIES; seed++) {
      CalibrationReport report = CALIBRATION.calibrate(PLAN, design.history(new Random(seed)));
      assertThat(report.rejected()).isEmpty();
      flagged += report.flagged().isEmpty() ? 0 : 1;
    }
    return flagged;
  }

  private List<Scorecard> chain(Random random) {
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 120; c++) {
      int first = c % 19;
      candidate(history, random, c, "seat-a", List.of(first, first + 1), 0);
    }
    return history;
  }

  private List<Scorecard> randomPanels(Random random) {
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      List<Integer> pool = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        pool.add(i);
      }
      Collections.shuffle(pool, random);
      candidate(history, random, c, "seat-a", pool.subList(0, 3), 0);
    }
    return history;
  }

  private List<Scorecard> seatBound(Random random) {
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      int a = random.nextInt(6);
      int b = (a + 1 + random.nextInt(5)) % 6;
      candidate(history, random, c, "seat-a", List.of(a, b), 0);
      int x = random.nextInt(6);
      int y = (x + 1 + random.nextInt(5)) % 6;
      candidate(history, random, c, "seat-b", List.of(6 + x, 6 + y), 0);
    }
    return history;
  }

  /** One candidate's scorecards for {@code seat}; interviewer 0 rates {@code lenient} high. */
  private static void candidate(
      List<Scorecard> history,
      Random random,
      int c,
      String seat,
      List<Integer> interviewers,
      double lenient) {
    List<String> competencies = PLAN.panelRole(seat).orElseThrow().competencies();
    double[] ability = new double[competencies.size()];
    for (int k = 0; k < ability.length; k++) {
      ability[k] = 2.5 + 0.7 * random.nextGaussian();
    }
    for (int i : interviewers) {
      Scorecard.Builder card =
          Scorecard.builder()
              .candidateId(String.format(Locale.ROOT, "c-%03d", c))
              .interviewerId(String.format(Locale.ROOT, "iv-%02d", i))
              .panelRoleId(seat)
              .planFingerprint(PLAN.fingerprint())
              .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
      for (int k = 0; k < ability.length; k++) {
        double latent = ability[k] + (i == 0 ? lenient : 0) + 0.5 * random.nextGaussian();
        card.rate(competencies.get(k), (int) Math.max(1, Math.min(4, Math.round(latent))), "e");
      }
      history.add(card.build());
    }
  }

  private static InterviewPlan plan() {
    List<String> a = List.of("serving", "monitoring");
    List<String> b = List.of("pipelines", "communication");
    RoleProfile.Builder profile = RoleProfile.builder().title("ML engineer").seniority("senior");
    InterviewPlan.Builder plan =
        InterviewPlan.builder().id("error-rates").scale(RatingScale.fourPoint());
    for (String id : List.of("serving", "monitoring", "pipelines", "communication")) {
      profile.addRequirements(CompetencyRequirement.of(id, 1, 3));
      plan.addCompetencies(Competency.builder().id(id).name(id).area("deployment").build());
    }
    plan.profile(profile.build());
    plan.addPanelRoles(
        PanelRole.builder().id("seat-a").title("Seat A").addAllCompetencies(a).build(),
        PanelRole.builder().id("seat-b").title("Seat B").addAllCompetencies(b).build());
    return plan.build();
  }
}

package dev.rubric.scoring.calibration;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.GeneratedHistoriesStudyTest.Outcome;
import dev.rubric.scoring.calibration.Histories.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Exploratory: a comparable group made of two well-linked teams joined by a few candidates, the
 * limit the README states under "Two teams joined by a few candidates". Team A is interviewers
 * {@code 0..a-1}, team B {@code a..a+b-1}; each team sees {@code perTeam} candidates, each meeting
 * two interviewers of that team; {@code bridges} more candidates each meet one interviewer of each
 * team. Ratings as in {@link Histories} on one seat of four competencies and four levels. Prints,
 * per design, the histories naming someone fair, against the typical interviewer (the standard
 * calibration), against the group's mean ({@code minOffset(0)}) and with each team's candidates
 * calibrated on their own (the joining candidates left out), as the README advises. Run with {@code
 * -Drubric.calibration.study=true} ({@code -Drubric.calibration.histories=N}, 200 by default).
 */
class TwoTeamsStudyTest {
  private static final InterviewerCalibration MEAN =
      InterviewerCalibration.builder().minOffset(0).build();
  private static final int PER_TEAM = 300;

  static Recipe teams(int a, int b, int perTeam, int bridges, double halo, double[] offsets) {
    Histories.Meeting meeting =
        (r, c) -> {
          if (c < perTeam) {
            int x = r.nextInt(a);
            return new int[] {x, (x + 1 + r.nextInt(a - 1)) % a};
          }
          if (c < 2 * perTeam) {
            int x = r.nextInt(b);
            return new int[] {a + x, a + (x + 1 + r.nextInt(b - 1)) % b};
          }
          return new int[] {r.nextInt(a), a + r.nextInt(b)};
        };
    return new Recipe(
        Histories.plan(4, 4, 1, true),
        offsets,
        2 * perTeam + bridges,
        meeting,
        (c, m) -> 0,
        halo,
        Histories.ids(a + b));
  }

  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.study", matches = "true")
  void study() {
    int histories = Integer.getInteger("rubric.calibration.histories", 200);
    for (int bridges : new int[] {1, 2, 4, 8}) {
      for (double halo : new double[] {0.6, 0}) {
        Recipe r = teams(12, 8, PER_TEAM, bridges, halo, new double[20]);
        print("12 + 8 fair", bridges, halo, r, histories);
      }
    }
    double[] planted = new double[20];
    planted[0] = 0.8;
    planted[10] = 0.8;
    for (int bridges : new int[] {1, 2}) {
      print(
          "10 + 10, one +0.8 in each",
          bridges,
          0.6,
          teams(10, 10, PER_TEAM, bridges, 0.6, planted),
          histories);
    }
  }

  private static void print(String name, int bridges, double halo, Recipe r, int histories) {
    long seed = 9_000_000L + 1000L * bridges + (halo > 0 ? 100 : 0) + name.length();
    Outcome typical = GeneratedHistoriesStudyTest.measure(r, histories, seed);
    Outcome mean = GeneratedHistoriesStudyTest.measure(r, histories, seed, MEAN);
    System.out.printf(
        Locale.ROOT,
        "%s, %d bridge(s), halo %.1f, %d histories%n  typical: %s%n  mean:    %s%n"
            + "  apart:   %s%n",
        name,
        bridges,
        halo,
        histories,
        typical.describe(r.offsets()),
        mean.describe(r.offsets()),
        apart(r, histories, seed));
  }

  /**
   * The same histories with each team's candidates calibrated on their own: the histories naming
   * someone fair, and per planted interviewer the share found.
   */
  private static String apart(Recipe r, int histories, long seed) {
    int perTeam = PER_TEAM;
    int fairNamed = 0;
    int[] found = new int[r.offsets().length];
    for (int h = 0; h < histories; h++) {
      List<Scorecard> history = Histories.generate(new SplittableRandom(seed + h), r);
      boolean named = false;
      for (int team = 0; team < 2; team++) {
        List<Scorecard> own = new ArrayList<>();
        for (Scorecard c : history) {
          int candidate = Integer.parseInt(c.candidateId().substring(2));
          if (candidate >= team * perTeam && candidate < (team + 1) * perTeam) {
            own.add(c);
          }
        }
        CalibrationReport report = GeneratedHistoriesStudyTest.CALIBRATION.calibrate(r.plan(), own);
        for (int i = 0; i < r.offsets().length; i++) {
          var p = report.interviewer(r.ids()[i]);
          if (p.isEmpty()) {
            continue;
          }
          LeniencyFlag flag = p.get().leniency().flag();
          if (r.fair(i)) {
            named |= flag == LeniencyFlag.LENIENT || flag == LeniencyFlag.SEVERE;
          } else if (flag == (r.offsets()[i] > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE)) {
            found[i]++;
          }
        }
      }
      fairNamed += named ? 1 : 0;
    }
    StringBuilder s =
        new StringBuilder(
            String.format(Locale.ROOT, "fair named in %5.1f%% |", 100.0 * fairNamed / histories));
    for (int i = 0; i < found.length; i++) {
      if (!r.fair(i)) {
        s.append(String.format(Locale.ROOT, " %d found %d%%", i, 100 * found[i] / histories));
      }
    }
    return s.toString();
  }
}

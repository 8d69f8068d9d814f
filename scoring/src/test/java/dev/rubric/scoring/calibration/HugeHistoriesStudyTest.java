package dev.rubric.scoring.calibration;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.Histories.Recipe;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times calibration on huge generated histories (printed, never asserted): run with {@code
 * -Drubric.calibration.huge=true -Drubric.calibration.sizes=1000x30000,...} (interviewers x
 * candidates; each candidate meets one interviewer and, half the time, a second).
 */
class HugeHistoriesStudyTest {
  static final InterviewerCalibration CAL = InterviewerCalibration.standard();

  static int[][] parseSizes(String s) {
    String[] parts = s.split(",");
    int[][] out = new int[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      String[] p = parts[i].split("x");
      out[i] = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }
    return out;
  }

  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.huge", matches = "true")
  void huge() {
    InterviewPlan four = Histories.plan(4, 4, 1, true);
    for (int[] size : parseSizes(System.getProperty("rubric.calibration.sizes", "1000x30000"))) {
      Recipe big =
          new Recipe(
              four,
              new double[size[0]],
              size[1],
              Histories.pairs(size[0], 0.5),
              (c, m) -> 0,
              0.6,
              Histories.ids(size[0]));
      List<Scorecard> hb = Histories.generate(new SplittableRandom(3), big);
      long start = System.nanoTime();
      try {
        CalibrationReport rb = CAL.calibrate(four, hb);
        System.out.printf(
            Locale.ROOT,
            "PROBE huge %d interviewers, %d candidates, %d scorecards: %.2f s, groups %d, flagged %d%n",
            size[0],
            size[1],
            hb.size(),
            (System.nanoTime() - start) / 1e9,
            rb.comparableGroups(),
            rb.flagged().size());
      } catch (RuntimeException e) {
        System.out.println("PROBE huge " + size[0] + " threw " + e);
      }
    }
  }
}

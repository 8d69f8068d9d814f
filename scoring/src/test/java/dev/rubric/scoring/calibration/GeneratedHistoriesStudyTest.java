package dev.rubric.scoring.calibration;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.Histories.Recipe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Exploratory: prints flag rates over many designs. Run with -Drubric.calibration.study=true. */
class GeneratedHistoriesStudyTest {
  static final InterviewerCalibration CALIBRATION = InterviewerCalibration.standard();

  /**
   * Counts over the histories: those naming someone fair, fair flags in all, fair interviewers, per
   * interviewer the histories where they were found (planted: flagged in the direction of their
   * offset; fair: flagged at all) and where they were flagged either way.
   */
  record Outcome(
      int histories, int fairNamed, int fairFlags, int fairCount, int[] found, int[] flagged) {
    String describe(double[] offsets) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < offsets.length; i++) {
        if (offsets[i] == 0 && found[i] > 0) {
          s.append(
              String.format(Locale.ROOT, " fair %d flagged %d%%", i, 100 * found[i] / histories));
        }
        if (offsets[i] != 0) {
          s.append(
              String.format(
                  Locale.ROOT, " %d:%+.1f=%d%%", i, offsets[i], 100 * found[i] / histories));
        }
      }
      return String.format(
          Locale.ROOT,
          "fair named in %5.1f%% | per fair %5.2f%% | found%s",
          100.0 * fairNamed / histories,
          100.0 * fairFlags / histories / Math.max(1, fairCount),
          s);
    }
  }

  static Outcome measure(Recipe recipe, int histories, long seed) {
    return measure(recipe, histories, seed, CALIBRATION);
  }

  /** As {@link #measure(Recipe, int, long)}, with another calibration. */
  static Outcome measure(
      Recipe recipe, int histories, long seed, InterviewerCalibration calibration) {
    int n = recipe.offsets().length;
    int[] found = new int[n];
    int[] flaggedAny = new int[n];
    int fairNamed = 0;
    int fairFlags = 0;
    int fairCount = 0;
    for (int i = 0; i < n; i++) {
      fairCount += recipe.fair(i) ? 1 : 0;
    }
    for (int h = 0; h < histories; h++) {
      List<Scorecard> history = Histories.generate(new SplittableRandom(seed + h), recipe);
      CalibrationReport report = calibration.calibrate(recipe.plan(), history);
      int fairHere = 0;
      for (int i = 0; i < n; i++) {
        var p = report.interviewer(recipe.ids()[i]);
        if (p.isEmpty()) {
          continue;
        }
        LeniencyFlag flag = p.get().leniency().flag();
        boolean flagged = flag == LeniencyFlag.LENIENT || flag == LeniencyFlag.SEVERE;
        flaggedAny[i] += flagged ? 1 : 0;
        if (recipe.fair(i)) {
          fairHere += flagged ? 1 : 0;
          found[i] += flagged ? 1 : 0;
        } else if (flag == (recipe.offsets()[i] > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE)) {
          found[i]++;
        }
      }
      fairFlags += fairHere;
      fairNamed += fairHere > 0 ? 1 : 0;
    }
    return new Outcome(histories, fairNamed, fairFlags, fairCount, found, flaggedAny);
  }

  static double[] offsets(int n, double... planted) {
    double[] o = new double[n];
    System.arraycopy(planted, 0, o, 0, planted.length);
    return o;
  }

  static Map<String, Recipe> recipes() {
    Map<String, Recipe> out = new LinkedHashMap<>();
    InterviewPlan four = Histories.plan(4, 4, 1, true);
    // 1. sparse: 8 regulars, 6 occasional interviewers with 1, 2, 3, 1, 2, 3 scorecards, always
    // paired with a regular.
    Histories.Meeting regular = Histories.pairs(8, 0.5);
    Histories.Meeting sparse =
        (r, c) -> {
          for (int o = 0; o < 6; o++) {
            if (c >= o * 10 && c < o * 10 + 1 + o % 3) {
              return new int[] {r.nextInt(8), 8 + o};
            }
          }
          return regular.meet(r, c);
        };
    for (double halo : new double[] {0.6, 0}) {
      out.put(
          "sparse occasional, halo " + halo,
          new Recipe(four, offsets(14), 160, sparse, (c, m) -> 0, halo, Histories.ids(14)));
      double[] o = offsets(14);
      o[10] = 1.0;
      o[13] = 1.0;
      out.put(
          "sparse occasional, 2 occasional +1.0, halo " + halo,
          new Recipe(four, o, 160, sparse, (c, m) -> 0, halo, Histories.ids(14)));
    }
    // 2. unbalanced loads
    Histories.Meeting heavy =
        (r, c) -> {
          int first = r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(7);
          if (r.nextDouble() < 0.5) {
            return new int[] {first, (first + 1 + r.nextInt(7)) % 8};
          }
          return new int[] {first};
        };
    for (double halo : new double[] {0.6, 0}) {
      out.put(
          "unbalanced, all fair, halo " + halo,
          new Recipe(four, offsets(8), 160, heavy, (c, m) -> 0, halo, Histories.ids(8)));
      out.put(
          "unbalanced, heavy +0.5, halo " + halo,
          new Recipe(four, offsets(8, 0.5), 160, heavy, (c, m) -> 0, halo, Histories.ids(8)));
      out.put(
          "unbalanced, light +0.8, halo " + halo,
          new Recipe(four, offsets(8, 0, 0.8), 160, heavy, (c, m) -> 0, halo, Histories.ids(8)));
    }
    // 3. majority lenient
    for (double halo : new double[] {0.6, 0}) {
      out.put(
          "6 of 8 lenient +0.6, dense, halo " + halo,
          new Recipe(
              four,
              offsets(8, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6),
              160,
              Histories.pairs(8, 1),
              (c, m) -> 0,
              halo,
              Histories.ids(8)));
      out.put(
          "4 of 8 lenient +0.6, dense, halo " + halo,
          new Recipe(
              four,
              offsets(8, 0.6, 0.6, 0.6, 0.6),
              160,
              Histories.pairs(8, 1),
              (c, m) -> 0,
              halo,
              Histories.ids(8)));
    }
    // 5. disconnected
    Histories.Meeting split =
        (r, c) -> {
          int base = c % 2 == 0 ? 0 : 5;
          int first = r.nextInt(5);
          return new int[] {base + first, base + (first + 1 + r.nextInt(4)) % 5};
        };
    out.put(
        "disconnected, B all +0.8",
        new Recipe(
            four,
            offsets(10, 0, 0, 0, 0, 0, 0.8, 0.8, 0.8, 0.8, 0.8),
            200,
            split,
            (c, m) -> 0,
            0.6,
            Histories.ids(10)));
    out.put(
        "disconnected, A one +0.8, B all +0.8",
        new Recipe(
            four,
            offsets(10, 0.8, 0, 0, 0, 0, 0.8, 0.8, 0.8, 0.8, 0.8),
            200,
            split,
            (c, m) -> 0,
            0.6,
            Histories.ids(10)));
    // 6. confounding: interviewer 0 meets only strong candidates
    Histories.Meeting strongFor0 =
        (r, c) -> {
          if (c % 4 == 0) {
            return new int[] {0, 1 + r.nextInt(7)};
          }
          int first = 1 + r.nextInt(7);
          return new int[] {first, 1 + (first + r.nextInt(6)) % 7};
        };
    Histories.Strength strongWith0 = (c, m) -> m[0] == 0 ? 1.5 : 0;
    for (double halo : new double[] {0.6, 0}) {
      out.put(
          "confounded: 0 meets only strong, all fair, halo " + halo,
          new Recipe(four, offsets(8), 160, strongFor0, strongWith0, halo, Histories.ids(8)));
    }
    Histories.Meeting strongFor0With1 =
        (r, c) -> {
          if (c % 4 == 0) {
            return new int[] {0, 1};
          }
          int first = 1 + r.nextInt(7);
          return new int[] {first, 1 + (first + r.nextInt(6)) % 7};
        };
    for (double strength : new double[] {1.5, -1.5, 2.5}) {
      out.put(
          "confounded: 0 meets only " + strength + " with 1 at +0.8",
          new Recipe(
              four,
              offsets(8, 0, 0.8),
              160,
              strongFor0With1,
              (c, m) -> m[0] == 0 ? strength : 0,
              0.6,
              Histories.ids(8)));
    }
    // 8. scales
    for (int levels : new int[] {2, 10}) {
      InterviewPlan plan = Histories.plan(levels, 4, 1, true);
      for (double pair : new double[] {1, 0.25}) {
        out.put(
            levels + " levels, all fair, pair " + pair,
            new Recipe(
                plan,
                offsets(8),
                160,
                Histories.pairs(8, pair),
                (c, m) -> 0,
                0.6,
                Histories.ids(8)));
        out.put(
            levels + " levels, 1 at +" + (levels - 1) * 0.2 + ", pair " + pair,
            new Recipe(
                plan,
                offsets(8, (levels - 1) * 0.2),
                160,
                Histories.pairs(8, pair),
                (c, m) -> 0,
                0.6,
                Histories.ids(8)));
      }
    }
    Histories.Strength extremes = (c, m) -> (c % 2 == 0 ? 3 : -3);
    InterviewPlan five = Histories.plan(5, 4, 1, true);
    out.put(
        "ends only (5 levels), all fair",
        new Recipe(five, offsets(8), 160, Histories.pairs(8, 1), extremes, 0.6, Histories.ids(8)));
    out.put(
        "ends only (5 levels), 1 at +0.8",
        new Recipe(
            five, offsets(8, 0.8), 160, Histories.pairs(8, 1), extremes, 0.6, Histories.ids(8)));
    // 12. one more fair interviewer
    out.put(
        "8 with 1 at +0.8, sparse",
        new Recipe(
            four,
            offsets(8, 0.8),
            160,
            Histories.pairs(8, 0.25),
            (c, m) -> 0,
            0.6,
            Histories.ids(8)));
    out.put(
        "9 with 1 at +0.8, sparse",
        new Recipe(
            four,
            offsets(9, 0.8),
            180,
            Histories.pairs(9, 0.25),
            (c, m) -> 0,
            0.6,
            Histories.ids(9)));
    // multi-seat, shared competencies, pairs in different seats
    out.put(
        "3 seats sharing competencies, 1 at +0.8",
        new Recipe(
            Histories.plan(4, 3, 3, true),
            offsets(8, 0.8),
            160,
            (r, c) -> {
              int a = r.nextInt(8);
              int b = (a + 1 + r.nextInt(7)) % 8;
              int d = (b + 1 + r.nextInt(7)) % 8;
              return d == a ? new int[] {a, b} : new int[] {a, b, d};
            },
            (c, m) -> 0,
            0.6,
            Histories.ids(8)));
    return out;
  }

  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.study", matches = "true")
  void study() {
    int histories = Integer.getInteger("rubric.calibration.histories", 100);
    String only = System.getProperty("rubric.calibration.only", "");
    long seed = 7_000_000;
    for (Map.Entry<String, Recipe> e : recipes().entrySet()) {
      seed += 10_000;
      if (!e.getKey().contains(only)) {
        continue;
      }
      long start = System.nanoTime();
      Outcome o = measure(e.getValue(), histories, seed);
      System.out.printf(
          Locale.ROOT,
          "STUDY | %-55s | %s | %.1f s%n",
          e.getKey(),
          o.describe(e.getValue().offsets()),
          (System.nanoTime() - start) / 1e9);
    }
  }
}

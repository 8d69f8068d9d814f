package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The offsets measured against a reference of some of a group's interviewers ({@link
 * LeniencyModel#recentred}): their standard errors checked against an independent computation.
 *
 * <p>Every offset is linear in the ratings, {@code d_i = g_i' y}; the gradient {@code g_i} is found
 * here by raising one rating at a time by one level and refitting, without any matrix of the model.
 * Under the model's errors, {@code Var(d_i) = sigma_e^2 ||g_i||^2 + sigma_h^2 sum over
 * (interviewer, candidate) of (sum of g_i over that interviewer's ratings of that candidate)^2},
 * which must equal the square of the standard error the model gives (the contrast formula {@code
 * (e_i - c)' Var(b) (e_i - c)}) to rounding.
 */
class LeniencyReferenceTest {
  private static final int INTERVIEWERS = 6;

  /** Law: without a halo, {@code SE(d_i)^2 = s^2 ||g_i||^2} for every reference tried. */
  @Test
  void contrastErrorsMatchTheGradientOfTheOffsets() {
    for (long seed = 0; seed < 20; seed++) {
      List<List<LeniencyModel.Unit>> candidates = candidates(new SplittableRandom(seed), 0.0);
      List<LeniencyModel.Unit> units = flatten(candidates);
      boolean[] excluded = excluded(seed);
      LeniencyModel m = LeniencyModel.fit(INTERVIEWERS, units).recentred(excluded);
      assertThat(m.groups).isEqualTo(1);
      for (int i = 0; i < INTERVIEWERS; i++) {
        double[][] g = gradient(candidates, excluded, i, false);
        double expected = m.residualVariance * sumOfSquares(g);
        assertThat(m.standardError[i] * m.standardError[i])
            .as("seed %s interviewer %s", seed, i)
            .isCloseTo(expected, within(1e-9));
      }
    }
  }

  /** Law: with a halo, {@code SE(d_i)^2 = sigma_e^2 ||g_i||^2 + sigma_h^2 ||Z' g_i||^2}. */
  @Test
  void contrastErrorsWithAHaloMatchTheGradientOfTheOffsets() {
    int withHalo = 0;
    for (long seed = 0; seed < 20; seed++) {
      List<List<LeniencyModel.Unit>> candidates = candidates(new SplittableRandom(seed), 1.0);
      List<LeniencyModel.Unit> units = flatten(candidates);
      boolean[] excluded = excluded(seed);
      LeniencyModel m =
          LeniencyModel.fit(INTERVIEWERS, units, candidateOf(candidates)).recentred(excluded);
      LeniencyHalo.Result r = haloOf(candidates);
      withHalo += r.haloVariance > 0 ? 1 : 0;
      for (int i = 0; i < INTERVIEWERS; i++) {
        double expected =
            r.errorVariance * sumOfSquares(gradient(candidates, excluded, i, false))
                + r.haloVariance * sumOfSquares(gradient(candidates, excluded, i, true));
        assertThat(m.standardError[i] * m.standardError[i])
            .as("seed %s interviewer %s", seed, i)
            .isCloseTo(expected, within(1e-9));
      }
    }
    assertThat(withHalo).isGreaterThanOrEqualTo(10);
  }

  /** Law: a reference of the whole group is the sum-to-zero fit itself. */
  @Test
  void aReferenceOfTheWholeGroupChangesNothing() {
    List<LeniencyModel.Unit> units = flatten(candidates(new SplittableRandom(7), 0.5));
    LeniencyModel m = LeniencyModel.fit(INTERVIEWERS, units);
    LeniencyModel same = m.recentred(new boolean[INTERVIEWERS]);
    assertThat(same.offset).containsExactly(m.offset);
    assertThat(same.standardError).containsExactly(m.standardError);
    boolean[] all = new boolean[INTERVIEWERS];
    java.util.Arrays.fill(all, true);
    assertThat(m.recentred(all).offset).containsExactly(m.offset);
  }

  /** Law: the offsets against a reference average zero over the reference. */
  @Test
  void theReferenceAveragesZero() {
    List<LeniencyModel.Unit> units = flatten(candidates(new SplittableRandom(11), 0.5));
    boolean[] excluded = {true, false, false, true, false, false};
    LeniencyModel base = LeniencyModel.fit(INTERVIEWERS, units);
    LeniencyModel m = base.recentred(excluded);
    double mean = (m.offset[1] + m.offset[2] + m.offset[4] + m.offset[5]) / 4;
    assertThat(mean).isCloseTo(0, within(1e-12));
    for (int i = 1; i < INTERVIEWERS; i++) {
      assertThat(m.offset[i] - m.offset[0])
          .isCloseTo(base.offset[i] - base.offset[0], within(1e-12));
    }
  }

  private static boolean[] excluded(long seed) {
    boolean[] out = new boolean[INTERVIEWERS];
    out[(int) (seed % INTERVIEWERS)] = true;
    if (seed % 2 == 0) {
      out[(int) ((seed / 2 + 1) % INTERVIEWERS)] = true;
    }
    return out;
  }

  /**
   * Per rating (candidate by candidate, unit by unit), the change of interviewer {@code i}'s offset
   * when the rating rises by one level; with {@code clusters}, those changes summed per interviewer
   * and candidate instead.
   */
  private static double[][] gradient(
      List<List<LeniencyModel.Unit>> candidates, boolean[] excluded, int i, boolean clusters) {
    double before =
        LeniencyModel.fit(INTERVIEWERS, flatten(candidates)).recentred(excluded).offset[i];
    List<double[]> out = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      double[] perInterviewer = new double[INTERVIEWERS];
      for (int u = 0; u < candidates.get(c).size(); u++) {
        LeniencyModel.Unit unit = candidates.get(c).get(u);
        for (int o = 0; o < unit.who().length; o++) {
          unit.level()[o] += 1;
          double after =
              LeniencyModel.fit(INTERVIEWERS, flatten(candidates)).recentred(excluded).offset[i];
          unit.level()[o] -= 1;
          if (clusters) {
            perInterviewer[unit.who()[o]] += after - before;
          } else {
            out.add(new double[] {after - before});
          }
        }
      }
      if (clusters) {
        out.add(perInterviewer);
      }
    }
    return out.toArray(new double[0][]);
  }

  private static double sumOfSquares(double[][] g) {
    double s = 0;
    for (double[] row : g) {
      for (double v : row) {
        s += v * v;
      }
    }
    return s;
  }

  private static LeniencyHalo.Result haloOf(List<List<LeniencyModel.Unit>> candidates) {
    LeniencyEquations equations = LeniencyEquations.over(INTERVIEWERS);
    List<LeniencyModel.Unit> units = flatten(candidates);
    units.forEach(equations::add);
    LeniencyFit fit = equations.solve();
    double rss = 0;
    for (LeniencyModel.Unit u : units) {
      rss = fit.addResidualSquares(rss, u);
    }
    LeniencyHalo halo = LeniencyHalo.of(equations, fit);
    candidates.forEach(halo::add);
    return halo.result(rss, fit.model(rss).degreesOfFreedom);
  }

  /**
   * Twelve candidates, each rated on three competencies by two or three of six interviewers (each
   * interviewer rating every competency of a candidate they meet), levels with a shared impression
   * of standard deviation {@code halo} per interviewer and candidate.
   */
  private static List<List<LeniencyModel.Unit>> candidates(SplittableRandom random, double halo) {
    List<List<LeniencyModel.Unit>> out = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      int first = c % INTERVIEWERS;
      int second = (first + 1 + random.nextInt(INTERVIEWERS - 1)) % INTERVIEWERS;
      List<Integer> met =
          new ArrayList<>(List.of(Math.min(first, second), Math.max(first, second)));
      if (random.nextInt(3) == 0) {
        int third = random.nextInt(INTERVIEWERS);
        if (!met.contains(third)) {
          met.add(third);
          met.sort(null);
        }
      }
      double[] impression = new double[INTERVIEWERS];
      for (int i : met) {
        impression[i] = halo * (random.nextDouble() * 2 - 1);
      }
      List<LeniencyModel.Unit> units = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        int[] who = met.stream().mapToInt(Integer::intValue).toArray();
        double[] level = new double[who.length];
        for (int o = 0; o < who.length; o++) {
          level[o] =
              Math.rint(
                  2.5 + impression[who[o]] + 1.2 * (random.nextDouble() - 0.5) + who[o] * 0.1);
        }
        units.add(new LeniencyModel.Unit(who, level));
      }
      out.add(units);
    }
    return out;
  }

  private static List<LeniencyModel.Unit> flatten(List<List<LeniencyModel.Unit>> candidates) {
    List<LeniencyModel.Unit> out = new ArrayList<>();
    candidates.forEach(out::addAll);
    return out;
  }

  private static int[] candidateOf(List<List<LeniencyModel.Unit>> candidates) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      for (int u = 0; u < candidates.get(c).size(); u++) {
        out.add(c);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}

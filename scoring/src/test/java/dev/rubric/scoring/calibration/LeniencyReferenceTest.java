package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The offsets measured against the Huber location of their group ({@link LeniencyModel#robust}):
 * where the zero lies, and their standard errors checked against an independent computation.
 *
 * <p>Near the data every offset is linear in the ratings, {@code d_i = g_i' y} (the Huber location
 * is piecewise linear in the offsets, which are linear in the ratings); the gradient {@code g_i} is
 * found here by raising one rating at a time by {@code 1e-4} and refitting, without any matrix of
 * the model. Under the model's errors, {@code Var(d_i) = sigma_e^2 ||g_i||^2 + sigma_h^2 sum over
 * (interviewer, candidate) of (sum of g_i over that interviewer's ratings of that candidate)^2},
 * which must equal the square of the standard error the model gives (the delta method's contrast
 * {@code (e_i - c)' Var(b) (e_i - c)}) to the step's rounding.
 */
class LeniencyReferenceTest {
  private static final int INTERVIEWERS = 6;
  private static final double K = 0.15;
  private static final double STEP = 1e-4;

  /** Law: without a halo, {@code SE(d_i)^2 = s^2 ||g_i||^2} for every interviewer. */
  @Test
  void contrastErrorsMatchTheGradientOfTheOffsets() {
    int moved = 0;
    for (long seed = 0; seed < 20; seed++) {
      List<List<LeniencyModel.Unit>> candidates = candidates(new SplittableRandom(seed), 0.0);
      LeniencyModel plain = LeniencyModel.fit(INTERVIEWERS, flatten(candidates));
      LeniencyModel m = plain.robust(K);
      assertThat(m.groups).isEqualTo(1);
      moved += m.offset[0] != plain.offset[0] ? 1 : 0;
      if (nobodyWithinK(m)) {
        continue;
      }
      for (int i = 0; i < INTERVIEWERS; i++) {
        double expected = m.residualVariance * sumOfSquares(gradient(candidates, i, false));
        assertThat(m.standardError[i] * m.standardError[i])
            .as("seed %s interviewer %s", seed, i)
            .isCloseTo(expected, within(1e-6));
      }
    }
    assertThat(moved).isGreaterThanOrEqualTo(10);
  }

  /** Law: with a halo, {@code SE(d_i)^2 = sigma_e^2 ||g_i||^2 + sigma_h^2 ||Z' g_i||^2}. */
  @Test
  void contrastErrorsWithAHaloMatchTheGradientOfTheOffsets() {
    int withHalo = 0;
    for (long seed = 0; seed < 20; seed++) {
      List<List<LeniencyModel.Unit>> candidates = candidates(new SplittableRandom(seed), 1.0);
      List<LeniencyModel.Unit> units = flatten(candidates);
      LeniencyModel m = LeniencyModel.fit(INTERVIEWERS, units, candidateOf(candidates)).robust(K);
      LeniencyHalo.Result r = haloOf(candidates);
      withHalo += r.haloVariance > 0 ? 1 : 0;
      if (nobodyWithinK(m)) {
        continue;
      }
      for (int i = 0; i < INTERVIEWERS; i++) {
        double expected =
            r.errorVariance * sumOfSquares(gradient(candidates, i, false))
                + r.haloVariance * sumOfSquares(gradient(candidates, i, true));
        assertThat(m.standardError[i] * m.standardError[i])
            .as("seed %s interviewer %s", seed, i)
            .isCloseTo(expected, within(1e-6));
      }
    }
    assertThat(withHalo).isGreaterThanOrEqualTo(10);
  }

  /** Law: a group whose offsets all lie within the threshold of their mean keeps them. */
  @Test
  void offsetsWithinTheThresholdAreKept() {
    LeniencyModel m =
        LeniencyModel.fit(INTERVIEWERS, flatten(candidates(new SplittableRandom(7), 0.5)));
    LeniencyModel same = m.robust(100);
    assertThat(same.offset).containsExactly(m.offset);
    assertThat(same.standardError).containsExactly(m.standardError);
  }

  /**
   * Law: the zero is the Huber location, {@code sum psi(d_j) = 0}, and only the zero moves: the
   * differences between offsets are the plain fit's.
   */
  @Test
  void theZeroIsTheHuberLocation() {
    for (long seed = 0; seed < 20; seed++) {
      LeniencyModel base =
          LeniencyModel.fit(INTERVIEWERS, flatten(candidates(new SplittableRandom(seed), 0.5)));
      LeniencyModel m = base.robust(K);
      double psi = 0;
      for (int i = 0; i < INTERVIEWERS; i++) {
        psi += Math.max(-K, Math.min(K, m.offset[i]));
        assertThat(m.offset[i] - m.offset[0])
            .isCloseTo(base.offset[i] - base.offset[0], within(1e-12));
      }
      assertThat(psi).as("seed %s", seed).isCloseTo(0, within(1e-12));
    }
  }

  /** Law: Huber locations by hand. */
  @Test
  void huberLocationsByHand() {
    // -0.1, 0 and 0.1 inside, 2 above pulling as if it were 0.25 away: mu = 0.25 / 3.
    assertThat(LeniencyModel.huber(new double[] {-0.1, 0, 0.1, 2}, 0.25))
        .isCloseTo(0.25 / 3, within(1e-15));
    // Symmetric outliers cancel: the centre of the inliers.
    assertThat(LeniencyModel.huber(new double[] {-3, -0.1, 0.1, 3}, 0.25))
        .isCloseTo(0, within(1e-15));
    // Nobody within the threshold of any location in [-0.25, 0.25]: the middle one.
    assertThat(LeniencyModel.huber(new double[] {-0.5, 0.5}, 0.25)).isZero();
    // Nobody beyond the threshold: the mean.
    assertThat(LeniencyModel.huber(new double[] {0.1, 0.2, 0.4}, 1))
        .isCloseTo(0.7 / 3, within(1e-15));
  }

  /**
   * Found by a review: an offset of 0.25 give or take the last bits (they depend on the order of
   * the sums, and so on the interviewers' ids) put the interviewer within the threshold or not, and
   * the standard errors of the whole group jumped by up to 6% on renaming.
   */
  @Test
  void anOffsetOnTheThresholdCountsAsWithinWhateverItsLastBits() {
    assertThat(LeniencyModel.within(0.25000000000000220, 0.25)).isTrue();
    assertThat(LeniencyModel.within(-0.25000000000000220, 0.25)).isTrue();
    assertThat(LeniencyModel.within(0.2499999999999984, 0.25)).isTrue();
    assertThat(LeniencyModel.within(0.250001, 0.25)).isFalse();
  }

  /**
   * Found by a review: with one interviewer alone within the threshold, the location was their own
   * offset, and they were reported at 0 with a standard error of exactly 0. Their error is now the
   * mean's, as when nobody is within: positive.
   */
  @Test
  void aLoneInterviewerWithinTheThresholdHasAPositiveError() {
    int lone = 0;
    for (long seed = 0; seed < 200; seed++) {
      LeniencyModel base =
          LeniencyModel.fit(INTERVIEWERS, flatten(candidates(new SplittableRandom(seed), 0.5)));
      LeniencyModel m = base.robust(K);
      int within = 0;
      for (double d : m.offset) {
        within += Math.abs(d) <= K ? 1 : 0;
      }
      if (within == 1) {
        lone++;
        for (int i = 0; i < INTERVIEWERS; i++) {
          assertThat(m.standardError[i]).as("seed %s interviewer %s", seed, i).isPositive();
        }
      }
    }
    assertThat(lone).as("histories with one interviewer alone within the threshold").isPositive();
  }

  /**
   * Per rating (candidate by candidate, unit by unit), the change of interviewer {@code i}'s offset
   * per level when the rating rises by {@link #STEP}; with {@code clusters}, those changes summed
   * per interviewer and candidate instead.
   */
  private static double[][] gradient(
      List<List<LeniencyModel.Unit>> candidates, int i, boolean clusters) {
    double before = LeniencyModel.fit(INTERVIEWERS, flatten(candidates)).robust(K).offset[i];
    List<double[]> out = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      double[] perInterviewer = new double[INTERVIEWERS];
      for (int u = 0; u < candidates.get(c).size(); u++) {
        LeniencyModel.Unit unit = candidates.get(c).get(u);
        for (int o = 0; o < unit.who().length; o++) {
          double level = unit.level()[o];
          unit.level()[o] = level + STEP;
          double after = LeniencyModel.fit(INTERVIEWERS, flatten(candidates)).robust(K).offset[i];
          unit.level()[o] = level;
          double slope = (after - before) / STEP;
          if (clusters) {
            perInterviewer[unit.who()[o]] += slope;
          } else {
            out.add(new double[] {slope});
          }
        }
      }
      if (clusters) {
        out.add(perInterviewer);
      }
    }
    return out.toArray(new double[0][]);
  }

  /**
   * Whether nobody is within {@link #K} of the zero: the location is then the middle of a gap,
   * whose error the model takes as the mean's, not the gradient's.
   */
  /**
   * Whether fewer than two interviewers are within the threshold: the location is then not a smooth
   * function of several offsets, and the model takes the mean's weights for the errors.
   */
  private static boolean nobodyWithinK(LeniencyModel m) {
    int within = 0;
    for (double d : m.offset) {
      within += Math.abs(d) <= K ? 1 : 0;
    }
    return within < 2;
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

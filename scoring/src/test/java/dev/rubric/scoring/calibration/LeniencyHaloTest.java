package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The halo's moments and the offsets' variances ({@link LeniencyHalo}, filled candidate by
 * candidate, and split in two and merged) against dense matrices computed independently here: the
 * design {@code X = [unit dummies | interviewer dummies]}, the residual projection {@code M = I - Q
 * Q'} from a Gram-Schmidt basis {@code Q} of X's columns, the cluster indicator {@code Z}
 * (interviewer and candidate), then {@code tr(Z'MZ)}, {@code ||Z'MZ||_F^2} and {@code Var(b) = C^+
 * X~' (sigma_e^2 I + sigma_h^2 Z Z') X~ C^+} with {@code X~ = (I - P_units) X_interviewers}. They
 * agree to 1e-9 on random designs with several groups, repeated ratings and interviewers alone.
 */
class LeniencyHaloTest {
  private static final double TOL = 1e-9;

  @Test
  void momentsAndVariancesEqualTheDenseMatrices() {
    SplittableRandom random = new SplittableRandom(21);
    int checked = 0;
    int withHalo = 0;
    for (int trial = 0; trial < 25; trial++) {
      int k = 3 + random.nextInt(6);
      List<LeniencyModel.Unit> units = new ArrayList<>();
      List<Integer> candidateOf = new ArrayList<>();
      int candidates = 6 + random.nextInt(10);
      for (int c = 0; c < candidates; c++) {
        int panel = 1 + random.nextInt(3);
        int[] who = new int[panel];
        for (int j = 0; j < panel; j++) {
          who[j] = random.nextInt(k);
        }
        int impression = random.nextInt(3);
        for (int competency = 0; competency < 3; competency++) {
          List<Integer> raters = new ArrayList<>();
          for (int i : who) {
            if (random.nextDouble() < 0.8) {
              raters.add(i); // an interviewer who holds two seats rates twice
            }
          }
          if (raters.isEmpty()) {
            continue;
          }
          int[] w = raters.stream().mapToInt(Integer::intValue).sorted().toArray();
          double[] l = new double[w.length];
          for (int o = 0; o < w.length; o++) {
            l[o] = 1 + random.nextInt(4) + (w[o] % 2) * impression;
          }
          units.add(new LeniencyModel.Unit(w, l));
          candidateOf.add(c);
        }
      }
      double halo = check(k, units, candidateOf.stream().mapToInt(Integer::intValue).toArray());
      checked += Double.isNaN(halo) ? 0 : 1;
      withHalo += halo > 0 ? 1 : 0;
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
    assertThat(withHalo).isGreaterThanOrEqualTo(5);
  }

  /** Checks one design; returns the estimated halo variance, NaN if there was nothing to fit. */
  private static double check(int k, List<LeniencyModel.Unit> units, int[] candidateOf) {
    LeniencyEquations equations = LeniencyEquations.over(k);
    units.forEach(equations::add);
    LeniencyFit fit = equations.solve();
    double rss = 0;
    for (LeniencyModel.Unit u : units) {
      rss = fit.addResidualSquares(rss, u);
    }
    long df = fit.model(rss).degreesOfFreedom;
    if (df <= 0 || fit.groups == 0) {
      return Double.NaN;
    }
    LeniencyHalo sums = LeniencyHalo.of(equations, fit);
    // The same sums split over two parts (alternate candidates) and merged.
    LeniencyHalo even = LeniencyHalo.of(equations, fit);
    LeniencyHalo odd = LeniencyHalo.of(equations, fit);
    for (int c = 0, start = 0; start < units.size(); c++) {
      int end = start;
      int[][] who = new int[0][];
      int[][] levels = new int[0][];
      while (end < units.size() && candidateOf[end] == candidateOf[start]) {
        LeniencyModel.Unit u = units.get(end);
        who = Arrays.copyOf(who, who.length + 1);
        levels = Arrays.copyOf(levels, levels.length + 1);
        who[who.length - 1] = u.who();
        levels[levels.length - 1] = Arrays.stream(u.level()).mapToInt(l -> (int) l).toArray();
        end++;
      }
      sums.addCandidate(who, levels);
      (c % 2 == 0 ? even : odd).addCandidate(who, levels);
      start = end;
    }
    LeniencyHalo.Result halo = sums.result(rss, df);
    LeniencyHalo.Result merged = even.merge(odd).result(rss, df);
    assertThat(merged.haloVariance).isCloseTo(halo.haloVariance, within(TOL));
    assertThat(merged.errorVariance).isCloseTo(halo.errorVariance, within(TOL));
    assertThat(merged.testDegreesOfFreedom).isEqualTo(halo.testDegreesOfFreedom);

    // Rows: every rating; columns: units, then interviewers; clusters: (interviewer, candidate).
    int n = units.stream().mapToInt(u -> u.who().length).sum();
    double[][] x = new double[n][units.size() + k];
    List<Long> clusterKeys = new ArrayList<>();
    int[] cluster = new int[n];
    int row = 0;
    for (int u = 0; u < units.size(); u++) {
      for (int i : units.get(u).who()) {
        x[row][u] = 1;
        x[row][units.size() + i] = 1;
        long key = (long) candidateOf[u] * 1_000 + i;
        if (!clusterKeys.contains(key)) {
          clusterKeys.add(key);
        }
        cluster[row] = clusterKeys.indexOf(key);
        row++;
      }
    }
    double[][] m = residualProjection(x, n);
    int clusters = clusterKeys.size();
    double[][] zmz = new double[clusters][clusters];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        zmz[cluster[a]][cluster[b]] += m[a][b];
      }
    }
    double trace = 0;
    double norm = 0;
    for (int a = 0; a < clusters; a++) {
      trace += zmz[a][a];
      for (int b = 0; b < clusters; b++) {
        norm += zmz[a][b] * zmz[a][b];
      }
    }
    assertThat(halo.traceZ).isCloseTo(trace, within(TOL));
    assertThat(halo.squaredNorm).isCloseTo(norm, within(TOL));

    // Var(b) = C^+ X~' Sigma X~ C^+, with X~ the interviewer columns after the unit effects.
    double[][] xt = new double[n][k];
    row = 0;
    for (LeniencyModel.Unit u : units) {
      int[] count = new int[k];
      for (int i : u.who()) {
        count[i]++;
      }
      for (int i : u.who()) {
        for (int j = 0; j < k; j++) {
          xt[row][j] = (i == j ? 1 : 0) - count[j] / (double) u.who().length;
        }
        row++;
      }
    }
    double[][] pinv = pseudoInverse(xt, n, k);
    double[][] sigmaXt = new double[n][k];
    for (int a = 0; a < n; a++) {
      for (int j = 0; j < k; j++) {
        double s = halo.errorVariance * xt[a][j];
        for (int b = 0; b < n; b++) {
          if (cluster[a] == cluster[b]) {
            s += halo.haloVariance * xt[b][j];
          }
        }
        sigmaXt[a][j] = s;
      }
    }
    for (int i = 0; i < k; i++) {
      if (fit.comparisons[i] == 0) {
        continue;
      }
      // (C^+ X~' Sigma X~ C^+)_ii = sum_a (X~ C^+)_ai (Sigma X~ C^+)_ai
      double variance = 0;
      for (int a = 0; a < n; a++) {
        double left = 0;
        double right = 0;
        for (int j = 0; j < k; j++) {
          left += xt[a][j] * pinv[j][i];
          right += sigmaXt[a][j] * pinv[j][i];
        }
        variance += left * right;
      }
      assertThat(halo.offsetVariance[i]).as("variance %d", i).isCloseTo(variance, within(TOL));
    }
    return halo.haloVariance;
  }

  /** M = I - Q Q' with Q an orthonormal basis of x's columns (modified Gram-Schmidt). */
  private static double[][] residualProjection(double[][] x, int n) {
    List<double[]> basis = new ArrayList<>();
    for (int col = 0; col < x[0].length; col++) {
      double[] v = new double[n];
      for (int a = 0; a < n; a++) {
        v[a] = x[a][col];
      }
      for (double[] q : basis) {
        double dot = 0;
        for (int a = 0; a < n; a++) {
          dot += q[a] * v[a];
        }
        for (int a = 0; a < n; a++) {
          v[a] -= dot * q[a];
        }
      }
      double norm = Math.sqrt(Arrays.stream(v).map(t -> t * t).sum());
      if (norm > 1e-9) {
        for (int a = 0; a < n; a++) {
          v[a] /= norm;
        }
        basis.add(v);
      }
    }
    double[][] m = new double[n][n];
    for (int a = 0; a < n; a++) {
      m[a][a] = 1;
      for (double[] q : basis) {
        for (int b = 0; b < n; b++) {
          m[a][b] -= q[a] * q[b];
        }
      }
    }
    return m;
  }

  /**
   * The Moore-Penrose inverse of C = X~'X~ by its eigen-decomposition (Jacobi rotations), zeroing
   * eigenvalues below 1e-9.
   */
  private static double[][] pseudoInverse(double[][] xt, int n, int k) {
    double[][] c = new double[k][k];
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          c[i][j] += xt[a][i] * xt[a][j];
        }
      }
    }
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          off += c[p][q] * c[p][q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          if (Math.abs(c[p][q]) < 1e-300) {
            continue;
          }
          double theta = (c[q][q] - c[p][p]) / (2 * c[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double cs = 1 / Math.sqrt(t * t + 1);
          double sn = t * cs;
          for (int r = 0; r < k; r++) {
            double crp = c[r][p];
            double crq = c[r][q];
            c[r][p] = cs * crp - sn * crq;
            c[r][q] = sn * crp + cs * crq;
          }
          for (int r = 0; r < k; r++) {
            double cpr = c[p][r];
            double cqr = c[q][r];
            c[p][r] = cs * cpr - sn * cqr;
            c[q][r] = sn * cpr + cs * cqr;
          }
          for (int r = 0; r < k; r++) {
            double vrp = v[r][p];
            double vrq = v[r][q];
            v[r][p] = cs * vrp - sn * vrq;
            v[r][q] = sn * vrp + cs * vrq;
          }
        }
      }
    }
    double[][] out = new double[k][k];
    for (int e = 0; e < k; e++) {
      if (c[e][e] > 1e-9) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            out[i][j] += v[i][e] * v[j][e] / c[e][e];
          }
        }
      }
    }
    return out;
  }
}

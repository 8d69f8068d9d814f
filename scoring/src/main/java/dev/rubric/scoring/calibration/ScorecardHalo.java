package dev.rubric.scoring.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The variances of the leniency offsets when one interviewer's ratings of one candidate share an
 * impression (a halo): {@code rating = a_unit + b_interviewer + h_(interviewer, candidate) +
 * error}, with {@code h} of variance {@code sigma_h^2} shared by every rating an interviewer gives
 * a candidate and independent errors of variance {@code sigma_e^2}. Package-private engine of
 * {@link LeniencyModel}; see {@link InterviewerCalibration} for the model.
 *
 * <p>The offsets stay the least-squares ones; only their covariance changes. With {@code X~} the
 * interviewer columns after the unit effects are absorbed, {@code C = X~'X~}, {@code Z} the
 * indicator of the clusters (interviewer and candidate) and {@code V = X~'Z}: {@code Var(b) =
 * sigma_e^2 C^+ + sigma_h^2 C^+ V V' C^+}. The two variances are estimated by the method of moments
 * from the residuals {@code e}: the residual sum of squares {@code S = e'e} and the sum over
 * clusters of their squared residual sums {@code Q = e'ZZ'e} have the expectations {@code E[S] =
 * sigma_e^2 tr(M) + sigma_h^2 tr(Z'MZ)} and {@code E[Q] = sigma_e^2 tr(Z'MZ) + sigma_h^2
 * ||Z'MZ||_F^2}, with {@code M} the residual projection; {@code tr(M)} is the residual degrees of
 * freedom, and {@code 1_a' M 1_b = [a = b] |a| - sum_u m_ua m_ub / n_u - v_a' C^+ v_b} for clusters
 * {@code a, b} ({@code m_ua} the ratings of cluster {@code a} in unit {@code u}, {@code n_u} the
 * ratings of the unit, {@code v_a} the column of {@code V}), so the sums need each candidate's
 * clusters and {@code tr((C^+ V V')^2)}, never an n-by-n matrix. This is Henderson's method 3 style
 * moment matching (Searle, Casella and McCulloch 1992, "Variance Components", Wiley,
 * doi:10.1002/9780470316856, ch. 5), exact for any design.
 *
 * <p>When {@code sigma_h^2} cannot be told apart from {@code sigma_e^2} (no interviewer gave a
 * compared candidate more than one rating) or its estimate is not positive, {@code sigma_h^2 = 0}
 * and the variances are the independent-error ones, {@code s^2 C^+}; when the estimate of {@code
 * sigma_e^2} is negative, it is 0 and {@code sigma_h^2 = S / tr(Z'MZ)}.
 */
final class ScorecardHalo {
  /** The estimated halo variance {@code sigma_h^2} (>= 0). */
  final double haloVariance;

  /** The estimated independent-error variance {@code sigma_e^2} (>= 0). */
  final double errorVariance;

  /** Per interviewer, the variance of the offset under the estimated variances. */
  final double[] offsetVariance;

  /**
   * The degrees of freedom of the t test: the residual ones without a halo; with one, the
   * scorecard-level ones, {@code sum over candidates of (compared clusters - linked sets of them) -
   * sum over groups of (interviewers - 1)} (at least 1), when fewer.
   */
  final long testDegreesOfFreedom;

  /** {@code tr(Z'MZ)}, the halo's coefficient in {@code E[S]} and the error's in {@code E[Q]}. */
  final double traceZ;

  /** {@code ||Z'MZ||_F^2}, the halo's coefficient in {@code E[Q]}. */
  final double squaredNorm;

  private ScorecardHalo(
      double haloVariance,
      double errorVariance,
      double[] offsetVariance,
      long testDegreesOfFreedom,
      double traceZ,
      double squaredNorm) {
    this.traceZ = traceZ;
    this.squaredNorm = squaredNorm;
    this.haloVariance = haloVariance;
    this.errorVariance = errorVariance;
    this.offsetVariance = offsetVariance;
    this.testDegreesOfFreedom = testDegreesOfFreedom;
  }

  /**
   * Estimates the variances from the units of a fit.
   *
   * @param e the equations the fit was solved from
   * @param fit the solved fit
   * @param units the units, each candidate's contiguous
   * @param candidateOf per unit, its candidate (equal for the units of one candidate)
   * @param rss the residual sum of squares over every unit
   * @param df the residual degrees of freedom ({@code > 0})
   */
  static ScorecardHalo estimate(
      LeniencyEquations e,
      LeniencyFit fit,
      List<LeniencyModel.Unit> units,
      int[] candidateOf,
      double rss,
      long df) {
    int k = fit.interviewers;
    double[][] pinv = pseudoInverse(e, fit);
    double[][] h = new double[k][k];
    double traceZ = 0; // tr(Z'MZ)
    double q = 0; // sum over clusters of their squared residual sums
    double sameCandidate = 0; // sum over pairs of one candidate's clusters of D^2 - 2 D G
    long clusterDf = 0; // compared clusters less their linked sets, candidate by candidate
    int start = 0;
    while (start < units.size()) {
      int end = start + 1;
      while (end < units.size() && candidateOf[end] == candidateOf[start]) {
        end++;
      }
      List<LeniencyModel.Unit> candidate = units.subList(start, end);
      int[] local = interviewers(candidate);
      int d = local.length;
      double[][] v = new double[d][d]; // v[a][x]: cluster a's column of V at local interviewer x
      double[][] a = new double[d][d]; // sum_u m_ua m_ub / n_u
      double[] size = new double[d];
      double[] residual = new double[d];
      int[] parent = new int[d];
      boolean[] compared = new boolean[d];
      for (int x = 0; x < d; x++) {
        parent[x] = x;
      }
      for (LeniencyModel.Unit u : candidate) {
        int[] distinct = LeniencyModel.distinct(u.who());
        if (distinct.length > 1) {
          for (int i : distinct) {
            compared[indexOf(local, i)] = true;
            LeniencyModel.union(parent, indexOf(local, distinct[0]), indexOf(local, i));
          }
        }
      }
      for (int x = 0; x < d; x++) {
        if (compared[x] && LeniencyModel.find(parent, x) != x) {
          clusterDf++; // a compared cluster that is not the root of its linked set
        }
      }
      for (LeniencyModel.Unit u : candidate) {
        double n = u.who().length;
        double[] m = new double[d];
        double effect = 0;
        for (int o = 0; o < u.who().length; o++) {
          m[indexOf(local, u.who()[o])]++;
          effect += u.level()[o] - fit.offset[u.who()[o]];
        }
        effect /= n;
        for (int o = 0; o < u.who().length; o++) {
          int x = indexOf(local, u.who()[o]);
          residual[x] += u.level()[o] - effect - fit.offset[u.who()[o]];
        }
        for (int x = 0; x < d; x++) {
          if (m[x] == 0) {
            continue;
          }
          size[x] += m[x];
          v[x][x] += m[x];
          for (int y = 0; y < d; y++) {
            v[x][y] -= m[x] * m[y] / n;
            a[x][y] += m[x] * m[y] / n;
          }
        }
      }
      // G = V_c' C^+ V_c over this candidate's clusters.
      double[][] cv = new double[d][d]; // cv[a][x] = (C^+ v_a) at local interviewer x
      for (int x = 0; x < d; x++) {
        for (int y = 0; y < d; y++) {
          double s = 0;
          for (int z = 0; z < d; z++) {
            s += pinv[local[y]][local[z]] * v[x][z];
          }
          cv[x][y] = s;
        }
      }
      for (int x = 0; x < d; x++) {
        q += residual[x] * residual[x];
        for (int y = 0; y < d; y++) {
          double g = 0;
          for (int z = 0; z < d; z++) {
            g += v[x][z] * cv[y][z];
          }
          double dxy = (x == y ? size[x] : 0) - a[x][y];
          if (x == y) {
            traceZ += dxy - g;
          }
          sameCandidate += dxy * dxy - 2 * dxy * g;
          // H = sum over clusters of v v'.
          for (int z = 0; z < d; z++) {
            h[local[y]][local[z]] += v[x][y] * v[x][z];
          }
        }
      }
      start = end;
    }
    // tr((C^+ H)^2) and diag(C^+ H C^+), group by group (both matrices are block diagonal).
    double[] haloDiagonal = new double[k];
    double traceSquare = 0;
    for (List<Integer> members : groups(fit)) {
      int s = members.size();
      double[][] ph = new double[s][s];
      for (int x = 0; x < s; x++) {
        for (int y = 0; y < s; y++) {
          double sum = 0;
          for (int z = 0; z < s; z++) {
            sum += pinv[members.get(x)][members.get(z)] * h[members.get(z)][members.get(y)];
          }
          ph[x][y] = sum;
        }
      }
      for (int x = 0; x < s; x++) {
        double diagonal = 0;
        for (int y = 0; y < s; y++) {
          traceSquare += ph[x][y] * ph[y][x];
          diagonal += ph[x][y] * pinv[members.get(y)][members.get(x)];
        }
        haloDiagonal[members.get(x)] = diagonal;
      }
    }
    double f = sameCandidate + traceSquare;
    double t = df;
    double det = t * f - traceZ * traceZ;
    double halo = 0;
    double error = rss / t;
    if (det > 1e-9 * t * f) {
      halo = (t * q - traceZ * rss) / det;
      error = (f * rss - traceZ * q) / det;
      if (!(halo > 0)) {
        halo = 0;
        error = rss / t;
      } else if (error < 0) {
        error = 0;
        halo = rss / traceZ;
      }
    }
    double[] variance = new double[k];
    for (int i = 0; i < k; i++) {
      variance[i] = error * Math.max(0, fit.pseudoInverseDiagonal[i]) + halo * haloDiagonal[i];
    }
    for (int size : fit.groupSizes) {
      clusterDf -= size - 1;
    }
    long testDf = halo > 0 ? Math.max(1, Math.min(df, clusterDf)) : df;
    return new ScorecardHalo(halo, error, variance, testDf, traceZ, f);
  }

  /** The Moore-Penrose inverse of C, block by group (zero between groups and for the alone). */
  private static double[][] pseudoInverse(LeniencyEquations e, LeniencyFit fit) {
    int k = fit.interviewers;
    double[][] out = new double[k][k];
    for (List<Integer> members : groups(fit)) {
      int s = members.size();
      double[][] a = new double[s][s];
      for (int x = 0; x < s; x++) {
        for (int y = 0; y < s; y++) {
          a[x][y] = e.c[members.get(x)][members.get(y)] + 1.0 / s;
        }
      }
      double[][] inverse = LeniencyModel.Cholesky.inverse(a);
      for (int x = 0; x < s; x++) {
        for (int y = 0; y < s; y++) {
          out[members.get(x)][members.get(y)] = inverse[x][y] - 1.0 / s;
        }
      }
    }
    return out;
  }

  private static List<List<Integer>> groups(LeniencyFit fit) {
    List<List<Integer>> out = new ArrayList<>();
    for (int g = 0; g < fit.groups; g++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < fit.interviewers; i++) {
      if (fit.group[i] > 0) {
        out.get(fit.group[i] - 1).add(i);
      }
    }
    return out;
  }

  /** The distinct interviewers of a candidate's units, ascending. */
  private static int[] interviewers(List<LeniencyModel.Unit> units) {
    return units.stream()
        .flatMapToInt(u -> java.util.Arrays.stream(u.who()))
        .distinct()
        .sorted()
        .toArray();
  }

  private static int indexOf(int[] ascending, int i) {
    return java.util.Arrays.binarySearch(ascending, i);
  }
}

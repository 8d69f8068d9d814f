package dev.rubric.scoring.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The additive leniency model {@code rating = unit effect + interviewer effect + error}, fitted
 * exactly by least squares; see {@link InterviewerCalibration} for the formulas. Package-private
 * engine: the units come in a fixed order (sorted by the caller) so that every floating-point sum,
 * and so the result, does not depend on the order of the history.
 *
 * <p>[1] The unit effects are absorbed (within-unit centring), which leaves the reduced normal
 * equations {@code C b = q} in the interviewer effects alone: {@code C = sum_u (D_u - m_u m_u' /
 * n_u)} and {@code q = sum_u (s_u - m_u t_u / n_u)}, with {@code m_u} the count of ratings each
 * interviewer gave unit {@code u}, {@code D_u = diag(m_u)}, {@code s_u} their sums, {@code n_u} and
 * {@code t_u} the unit's count and sum of ratings. {@code C} is the Laplacian of the weighted graph
 * linking interviewers who rated a unit together, so its null space is spanned by the indicator
 * vectors of the connected groups. Within a group of {@code k} interviewers the sum-to-zero
 * solution solves {@code (C + J / k) b = q} ({@code J} all ones; {@code q} sums to zero over the
 * group, so the solution does too), and {@code C^+ = (C + J / k)^-1 - J / k} is the Moore-Penrose
 * inverse, whose diagonal times the residual variance gives {@code Var(b_i)}. Solved by Cholesky
 * decomposition, {@code O(k^3)} per group: measured at 0.13 s for 200 interviewers and 8,000 units
 * on a busy two-core machine.
 */
final class LeniencyModel {
  /** One unit: the interviewers who rated it (ascending, repeats allowed) and their levels. */
  record Unit(int[] who, double[] level) {}

  final int interviewers;
  final int[] comparisons;
  final int[] group;
  final int groups;
  final double[] raw;
  final double[] offset;
  final double[] standardError;
  final double residualVariance;
  final long degreesOfFreedom;

  private LeniencyModel(int k) {
    interviewers = k;
    comparisons = new int[k];
    group = new int[k];
    raw = new double[k];
    offset = new double[k];
    standardError = new double[k];
    groups = 0;
    residualVariance = Double.NaN;
    degreesOfFreedom = 0;
  }

  private LeniencyModel(LeniencyModel m, int groups, double residualVariance, long df) {
    interviewers = m.interviewers;
    comparisons = m.comparisons;
    group = m.group;
    raw = m.raw;
    offset = m.offset;
    standardError = m.standardError;
    this.groups = groups;
    this.residualVariance = residualVariance;
    this.degreesOfFreedom = df;
  }

  /** Fits the model to {@code units} over {@code k} interviewers (indices {@code 0..k-1}). */
  static LeniencyModel fit(int k, List<Unit> units) {
    LeniencyModel m = new LeniencyModel(k);
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    long observations = 0;
    double[] rawSum = new double[k];
    for (Unit u : units) {
      observations += u.who.length;
      int[] distinct = distinct(u.who);
      if (distinct.length < 2) {
        continue;
      }
      for (int i : distinct) {
        m.comparisons[i]++;
        union(parent, distinct[0], i);
      }
      // Raw difference: each interviewer's mean on the unit against the mean of the others' means.
      double[] means = means(u, distinct);
      double total = 0;
      for (double v : means) {
        total += v;
      }
      for (int j = 0; j < distinct.length; j++) {
        rawSum[distinct[j]] += means[j] - (total - means[j]) / (distinct.length - 1);
      }
    }
    // Groups: numbered 1.. in order of their smallest interviewer; 0 for the never compared.
    int[] number = new int[k];
    int groups = 0;
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (m.comparisons[i] == 0) {
        continue;
      }
      int root = find(parent, i);
      if (number[root] == 0) {
        number[root] = ++groups;
        members.add(new ArrayList<>());
      }
      m.group[i] = number[root];
      members.get(number[root] - 1).add(i);
    }
    int[] local = new int[k];
    for (List<Integer> g : members) {
      for (int j = 0; j < g.size(); j++) {
        local[g.get(j)] = j;
      }
    }
    double[][][] c = new double[groups][][];
    double[][] q = new double[groups][];
    for (int g = 0; g < groups; g++) {
      int size = members.get(g).size();
      c[g] = new double[size][size];
      q[g] = new double[size];
    }
    for (Unit u : units) {
      int[] distinct = distinct(u.who);
      if (distinct.length < 2) {
        continue;
      }
      int g = m.group[distinct[0]] - 1;
      double n = u.who.length;
      double t = 0;
      for (double v : u.level) {
        t += v;
      }
      double[] count = new double[distinct.length];
      double[] sum = new double[distinct.length];
      for (int o = 0, j = 0; o < u.who.length; o++) {
        while (distinct[j] != u.who[o]) {
          j++;
        }
        count[j]++;
        sum[j] += u.level[o];
      }
      for (int a = 0; a < distinct.length; a++) {
        int ia = local[distinct[a]];
        c[g][ia][ia] += count[a];
        q[g][ia] += sum[a] - count[a] * t / n;
        for (int b = 0; b < distinct.length; b++) {
          c[g][ia][local[distinct[b]]] -= count[a] * count[b] / n;
        }
      }
    }
    double[][] pseudoInverseDiagonal = new double[groups][];
    for (int g = 0; g < groups; g++) {
      int size = members.get(g).size();
      double[][] a = c[g];
      for (double[] row : a) {
        for (int j = 0; j < size; j++) {
          row[j] += 1.0 / size;
        }
      }
      double[][] inverse = Cholesky.inverse(a);
      double[] b = multiply(inverse, q[g]);
      double mean = 0;
      for (double v : b) {
        mean += v;
      }
      mean /= size;
      pseudoInverseDiagonal[g] = new double[size];
      for (int j = 0; j < size; j++) {
        int i = members.get(g).get(j);
        m.offset[i] = b[j] - mean;
        pseudoInverseDiagonal[g][j] = inverse[j][j] - 1.0 / size;
      }
    }
    // Residuals: unit effect = mean of (rating - offset) over the unit.
    double rss = 0;
    for (Unit u : units) {
      double effect = 0;
      for (int o = 0; o < u.who.length; o++) {
        effect += u.level[o] - m.offset[u.who[o]];
      }
      effect /= u.who.length;
      for (int o = 0; o < u.who.length; o++) {
        double e = u.level[o] - effect - m.offset[u.who[o]];
        rss += e * e;
      }
    }
    long df = observations - units.size();
    for (List<Integer> g : members) {
      df -= g.size() - 1;
    }
    double sigma2 = df > 0 ? rss / df : Double.NaN;
    for (int i = 0; i < k; i++) {
      if (m.comparisons[i] == 0) {
        m.raw[i] = Double.NaN;
        m.offset[i] = Double.NaN;
        m.standardError[i] = Double.NaN;
        continue;
      }
      m.raw[i] = rawSum[i] / m.comparisons[i];
      double v = pseudoInverseDiagonal[m.group[i] - 1][local[i]];
      m.standardError[i] = Math.sqrt(sigma2 * Math.max(0, v));
    }
    return new LeniencyModel(m, groups, sigma2, df);
  }

  private static double[] means(Unit u, int[] distinct) {
    double[] sum = new double[distinct.length];
    int[] count = new int[distinct.length];
    for (int o = 0, j = 0; o < u.who.length; o++) {
      while (distinct[j] != u.who[o]) {
        j++;
      }
      sum[j] += u.level[o];
      count[j]++;
    }
    for (int j = 0; j < sum.length; j++) {
      sum[j] /= count[j];
    }
    return sum;
  }

  /** The distinct values of an ascending array. */
  private static int[] distinct(int[] ascending) {
    int n = 0;
    for (int o = 0; o < ascending.length; o++) {
      if (o == 0 || ascending[o] != ascending[o - 1]) {
        n++;
      }
    }
    int[] out = new int[n];
    for (int o = 0, j = 0; o < ascending.length; o++) {
      if (o == 0 || ascending[o] != ascending[o - 1]) {
        out[j++] = ascending[o];
      }
    }
    return out;
  }

  private static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a[i][j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The inverse of a symmetric positive definite matrix, by Cholesky decomposition. */
  static final class Cholesky {
    private Cholesky() {}

    static double[][] inverse(double[][] a) {
      int n = a.length;
      double[][] l = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          double s = a[i][j];
          for (int p = 0; p < j; p++) {
            s -= l[i][p] * l[j][p];
          }
          if (i == j) {
            if (!(s > 0)) {
              throw new IllegalStateException("matrix is not positive definite at " + i);
            }
            l[i][i] = Math.sqrt(s);
          } else {
            l[i][j] = s / l[j][j];
          }
        }
      }
      // Solve L L' X = I column by column.
      double[][] inv = new double[n][n];
      double[] y = new double[n];
      for (int col = 0; col < n; col++) {
        for (int i = 0; i < n; i++) {
          double s = i == col ? 1 : 0;
          for (int p = 0; p < i; p++) {
            s -= l[i][p] * y[p];
          }
          y[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
          double s = y[i];
          for (int p = i + 1; p < n; p++) {
            s -= l[p][i] * inv[p][col];
          }
          inv[i][col] = s / l[i][i];
        }
      }
      return inv;
    }
  }
}

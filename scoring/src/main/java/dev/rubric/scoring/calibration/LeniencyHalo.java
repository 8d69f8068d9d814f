package dev.rubric.scoring.calibration;

import com.google.common.base.Preconditions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 *
 * <p><b>Contract.</b> A mutable builder confined to one thread, like {@link LeniencyEquations};
 * {@link Serializable}, holding the fit and the {@code k} by {@code k} blocks of {@code C^+} and
 * {@code V V'} ({@code 16 k^2} bytes).
 */
public final class LeniencyHalo implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The fit the sums belong to: its offsets give the residuals, its groups the blocks. */
  private final LeniencyFit fit;

  /** The Moore-Penrose inverse of C, block by group (zero between groups and for the alone). */
  private final double[][] pinv;

  /** {@code H = V V'}, summed over the clusters added. */
  private final double[][] h;

  /** The part of {@code tr(Z'MZ)} summed so far. */
  private double traceZ;

  /** The sum over the clusters added of their squared residual sums. */
  private double q;

  /** The sum over pairs of one candidate's clusters of {@code D^2 - 2 D G}. */
  private double sameCandidate;

  /** Compared clusters less their linked sets, candidate by candidate. */
  private long clusterDf;

  private LeniencyHalo(LeniencyFit fit, double[][] pinv) {
    this.fit = fit;
    this.pinv = pinv;
    this.h = new double[fit.interviewers][fit.interviewers];
  }

  /**
   * Empty sums for the halo of a fit.
   *
   * @param equations the equations the fit was solved from
   * @param fit their solution ({@link LeniencyEquations#solve()})
   * @return empty sums
   * @throws IllegalArgumentException if the two have different numbers of interviewers
   */
  public static LeniencyHalo of(LeniencyEquations equations, LeniencyFit fit) {
    Objects.requireNonNull(equations, "equations");
    Objects.requireNonNull(fit, "fit");
    Preconditions.checkArgument(
        equations.interviewers == fit.interviewers,
        "the equations have %s interviewers, the fit %s",
        equations.interviewers,
        fit.interviewers);
    return new LeniencyHalo(fit, pseudoInverse(fit));
  }

  /**
   * Adds one candidate: every unit (competency) they were rated on, with the ratings of the unit as
   * for {@link LeniencyEquations#addUnit} ({@code interviewers[u][o]} gave {@code levels[u][o]} on
   * unit {@code u}). Add each candidate once, with all their units.
   *
   * @param interviewers per unit, the interviewer index of each rating
   * @param levels per unit, the level of each rating
   * @return these sums
   * @throws IllegalArgumentException if the arrays differ in length or an index is out of range
   */
  public LeniencyHalo addCandidate(int[][] interviewers, int[][] levels) {
    Objects.requireNonNull(interviewers, "interviewers");
    Objects.requireNonNull(levels, "levels");
    Preconditions.checkArgument(
        interviewers.length == levels.length,
        "interviewers (%s units) and levels (%s units) must have the same length",
        interviewers.length,
        levels.length);
    List<LeniencyModel.Unit> units = new ArrayList<>(interviewers.length);
    for (int u = 0; u < interviewers.length; u++) {
      units.add(LeniencyEquations.unit(fit.interviewers, interviewers[u], levels[u]));
    }
    add(units);
    return this;
  }

  /**
   * Adds the sums of {@code other}, which is only read.
   *
   * @param other sums over the same fit
   * @return these sums
   * @throws IllegalArgumentException if {@code other} is this object or has another number of
   *     interviewers
   */
  public LeniencyHalo merge(LeniencyHalo other) {
    Objects.requireNonNull(other, "other");
    Preconditions.checkArgument(other != this, "cannot merge sums into themselves");
    Preconditions.checkArgument(
        other.fit.interviewers == fit.interviewers,
        "other sums have %s interviewers, these %s",
        other.fit.interviewers,
        fit.interviewers);
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < h.length; j++) {
        h[i][j] += other.h[i][j];
      }
    }
    traceZ += other.traceZ;
    q += other.q;
    sameCandidate += other.sameCandidate;
    clusterDf += other.clusterDf;
    return this;
  }

  /** The variances estimated from the sums (package-private; see the class comment). */
  static final class Result {
    /** The estimated halo variance {@code sigma_h^2} (>= 0). */
    final double haloVariance;

    /** The estimated independent-error variance {@code sigma_e^2} (>= 0). */
    final double errorVariance;

    /** Per interviewer, the variance of the offset under the estimated variances. */
    final double[] offsetVariance;

    /**
     * Per group (index {@code g - 1}), the covariance of the group's offsets in ascending
     * interviewer order under the estimated variances: {@code sigma_e^2 C^+ + sigma_h^2 C^+ V V'
     * C^+}.
     */
    final double[][][] offsetCovariance;

    /**
     * The degrees of freedom of the t test: the scorecard-level ones, {@code sum over candidates of
     * (compared clusters - linked sets of them) - sum over groups of (interviewers - 1)}, when
     * fewer than the residual ones, with or without a halo estimated; 0 (nobody tested) when the
     * scorecard-level ones are not positive.
     */
    final long testDegreesOfFreedom;

    /** {@code tr(Z'MZ)}, the halo's coefficient in {@code E[S]} and the error's in {@code E[Q]}. */
    final double traceZ;

    /** {@code ||Z'MZ||_F^2}, the halo's coefficient in {@code E[Q]}. */
    final double squaredNorm;

    private Result(
        double haloVariance,
        double errorVariance,
        double[] offsetVariance,
        double[][][] offsetCovariance,
        long testDegreesOfFreedom,
        double traceZ,
        double squaredNorm) {
      this.haloVariance = haloVariance;
      this.errorVariance = errorVariance;
      this.offsetVariance = offsetVariance;
      this.offsetCovariance = offsetCovariance;
      this.testDegreesOfFreedom = testDegreesOfFreedom;
      this.traceZ = traceZ;
      this.squaredNorm = squaredNorm;
    }
  }

  /** The fit these sums belong to. */
  LeniencyFit fit() {
    return fit;
  }

  /** Adds one candidate's units, each sorted by interviewer (then level). */
  void add(List<LeniencyModel.Unit> candidate) {
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
  }

  /**
   * The variances from the sums, given the residual sum of squares {@code rss} over every unit and
   * the residual degrees of freedom {@code df > 0}.
   */
  Result result(double rss, long df) {
    int k = fit.interviewers;
    // tr((C^+ H)^2) and diag(C^+ H C^+), group by group (both matrices are block diagonal).
    double[] haloDiagonal = new double[k];
    double traceSquare = 0;
    List<List<Integer>> groups = groups(fit);
    double[][][] pinvBlocks = new double[groups.size()][][];
    double[][][] haloBlocks = new double[groups.size()][][];
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> group = groups.get(g);
      int[] members = group.stream().mapToInt(Integer::intValue).toArray();
      int s = members.length;
      double[][] p = new double[s][s];
      double[][] hs = new double[s][s];
      for (int x = 0; x < s; x++) {
        for (int y = 0; y < s; y++) {
          p[x][y] = pinv[members[x]][members[y]];
          hs[x][y] = h[members[x]][members[y]];
        }
      }
      double[][] ph = new double[s][s]; // C^+ H within the group
      for (int x = 0; x < s; x++) {
        double[] row = ph[x];
        for (int z = 0; z < s; z++) {
          double pxz = p[x][z];
          if (pxz == 0) {
            continue;
          }
          double[] hz = hs[z];
          for (int y = 0; y < s; y++) {
            row[y] += pxz * hz[y];
          }
        }
      }
      double[][] block = new double[s][s]; // C^+ H C^+ within the group
      for (int x = 0; x < s; x++) {
        double diagonal = 0;
        for (int y = 0; y < s; y++) {
          traceSquare += ph[x][y] * ph[y][x];
          diagonal += ph[x][y] * p[y][x];
          double pxy = ph[x][y];
          if (pxy != 0) {
            for (int z = 0; z < s; z++) {
              block[x][z] += pxy * p[y][z];
            }
          }
        }
        haloDiagonal[members[x]] = diagonal;
      }
      pinvBlocks[g] = p;
      haloBlocks[g] = block;
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
    double[][][] covariance = new double[groups.size()][][];
    for (int g = 0; g < groups.size(); g++) {
      int s = pinvBlocks[g].length;
      covariance[g] = new double[s][s];
      for (int x = 0; x < s; x++) {
        for (int y = 0; y < s; y++) {
          covariance[g][x][y] = error * pinvBlocks[g][x][y] + halo * haloBlocks[g][x][y];
        }
      }
    }
    return new Result(halo, error, variance, covariance, testDegreesOfFreedom(df), traceZ, f);
  }

  /**
   * The scorecard-level degrees of freedom: {@code sum over candidates of (compared clusters -
   * linked sets of them) - sum over groups of (interviewers - 1)}. Zero or less when every
   * interviewer's offset rests on one impression of each candidate they share with nobody else
   * twice (one candidate, or each interviewer meeting one compared candidate): a halo and a
   * leniency are then the same number, whatever the halo's estimate.
   */
  long scorecardDegreesOfFreedom() {
    long scorecardDf = clusterDf;
    for (int size : fit.groupSizes) {
      scorecardDf -= size - 1;
    }
    return scorecardDf;
  }

  /**
   * The degrees of freedom of the t test from a fit's residual ones {@code df}: the scorecards'
   * when fewer, whatever the halo's estimate (scorecards, not ratings, are what is independent; an
   * estimate of zero is as likely from a halo the few scorecards cannot show as from none); 0, no
   * test, when the scorecards have none.
   */
  long testDegreesOfFreedom(long df) {
    long scorecardDf = scorecardDegreesOfFreedom();
    return scorecardDf > 0 ? Math.min(df, scorecardDf) : 0;
  }

  /**
   * The Moore-Penrose inverse of C, block by group (zero between groups and for the alone): the
   * blocks the fit already inverted ({@link LeniencyFit#pseudoInverseBlocks}), laid out over every
   * interviewer, so that the cubic work per group is not done twice.
   */
  private static double[][] pseudoInverse(LeniencyFit fit) {
    int k = fit.interviewers;
    double[][] out = new double[k][k];
    List<List<Integer>> groups = groups(fit);
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      double[][] block = fit.pseudoInverseBlocks[g];
      for (int x = 0; x < members.size(); x++) {
        for (int y = 0; y < members.size(); y++) {
          out[members.get(x)][members.get(y)] = block[x][y];
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
    return units.stream().flatMapToInt(u -> Arrays.stream(u.who())).distinct().sorted().toArray();
  }

  private static int indexOf(int[] ascending, int i) {
    return Arrays.binarySearch(ascending, i);
  }
}

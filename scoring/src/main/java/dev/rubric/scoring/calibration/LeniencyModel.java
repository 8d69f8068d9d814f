package dev.rubric.scoring.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
  /** The rounding allowed at the threshold, in levels. */
  private static final double BOUNDARY = 1e-9;

  /**
   * The rounding of a solved figure relative to the largest absolute level, {@code 2^-44} (about
   * 5.7e-14): generous for the 1e-16 of the double precision carried through the solve.
   */
  static final double ROUNDING = Math.scalb(1.0, -44);

  /**
   * The largest residual sum of squares, relative to the data's own sum of squares (every rating's
   * squared level), that counts as zero: the rounding of the computation, not disagreement.
   */
  static final double ZERO_RESIDUALS = 1e-20;

  /** A figure is made exact only to a decimal whose places are this many times its rounding. */
  private static final double SHORT_DECIMAL = 1e6;

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

  /** The degrees of freedom of each interviewer's t test (see {@link LeniencyHalo}). */
  final long testDegreesOfFreedom;

  /**
   * Per group (index {@code g - 1} for group {@code g}), the covariance of the group's offsets in
   * ascending interviewer order: {@code s^2 C^+} without a halo, {@code sigma_e^2 C^+ + sigma_h^2
   * C^+ V V' C^+} with one; NaN without residual degrees of freedom.
   */
  final double[][][] covariance;

  /** One level of the scale in its values ({@link LeniencyEquations#level}). */
  final double level;

  /** The rounding a figure may carry ({@link LeniencyFit#tolerance}). */
  final double tolerance;

  LeniencyModel(
      int k,
      int[] comparisons,
      int[] group,
      int groups,
      double[] raw,
      double[] offset,
      double[] standardError,
      double residualVariance,
      long degreesOfFreedom,
      long testDegreesOfFreedom,
      double[][][] covariance,
      double level,
      double tolerance) {
    this.interviewers = k;
    this.comparisons = comparisons;
    this.group = group;
    this.groups = groups;
    this.raw = raw;
    this.offset = offset;
    this.standardError = standardError;
    this.residualVariance = residualVariance;
    this.degreesOfFreedom = degreesOfFreedom;
    this.testDegreesOfFreedom = testDegreesOfFreedom;
    this.covariance = covariance;
    this.level = level;
    this.tolerance = tolerance;
  }

  /**
   * Fits the model to {@code units} over {@code k} interviewers (indices {@code 0..k-1}): the
   * normal equations summed unit by unit ({@link LeniencyEquations}), solved ({@link LeniencyFit}),
   * and the residuals summed in a second pass.
   */
  static LeniencyModel fit(int k, List<Unit> units) {
    return fit(k, 1, units);
  }

  /** As {@link #fit(int, List)}, on a scale whose level is {@code level} of its values. */
  static LeniencyModel fit(int k, double level, List<Unit> units) {
    LeniencyEquations equations = LeniencyEquations.over(k, level);
    for (Unit u : units) {
      equations.add(u);
    }
    LeniencyFit fit = equations.solve();
    double rss = 0;
    for (Unit u : units) {
      rss = fit.addResidualSquares(rss, u);
    }
    return fit.model(rss);
  }

  /**
   * Fits the model as {@link #fit(int, List)} does, then gives the offsets the standard errors of
   * the model with a halo ({@link LeniencyHalo}): one interviewer's ratings of one candidate share
   * an impression. {@code candidateOf[u]} is the candidate of unit {@code u}; each candidate's
   * units are contiguous.
   */
  static LeniencyModel fit(int k, List<Unit> units, int[] candidateOf) {
    return fit(k, 1, units, candidateOf);
  }

  /** As {@link #fit(int, List, int[])}, on a scale whose level is {@code level} of its values. */
  static LeniencyModel fit(int k, double level, List<Unit> units, int[] candidateOf) {
    LeniencyEquations equations = LeniencyEquations.over(k, level);
    for (Unit u : units) {
      equations.add(u);
    }
    LeniencyFit fit = equations.solve();
    double rss = 0;
    for (Unit u : units) {
      rss = fit.addResidualSquares(rss, u);
    }
    LeniencyHalo halo = LeniencyHalo.of(equations, fit);
    int start = 0;
    while (start < units.size()) {
      int end = start + 1;
      while (end < units.size() && candidateOf[end] == candidateOf[start]) {
        end++;
      }
      halo.add(units.subList(start, end));
      start = end;
    }
    return withHalo(fit.model(rss), halo, rss);
  }

  /**
   * The model {@code independent} with the standard errors and test df of {@code halo}; when the
   * residuals are zero ({@link LeniencyFit#exactFit}) only the test df: no error, no halo, but one
   * impression of one candidate is still no evidence of a habit.
   */
  static LeniencyModel withHalo(LeniencyModel independent, LeniencyHalo halo, double rss) {
    if (!(independent.degreesOfFreedom > 0) || independent.groups == 0) {
      return independent;
    }
    if (independent.residualVariance == 0) {
      return independent.with(
          independent.offset,
          independent.standardError,
          halo.testDegreesOfFreedom(independent.degreesOfFreedom),
          independent.covariance);
    }
    LeniencyHalo.Result r = halo.result(rss, independent.degreesOfFreedom);
    double[] se = independent.standardError.clone();
    for (int i = 0; i < independent.interviewers; i++) {
      if (independent.comparisons[i] > 0) {
        se[i] = Math.sqrt(r.offsetVariance[i]);
      }
    }
    return independent.with(independent.offset, se, r.testDegreesOfFreedom, r.offsetCovariance);
  }

  /**
   * This model with each group's offsets measured against the Huber location of the group's offsets
   * with threshold {@code k} in the scale's values (the caller turns levels into values): the
   * {@code mu} with {@code sum_j psi(b_j - mu) = 0}, {@code psi(x) = max(-k, min(k, x))} (Huber
   * 1964, "Robust estimation of a location parameter", Annals of Mathematical Statistics
   * 35(1):73-101, doi:10.1214/aoms/1177703732), so that an interviewer further than {@code k} from
   * the zero pulls on it as if they were {@code k} away. Each offset becomes {@code b_i - mu}; its
   * variance is the delta method's, {@code (e_i - c)' Var(b) (e_i - c)} with {@code c} the
   * derivative of {@code mu}: {@code 1 / |I|} on the interviewers {@code I} within {@code k} of
   * {@code mu}, 0 elsewhere ({@link #against}), or {@code 1 / s} on all {@code s} of them when
   * nobody is within {@code k}. A group whose offsets all lie within {@code k} of their mean (0)
   * keeps its offsets and standard errors. Each offset is then made exact as {@link #exact} says.
   */
  LeniencyModel robust(double k) {
    double slack = BOUNDARY * level;
    double[] offsets = offset.clone();
    double[] se = standardError.clone();
    for (int g = 1; g <= groups; g++) {
      int[] members = members(g);
      int s = members.length;
      double[] b = new double[s];
      boolean inside = true;
      for (int x = 0; x < s; x++) {
        b[x] = offset[members[x]];
        inside &= within(b[x], k, slack);
      }
      if (inside) {
        continue;
      }
      double mu = huber(b, k);
      double[] c = new double[s];
      int inliers = 0;
      for (int x = 0; x < s; x++) {
        if (within(b[x] - mu, k, slack)) {
          c[x] = 1;
          inliers++;
        }
      }
      if (Double.isNaN(mu)) {
        continue;
      }
      for (int x = 0; x < s; x++) {
        // Nobody within k: the location is the middle of the gap its neighbours leave. One alone:
        // the location is that interviewer's own offset, and measured against it they would have
        // an offset of 0 with an error of 0. Either way the error is taken as the mean's.
        c[x] = inliers < 2 ? 1.0 / s : c[x] / inliers;
      }
      against(g, members, c, mu, offsets, se);
    }
    return with(offsets, se, testDegreesOfFreedom, covariance);
  }

  /**
   * Whether a distance {@code d} from the location is within the threshold {@code k}, allowing
   * rounding: offsets of balanced designs land on multiples of 1/16 and so exactly on the threshold
   * often, where the last bits depend on the order of the sums (the interviewers' ids). At the
   * threshold the location is the same either way (psi is continuous there); only the standard
   * errors would jump, so a distance within 1e-9 levels of {@code k} counts as within (here a level
   * of 1; {@link #within(double, double, double)} for another).
   */
  static boolean within(double d, double k) {
    return within(d, k, BOUNDARY);
  }

  /** Whether {@code |d| <= k}, allowing {@code slack} (1e-9 levels in the scale's values). */
  static boolean within(double d, double k, double slack) {
    return Math.abs(d) <= k + slack;
  }

  /**
   * {@code x} made exact: the decimal with the fewest places within {@code tolerance} (the rounding
   * the solve may have left in it) of {@code x}, when one has places at least {@code 1e6 *
   * tolerance} wide; otherwise {@code x}. Data the model fits exactly have offsets such as 0.5 or
   * 0.125, which the floating-point solve returns a few units in the last place off
   * (0.4999999999999991), and identical interviewers then got figures differing in their last bits
   * that printed differently (+0.13 and +0.12). A noisy figure is moved only when it happens to lie
   * within the rounding of such a decimal (a chance of about 1 in 10^6), and then by less than the
   * rounding. Monotone in {@code x}, odd, and the same for every {@code x} within the tolerance of
   * the same short decimal.
   */
  static double exact(double x, double tolerance) {
    if (!(tolerance > 0) || !Double.isFinite(x)) {
      return x;
    }
    int finest = (int) Math.floor(-Math.log10(SHORT_DECIMAL * tolerance));
    int coarsest = Math.min(0, -(int) Math.ceil(Math.log10(Math.abs(x) + tolerance)) - 1);
    BigDecimal exact = new BigDecimal(x);
    for (int places = coarsest; places <= finest; places++) {
      double candidate = exact.setScale(places, RoundingMode.HALF_EVEN).doubleValue();
      if (Math.abs(candidate - x) <= tolerance) {
        return candidate == 0 ? 0 : candidate; // no negative zero
      }
    }
    return x;
  }

  /**
   * The Huber location of {@code b} with threshold {@code k > 0}. {@code S(mu) = sum psi(b_j - mu)}
   * falls as {@code mu} rises and is 0 on an interval (a point, unless nobody is within {@code k}
   * of it): the location is the interval's midpoint, each end found by bisection between the least
   * and greatest {@code b}, and a point root is then made exact from the sets it leaves inside,
   * below and above the threshold: {@code mu = (sum over inside of b_j + k (above - below)) /
   * inside}. Both ends rise with every {@code b_j} and shift with them, so the location does too.
   */
  static double huber(double[] b, double k) {
    double least = Double.POSITIVE_INFINITY;
    double greatest = Double.NEGATIVE_INFINITY;
    for (double v : b) {
      least = Math.min(least, v);
      greatest = Math.max(greatest, v);
    }
    double low = bisect(b, k, least, greatest, true);
    double high = bisect(b, k, least, greatest, false);
    double mu = low + (high - low) / 2;
    for (int iteration = 0; iteration < 10; iteration++) {
      double inside = 0;
      double sum = 0;
      int above = 0;
      int below = 0;
      for (double v : b) {
        if (v - mu > k) {
          above++;
        } else if (mu - v > k) {
          below++;
        } else {
          inside++;
          sum += v;
        }
      }
      if (inside == 0) {
        return mu;
      }
      double exact = (sum + k * (above - below)) / inside;
      if (exact == mu) {
        break;
      }
      mu = exact;
    }
    return mu;
  }

  /**
   * The least {@code mu} in {@code [lo, hi]} with {@code S(mu) <= 0} ({@code lowEnd}), or the
   * greatest with {@code S(mu) >= 0}, to the last bits.
   */
  private static double bisect(double[] b, double k, double lo, double hi, boolean lowEnd) {
    for (int iteration = 0; iteration < 200; iteration++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      double sum = psiSum(b, mid, k);
      if (lowEnd ? sum > 0 : sum >= 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lowEnd ? hi : lo;
  }

  private static double psiSum(double[] b, double mu, double k) {
    double sum = 0;
    for (double v : b) {
      sum += Math.max(-k, Math.min(k, v - mu));
    }
    return sum;
  }

  /**
   * Measures group {@code g}'s offsets against {@code centre}, a location whose derivative in the
   * offsets is {@code c} (weights over {@code members} summing to 1): {@code d_i = b_i - centre}
   * and {@code SE(d_i)^2 = (e_i - c)' Var(b) (e_i - c) = Var(b)_ii - 2 (Var(b) c)_i + c' Var(b) c},
   * {@code Var(b)} the {@link #covariance} (the halo term included when the model has one), written
   * into {@code offsets} and {@code se}.
   */
  private void against(
      int g, int[] members, double[] c, double centre, double[] offsets, double[] se) {
    int s = members.length;
    double[][] v = covariance[g - 1];
    double[] vc = multiply(v, c);
    double cvc = 0;
    for (int x = 0; x < s; x++) {
      cvc += c[x] * vc[x];
    }
    for (int x = 0; x < s; x++) {
      int i = members[x];
      offsets[i] = exact(offset[i] - centre, tolerance);
      se[i] = Math.sqrt(Math.max(0, v[x][x] - 2 * vc[x] + cvc));
    }
  }

  /** This model with other offsets, standard errors, test degrees of freedom and covariance. */
  private LeniencyModel with(
      double[] offsets, double[] se, long testDegreesOfFreedom, double[][][] covariance) {
    return new LeniencyModel(
        interviewers,
        comparisons,
        group,
        groups,
        raw,
        offsets,
        se,
        residualVariance,
        degreesOfFreedom,
        testDegreesOfFreedom,
        covariance,
        level,
        tolerance);
  }

  /** The interviewers of group {@code g} (numbered from 1), ascending. */
  int[] members(int g) {
    int n = 0;
    for (int i = 0; i < interviewers; i++) {
      n += group[i] == g ? 1 : 0;
    }
    int[] out = new int[n];
    for (int i = 0, j = 0; i < interviewers; i++) {
      if (group[i] == g) {
        out[j++] = i;
      }
    }
    return out;
  }

  static double[] means(Unit u, int[] distinct) {
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
  static int[] distinct(int[] ascending) {
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

  static double[] multiply(double[][] a, double[] x) {
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

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static void union(int[] parent, int a, int b) {
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

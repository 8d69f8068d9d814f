package dev.rubric.scoring.calibration;

import com.google.common.base.Preconditions;
import dev.rubric.core.RatingScale;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sufficient statistics of the leniency model of {@link InterviewerCalibration}, filled one
 * unit (candidate and competency) at a time and mergeable, so that the model can be fitted over a
 * history spread across many machines: the reduced normal equations {@code C b = q} (see {@link
 * InterviewerCalibration} for the model), each interviewer's comparisons and raw differences, the
 * links that make the comparable groups, and the counts of ratings and units. {@link #solve()}
 * solves them with the code {@link InterviewerCalibration#calibrate} uses.
 *
 * <p>Interviewers are indices {@code 0..k-1}: the caller numbers them, in the order it wants the
 * groups numbered (calibration numbers them by interviewer id).
 *
 * <p>The levels are the scale's values. The calibration's thresholds are in <b>levels</b>, steps of
 * the scale: one level is the scale's mean step {@code (max - min) / (number of levels - 1)} in its
 * values (10 on {0, 10, 20, 30}, 4/3 on {1, 2, 4, 5}, 1 on any scale of consecutive values), given
 * by {@link #over(int, RatingScale)}; {@link #over(int)} takes a level to be 1, which is right only
 * for scales of consecutive values.
 *
 * <p><b>Contract.</b> A mutable builder confined to one thread, like {@link StringBuilder}. {@link
 * #merge} adds another's state; the integer parts (comparisons, links, counts) are exact, the sums
 * of {@code C} and {@code q} are floating-point sums, so a different split of the units may change
 * their last bits (the solution agrees to far better than 1e-9 levels on any realistic history).
 * Memory is {@code 8 k^2} bytes for {@code C}, whatever the number of units. {@link Serializable}
 * so that a distributed engine can ship partial states.
 */
public final class LeniencyEquations implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most interviewers one set of equations holds (C alone is then 128 MiB). */
  public static final int MAX_INTERVIEWERS = 4096;

  /** The number of interviewers {@code k}; every array below has {@code k} entries. */
  final int interviewers;

  /**
   * Per interviewer, the number of units in which they were compared with at least one other
   * interviewer.
   */
  final int[] comparisons;

  /**
   * Per interviewer, the sum over their compared units of their mean level on the unit minus the
   * mean of the other interviewers' means.
   */
  final double[] rawSum;

  /**
   * The union-find forest of the comparable groups: {@code parent[i]} is {@code i} for a root, else
   * another interviewer of {@code i}'s group.
   */
  final int[] parent;

  /**
   * The {@code k} by {@code k} matrix {@code C} of the reduced normal equations {@code C b = q}.
   */
  final double[][] c;

  /** The right-hand side {@code q} of the reduced normal equations, one entry per interviewer. */
  final double[] q;

  /** The number of ratings added, over every unit. */
  long observations;

  /** The number of units (candidate and competency) added, compared or not. */
  long units;

  /** One level of the scale in its values: its mean step (see the class comment). */
  final double level;

  /** The data's own sum of squares: the sum of every rating's squared level. */
  double sumOfSquares;

  /** The largest absolute level added (0 before any). */
  long largestLevel;

  private LeniencyEquations(int k, double level) {
    interviewers = k;
    this.level = level;
    comparisons = new int[k];
    rawSum = new double[k];
    parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    c = new double[k][k];
    q = new double[k];
  }

  /**
   * Empty equations over {@code interviewers} interviewers.
   *
   * @param interviewers the number of interviewers, indexed {@code 0..interviewers-1}
   * @return empty equations
   * @throws IllegalArgumentException if {@code interviewers} is negative or above {@link
   *     #MAX_INTERVIEWERS}
   */
  public static LeniencyEquations over(int interviewers) {
    return over(interviewers, 1);
  }

  /**
   * Empty equations over {@code interviewers} interviewers rating on {@code scale}: the
   * calibration's thresholds, in levels, are then steps of that scale (its mean step, see the class
   * comment), so that a scale relabelled evenly ({@code a + k v}) changes the figures only by the
   * factor {@code k} and never a flag.
   *
   * @param interviewers the number of interviewers, indexed {@code 0..interviewers-1}
   * @param scale the scale the levels are values of
   * @return empty equations
   * @throws IllegalArgumentException if {@code interviewers} is negative or above {@link
   *     #MAX_INTERVIEWERS}
   */
  public static LeniencyEquations over(int interviewers, RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return over(interviewers, level(scale));
  }

  static LeniencyEquations over(int interviewers, double level) {
    Preconditions.checkArgument(
        interviewers >= 0 && interviewers <= MAX_INTERVIEWERS,
        "interviewers (%s) must be in [0, %s]",
        interviewers,
        MAX_INTERVIEWERS);
    return new LeniencyEquations(interviewers, level);
  }

  /**
   * One level of {@code scale} in its values: its mean step {@code (max - min) / (size - 1)}; 1 for
   * a scale of one level.
   */
  static double level(RatingScale scale) {
    int size = scale.size();
    return size < 2 ? 1 : ((double) scale.max() - scale.min()) / (size - 1);
  }

  /** {@return the number of interviewers} */
  public int interviewers() {
    return interviewers;
  }

  /**
   * Adds one unit: the ratings that interviewers gave one candidate on one competency, in any order
   * ({@code interviewers[o]} gave {@code levels[o]}; an interviewer may appear more than once).
   *
   * @param interviewers the interviewer index of each rating
   * @param levels the level of each rating
   * @return these equations
   * @throws IllegalArgumentException if the arrays differ in length or an index is out of range
   */
  public LeniencyEquations addUnit(int[] interviewers, int[] levels) {
    add(unit(this.interviewers, interviewers, levels));
    return this;
  }

  /**
   * The unit of {@link #addUnit} over {@code k} interviewers, sorted by interviewer, then level.
   */
  static LeniencyModel.Unit unit(int k, int[] who, int[] levels) {
    Objects.requireNonNull(who, "interviewers");
    Objects.requireNonNull(levels, "levels");
    Preconditions.checkArgument(
        who.length == levels.length,
        "interviewers (%s) and levels (%s) must have the same length",
        who.length,
        levels.length);
    long[] pairs = new long[who.length];
    for (int o = 0; o < who.length; o++) {
      Preconditions.checkArgument(
          who[o] >= 0 && who[o] < k, "interviewer index (%s) must be in [0, %s)", who[o], k);
      // who in the high bits, level (offset to be non-negative) in the low bits: sorts as pairs.
      pairs[o] = ((long) who[o] << 32) | (levels[o] - (long) Integer.MIN_VALUE);
    }
    Arrays.sort(pairs);
    int[] w = new int[pairs.length];
    double[] l = new double[pairs.length];
    for (int o = 0; o < pairs.length; o++) {
      w[o] = (int) (pairs[o] >>> 32);
      l[o] = (double) ((pairs[o] & 0xFFFF_FFFFL) + Integer.MIN_VALUE);
    }
    return new LeniencyModel.Unit(w, l);
  }

  /** Adds a unit whose interviewers are ascending (levels ascending within one interviewer). */
  void add(LeniencyModel.Unit u) {
    observations += u.who().length;
    units++;
    for (double v : u.level()) {
      sumOfSquares += v * v;
      largestLevel = Math.max(largestLevel, Math.abs((long) v));
    }
    int[] distinct = LeniencyModel.distinct(u.who());
    if (distinct.length < 2) {
      return;
    }
    for (int i : distinct) {
      comparisons[i]++;
      LeniencyModel.union(parent, distinct[0], i);
    }
    // Raw difference: each interviewer's mean on the unit against the mean of the others' means.
    double[] means = LeniencyModel.means(u, distinct);
    double total = 0;
    for (double v : means) {
      total += v;
    }
    for (int j = 0; j < distinct.length; j++) {
      rawSum[distinct[j]] += means[j] - (total - means[j]) / (distinct.length - 1);
    }
    double n = u.who().length;
    double t = 0;
    for (double v : u.level()) {
      t += v;
    }
    double[] count = new double[distinct.length];
    double[] sum = new double[distinct.length];
    for (int o = 0, j = 0; o < u.who().length; o++) {
      while (distinct[j] != u.who()[o]) {
        j++;
      }
      count[j]++;
      sum[j] += u.level()[o];
    }
    for (int a = 0; a < distinct.length; a++) {
      int ia = distinct[a];
      c[ia][ia] += count[a];
      q[ia] += sum[a] - count[a] * t / n;
      for (int b = 0; b < distinct.length; b++) {
        c[ia][distinct[b]] -= count[a] * count[b] / n;
      }
    }
  }

  /**
   * Adds the state of {@code other}, which is only read.
   *
   * @param other equations over the same number of interviewers
   * @return these equations
   * @throws IllegalArgumentException if {@code other} is this object, has another number of
   *     interviewers or another scale's level
   */
  public LeniencyEquations merge(LeniencyEquations other) {
    Objects.requireNonNull(other, "other");
    Preconditions.checkArgument(other != this, "cannot merge equations into themselves");
    Preconditions.checkArgument(
        other.interviewers == interviewers,
        "other equations have %s interviewers, these %s",
        other.interviewers,
        interviewers);
    Preconditions.checkArgument(
        Double.compare(other.level, level) == 0,
        "other equations have a level of %s scale values, these %s",
        other.level,
        level);
    for (int i = 0; i < interviewers; i++) {
      comparisons[i] += other.comparisons[i];
      rawSum[i] += other.rawSum[i];
      q[i] += other.q[i];
      for (int j = 0; j < interviewers; j++) {
        c[i][j] += other.c[i][j];
      }
      int root = find(other.parent, i);
      if (root != i) {
        LeniencyModel.union(parent, i, root);
      }
    }
    observations += other.observations;
    units += other.units;
    sumOfSquares += other.sumOfSquares;
    largestLevel = Math.max(largestLevel, other.largestLevel);
    return this;
  }

  private static int find(int[] parent, int i) {
    // Read-only walk: merge must not change the other equations.
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /**
   * Solves the equations: the comparable groups, each interviewer's offset (centred per group) and
   * the diagonal of the Moore-Penrose inverse; the residual variance needs a second pass over the
   * units ({@link LeniencyFit#residualSquares}).
   *
   * @return the fit
   */
  public LeniencyFit solve() {
    return LeniencyFit.solve(this);
  }
}

package dev.rubric.scoring.calibration;

import com.google.common.base.Preconditions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The solved normal equations of the leniency model ({@link LeniencyEquations#solve()}): each
 * interviewer's comparable group, offset and raw difference. The residual variance, and with it the
 * standard errors, needs one more pass over the units: sum {@link #residualSquares} over every unit
 * and give the total to {@link InterviewerCalibration#estimate}.
 *
 * <p>Immutable and thread-safe; {@link Serializable}, so that a distributed engine can ship it to
 * the workers for the second pass.
 */
public final class LeniencyFit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The number of interviewers {@code k}; every per-interviewer array has {@code k} entries. */
  final int interviewers;

  /**
   * Per interviewer, the number of units in which they were compared with at least one other
   * interviewer.
   */
  final int[] comparisons;

  /**
   * Per interviewer, their comparable group, numbered from 1 in the order of each group's smallest
   * interviewer index; 0 for an interviewer who was never compared.
   */
  final int[] group;

  /** The number of comparable groups. */
  final int groups;

  /** Per group (index {@code g - 1} for group {@code g}), the number of interviewers in it. */
  final int[] groupSizes;

  /**
   * Per interviewer, the mean over their compared units of their mean level minus the mean of the
   * other interviewers' means; NaN for an interviewer who was never compared.
   */
  final double[] raw;

  /**
   * Per interviewer, the fitted offset, centred within the group (mean 0 over the group); 0 for an
   * interviewer who was never compared.
   */
  final double[] offset;

  /** Per interviewer, the diagonal entry of C^+ (0 for the never compared). */
  final double[] pseudoInverseDiagonal;

  /**
   * Per group (index {@code g - 1} for group {@code g}), the block of C^+ over the group's
   * interviewers in ascending index order: what the variance of a contrast of offsets needs.
   */
  final double[][][] pseudoInverseBlocks;

  /** The number of ratings the equations held. */
  final long observations;

  /** The number of units (candidate and competency) the equations held. */
  final long units;

  /** One level of the scale in its values ({@link LeniencyEquations#level}). */
  final double level;

  /** The sum of every rating's squared level ({@link LeniencyEquations#sumOfSquares}). */
  final double sumOfSquares;

  /**
   * How far the rounding of the solve may put a figure from its exact value: {@link
   * LeniencyModel#ROUNDING} times the largest absolute level.
   */
  final double tolerance;

  private LeniencyFit(
      int[] comparisons,
      int[] group,
      int[] groupSizes,
      double[] raw,
      double[] offset,
      double[] pseudoInverseDiagonal,
      double[][][] pseudoInverseBlocks,
      long observations,
      long units,
      double level,
      double sumOfSquares,
      double tolerance) {
    this.interviewers = comparisons.length;
    this.comparisons = comparisons;
    this.group = group;
    this.groups = groupSizes.length;
    this.groupSizes = groupSizes;
    this.raw = raw;
    this.offset = offset;
    this.pseudoInverseDiagonal = pseudoInverseDiagonal;
    this.pseudoInverseBlocks = pseudoInverseBlocks;
    this.observations = observations;
    this.units = units;
    this.level = level;
    this.sumOfSquares = sumOfSquares;
    this.tolerance = tolerance;
  }

  static LeniencyFit solve(LeniencyEquations e) {
    int k = e.interviewers;
    double tolerance = LeniencyModel.ROUNDING * e.largestLevel;
    int[] parent = e.parent.clone();
    int[] comparisons = e.comparisons.clone();
    int[] group = new int[k];
    // Groups: numbered 1.. in order of their smallest interviewer; 0 for the never compared.
    int[] number = new int[k];
    int groups = 0;
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (comparisons[i] == 0) {
        continue;
      }
      int root = LeniencyModel.find(parent, i);
      if (number[root] == 0) {
        number[root] = ++groups;
        members.add(new ArrayList<>());
      }
      group[i] = number[root];
      members.get(number[root] - 1).add(i);
    }
    double[] offset = new double[k];
    double[] diagonal = new double[k];
    int[] sizes = new int[groups];
    double[][][] blocks = new double[groups][][];
    for (int g = 0; g < groups; g++) {
      List<Integer> m = members.get(g);
      int size = m.size();
      sizes[g] = size;
      double[][] a = new double[size][size];
      double[] q = new double[size];
      for (int x = 0; x < size; x++) {
        q[x] = e.q[m.get(x)];
        for (int y = 0; y < size; y++) {
          a[x][y] = e.c[m.get(x)][m.get(y)] + 1.0 / size;
        }
      }
      double[][] inverse = LeniencyModel.Cholesky.inverse(a);
      double[] b = LeniencyModel.multiply(inverse, q);
      double mean = 0;
      for (double v : b) {
        mean += v;
      }
      mean /= size;
      for (int j = 0; j < size; j++) {
        int i = m.get(j);
        offset[i] = LeniencyModel.exact(b[j] - mean, tolerance);
        diagonal[i] = inverse[j][j] - 1.0 / size;
      }
      blocks[g] = new double[size][size];
      for (int x = 0; x < size; x++) {
        for (int y = 0; y < size; y++) {
          blocks[g][x][y] = inverse[x][y] - 1.0 / size;
        }
      }
    }
    double[] raw = new double[k];
    for (int i = 0; i < k; i++) {
      raw[i] =
          comparisons[i] == 0
              ? Double.NaN
              : LeniencyModel.exact(e.rawSum[i] / comparisons[i], tolerance);
    }
    return new LeniencyFit(
        comparisons,
        group,
        sizes,
        raw,
        offset,
        diagonal,
        blocks,
        e.observations,
        e.units,
        e.level,
        e.sumOfSquares,
        tolerance);
  }

  /** {@return the number of interviewers} */
  public int interviewers() {
    return interviewers;
  }

  /**
   * The fitted offset of interviewer {@code i}, centred within its group; 0 for an interviewer who
   * was never compared (the estimate reports NaN).
   *
   * @param i the interviewer index
   * @return the offset
   */
  public double offset(int i) {
    return offset[i];
  }

  /**
   * The sum of squared residuals of one unit under this fit (the unit effect being the mean of
   * rating minus offset over the unit), for the second pass. Give the units as to {@link
   * LeniencyEquations#addUnit}.
   *
   * @param interviewers the interviewer index of each rating
   * @param levels the level of each rating
   * @return the unit's residual sum of squares
   * @throws IllegalArgumentException if the arrays differ in length or an index is out of range
   */
  public double residualSquares(int[] interviewers, int[] levels) {
    LeniencyModel.Unit u = LeniencyEquations.unit(this.interviewers, interviewers, levels);
    return addResidualSquares(0, u);
  }

  /** {@code rss} plus the squared residuals of unit {@code u}, added one by one. */
  double addResidualSquares(double rss, LeniencyModel.Unit u) {
    double effect = 0;
    for (int o = 0; o < u.who().length; o++) {
      effect += u.level()[o] - offset[u.who()[o]];
    }
    effect /= u.who().length;
    for (int o = 0; o < u.who().length; o++) {
      double e = u.level()[o] - effect - offset[u.who()[o]];
      rss += e * e;
    }
    return rss;
  }

  /**
   * The model, given the residual sum of squares over every unit. A sum within the rounding of the
   * computation counts as zero ({@link #exactFit}).
   */
  LeniencyModel model(double rss) {
    Preconditions.checkArgument(
        rss >= 0 && !Double.isInfinite(rss), "residual sum of squares (%s) must be >= 0", rss);
    rss = exactFit(rss) ? 0 : rss;
    long df = observations - units;
    for (int size : groupSizes) {
      df -= size - 1;
    }
    double sigma2 = df > 0 ? rss / df : Double.NaN;
    double[] offsets = offset.clone();
    double[] se = new double[interviewers];
    for (int i = 0; i < interviewers; i++) {
      if (comparisons[i] == 0) {
        offsets[i] = Double.NaN;
        se[i] = Double.NaN;
        continue;
      }
      se[i] = Math.sqrt(sigma2 * Math.max(0, pseudoInverseDiagonal[i]));
    }
    double[][][] covariance = new double[groups][][];
    for (int g = 0; g < groups; g++) {
      int size = groupSizes[g];
      covariance[g] = new double[size][size];
      for (int x = 0; x < size; x++) {
        for (int y = 0; y < size; y++) {
          covariance[g][x][y] = sigma2 * pseudoInverseBlocks[g][x][y];
        }
      }
    }
    return new LeniencyModel(
        interviewers,
        comparisons.clone(),
        group.clone(),
        groups,
        raw.clone(),
        offsets,
        se,
        sigma2,
        df,
        df,
        covariance,
        level,
        tolerance);
  }

  /**
   * Whether a residual sum of squares {@code rss} is within the rounding of the computation, and so
   * zero: at most {@link LeniencyModel#ZERO_RESIDUALS} (1e-20) times the data's own sum of squares
   * (every rating's squared level). Data the model fits exactly leave residuals of the order of the
   * double precision's 1e-16 times the levels, so a sum of about 1e-32 times that (1e-33 to 1e-30
   * measured); one rating one step off among a billion on a scale of 10 levels leaves 1e-12 of it.
   */
  boolean exactFit(double rss) {
    return rss <= LeniencyModel.ZERO_RESIDUALS * sumOfSquares;
  }

  /** Whether {@code other} is the same solution (equal groups, comparisons and offsets). */
  boolean equalSolution(LeniencyFit other) {
    return interviewers == other.interviewers
        && Arrays.equals(group, other.group)
        && Arrays.equals(comparisons, other.comparisons)
        && Arrays.equals(offset, other.offset);
  }

  @Override
  public String toString() {
    return "LeniencyFit{interviewers="
        + interviewers
        + ", groups="
        + groups
        + ", offsets="
        + Arrays.toString(offset)
        + "}";
  }
}

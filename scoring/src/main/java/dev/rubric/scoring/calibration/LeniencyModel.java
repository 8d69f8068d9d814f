package dev.rubric.scoring.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * The additive leniency model fitted by fixed-point iteration; see {@link InterviewerCalibration}
 * for the formulas. Units and interviewers are visited in sorted order so that the floating-point
 * sums, and so the result, do not depend on the order of the history.
 */
final class LeniencyModel {
  private final String[] ids;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] comparisons;
  private final double[] raw;
  private final double[] offset;
  private final double[] standardError;
  private final double[] shrunk;
  private final double tauSquared;

  private LeniencyModel(String[] ids) {
    this.ids = ids;
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    comparisons = new int[ids.length];
    raw = new double[ids.length];
    offset = new double[ids.length];
    standardError = new double[ids.length];
    shrunk = new double[ids.length];
    tauSquared = 0;
  }

  private LeniencyModel(LeniencyModel m, double tauSquared) {
    this.ids = m.ids;
    this.index.putAll(m.index);
    this.comparisons = m.comparisons;
    this.raw = m.raw;
    this.offset = m.offset;
    this.standardError = m.standardError;
    this.shrunk = m.shrunk;
    this.tauSquared = tauSquared;
  }

  /**
   * Fits the model. {@code units} maps each unit to the interviewers who rated it, each with the
   * sum and count of their ratings of it.
   */
  static LeniencyModel fit(
      NavigableSet<String> interviewers,
      TreeMap<String, TreeMap<String, double[]>> units,
      int maxRounds,
      double converged) {
    LeniencyModel m = new LeniencyModel(interviewers.toArray(new String[0]));
    int k = m.ids.length;
    // Flatten the shared units: per unit, interviewer indices and their mean rating.
    List<int[]> who = new ArrayList<>();
    List<double[]> rating = new ArrayList<>();
    for (TreeMap<String, double[]> unit : units.values()) {
      if (unit.size() < 2) {
        continue;
      }
      int[] w = new int[unit.size()];
      double[] r = new double[unit.size()];
      int j = 0;
      for (Map.Entry<String, double[]> e : unit.entrySet()) {
        Integer i = m.index.get(e.getKey());
        w[j] = i == null ? 0 : i;
        r[j] = e.getValue()[0] / e.getValue()[1];
        j++;
      }
      who.add(w);
      rating.add(r);
      for (int i : w) {
        m.comparisons[i]++;
      }
    }
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    differences(who, rating, m.offset, sum, sumSq);
    for (int i = 0; i < k; i++) {
      m.raw[i] = m.comparisons[i] > 0 ? sum[i] / m.comparisons[i] : 0;
    }
    for (int round = 0; round < maxRounds; round++) {
      // Alternating least squares: unit effects from the current offsets, then offsets from the
      // unit effects, then centre on the comparison-weighted panel average.
      java.util.Arrays.fill(sum, 0);
      for (int u = 0; u < who.size(); u++) {
        int[] w = who.get(u);
        double[] r = rating.get(u);
        double effect = 0;
        for (int j = 0; j < w.length; j++) {
          effect += r[j] - m.offset[w[j]];
        }
        effect /= w.length;
        for (int j = 0; j < w.length; j++) {
          sum[w[j]] += r[j] - effect;
        }
      }
      double weighted = 0;
      long total = 0;
      for (int i = 0; i < k; i++) {
        if (m.comparisons[i] > 0) {
          weighted += sum[i];
          total += m.comparisons[i];
        }
      }
      double centre = total == 0 ? 0 : weighted / total;
      double moved = 0;
      for (int i = 0; i < k; i++) {
        double value = m.comparisons[i] > 0 ? sum[i] / m.comparisons[i] - centre : 0;
        moved = Math.max(moved, Math.abs(value - m.offset[i]));
        m.offset[i] = value;
      }
      if (moved < converged) {
        break;
      }
    }
    differences(who, rating, m.offset, sum, sumSq);
    double seSquaredSum = 0;
    double offsetSum = 0;
    double offsetSqSum = 0;
    int withSe = 0;
    for (int i = 0; i < k; i++) {
      int n = m.comparisons[i];
      if (n == 0) {
        m.raw[i] = Double.NaN;
        m.offset[i] = Double.NaN;
      }
      if (n < 2) {
        m.standardError[i] = Double.NaN;
        continue;
      }
      double mean = sum[i] / n;
      double variance = Math.max(0, (sumSq[i] - n * mean * mean) / (n - 1));
      m.standardError[i] = Math.sqrt(variance / n);
      seSquaredSum += variance / n;
      offsetSum += m.offset[i];
      offsetSqSum += m.offset[i] * m.offset[i];
      withSe++;
    }
    double tau = 0;
    if (withSe >= 2) {
      double meanOffset = offsetSum / withSe;
      double spread = (offsetSqSum - withSe * meanOffset * meanOffset) / (withSe - 1);
      tau = Math.max(0, spread - seSquaredSum / withSe);
    }
    for (int i = 0; i < k; i++) {
      double se = m.standardError[i];
      m.shrunk[i] = tau > 0 && se >= 0 ? m.offset[i] * tau / (tau + se * se) : 0;
    }
    return new LeniencyModel(m, tau);
  }

  private static void differences(
      List<int[]> who, List<double[]> rating, double[] offset, double[] sum, double[] sumSq) {
    java.util.Arrays.fill(sum, 0);
    java.util.Arrays.fill(sumSq, 0);
    for (int u = 0; u < who.size(); u++) {
      int[] w = who.get(u);
      double[] r = rating.get(u);
      double adjustedTotal = 0;
      for (int j = 0; j < w.length; j++) {
        adjustedTotal += r[j] - offset[w[j]];
      }
      for (int j = 0; j < w.length; j++) {
        double others = (adjustedTotal - (r[j] - offset[w[j]])) / (w.length - 1);
        double d = r[j] - others;
        sum[w[j]] += d;
        sumSq[w[j]] += d * d;
      }
    }
  }

  int comparisons(String id) {
    return comparisons[indexOf(id)];
  }

  double rawDifference(String id) {
    return raw[indexOf(id)];
  }

  double offset(String id) {
    return offset[indexOf(id)];
  }

  double standardError(String id) {
    return standardError[indexOf(id)];
  }

  double shrunkOffset(String id) {
    return shrunk[indexOf(id)];
  }

  double tauSquared() {
    return tauSquared;
  }

  private int indexOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown interviewer " + id);
    }
    return i;
  }
}

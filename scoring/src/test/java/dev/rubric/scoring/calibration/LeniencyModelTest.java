package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The leniency model against an independent solution: the least-squares offsets of the additive
 * model {@code r = unit effect + b_i} solved directly from the normal equations (a graph Laplacian
 * with the centring constraint {@code sum n_i b_i = 0} in place of one row), then the standard
 * errors and the empirical-Bayes shrinkage (Morris 1983, doi:10.1080/01621459.1983.10477920)
 * exactly as {@link InterviewerCalibration} documents them. The fixed-point iteration converges to
 * 1e-10, so the two agree to 1e-8.
 */
class LeniencyModelTest {
  private static final double TOL = 1e-8;

  /** Units of unequal panels; A lenient, C severe. B rates u5 twice (3 and 4: mean 3.5). */
  private static TreeMap<String, TreeMap<String, double[]>> units() {
    TreeMap<String, TreeMap<String, double[]>> units = new TreeMap<>();
    unit(units, "u1", "A", 4, "B", 3, "C", 2);
    unit(units, "u2", "A", 3, "B", 3, "C", 1);
    unit(units, "u3", "A", 4, "B", 2, "C", 2);
    units.put("u5", new TreeMap<>(Map.of("B", new double[] {3 + 4, 2}, "C", new double[] {2, 1})));
    unit(units, "u6", "A", 4, "C", 1);
    unit(units, "u7", "A", 2, "B", 2, "C", 1);
    unit(units, "u8", "A", 4, "B", 3, "C", 3);
    unit(units, "u9", "D", 3, "A", 4);
    unit(units, "u10", "E", 2);
    return units;
  }

  private static void unit(
      TreeMap<String, TreeMap<String, double[]>> units, String id, Object... pairs) {
    TreeMap<String, double[]> u = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      u.put((String) pairs[i], new double[] {(Integer) pairs[i + 1], 1});
    }
    units.put(id, u);
  }

  private static final List<String> IDS = List.of("A", "B", "C", "D", "E");

  @Test
  void fitMatchesTheDirectLeastSquaresSolution() {
    TreeMap<String, TreeMap<String, double[]>> units = units();
    LeniencyModel m = LeniencyModel.fit(new TreeSet<>(IDS), units, 1000, 1e-10);

    // Shared units only, with each interviewer's mean rating.
    List<Map<Integer, Double>> shared = new ArrayList<>();
    for (TreeMap<String, double[]> u : units.values()) {
      if (u.size() >= 2) {
        Map<Integer, Double> r = new TreeMap<>();
        u.forEach((id, sc) -> r.put(IDS.indexOf(id), sc[0] / sc[1]));
        shared.add(r);
      }
    }
    int k = IDS.size();
    int[] n = new int[k];
    double[][] lap = new double[k][k];
    double[] y = new double[k];
    double[] raw = new double[k];
    for (Map<Integer, Double> r : shared) {
      double mu = r.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      int size = r.size();
      for (var e : r.entrySet()) {
        int i = e.getKey();
        n[i]++;
        y[i] += e.getValue() - mu;
        raw[i] += e.getValue() - (mu * size - e.getValue()) / (size - 1);
        for (int j : r.keySet()) {
          lap[i][j] += (i == j ? 1.0 : 0.0) - 1.0 / size;
        }
      }
    }
    // E has no comparison: pin b_E = 0 (its row is all zero); replace A's row with the centring.
    lap[4][4] = 1;
    for (int j = 0; j < k; j++) {
      lap[0][j] = n[j];
    }
    y[0] = 0;
    double[] b = solve(lap, y);

    double[] sum = new double[k];
    double[] sumSq = new double[k];
    for (Map<Integer, Double> r : shared) {
      double adjusted = 0;
      for (var e : r.entrySet()) {
        adjusted += e.getValue() - b[e.getKey()];
      }
      for (var e : r.entrySet()) {
        int i = e.getKey();
        double d = e.getValue() - (adjusted - (e.getValue() - b[i])) / (r.size() - 1);
        sum[i] += d;
        sumSq[i] += d * d;
      }
    }
    double[] se = new double[k];
    double seSq = 0;
    double bSum = 0;
    double bSq = 0;
    int withSe = 0;
    for (int i = 0; i < k; i++) {
      if (n[i] < 2) {
        se[i] = Double.NaN;
        continue;
      }
      double var = (sumSq[i] - sum[i] * sum[i] / n[i]) / (n[i] - 1);
      se[i] = Math.sqrt(var / n[i]);
      seSq += var / n[i];
      bSum += b[i];
      bSq += b[i] * b[i];
      withSe++;
    }
    double tau = (bSq - bSum * bSum / withSe) / (withSe - 1) - seSq / withSe;

    assertThat(n).containsExactly(7, 6, 7, 1, 0);
    assertThat(tau).isPositive();
    assertThat(m.tauSquared()).isCloseTo(tau, within(TOL));
    for (int i = 0; i < 4; i++) {
      String id = IDS.get(i);
      assertThat(m.comparisons(id)).isEqualTo(n[i]);
      assertThat(m.rawDifference(id)).as("raw %s", id).isCloseTo(raw[i] / n[i], within(TOL));
      assertThat(m.offset(id)).as("offset %s", id).isCloseTo(b[i], within(TOL));
    }
    for (int i = 0; i < 3; i++) {
      String id = IDS.get(i);
      assertThat(m.standardError(id)).as("se %s", id).isCloseTo(se[i], within(TOL));
      assertThat(m.shrunkOffset(id))
          .as("shrunk %s", id)
          .isCloseTo(b[i] * tau / (tau + se[i] * se[i]), within(TOL));
    }
    assertThat(m.offset("A")).isGreaterThan(0.5);
    assertThat(m.offset("C")).isLessThan(-0.5);
    // One comparison: an offset but no standard error, so no shrinkage.
    assertThat(m.standardError("D")).isNaN();
    assertThat(m.shrunkOffset("D")).isZero();
    // No comparison at all.
    assertThat(m.comparisons("E")).isZero();
    assertThat(m.rawDifference("E")).isNaN();
    assertThat(m.offset("E")).isNaN();
    assertThat(m.shrunkOffset("E")).isZero();
    assertThatThrownBy(() -> m.offset("F"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown interviewer F");
  }

  // The documented example: two interviewers one level apart on every unit. Raw +1/-1, offsets
  // +0.5/-0.5, no spread of the differences (SE 0), and with only two interviewers tau^2 is the
  // variance of the offsets, 0.5, so the shrunk offsets equal the offsets.
  @Test
  void twoInterviewersOneLevelApart() {
    TreeMap<String, TreeMap<String, double[]>> units = new TreeMap<>();
    for (int u = 0; u < 3; u++) {
      unit(units, "u" + u, "hi", 3 + u % 2, "lo", 2 + u % 2);
    }
    LeniencyModel m = LeniencyModel.fit(new TreeSet<>(List.of("hi", "lo")), units, 1000, 1e-10);

    assertThat(m.rawDifference("hi")).isCloseTo(1, within(1e-12));
    assertThat(m.rawDifference("lo")).isCloseTo(-1, within(1e-12));
    assertThat(m.offset("hi")).isCloseTo(0.5, within(1e-12));
    assertThat(m.offset("lo")).isCloseTo(-0.5, within(1e-12));
    assertThat(m.standardError("hi")).isCloseTo(0, within(1e-12));
    assertThat(m.tauSquared()).isCloseTo(0.5, within(1e-12));
    assertThat(m.shrunkOffset("hi")).isCloseTo(0.5, within(1e-12));
    assertThat(m.shrunkOffset("lo")).isCloseTo(-0.5, within(1e-12));
  }

  // Two comparisons are enough for a standard error. A rates 3 and 4, B 2 and 2: offsets +-0.75;
  // A's adjusted differences 3 - 2.75 and 4 - 2.75 have sd sqrt(0.5), so SE = sqrt(0.5 / 2) = 0.5.
  @Test
  void twoComparisonsGiveAStandardError() {
    TreeMap<String, TreeMap<String, double[]>> units = new TreeMap<>();
    unit(units, "u0", "A", 3, "B", 2);
    unit(units, "u1", "A", 4, "B", 2);
    LeniencyModel m = LeniencyModel.fit(new TreeSet<>(List.of("A", "B")), units, 1000, 1e-10);

    assertThat(m.comparisons("A")).isEqualTo(2);
    assertThat(m.offset("A")).isCloseTo(0.75, within(1e-9));
    assertThat(m.standardError("A")).isCloseTo(0.5, within(1e-9));
    assertThat(m.standardError("B")).isCloseTo(0.5, within(1e-9));
  }

  // Interviewers who always agree: no offset, no spread, tau^2 = 0 and SE = 0; the shrunk offset
  // is 0, not the 0/0 of the shrinkage formula.
  @Test
  void agreeingInterviewersShrinkToZero() {
    TreeMap<String, TreeMap<String, double[]>> units = new TreeMap<>();
    for (int u = 0; u < 3; u++) {
      unit(units, "u" + u, "A", 2 + u, "B", 2 + u);
    }
    LeniencyModel m = LeniencyModel.fit(new TreeSet<>(List.of("A", "B")), units, 1000, 1e-10);

    assertThat(m.tauSquared()).isZero();
    assertThat(m.standardError("A")).isZero();
    assertThat(m.offset("A")).isZero();
    assertThat(m.shrunkOffset("A")).isZero();
    assertThat(m.shrunkOffset("B")).isZero();
  }

  // Without rounds the offsets stay at their start, zero, and the adjusted differences are the
  // raw ones.
  @Test
  void noRoundsLeaveTheOffsetsAtZero() {
    LeniencyModel m = LeniencyModel.fit(new TreeSet<>(IDS), units(), 0, 1e-10);

    assertThat(m.offset("A")).isZero();
    assertThat(m.offset("C")).isZero();
    assertThat(m.rawDifference("A"))
        .isEqualTo(LeniencyModel.fit(new TreeSet<>(IDS), units(), 1000, 1e-10).rawDifference("A"));
    assertThat(m.shrunkOffset("A")).isZero();
  }

  @Test
  void thresholdsAreCheckedAndKept() {
    InterviewerCalibration c = InterviewerCalibration.withThresholds(2, 0.5, 0);
    assertThat(c.minComparisons()).isEqualTo(2);
    assertThat(c.minZ()).isEqualTo(0.5);
    assertThat(c.minOffset()).isZero();
    assertThat(InterviewerCalibration.standard().minComparisons()).isEqualTo(5);
    assertThat(InterviewerCalibration.standard().minZ()).isEqualTo(2.0);
    assertThat(InterviewerCalibration.standard().minOffset()).isEqualTo(0.25);
    assertThatThrownBy(() -> InterviewerCalibration.withThresholds(1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minComparisons (1) must be >= 2");
    assertThatThrownBy(() -> InterviewerCalibration.withThresholds(2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minZ (0.0) must be > 0");
    assertThatThrownBy(() -> InterviewerCalibration.withThresholds(2, 1, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minOffset (-0.1) must be >= 0");
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] y) {
    int k = y.length;
    double[][] m = new double[k][];
    for (int i = 0; i < k; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], k + 1);
      m[i][k] = y[i];
    }
    for (int c = 0; c < k; c++) {
      int p = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = 0; r < k; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int j = c; j <= k; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[] x = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = m[i][k] / m[i][i];
    }
    return x;
  }
}

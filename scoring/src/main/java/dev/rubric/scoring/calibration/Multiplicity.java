package dev.rubric.scoring.calibration;

/**
 * How the p-values of the interviewers compared in one report are adjusted for testing many people
 * at once. Without an adjustment, a report on twenty interviewers who are all fair names about one
 * of them at the 5% level by chance alone; the adjustments below keep the chance that anyone fair
 * is named (the family-wise error rate) at or below the level, whatever the correlation between the
 * offsets (offsets of one group sum to zero, so they are correlated).
 *
 * <p>Source: Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian
 * Journal of Statistics 6(2), 65-70. https://www.jstor.org/stable/4615733.
 */
public enum Multiplicity {
  /**
   * No adjustment: each interviewer is tested on their own, {@code p_adj = p}. Twenty fair
   * interviewers at level 0.05: about a 64% chance that someone is flagged.
   */
  NONE,
  /**
   * Bonferroni: {@code p_adj = min(1, m p)} with {@code m} the interviewers tested. With m = 20, a
   * p of 0.001 becomes 0.02.
   */
  BONFERRONI,
  /**
   * Holm's step-down procedure (the default): sort the {@code m} p-values ascending, {@code
   * p_adj(j) = max over l <= j of min(1, (m - l + 1) p(l))}. Controls the same error rate as
   * Bonferroni and flags at least as many; p-values 0.001, 0.01, 0.04 of three interviewers become
   * 0.003, 0.02, 0.04.
   */
  HOLM;

  /** Adjusts {@code p} (NaN entries are not tested and stay NaN), returning a new array. */
  double[] adjust(double[] p) {
    double[] out = new double[p.length];
    int m = 0;
    for (double v : p) {
      if (!Double.isNaN(v)) {
        m++;
      }
    }
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
      out[i] = Double.NaN;
    }
    java.util.Arrays.sort(
        order,
        (a, b) -> {
          int byP = Double.compare(nanLast(p[a]), nanLast(p[b]));
          return byP != 0 ? byP : Integer.compare(a, b);
        });
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      double adjusted =
          switch (this) {
            case NONE -> p[i];
            case BONFERRONI -> Math.min(1, m * p[i]);
            case HOLM -> Math.max(running, Math.min(1, (m - rank) * p[i]));
          };
      running = adjusted;
      out[i] = adjusted;
    }
    return out;
  }

  /** The name used in the flag rule, for example "Holm-adjusted". */
  String describe() {
    return switch (this) {
      case NONE -> "unadjusted";
      case BONFERRONI -> "Bonferroni-adjusted";
      case HOLM -> "Holm-adjusted";
    };
  }

  private static double nanLast(double v) {
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }
}

package dev.rubric.scoring.calibration;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The two-sided p-value of Student's t: {@code p = 2 P(T_df > |t|)}, from Apache Commons
 * Statistics' {@link TDistribution} (its survival function, accurate in the far tail).
 */
final class StudentT {
  private StudentT() {}

  /** The two-sided p-value of {@code t} on {@code df > 0} degrees of freedom; NaN if undefined. */
  static double twoSidedP(double t, double df) {
    if (Double.isNaN(t) || !(df > 0)) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
  }
}

package dev.rubric.scoring.audit;

/**
 * Hedges' g, the bias-corrected standardized mean difference of two independent samples, with its
 * large-sample standard error.
 *
 * <p>d = (m1 - m2) / s_within, s_within = sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2)); J
 * = 1 - 3 / (4 (n1 + n2 - 2) - 1); g = J d; Var(d) = (n1 + n2) / (n1 n2) + d^2 / (2 (n1 + n2));
 * SE(g) = J sqrt(Var(d)); interval g +- z(1 - alpha/2) SE(g). Borenstein, Hedges, Higgins and
 * Rothstein (2009), Introduction to Meta-Analysis, equations 4.18 to 4.24,
 * doi:10.1002/9780470743386; Hedges (1981), J. Educ. Stat. 6(2), 107-128,
 * doi:10.3102/10769986006002107. Undefined with fewer than two scores in a sample or a within-group
 * standard deviation of 0.
 *
 * <p>The two means may be given about any common origin (only their difference is used); the audit
 * passes them about the reference's first score, with compensated sums, so scores such as 1e9 +-
 * 1e6 keep g to about 1e-12 relative (checked against exact decimal arithmetic), where plain sums
 * lose about 1e-7.
 */
final class HedgesG {
  private HedgesG() {}

  /** {g, lower, upper}, or null when undefined. */
  static double @org.jspecify.annotations.Nullable [] of(
      long n1, double mean1, double m2sum1, long n2, double mean2, double m2sum2, double alpha) {
    if (n1 < 2 || n2 < 2) {
      return null;
    }
    double df = n1 + n2 - 2;
    double sWithin = Math.sqrt((m2sum1 + m2sum2) / df);
    if (!(sWithin > 0)) {
      return null;
    }
    double d = (mean1 - mean2) / sWithin;
    double j = 1 - 3 / (4 * df - 1);
    double g = j * d;
    double varD = (double) (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2));
    double se = j * Math.sqrt(varD);
    double z = Proportions.criticalZ(alpha);
    return new double[] {g, g - z * se, g + z * se};
  }
}

package dev.rubric.scoring.agreement;

/**
 * The disagreement weights of Cohen's kappa, computed from the category values {@code x_i} over the
 * scale's range {@code max - min} (never from ranks of the observed categories).
 */
public enum KappaWeights {
  /**
   * Any two different categories disagree fully: on a 1..3 scale, (1, 2) and (1, 3) both weigh 1.
   */
  NONE,
  /** {@code |x_i - x_j| / (max - min)}: on a 1..3 scale (1, 2) weighs 1/2 and (1, 3) weighs 1. */
  LINEAR,
  /**
   * {@code ((x_i - x_j) / (max - min))^2}: on a 1..3 scale (1, 2) weighs 1/4 and (1, 3) weighs 1.
   */
  QUADRATIC;

  /** The unnormalised disagreement of two values. */
  double disagreement(int a, int b) {
    double d = (double) a - b;
    return switch (this) {
      case NONE -> a == b ? 0 : 1;
      case LINEAR -> Math.abs(d);
      case QUADRATIC -> d * d;
    };
  }

  /** The unnormalised disagreement of the scale's extremes, the normaliser. */
  double range(int min, int max) {
    return this == NONE ? 1 : Math.max(disagreement(min, max), 1);
  }
}

package dev.rubric.scoring;

/**
 * The shape of a candidate against the role's breadth-versus-depth expectation. The worked examples
 * use an expectation of depth in {@code deployment} (bar 3) and breadth in two of {@code
 * infrastructure}, {@code modeling}, {@code communication} (bar 3 each).
 */
public enum Shape {
  /**
   * Depth met and breadth met. Example: deployment 4; infrastructure 3, communication 3, modeling
   * 2.
   */
  T_SHAPED,
  /**
   * Depth met, breadth not. Example: deployment 4; infrastructure 3, communication 2, modeling 2:
   * one breadth area of the two required.
   */
  SPECIALIST,
  /**
   * Breadth met, depth not. Example: deployment 2; infrastructure 3, communication 3, modeling 3.
   */
  GENERALIST,
  /** Neither. Example: deployment 2; infrastructure 3, communication 2, modeling 2. */
  DEVELOPING;

  /**
   * {@return the shape for the two findings}
   *
   * @param depthMet whether every depth area reaches its bar
   * @param breadthMet whether enough breadth areas reach their bar
   */
  public static Shape of(boolean depthMet, boolean breadthMet) {
    if (depthMet) {
      return breadthMet ? T_SHAPED : SPECIALIST;
    }
    return breadthMet ? GENERALIST : DEVELOPING;
  }
}

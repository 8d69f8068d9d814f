package dev.rubric.scoring.archfixture;

import org.jspecify.annotations.Nullable;

/**
 * Breaks "figures of a test are Coefficients" with a boxed statistic (null or {@code NaN} for
 * undefined), for {@code ArchitectureRulesFailTest}. Test sources only.
 */
public final class BoxedZ {
  private BoxedZ() {}

  /**
   * {@return a z that may be null}
   *
   * @param defined whether the data define it
   */
  public static @Nullable Double z(boolean defined) {
    return defined ? 1.0 : null;
  }
}

package dev.rubric.scoring;

/**
 * A strategy (built-in or the user's own) broke its contract during an evaluation: it threw, or it
 * returned {@code null}, NaN, an infinite value or a score off the plan's scale. The message and
 * {@link #strategyName()} name the strategy, so that a faulty plug-in is found at once instead of
 * its garbage reaching a hiring decision. The original exception, if any, is the cause.
 *
 * <p>Rubric throws rather than returning a partial evaluation: a broken strategy is a programming
 * error in the embedding application, not a fault in the scorecards.
 */
public final class StrategyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the strategy that failed, as in its {@code name()}. */
  private final String strategyName;

  StrategyException(String strategyName, String message, Throwable cause) {
    super(message, cause);
    this.strategyName = strategyName;
  }

  StrategyException(String strategyName, String message) {
    super(message);
    this.strategyName = strategyName;
  }

  /** {@return the name of the strategy that failed, as its {@code name()} reported it} */
  public String strategyName() {
    return strategyName;
  }
}

package dev.rubric.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The caller's clock for an evaluation: the library never reads the system clock, so whatever
 * depends on "now" (an overdue scorecard, a passed decision deadline) is measured as of {@link
 * #asOf()}, and a scorecard submitted after the debrief is recognised from {@link #debriefAt()}. An
 * evaluation with {@link #none()} still reports feedback latency and late scorecards (they need no
 * clock), never anything overdue.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class EvaluationContext {
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final EvaluationContext NONE = builder().build();

  EvaluationContext() {}

  /**
   * The moment the evaluation is made, as the caller's clock tells it; empty when the caller gives
   * none (nothing is then reported overdue).
   *
   * @return the evaluation time, if given
   */
  public abstract Optional<Instant> asOf();

  /**
   * When the debrief began, if it has: scorecards submitted after it are flagged {@link
   * EvaluationProblemCodes#SUBMITTED_AFTER_DEBRIEF}, and the decision deadline is judged at it.
   *
   * @return the debrief time, if given
   */
  public abstract Optional<Instant> debriefAt();

  /**
   * Whether scorecards submitted after the debrief still count in the decision (they are flagged
   * either way). Defaults to {@code false}: they are listed but left out.
   *
   * @return whether late-after-debrief scorecards count
   */
  @Value.Default
  public boolean countSubmittedAfterDebrief() {
    return false;
  }

  /**
   * Checks that both times lie in the years 0001 to 9999 (UTC), the years a Rubric document can
   * hold (an evaluation made as of {@code Instant.MAX} would be written with a time no reader takes
   * back), and that the debrief is not after the evaluation time.
   */
  @Value.Check
  void check() {
    // Every fault at once, in one message.
    List<String> faults = new ArrayList<>();
    asOf().ifPresent(t -> checkYears("asOf", t, faults));
    debriefAt().ifPresent(t -> checkYears("debriefAt", t, faults));
    if (asOf().isPresent() && debriefAt().isPresent()) {
      Checks.collect(
          faults,
          !debriefAt().get().isAfter(asOf().get()),
          "debriefAt (%s) must not be after asOf (%s)",
          debriefAt().get(),
          asOf().get());
    }
    Checks.throwIfAny(faults);
  }

  private static void checkYears(String name, Instant t, List<String> faults) {
    Checks.collect(
        faults,
        !t.isBefore(EARLIEST) && !t.isAfter(LATEST),
        "%s (%s) must lie in the years 0001 to 9999 (UTC)",
        name,
        t);
  }

  /**
   * No clock: nothing is reported overdue, no scorecard is flagged as after the debrief.
   *
   * @return the empty context
   */
  public static EvaluationContext none() {
    return NONE;
  }

  /**
   * The context of an evaluation made at {@code asOf}, before any debrief.
   *
   * @param asOf the evaluation time
   * @return the context
   * @throws NullPointerException if {@code asOf} is null
   * @throws IllegalArgumentException if {@code asOf} lies outside the years 0001 to 9999 (UTC)
   */
  public static EvaluationContext asOf(Instant asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationContext}; not thread-safe. */
  public static final class Builder extends ImmutableEvaluationContext.Builder {
    Builder() {}
  }
}

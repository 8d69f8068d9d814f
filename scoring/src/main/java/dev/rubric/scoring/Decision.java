package dev.rubric.scoring;

import com.google.common.base.Suppliers;
import dev.rubric.core.internal.util.Elements;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The recommended outcome with the reasons that decided it and advice that did not.
 *
 * <p>Immutable and thread-safe. The concerns of a decision the {@link Evaluator} made are listed on
 * the first call of {@link #concerns()}: they never change the outcome, so a caller that reads the
 * outcome and its reasons only does not pay for them. Two decisions are equal when their outcome,
 * reasons, advice and concerns are.
 */
public final class Decision {
  private final Outcome outcome;
  private final List<Reason> reasons;
  private final List<Reason> advice;

  /** The concerns, listed once, on the first call. */
  private final Supplier<List<Reason>> concerns;

  private Decision(
      Outcome outcome,
      Iterable<? extends Reason> reasons,
      Iterable<? extends Reason> advice,
      Supplier<List<Reason>> concerns) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.reasons = Elements.copyOf(reasons, "reasons");
    this.advice = Elements.copyOf(advice, "advice");
    this.concerns = concerns;
    Checks.checkArgument(!this.reasons.isEmpty(), "reasons (%s) must not be empty", this.reasons);
  }

  /** {@return the outcome} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the reasons that decided the outcome; never empty} */
  public List<Reason> reasons() {
    return reasons;
  }

  /** {@return reasons that did not decide but that the team should read} */
  public List<Reason> advice() {
    return advice;
  }

  /**
   * What the team should probe whatever the outcome, HIRE included: each required competency below
   * its target ({@link ReasonCode#COMPETENCY_BELOW_TARGET}), each missed must-have bar, each depth,
   * breadth or supported-area gap, and each interviewer whose recommendation contradicts their
   * ratings, with figures. Filled by the {@link Evaluator} from the findings, then any concern of
   * the policy's own not already listed.
   *
   * @return the concerns; empty when there are none
   */
  public List<Reason> concerns() {
    return concerns.get();
  }

  /** {@return the codes of the deciding reasons, in {@link ReasonCode} order; unmodifiable} */
  public Set<ReasonCode> codes() {
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    reasons().forEach(r -> codes.add(r.code()));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * {@return a decision without concerns; the {@link Evaluator} adds them}
   *
   * @param outcome the outcome
   * @param reasons the deciding reasons, at least one
   * @param advice reasons that did not decide
   */
  public static Decision of(
      Outcome outcome, Iterable<? extends Reason> reasons, Iterable<? extends Reason> advice) {
    return of(outcome, reasons, advice, List.of());
  }

  /**
   * Returns a decision.
   *
   * @param outcome the outcome
   * @param reasons the deciding reasons, at least one
   * @param advice reasons that did not decide
   * @param concerns what to probe whatever the outcome
   * @return the decision
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public static Decision of(
      Outcome outcome,
      Iterable<? extends Reason> reasons,
      Iterable<? extends Reason> advice,
      Iterable<? extends Reason> concerns) {
    return new Decision(
        outcome, reasons, advice, Suppliers.ofInstance(Elements.copyOf(concerns, "concerns")));
  }

  /**
   * A decision whose concerns {@code list} gives on the first call of {@link #concerns()}.
   *
   * @param list returns the concerns, called once: an immutable list, never null
   */
  static Decision listing(
      Outcome outcome,
      Iterable<? extends Reason> reasons,
      Iterable<? extends Reason> advice,
      com.google.common.base.Supplier<List<Reason>> list) {
    Objects.requireNonNull(list, "list");
    return new Decision(outcome, reasons, advice, Suppliers.memoize(list));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Decision d
        && outcome == d.outcome
        && reasons.equals(d.reasons)
        && advice.equals(d.advice)
        && concerns().equals(d.concerns());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + outcome.hashCode();
    h += (h << 5) + reasons.hashCode();
    h += (h << 5) + advice.hashCode();
    h += (h << 5) + concerns().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Decision{outcome="
        + outcome
        + ", reasons="
        + reasons
        + ", advice="
        + advice
        + ", concerns="
        + concerns()
        + "}";
  }
}

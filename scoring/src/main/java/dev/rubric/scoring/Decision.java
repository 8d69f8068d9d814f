package dev.rubric.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** The recommended outcome with the reasons that decided it and advice that did not. */
@Value.Immutable
@ValueStyle
public abstract class Decision {
  Decision() {}

  /** {@return the outcome} */
  @Value.Parameter
  public abstract Outcome outcome();

  /** {@return the reasons that decided the outcome; never empty} */
  @Value.Parameter
  public abstract List<Reason> reasons();

  /** {@return reasons that did not decide but that the team should read} */
  @Value.Parameter
  public abstract List<Reason> advice();

  /**
   * What the team should probe whatever the outcome, HIRE included: each required competency below
   * its target ({@link ReasonCode#COMPETENCY_BELOW_TARGET}), each missed must-have bar, each depth,
   * breadth or supported-area gap, and each interviewer whose recommendation contradicts their
   * ratings, with figures. Filled by the {@link Evaluator} from the findings, then any concern of
   * the policy's own not already listed.
   *
   * @return the concerns; empty when there are none
   */
  @Value.Parameter
  public abstract List<Reason> concerns();

  /** {@return the codes of the deciding reasons} */
  public Set<ReasonCode> codes() {
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    reasons().forEach(r -> codes.add(r.code()));
    return codes;
  }

  @Value.Check
  void check() {
    Checks.checkArgument(!reasons().isEmpty(), "reasons (%s) must not be empty", reasons());
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
    return ImmutableDecision.of(outcome, reasons, advice, concerns);
  }
}

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

  /** The outcome. */
  @Value.Parameter
  public abstract Outcome outcome();

  /** The reasons that decided the outcome; never empty. */
  @Value.Parameter
  public abstract List<Reason> reasons();

  /** Reasons that did not decide but that the team should read. */
  @Value.Parameter
  public abstract List<Reason> advice();

  /** The codes of the deciding reasons. */
  public Set<ReasonCode> codes() {
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    reasons().forEach(r -> codes.add(r.code()));
    return codes;
  }

  @Value.Check
  void check() {
    Checks.checkArgument(!reasons().isEmpty(), "reasons (%s) must not be empty", reasons());
  }

  /** Returns a decision. */
  public static Decision of(
      Outcome outcome, Iterable<? extends Reason> reasons, Iterable<? extends Reason> advice) {
    return ImmutableDecision.of(outcome, reasons, advice);
  }
}

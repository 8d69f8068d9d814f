package dev.rubric.scoring;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
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
  public abstract ImmutableList<Reason> reasons();

  /** {@return reasons that did not decide but that the team should read} */
  @Value.Parameter
  public abstract ImmutableList<Reason> advice();

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
   * {@return a decision}
   *
   * @param outcome the recommended outcome with the reasons that decided it and advice that did not
   * @param reasons the reasons that decided the outcome; never empty
   * @param advice reasons that did not decide but that the team should read
   */
  public static Decision of(
      Outcome outcome, Iterable<? extends Reason> reasons, Iterable<? extends Reason> advice) {
    return ImmutableDecision.of(outcome, reasons, advice);
  }
}

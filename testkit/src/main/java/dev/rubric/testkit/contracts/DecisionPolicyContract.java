package dev.rubric.testkit.contracts;

import static dev.rubric.testkit.contracts.Verdicts.require;
import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.Decision;
import dev.rubric.scoring.DecisionPolicy;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Findings;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.Reason;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract suite of a {@link DecisionPolicy}: {@code
 * DecisionPolicyContract.of(myPolicy).check()}.
 *
 * <p>The policy decides inside an {@link Evaluator} that is standard but for the policy, on
 * generated valid plans (scales of 2 to 7 levels, 1 to 8 competencies, 1 to 4 seats, must-have bars
 * and breadth-versus-depth expectations or not) and one candidate's scorecards (seats that still
 * owe one, ratings left out). Laws:
 *
 * <ul>
 *   <li>{@value #EVERY_REASON_HAS_A_CODE_AND_A_SENTENCE}: the decision has at least one reason, and
 *       every reason and piece of advice has a code and a sentence that is not blank.
 *   <li>{@value #INCOMPLETE_EXACTLY_WHEN_SOMETHING_IS_MISSING}: the outcome is INCOMPLETE when the
 *       readiness says a seat owes a scorecard or a required competency has no rating, and is not
 *       INCOMPLETE when nothing is owed and every area of the breadth-versus-depth expectation has
 *       a score. (In between, with an area that nobody rated, the policy may choose.)
 *   <li>{@value #HIRE_NEVER_TURNS_INTO_NO_HIRE}: raising one rating of a packet decided HIRE never
 *       gives NO_HIRE. A raise may still ask for a debrief (a new split across the hire line), so
 *       the outcomes are not a total order; this is the law the standard policy guarantees.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DecisionPolicyContract extends Contract<DecisionPolicyContract> {
  /** Law: every reason has a code and a sentence. */
  public static final String EVERY_REASON_HAS_A_CODE_AND_A_SENTENCE =
      "everyReasonHasACodeAndASentence";

  /** Law: INCOMPLETE exactly when the readiness says something is missing. */
  public static final String INCOMPLETE_EXACTLY_WHEN_SOMETHING_IS_MISSING =
      "incompleteExactlyWhenSomethingIsMissing";

  /** Law: raising one rating never turns HIRE into NO_HIRE. */
  public static final String HIRE_NEVER_TURNS_INTO_NO_HIRE = "hireNeverTurnsIntoNoHire";

  private final DecisionPolicy policy;

  private DecisionPolicyContract(DecisionPolicy policy, int tries, @Nullable Long seed) {
    super(tries, seed);
    this.policy = policy;
  }

  /**
   * {@return the suite for {@code policy}, 200 tries per law}
   *
   * @param policy the decision policy under test
   */
  public static DecisionPolicyContract of(DecisionPolicy policy) {
    return new DecisionPolicyContract(requireNonNull(policy, "policy"), Suite.DEFAULT_TRIES, null);
  }

  @Override
  DecisionPolicyContract with(int tries, @Nullable Long seed) {
    return new DecisionPolicyContract(policy, tries, seed);
  }

  @Override
  Suite suite() {
    Gen<Packet> packets = PacketInputs.packets(false);
    List<Law<?>> laws = new ArrayList<>();
    laws.add(Law.of(EVERY_REASON_HAS_A_CODE_AND_A_SENTENCE, packets, this::everyReasonExplained));
    laws.add(Law.of(INCOMPLETE_EXACTLY_WHEN_SOMETHING_IS_MISSING, packets, this::incomplete));
    laws.add(
        Law.of(
            HIRE_NEVER_TURNS_INTO_NO_HIRE,
            Gen.combine(
                packets,
                Gen.integers(0, 63),
                Gen.integers(1, 6),
                LawInputs.RaisedPacketRating::new),
            this::hireNeverTurnsIntoNoHire));
    laws.add(SharedAcrossThreads.law(packets, packet -> evaluate(packet).decision()));
    return Suite.of(
        "DecisionPolicyContract",
        policy::name,
        () -> Evaluator.builder().decisionPolicy(policy).build(),
        laws,
        tries,
        seed);
  }

  private Evaluation evaluate(Packet packet) {
    return Evaluator.builder().decisionPolicy(policy).build().evaluate(packet.plan(), packet.all());
  }

  private void everyReasonExplained(Packet packet) {
    Decision d = evaluate(packet).decision();
    require(!d.reasons().isEmpty(), "the decision %s has no reason", d.outcome());
    List<Reason> all = new ArrayList<>(d.reasons());
    all.addAll(d.advice());
    for (Reason r : all) {
      require(
          !r.sentence().isBlank(),
          "the reason %s of decision %s has no sentence",
          r.code(),
          d.outcome());
    }
  }

  private void incomplete(Packet packet) {
    Evaluation e = evaluate(packet);
    Findings f = e.findings();
    Outcome outcome = e.decision().outcome();
    if (!f.readiness().isComplete()) {
      require(
          outcome == Outcome.INCOMPLETE,
          "seats %s owe scorecards and required competencies %s have no rating, yet the outcome"
              + " is %s",
          f.readiness().owedSeats(),
          f.readiness().unratedRequirements(),
          outcome);
    } else if (f.breadthDepth().map(p -> p.unassessedAreas().isEmpty()).orElse(true)) {
      require(
          outcome != Outcome.INCOMPLETE,
          "nothing is owed and every area has a score, yet the outcome is INCOMPLETE: %s",
          e.decision().reasons());
    }
  }

  private void hireNeverTurnsIntoNoHire(LawInputs.RaisedPacketRating in) {
    Packet raised = in.packet().raise(in.pick(), in.levels());
    Decision before = evaluate(in.packet()).decision();
    if (before.outcome() != Outcome.HIRE) {
      return;
    }
    Decision after = evaluate(raised).decision();
    require(
        after.outcome() != Outcome.NO_HIRE,
        "HIRE (%s) turns into NO_HIRE (%s) when one rating is raised: %s",
        before.reasons(),
        after.reasons(),
        raised);
  }
}

package dev.rubric.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The five strategies of an {@link Evaluator} and its evidence rules, each strategy already wrapped
 * in its guard (see {@link Guarded}) and carrying the name it was given when the evaluator was
 * built. A {@link PlanEvaluator} calls them directly: no guard is built, and no name is asked for,
 * per call. Immutable; thread-safe as far as the strategies are.
 *
 * @param aggregator the guarded per-competency aggregator
 * @param scoring the guarded overall scoring strategy
 * @param breadthDepth the guarded breadth-versus-depth strategy
 * @param consensus the guarded consensus measure
 * @param decisionPolicy the guarded decision policy
 * @param evidence the rules written evidence is checked against (advice only)
 */
record Strategies(
    Guarded.Aggregator aggregator,
    Guarded.Scoring scoring,
    Guarded.BreadthDepth breadthDepth,
    Guarded.Consensus consensus,
    Guarded.Policy decisionPolicy,
    EvidenceRules evidence) {
  Strategies {
    requireNonNull(aggregator, "aggregator");
    requireNonNull(scoring, "scoring");
    requireNonNull(breadthDepth, "breadthDepth");
    requireNonNull(consensus, "consensus");
    requireNonNull(decisionPolicy, "decisionPolicy");
    requireNonNull(evidence, "evidence");
  }

  /**
   * Names and guards each strategy once.
   *
   * @throws IllegalArgumentException naming the slot, when a strategy has no usable name: a lambda
   *     left with its synthetic class name, or a {@code name()} that throws or returns null or
   *     blank; one exception names every slot at fault, its message each slot's message in turn
   */
  static Strategies guarded(
      CompetencyAggregator aggregator,
      ScoringStrategy scoring,
      BreadthDepthStrategy breadthDepth,
      ConsensusMeasure consensus,
      DecisionPolicy decisionPolicy,
      EvidenceRules evidence) {
    // Every slot is checked, and every fault reported at once.
    List<IllegalArgumentException> faults = new ArrayList<>();
    Guarded.Aggregator a = checked(() -> Guarded.aggregator(aggregator), faults);
    Guarded.Scoring s = checked(() -> Guarded.scoring(scoring), faults);
    Guarded.BreadthDepth b = checked(() -> Guarded.breadthDepth(breadthDepth), faults);
    Guarded.Consensus c = checked(() -> Guarded.consensus(consensus), faults);
    Guarded.Policy p = checked(() -> Guarded.decisionPolicy(decisionPolicy), faults);
    if (a == null || s == null || b == null || c == null || p == null) {
      if (faults.size() == 1) {
        throw faults.get(0);
      }
      StringBuilder message = new StringBuilder();
      for (IllegalArgumentException e : faults) {
        message.append(message.length() == 0 ? "" : " ").append(e.getMessage());
      }
      IllegalArgumentException all = new IllegalArgumentException(message.toString());
      faults.forEach(all::addSuppressed);
      throw all;
    }
    return new Strategies(a, s, b, c, p, evidence);
  }

  /** What {@code guard} gives, or null with its refusal added to {@code faults}. */
  private static <T> @Nullable T checked(Supplier<T> guard, List<IllegalArgumentException> faults) {
    try {
      return guard.get();
    } catch (IllegalArgumentException e) {
      faults.add(e);
      return null;
    }
  }

  @Override
  public String toString() {
    return "aggregator="
        + aggregator.name()
        + ", scoring="
        + scoring.name()
        + ", breadthDepth="
        + breadthDepth.name()
        + ", consensus="
        + consensus.name()
        + ", decision="
        + decisionPolicy.name();
  }
}

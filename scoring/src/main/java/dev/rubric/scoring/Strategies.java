package dev.rubric.scoring;

import static java.util.Objects.requireNonNull;

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
   *     blank
   */
  static Strategies guarded(
      CompetencyAggregator aggregator,
      ScoringStrategy scoring,
      BreadthDepthStrategy breadthDepth,
      ConsensusMeasure consensus,
      DecisionPolicy decisionPolicy,
      EvidenceRules evidence) {
    return new Strategies(
        Guarded.aggregator(aggregator),
        Guarded.scoring(scoring),
        Guarded.breadthDepth(breadthDepth),
        Guarded.consensus(consensus),
        Guarded.decisionPolicy(decisionPolicy),
        evidence);
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

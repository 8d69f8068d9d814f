package dev.rubric.scoring;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a candidate: validates each scorecard against the plan, aggregates the ratings per
 * competency, scores, profiles breadth and depth, measures consensus, gathers the interviewers'
 * overall recommendations, decides, and lists the decision's concerns. Each used scorecard's
 * evidence is checked against the {@link EvidenceRules} (advice in its account, never an error).
 *
 * <p>The standard configuration ({@link #standard()}): {@link CompetencyAggregator#mean()}, {@link
 * ScoringStrategy#hybrid()}, {@link BreadthDepthStrategy#areaBars()}, {@link
 * ConsensusMeasure#standard()} and {@link DecisionPolicy#standard()} with {@link
 * DecisionThresholds#defaults()}. Every strategy, built-in or the user's own, runs guarded: an
 * exception, null, NaN or a score off the scale becomes a {@link StrategyException} naming it.
 * Every strategy has a stable name, read once by {@link Builder#build()}: the built-ins keep
 * theirs, and a user's strategy must give one (a lambda through its interface's {@code named}
 * factory), or the evaluator is refused.
 *
 * <p>A plan with validation errors is a configuration error, fixed before the first interview:
 * {@link #evaluate} and {@link #forPlan} throw {@link IllegalArgumentException} listing every
 * error. Faults in scorecards, which come from outside, never throw: each rejected scorecard is
 * accounted for in the {@link Evaluation} with its problems.
 *
 * <p>Immutable and thread-safe. {@link #forPlan} compiles a plan once for many candidates; {@link
 * #evaluate} keeps the last plan it compiled.
 */
public final class Evaluator {
  private static final Evaluator STANDARD = builder().build();

  /** The strategies, named and guarded once, and the evidence rules. */
  private final Strategies strategies;

  private volatile @Nullable PlanEvaluator last;

  private Evaluator(Builder b) {
    this.strategies =
        Strategies.guarded(
            b.aggregator, b.scoring, b.breadthDepth, b.consensus, b.decisionPolicy, b.evidence);
  }

  /** {@return the standard configuration} */
  public static Evaluator standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard configuration} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates the candidate named by the scorecards: the candidate id held by the scorecards that
   * pass validation from the most interviewers and seats (copies and drafts of one scorecard count
   * once), the smallest id on a tie. Scorecards about anyone else are rejected with {@link
   * EvaluationProblemCodes#CANDIDATE_MISMATCH}.
   *
   * @param plan the interview plan
   * @param scorecards the candidate's scorecards, in any order; each is accounted for as used or
   *     rejected
   * @return the evaluation: findings, decision and the reasons for it
   * @throws IllegalArgumentException if the plan has validation errors (all are listed)
   * @throws StrategyException if a strategy breaks its contract
   */
  public Evaluation evaluate(InterviewPlan plan, Iterable<Scorecard> scorecards) {
    return compiled(plan).evaluate(scorecards);
  }

  /**
   * Evaluates {@code candidateId}; scorecards about anyone else are rejected.
   *
   * @param plan the interview plan
   * @param candidateId the candidate's id
   * @param scorecards the candidate's scorecards, in any order; each is accounted for as used or
   *     rejected
   * @return the evaluation: findings, decision and the reasons for it
   */
  public Evaluation evaluate(
      InterviewPlan plan, String candidateId, Iterable<Scorecard> scorecards) {
    return compiled(plan).evaluate(candidateId, scorecards);
  }

  /**
   * Evaluates the candidate named by the scorecards as of the caller's clock. On top of {@link
   * #evaluate(InterviewPlan, Iterable)}: the readiness carries the process {@link Timeline} (each
   * seat's deadline, submission, feedback latency and lateness); the decision's advice lists each
   * overdue scorecard ({@link ReasonCode#SCORECARD_OVERDUE}) and a passed decision deadline ({@link
   * ReasonCode#DECISION_OVERDUE}); a scorecard submitted after {@link
   * EvaluationContext#debriefAt()} is flagged {@link
   * EvaluationProblemCodes#SUBMITTED_AFTER_DEBRIEF} and, by default, left out of the decision but
   * listed; one submitted after {@link EvaluationContext#asOf()} gets the advice {@link
   * EvaluationProblemCodes#SUBMITTED_AFTER_AS_OF} (the clock is earlier than the scorecard).
   * Whatever the context, shadow seats' scorecards are accounted for as {@link
   * ScorecardAccount#calibrationOnly()} and interviews held before the plan's approval are flagged
   * {@link EvaluationProblemCodes#INTERVIEWED_BEFORE_APPROVAL}. The library never reads the system
   * clock: an evaluation is a pure function of the plan, the scorecards and the context.
   *
   * @param plan the plan
   * @param scorecards the scorecards
   * @param context the caller's clock and debrief time
   * @return the evaluation
   * @throws IllegalArgumentException if the plan has validation errors (all are listed)
   * @throws NullPointerException if an argument or a scorecard is null
   * @throws StrategyException if a strategy breaks its contract
   */
  public Evaluation evaluate(
      InterviewPlan plan, Iterable<Scorecard> scorecards, EvaluationContext context) {
    return compiled(plan).evaluate(scorecards, context);
  }

  /**
   * Compiles {@code plan} once into an evaluator for many candidates.
   *
   * @param plan the interview plan
   * @return the evaluator for {@code plan}
   * @throws IllegalArgumentException if the plan has validation errors (all are listed)
   */
  public PlanEvaluator forPlan(InterviewPlan plan) {
    return new PlanEvaluator(Objects.requireNonNull(plan, "plan"), strategies);
  }

  private PlanEvaluator compiled(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    PlanEvaluator cached = last;
    if (cached != null
        && (cached.plan() == plan || cached.plan().fingerprint().equals(plan.fingerprint()))) {
      return cached;
    }
    PlanEvaluator fresh = forPlan(plan);
    last = fresh;
    return fresh;
  }

  @Override
  public String toString() {
    return "Evaluator{" + strategies + "}";
  }

  /** Builds an {@link Evaluator}; starts from the standard configuration. Not thread-safe. */
  public static final class Builder {
    private CompetencyAggregator aggregator = CompetencyAggregator.mean();
    private ScoringStrategy scoring = ScoringStrategy.hybrid();
    private BreadthDepthStrategy breadthDepth = BreadthDepthStrategy.areaBars();
    private ConsensusMeasure consensus = ConsensusMeasure.standard();
    private DecisionPolicy decisionPolicy = DecisionPolicy.standard();
    private EvidenceRules evidence = EvidenceRules.defaults();

    private Builder() {}

    /**
     * {@return the per-competency aggregator}
     *
     * @param aggregator turns each competency's ratings into its score
     */
    public Builder aggregator(CompetencyAggregator aggregator) {
      this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
      return this;
    }

    /**
     * {@return the overall scoring strategy}
     *
     * @param scoring turns competency scores into the overall score
     */
    public Builder scoring(ScoringStrategy scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      return this;
    }

    /**
     * {@return the breadth-versus-depth strategy}
     *
     * @param breadthDepth assesses the depth and breadth profile
     */
    public Builder breadthDepth(BreadthDepthStrategy breadthDepth) {
      this.breadthDepth = Objects.requireNonNull(breadthDepth, "breadthDepth");
      return this;
    }

    /**
     * {@return the consensus measure}
     *
     * @param consensus measures the panel's consensus
     */
    public Builder consensus(ConsensusMeasure consensus) {
      this.consensus = Objects.requireNonNull(consensus, "consensus");
      return this;
    }

    /**
     * {@return the decision policy}
     *
     * @param decisionPolicy turns the findings into the decision
     */
    public Builder decisionPolicy(DecisionPolicy decisionPolicy) {
      this.decisionPolicy = Objects.requireNonNull(decisionPolicy, "decisionPolicy");
      return this;
    }

    /**
     * {@return the standard decision policy with {@code thresholds}}
     *
     * @param thresholds the decision thresholds
     */
    public Builder thresholds(DecisionThresholds thresholds) {
      return decisionPolicy(DecisionPolicy.standard(thresholds));
    }

    /**
     * The rules that written evidence is checked against; advice only, never an error.
     *
     * @param evidence the rules; {@link EvidenceRules#defaults()} unless set
     * @return this builder
     */
    public Builder evidence(EvidenceRules evidence) {
      this.evidence = Objects.requireNonNull(evidence, "evidence");
      return this;
    }

    /**
     * The evaluator, with every strategy named and guarded once.
     *
     * @return the evaluator
     * @throws IllegalArgumentException naming the strategy's slot when a strategy has no stable
     *     name: a lambda without one (give it one with its interface's {@code named} factory), or a
     *     {@code name()} that throws or returns null or blank text
     */
    public Evaluator build() {
      return new Evaluator(this);
    }
  }
}

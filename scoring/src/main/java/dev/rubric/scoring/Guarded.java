package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Guarded decorators, built once per {@link Evaluator}: each runs a strategy and turns anything it
 * throws, a null, NaN, an infinite value or a score off the scale into a {@link StrategyException}
 * naming the strategy. A scoring strategy's every figure is checked: the overall score, each
 * contribution's competency score (on the scale), weight, weight share and contribution (finite),
 * and each must-have bar check's score (on the scale); so is a decision policy's every reason and
 * piece of advice (a sentence that is not blank, finite figures), so that no figure an evaluation
 * cannot be written with reaches it. The name is read once, when the decorator is built; a strategy
 * without a usable name is refused there (see {@link #nameOf}).
 *
 * <p><b>What is caught.</b> Every {@link Throwable} a strategy throws becomes the {@code
 * StrategyException}: runtime exceptions, an {@link AssertionError} from the strategy's own checks,
 * a checked exception thrown sneakily (an {@link InterruptedException} also restores the thread's
 * interrupt flag), a {@link LinkageError}, and a {@link StackOverflowError}, which is a {@link
 * VirtualMachineError} but is raised by the strategy's own runaway recursion and leaves the virtual
 * machine usable once the stack unwinds. The other virtual machine errors ({@link
 * OutOfMemoryError}, {@link InternalError}, {@link UnknownError}) say the virtual machine itself
 * can no longer be trusted and propagate unchanged.
 *
 * <p>A decorated strategy's result is re-labelled with the strategy's name when it reports another
 * one, so that an evaluation always names the strategies that produced it.
 */
final class Guarded {
  private Guarded() {}

  static Aggregator aggregator(CompetencyAggregator a) {
    String name = nameOf("aggregator", a, a::name, "CompetencyAggregator.named(name, aggregator)");
    if (!(a instanceof BuiltInAggregators.Simple
        || a instanceof BuiltInAggregators.TrimmedMean
        || a instanceof BuiltInAggregators.LeniencyAdjusted)) {
      notBuiltIn(
          "aggregator",
          name,
          List.of("mean", "median", "minimum"),
          List.of("trimmed-mean(", "leniency-adjusted("));
    }
    return new Aggregator(a, name);
  }

  static Scoring scoring(ScoringStrategy s) {
    String name = nameOf("scoring strategy", s, s::name, "ScoringStrategy.named(name, strategy)");
    if (!(s instanceof BuiltInScoringStrategies)) {
      notBuiltIn(
          "scoring strategy",
          name,
          List.of("weighted-compensatory", "conjunctive", "hybrid"),
          List.of());
    }
    return new Scoring(s, name);
  }

  static BreadthDepth breadthDepth(BreadthDepthStrategy s) {
    String name =
        nameOf("breadth-depth strategy", s, s::name, "BreadthDepthStrategy.named(name, strategy)");
    if (!(s instanceof AreaBarsStrategy)) {
      notBuiltIn("breadth-depth strategy", name, List.of("area-bars"), List.of());
    }
    return new BreadthDepth(s, name);
  }

  static Consensus consensus(ConsensusMeasure m) {
    String name = nameOf("consensus measure", m, m::name, "ConsensusMeasure.named(name, measure)");
    if (!(m instanceof StandardConsensus)) {
      notBuiltIn("consensus measure", name, List.of("standard"), List.of());
    }
    return new Consensus(m, name);
  }

  static Policy decisionPolicy(DecisionPolicy p) {
    String name = nameOf("decision policy", p, p::name, "DecisionPolicy.named(name, policy)");
    if (!(p instanceof StandardDecisionPolicy)) {
      notBuiltIn("decision policy", name, List.of("standard"), List.of());
    }
    return new Policy(p, name);
  }

  /**
   * Refuses a user strategy that takes a built-in's name in its slot ({@code names}, or a name
   * starting with one of {@code prefixes}, ignoring case): an evaluation and its JSON would show it
   * as the built-in, and a reader would take its figures for the built-in's.
   */
  private static void notBuiltIn(
      String slot, String name, List<String> names, List<String> prefixes) {
    boolean taken = names.stream().anyMatch(name::equalsIgnoreCase);
    for (String prefix : prefixes) {
      taken |= name.regionMatches(true, 0, prefix, 0, prefix.length());
    }
    if (taken) {
      throw new IllegalArgumentException(
          format(
              "The %s's name '%s' is the name of a built-in %s; evaluations would show yours as"
                  + " the built-in one: give it a name of its own.",
              slot, name, slot));
    }
  }

  /**
   * The name {@code strategy} gives itself, checked once: refused with an {@link
   * IllegalArgumentException} naming {@code slot} when {@code name()} throws (anything but a fatal
   * virtual machine error) or returns null or blank, or when it is the synthetic class name of a
   * lambda (a hidden or synthetic class, or a name holding {@code $$Lambda}), which would change
   * from run to run.
   */
  static String nameOf(String slot, Object strategy, Supplier<@Nullable String> name, String how) {
    String n;
    try {
      n = name.get();
    } catch (Throwable t) { // a plug-in's name() may throw anything; see the class comment
      rethrowIfFatal(t);
      throw new IllegalArgumentException(
          format(
              "The %s's name() failed (%s); a strategy needs a stable name: implement name() or"
                  + " use %s.",
              slot, describe(t), how),
          t);
    }
    if (n == null || n.isBlank()) {
      throw new IllegalArgumentException(
          format(
              "The %s %s has no name (name() returned %s); a strategy needs a stable name:"
                  + " implement name() or use %s.",
              slot, strategy.getClass().getName(), n == null ? "null" : "blank text", how));
    }
    if (VisibleText.indexOfHidden(n) >= 0) {
      throw new IllegalArgumentException(
          format(
              "The %s's name (%s) holds a control or invisible formatting character; a strategy's"
                  + " name is printed in evaluations and reports: give it a visible name.",
              slot, VisibleText.of(n)));
    }
    Class<?> type = strategy.getClass();
    if (n.contains("$$Lambda")
        || ((type.isHidden() || type.isSynthetic()) && n.equals(type.getName()))) {
      throw new IllegalArgumentException(
          format(
              "The %s is a lambda without a name (%s); a strategy needs a stable name, shown in"
                  + " evaluations: use %s.",
              slot, n, how));
    }
    return n;
  }

  /**
   * Rethrows {@code t} if it is a virtual machine error other than {@link StackOverflowError}; when
   * it is an {@link InterruptedException}, restores the interrupt flag it cleared.
   */
  static void rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /** The text of {@code t} for a message: its message, or its class name when it has none. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    return message != null ? message : t.getClass().getName();
  }

  private static StrategyException failed(String kind, String name, Throwable e) {
    rethrowIfFatal(e);
    return new StrategyException(name, format("%s '%s' failed: %s", kind, name, describe(e)), e);
  }

  private static <T> T notNull(String kind, String name, @Nullable T result) {
    if (result == null) {
      throw new StrategyException(name, format("%s '%s' returned null", kind, name));
    }
    return result;
  }

  /** Whether {@code value} lies on {@code scale}; NaN does not. */
  private static boolean onScale(double value, RatingScale scale) {
    return value >= scale.min() && value <= scale.max();
  }

  private static boolean onScale(Coefficient value, RatingScale scale) {
    return !value.isDefined() || onScale(value.value(), scale);
  }

  private static StrategyException offScale(
      String kind, String name, String what, double value, RatingScale scale) {
    return new StrategyException(
        name,
        format(
            "%s '%s' returned %s for %s, which is not a number on the scale (%d to %d)",
            kind, name, value, what, scale.min(), scale.max()));
  }

  private static StrategyException notFinite(String kind, String name, String what, double value) {
    return new StrategyException(
        name, format("%s '%s' returned %s for %s, which is not finite", kind, name, value, what));
  }

  /**
   * What every guarded strategy shares: the plug-in, the name it is known by (its {@code
   * toString}), and the guarded call.
   *
   * @param <S> the strategy interface
   */
  abstract static class Guard<S> {
    final S delegate;
    final String name;

    Guard(S delegate, String name) {
      this.delegate = delegate;
      this.name = name;
    }

    /**
     * Calls the plug-in: anything it throws, or a null it returns, becomes a {@link
     * StrategyException} naming the {@code kind} of strategy and its name.
     */
    final <R> R call(String kind, Supplier<@Nullable R> plugin) {
      @Nullable R returned;
      try {
        returned = plugin.get();
      } catch (Throwable e) { // a plug-in may throw anything; see the class comment
        throw failed(kind, name, e);
      }
      return notNull(kind, name, returned);
    }

    final String name() {
      return name;
    }

    @Override
    public final String toString() {
      return name;
    }
  }

  /** A guarded aggregator. */
  static final class Aggregator extends Guard<CompetencyAggregator> {
    private static final String KIND = "aggregator";

    Aggregator(CompetencyAggregator delegate, String name) {
      super(delegate, name);
    }

    double aggregate(RatingSample sample) {
      double v;
      try {
        v = delegate.aggregate(sample);
      } catch (Throwable e) { // a plug-in may throw anything; see the class comment
        rethrowIfFatal(e);
        throw new StrategyException(
            name,
            format(
                "aggregator '%s' failed on competency '%s': %s",
                name, sample.competencyId(), describe(e)),
            e);
      }
      if (!onScale(v, sample.scale())) {
        throw offScale(KIND, name, "competency '" + sample.competencyId() + "'", v, sample.scale());
      }
      return v;
    }
  }

  /** A guarded scoring strategy. */
  static final class Scoring extends Guard<ScoringStrategy> {
    private static final String KIND = "scoring strategy";

    Scoring(ScoringStrategy delegate, String name) {
      super(delegate, name);
    }

    OverallScore score(CompetencyScores scores, RoleProfile profile, RatingScale scale) {
      OverallScore o = call(KIND, () -> delegate.score(scores, profile));
      if (!onScale(o.score(), scale)) {
        throw offScale(KIND, name, "the overall score", o.score().value(), scale);
      }
      List<Contribution> contributions = o.contributions();
      for (int k = 0; k < contributions.size(); k++) {
        Contribution c = contributions.get(k);
        if (!onScale(c.score(), scale)) {
          throw offScale(KIND, name, "the score of '" + c.competencyId() + "'", c.score(), scale);
        }
        if (!Double.isFinite(c.weight())) {
          throw notFinite(KIND, name, "the weight of '" + c.competencyId() + "'", c.weight());
        }
        if (!Double.isFinite(c.contribution())) {
          throw notFinite(
              KIND, name, "the contribution of '" + c.competencyId() + "'", c.contribution());
        }
        if (!Double.isFinite(c.weightShare())) {
          throw notFinite(
              KIND, name, "the weight share of '" + c.competencyId() + "'", c.weightShare());
        }
      }
      for (BarCheck bar : o.bars()) {
        if (!onScale(bar.score(), scale)) {
          throw offScale(
              KIND,
              name,
              "the must-have bar check of '" + bar.competencyId() + "'",
              bar.score().value(),
              scale);
        }
      }
      return o.strategy().equals(name) ? o : OverallScore.builder().from(o).strategy(name).build();
    }
  }

  /** A guarded breadth-versus-depth strategy. */
  static final class BreadthDepth extends Guard<BreadthDepthStrategy> {
    private static final String KIND = "breadth-depth strategy";

    BreadthDepth(BreadthDepthStrategy delegate, String name) {
      super(delegate, name);
    }

    BreadthDepthProfile assess(CompetencyScores scores, RoleProfile profile, RatingScale scale) {
      BreadthDepthProfile p = call(KIND, () -> delegate.assess(scores, profile));
      List<AreaScore> areas = p.areas();
      for (int k = 0; k < areas.size(); k++) {
        AreaScore a = areas.get(k);
        if (!onScale(a.score(), scale)) {
          throw offScale(KIND, name, "area '" + a.area() + "'", a.score().value(), scale);
        }
      }
      for (Gap g : p.gaps()) {
        if (!Double.isFinite(g.shortfall())) {
          throw notFinite(KIND, name, "the gap in '" + g.area() + "'", g.shortfall());
        }
      }
      return p.strategy().equals(name)
          ? p
          : BreadthDepthProfile.builder().from(p).strategy(name).build();
    }
  }

  /** A guarded consensus measure. */
  static final class Consensus extends Guard<ConsensusMeasure> {
    private static final String KIND = "consensus measure";

    Consensus(ConsensusMeasure delegate, String name) {
      super(delegate, name);
    }

    ConsensusReport measure(CompetencyScores scores, RatingScale scale) {
      ConsensusReport r = call(KIND, () -> delegate.measure(scores, scale));
      List<CompetencyConsensus> competencies = r.competencies();
      for (int k = 0; k < competencies.size(); k++) {
        CompetencyConsensus c = competencies.get(k);
        String id = c.competencyId();
        if (!Double.isFinite(c.averageDeviation())) {
          throw notFinite(
              KIND, name, "the average deviation of competency '" + id + "'", c.averageDeviation());
        }
      }
      return r.measure().equals(name) ? r : ConsensusReport.builder().from(r).measure(name).build();
    }
  }

  /** A guarded decision policy. */
  static final class Policy extends Guard<DecisionPolicy> {
    private static final String KIND = "decision policy";

    Policy(DecisionPolicy delegate, String name) {
      super(delegate, name);
    }

    /**
     * Refuses, when a plan is compiled, what the policy could never decide sensibly on it: the
     * standard policy's hire threshold outside the plan's scale.
     */
    void checkAgainst(InterviewPlan plan) {
      if (delegate instanceof StandardDecisionPolicy) {
        ((StandardDecisionPolicy) delegate).checkAgainst(plan);
      }
    }

    Decision decide(Findings findings, InterviewPlan plan) {
      Decision d = call(KIND, () -> delegate.decide(findings, plan));
      if (delegate instanceof StandardDecisionPolicy) {
        return d; // its reasons render lazily, each with a sentence and finite figures
      }
      check(d.reasons(), "reason");
      check(d.advice(), "advice");
      return d;
    }

    /** Refuses a reason with a blank sentence or a figure that is not finite. */
    private void check(List<Reason> reasons, String what) {
      for (Reason r : reasons) {
        String of = format("the %s %s", what, r.code());
        if (r.sentence().isBlank()) {
          throw new StrategyException(
              name, format("%s '%s' gave %s without a sentence", KIND, name, of));
        }
        for (Map.Entry<String, Double> f : r.figures().entrySet()) {
          if (!Double.isFinite(f.getValue())) {
            throw notFinite(KIND, name, "figure '" + f.getKey() + "' of " + of, f.getValue());
          }
        }
      }
    }
  }
}

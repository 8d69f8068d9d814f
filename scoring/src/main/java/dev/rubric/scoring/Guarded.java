package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ParseLimits;
import dev.rubric.core.internal.json.Utf8Text;
import dev.rubric.core.internal.util.Quoting;
import dev.rubric.core.internal.util.Spaces;
import dev.rubric.scoring.agreement.Coefficient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Guarded decorators, built once per {@link Evaluator}: each runs a strategy and turns anything it
 * throws, a null, NaN, an infinite value or a score off the scale into a {@link StrategyException}
 * naming the strategy. A scoring strategy's every figure is checked: the overall score, each
 * contribution's competency score (on the scale), weight, weight share and contribution (finite),
 * and each must-have bar check's score (on the scale); so is a decision policy's every reason and
 * piece of advice (a sentence that is not blank, finite figures), so that no figure an evaluation
 * cannot be written with reaches it. So is every text and list a strategy of the caller's returns
 * (ids, areas, unscored competencies, a reason's subject, sentence and figure names): one that the
 * evaluation's JSON could not hold, as {@code EvaluationJson.write} would refuse it (a lone
 * surrogate, a string, field name, list or object over the reading limits of {@code
 * JsonLimits.defaults()}), is a {@code StrategyException} at {@code evaluate}, never an error when
 * the evaluation is later written. So is an id that names no competency or area of the plan, or one
 * named twice in a list that holds each once (see {@code Names}). The name is read once, when the
 * decorator is built; a strategy without a usable name is refused there (see {@link #nameOf}).
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
   * starting with one of {@code prefixes}, ignoring case and any space around it, which a report
   * does not show: {@code "mean "} reads as {@code mean}): an evaluation and its JSON would show it
   * as the built-in, and a reader would take its figures for the built-in's.
   */
  private static void notBuiltIn(
      String slot, String name, List<String> names, List<String> prefixes) {
    String bare = Spaces.trimmed(name);
    boolean taken = names.stream().anyMatch(bare::equalsIgnoreCase);
    for (String prefix : prefixes) {
      taken |= bare.regionMatches(true, 0, prefix, 0, prefix.length());
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
   * from run to run, or when it holds a control or invisible formatting character or is longer than
   * a string of an evaluation's JSON may be ({@code JsonLimits.maxStringLength}, 65,536
   * characters), so that an evaluation naming it can always be written.
   */
  static String nameOf(String slot, Object strategy, Supplier<@Nullable String> name, String how) {
    String n = readName(slot, strategy, name, how);
    if (n.length() > LIMITS.maxStringLength()) {
      throw new IllegalArgumentException(
          format(
              "The %s's name has %d characters, more than the %d a string of an evaluation's JSON"
                  + " may have (JsonLimits.maxStringLength): give it a shorter name.",
              slot, n.length(), LIMITS.maxStringLength()));
    }
    return n;
  }

  private static String readName(
      String slot, Object strategy, Supplier<@Nullable String> name, String how) {
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

  /** The reading limits of every Rubric document: what {@code EvaluationJson.write} checks. */
  private static final ParseLimits LIMITS = ParseLimits.defaults();

  /**
   * Refuses {@code text}, the {@code what} a strategy returned, when the evaluation's JSON could
   * not hold it: a lone surrogate (no UTF-8 form) or more characters than a string may have. The
   * text itself is never quoted (it may be huge); {@code what} says where it is.
   */
  private static void writable(String kind, String name, String what, String text) {
    int surrogate = Utf8Text.loneSurrogate(text);
    if (surrogate >= 0) {
      throw new StrategyException(
          name,
          format(
              "%s '%s' returned %s holding a lone surrogate (\\u%04x) at character %d, which is"
                  + " not Unicode text and cannot be written as JSON",
              kind, name, what, (int) text.charAt(surrogate), surrogate));
    }
    if (text.length() > LIMITS.maxStringLength()) {
      throw new StrategyException(
          name,
          format(
              "%s '%s' returned %s of %d characters, more than the %d a string of an evaluation's"
                  + " JSON may have (JsonLimits.maxStringLength)",
              kind, name, what, text.length(), LIMITS.maxStringLength()));
    }
  }

  /** Refuses a field name (a reason's figure name) the evaluation's JSON could not hold. */
  private static void writableName(String kind, String name, String what, String text) {
    writable(kind, name, what, text);
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > LIMITS.maxNameLength()) {
      throw new StrategyException(
          name,
          format(
              "%s '%s' returned %s of %d bytes of UTF-8, more than the %d a field name of an"
                  + " evaluation's JSON may have (JsonLimits.maxNameLength)",
              kind, name, what, bytes, LIMITS.maxNameLength()));
    }
  }

  /** Refuses a list of {@code size} elements longer than a JSON array may be. */
  private static void writableSize(String kind, String name, String what, int size) {
    if (size > LIMITS.maxArrayElements()) {
      throw new StrategyException(
          name,
          format(
              "%s '%s' returned %d %s, more than the %d elements an array of an evaluation's JSON"
                  + " may have (JsonLimits.maxArrayElements)",
              kind, name, size, what, LIMITS.maxArrayElements()));
    }
  }

  /** Refuses rater levels the evaluation's JSON could not hold. */
  private static void writableRaters(
      String kind, String name, String of, List<RaterLevel> ratings) {
    writableSize(kind, name, "ratings for " + of, ratings.size());
    for (int k = 0; k < ratings.size(); k++) {
      RaterLevel r = ratings.get(k);
      writable(
          kind, name, format("the interviewer id of rating %d of %s", k, of), r.interviewerId());
      writable(kind, name, format("the seat id of rating %d of %s", k, of), r.panelRoleId());
    }
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

  /** {@return the ids {@code id} gives for each of {@code items}, in order} */
  private static <T> List<String> idsOf(List<T> items, Function<T, String> id) {
    List<String> ids = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      ids.add(id.apply(items.get(k)));
    }
    return ids;
  }

  /**
   * The ids a plug-in's result may name: the plan's competencies (every one has a competency score,
   * rated or not), or the areas of the plan's competencies and of the profile's breadth-depth
   * expectation. A result that names another, or names one twice in a list that holds each at most
   * once, would be read by an ATS as a figure of the plan that the plan does not have.
   */
  private static final class Names {
    private final String noun;
    private final Set<String> known;

    private Names(String noun, Set<String> known) {
      this.noun = noun;
      this.known = known;
    }

    static Names competencies(CompetencyScores scores) {
      Set<String> ids = new HashSet<>();
      for (CompetencyScore s : scores.scores()) {
        ids.add(s.competencyId());
      }
      return new Names("competency", ids);
    }

    static Names areas(CompetencyScores scores, RoleProfile profile) {
      Set<String> areas = new HashSet<>();
      for (CompetencyScore s : scores.scores()) {
        areas.add(s.area());
      }
      profile.breadthDepth().ifPresent(e -> areas.addAll(e.namedAreas()));
      return new Names("area", areas);
    }

    /** Refuses an id of {@code ids} that is not known. */
    void known(String kind, String name, String what, List<String> ids) {
      for (int k = 0; k < ids.size(); k++) {
        if (!known.contains(ids.get(k))) {
          throw new StrategyException(
              name,
              format(
                  "%s '%s' returned %s %d for %s, which is not %s of the plan",
                  kind,
                  name,
                  what,
                  k,
                  Quoting.quoted(ids.get(k)),
                  noun.equals("area") ? "an area" : "a competency"));
        }
      }
    }

    /** Refuses an id of {@code ids} that is not known, or that the list names twice. */
    void each(String kind, String name, String what, List<String> ids) {
      known(kind, name, what, ids);
      Map<String, Integer> first = new HashMap<>();
      for (int k = 0; k < ids.size(); k++) {
        Integer before = first.putIfAbsent(ids.get(k), k);
        if (before != null) {
          throw new StrategyException(
              name,
              format(
                  "%s '%s' returned %s %d for %s %s, already named by %s %d; each %s is named at"
                      + " most once",
                  kind, name, what, k, noun, Quoting.quoted(ids.get(k)), what, before, noun));
        }
      }
    }
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
      if (!(delegate instanceof BuiltInScoringStrategies)) {
        writable(o);
        Names competencies = Names.competencies(scores);
        competencies.each(
            KIND, name, "contribution", idsOf(contributions, Contribution::competencyId));
        competencies.each(
            KIND, name, "must-have bar check", idsOf(o.bars(), BarCheck::competencyId));
        competencies.each(KIND, name, "unscored competency", o.unscored());
      }
      return o.strategy().equals(name) ? o : OverallScore.builder().from(o).strategy(name).build();
    }

    /** Refuses a text or list of a plug-in's score that the evaluation's JSON could not hold. */
    private void writable(OverallScore o) {
      List<Contribution> contributions = o.contributions();
      writableSize(KIND, name, "contributions", contributions.size());
      for (int k = 0; k < contributions.size(); k++) {
        Guarded.writable(
            KIND,
            name,
            "the competency id of contribution " + k,
            contributions.get(k).competencyId());
      }
      List<BarCheck> bars = o.bars();
      writableSize(KIND, name, "must-have bar checks", bars.size());
      for (int k = 0; k < bars.size(); k++) {
        Guarded.writable(
            KIND,
            name,
            "the competency id of must-have bar check " + k,
            bars.get(k).competencyId());
      }
      List<String> unscored = o.unscored();
      writableSize(KIND, name, "unscored competencies", unscored.size());
      for (int k = 0; k < unscored.size(); k++) {
        Guarded.writable(KIND, name, "unscored competency " + k, unscored.get(k));
      }
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
      if (!(delegate instanceof AreaBarsStrategy)) {
        writable(p);
        Names planAreas = Names.areas(scores, profile);
        planAreas.each(KIND, name, "area score", idsOf(p.areas(), AreaScore::area));
        planAreas.each(KIND, name, "unassessed area", p.unassessedAreas());
        planAreas.known(KIND, name, "gap", idsOf(p.gaps(), Gap::area));
      }
      return p.strategy().equals(name)
          ? p
          : BreadthDepthProfile.builder().from(p).strategy(name).build();
    }

    /** Refuses a text or list of a plug-in's profile that the evaluation's JSON could not hold. */
    private void writable(BreadthDepthProfile p) {
      List<AreaScore> areas = p.areas();
      writableSize(KIND, name, "area scores", areas.size());
      for (int k = 0; k < areas.size(); k++) {
        Guarded.writable(KIND, name, "the area of area score " + k, areas.get(k).area());
      }
      List<Gap> gaps = p.gaps();
      writableSize(KIND, name, "gaps", gaps.size());
      for (int k = 0; k < gaps.size(); k++) {
        Gap g = gaps.get(k);
        Guarded.writable(KIND, name, "the area of gap " + k, g.area());
        if (!Double.isFinite(g.score())) {
          throw notFinite(KIND, name, "the score of gap " + k, g.score());
        }
      }
      List<String> unassessed = p.unassessedAreas();
      writableSize(KIND, name, "unassessed areas", unassessed.size());
      for (int k = 0; k < unassessed.size(); k++) {
        Guarded.writable(KIND, name, "unassessed area " + k, unassessed.get(k));
      }
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
      if (!(delegate instanceof StandardConsensus)) {
        writable(r);
        Names planCompetencies = Names.competencies(scores);
        planCompetencies.each(
            KIND, name, "competency", idsOf(competencies, CompetencyConsensus::competencyId));
        planCompetencies.each(
            KIND, name, "agenda item", idsOf(r.agenda(), AgendaItem::competencyId));
      }
      return r.measure().equals(name) ? r : ConsensusReport.builder().from(r).measure(name).build();
    }

    /** Refuses a text or list of a plug-in's report that the evaluation's JSON could not hold. */
    private void writable(ConsensusReport r) {
      List<CompetencyConsensus> competencies = r.competencies();
      writableSize(KIND, name, "competencies", competencies.size());
      for (int k = 0; k < competencies.size(); k++) {
        CompetencyConsensus c = competencies.get(k);
        String of = "competency " + k;
        Guarded.writable(KIND, name, "the id of " + of, c.competencyId());
        c.rwgUndefinedReason()
            .ifPresent(why -> Guarded.writable(KIND, name, "the rwg reason of " + of, why));
        writableRaters(KIND, name, of, c.ratings());
      }
      List<AgendaItem> agenda = r.agenda();
      writableSize(KIND, name, "agenda items", agenda.size());
      for (int k = 0; k < agenda.size(); k++) {
        AgendaItem a = agenda.get(k);
        String of = "agenda item " + k;
        Guarded.writable(KIND, name, "the competency id of " + of, a.competencyId());
        Guarded.writable(KIND, name, "the text of " + of, a.why());
        writableRaters(KIND, name, of, a.ratings());
      }
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

    /**
     * Refuses a reason with a blank sentence or a figure that is not finite, and a list, text or
     * figure name the evaluation's JSON could not hold.
     */
    private void check(List<Reason> reasons, String what) {
      writableSize(
          KIND, name, what.equals("reason") ? "reasons" : "pieces of advice", reasons.size());
      for (Reason r : reasons) {
        String of = format("the %s %s", what, r.code());
        if (r.sentence().isBlank()) {
          throw new StrategyException(
              name, format("%s '%s' gave %s without a sentence", KIND, name, of));
        }
        writable(KIND, name, "the sentence of " + of, r.sentence());
        r.subject().ifPresent(subject -> writable(KIND, name, "the subject of " + of, subject));
        if (r.figures().size() > LIMITS.maxFieldsPerObject()) {
          throw new StrategyException(
              name,
              format(
                  "%s '%s' returned %d figures for %s, more than the %d fields an object of an"
                      + " evaluation's JSON may have (JsonLimits.maxFieldsPerObject)",
                  KIND, name, r.figures().size(), of, LIMITS.maxFieldsPerObject()));
        }
        int k = 0;
        for (Map.Entry<String, Double> f : r.figures().entrySet()) {
          writableName(KIND, name, format("the name of figure %d of %s", k++, of), f.getKey());
          if (!Double.isFinite(f.getValue())) {
            throw notFinite(KIND, name, "figure '" + f.getKey() + "' of " + of, f.getValue());
          }
        }
      }
    }
  }
}

package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Guarded decorators: each runs a strategy and turns anything it throws, a null, NaN, an infinite
 * value or a score off the scale into a {@link StrategyException} naming the strategy.
 *
 * <p><b>What is caught.</b> Every {@link Throwable} a strategy throws becomes the {@code
 * StrategyException}: runtime exceptions, an {@link AssertionError} from the strategy's own checks,
 * a checked exception thrown sneakily (an {@link InterruptedException} also restores the thread's
 * interrupt flag), a {@link LinkageError}, and a {@link StackOverflowError}, which is a {@link
 * VirtualMachineError} but is raised by the strategy's own runaway recursion and leaves the virtual
 * machine usable once the stack unwinds. The other virtual machine errors ({@link
 * OutOfMemoryError}, {@link InternalError}, {@link UnknownError}) say the virtual machine itself
 * can no longer be trusted and propagate unchanged. A strategy's {@code name()} is read through
 * {@link #name}: when it throws or returns null the strategy is named by its class.
 */
final class Guarded {
  private Guarded() {}

  /**
   * Returns {@code name.get()}, the name a strategy reports; its class name when {@code name()}
   * throws (anything but a fatal virtual machine error) or returns null or blank.
   */
  static String name(Object strategy, Supplier<@Nullable String> name) {
    String n;
    try {
      n = name.get();
    } catch (Throwable t) { // a plug-in's name() may throw anything; see the class comment
      rethrowIfFatal(t);
      n = null;
    }
    return n == null || n.isBlank() ? strategy.getClass().getName() : n;
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

  static <T> T call(String kind, String name, Supplier<@Nullable T> call) {
    T result;
    try {
      result = call.get();
    } catch (Throwable e) { // a plug-in may throw anything; see the class comment
      rethrowIfFatal(e);
      throw new StrategyException(name, format("%s '%s' failed: %s", kind, name, describe(e)), e);
    }
    if (result == null) {
      throw new StrategyException(name, format("%s '%s' returned null", kind, name));
    }
    return result;
  }

  static void onScale(String kind, String name, String what, double value, RatingScale scale) {
    onScale(kind, name, what, "", "", value, scale);
  }

  /** As above, with the subject named {@code what + id + after}, spelled out only on failure. */
  static void onScale(
      String kind,
      String name,
      String what,
      String id,
      String after,
      double value,
      RatingScale scale) {
    if (!(value >= scale.min() && value <= scale.max())) {
      what = what + id + after;
      throw new StrategyException(
          name,
          format(
              "%s '%s' returned %s for %s, which is not a number on the scale (%d to %d)",
              kind, name, value, what, scale.min(), scale.max()));
    }
  }

  static void onScale(String kind, String name, String what, OptionalDouble v, RatingScale scale) {
    onScale(kind, name, what, "", "", v, scale);
  }

  static void onScale(
      String kind,
      String name,
      String what,
      String id,
      String after,
      OptionalDouble v,
      RatingScale scale) {
    if (v.isPresent()) {
      onScale(kind, name, what, id, after, v.getAsDouble(), scale);
    }
  }

  /**
   * Checks that {@code value} is finite; the subject is {@code what + id + "'" + after}, spelled
   * out only on failure.
   */
  static void finite(String kind, String name, String what, String id, String after, double value) {
    if (!Double.isFinite(value)) {
      what = what + id + "'" + after;
      throw new StrategyException(
          name, format("%s '%s' returned %s for %s, which is not finite", kind, name, value, what));
    }
  }

  static String name(CompetencyAggregator a) {
    return name(a, a::name);
  }

  static double aggregate(CompetencyAggregator a, RatingSample sample) {
    String name = name(a);
    double v;
    try {
      v = a.aggregate(sample);
    } catch (Throwable e) { // a plug-in may throw anything; see the class comment
      rethrowIfFatal(e);
      throw new StrategyException(
          name,
          format(
              "aggregator '%s' failed on competency '%s': %s",
              name, sample.competencyId(), describe(e)),
          e);
    }
    onScale("aggregator", name, "competency '", sample.competencyId(), "'", v, sample.scale());
    return v;
  }

  static OverallScore score(
      ScoringStrategy s, CompetencyScores scores, RoleProfile profile, RatingScale scale) {
    String name = name(s, s::name);
    OverallScore o = call("scoring strategy", name, () -> s.score(scores, profile));
    onScale("scoring strategy", name, "the overall score", o.score(), scale);
    List<Contribution> contributions = o.contributions();
    for (int k = 0; k < contributions.size(); k++) {
      Contribution c = contributions.get(k);
      finite(
          "scoring strategy",
          name,
          "the contribution of '",
          c.competencyId(),
          "",
          c.contribution());
      finite(
          "scoring strategy", name, "the weight share of '", c.competencyId(), "", c.weightShare());
    }
    return o;
  }

  static BreadthDepthProfile assess(
      BreadthDepthStrategy s, CompetencyScores scores, RoleProfile profile, RatingScale scale) {
    String name = name(s, s::name);
    BreadthDepthProfile p = call("breadth-depth strategy", name, () -> s.assess(scores, profile));
    List<AreaScore> areas = p.areas();
    for (int k = 0; k < areas.size(); k++) {
      AreaScore a = areas.get(k);
      onScale("breadth-depth strategy", name, "area '", a.area(), "'", a.score(), scale);
    }
    for (Gap g : p.gaps()) {
      finite("breadth-depth strategy", name, "the gap in '", g.area(), "", g.shortfall());
    }
    return p;
  }

  static ConsensusReport measure(ConsensusMeasure m, CompetencyScores scores, RatingScale scale) {
    String name = name(m, m::name);
    ConsensusReport r = call("consensus measure", name, () -> m.measure(scores, scale));
    List<CompetencyConsensus> competencies = r.competencies();
    for (int k = 0; k < competencies.size(); k++) {
      CompetencyConsensus c = competencies.get(k);
      String id = c.competencyId();
      OptionalDouble sd = c.sd();
      if (sd.isPresent()) {
        finite("consensus measure", name, "the sd of competency '", id, "", sd.getAsDouble());
      }
      OptionalDouble rwg = c.rwg();
      if (rwg.isPresent()) {
        finite("consensus measure", name, "the rwg of competency '", id, "", rwg.getAsDouble());
      }
      finite(
          "consensus measure",
          name,
          "the average deviation of competency '",
          id,
          "",
          c.averageDeviation());
    }
    return r;
  }

  static Decision decide(DecisionPolicy p, Findings findings, InterviewPlan plan) {
    return call("decision policy", name(p, p::name), () -> p.decide(findings, plan));
  }
}

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
 * Guarded decorators: each runs a strategy and turns an exception, a null, NaN, an infinite value
 * or a score off the scale into a {@link StrategyException} naming the strategy.
 */
final class Guarded {
  private Guarded() {}

  static <T> T call(String kind, String name, Supplier<@Nullable T> call) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      throw new StrategyException(
          name, format("%s '%s' failed: %s", kind, name, String.valueOf(e.getMessage())), e);
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

  static double aggregate(CompetencyAggregator a, RatingSample sample) {
    String name = a.name();
    double v;
    try {
      v = a.aggregate(sample);
    } catch (RuntimeException e) {
      throw new StrategyException(
          name,
          format(
              "aggregator '%s' failed on competency '%s': %s",
              name, sample.competencyId(), String.valueOf(e.getMessage())),
          e);
    }
    onScale("aggregator", name, "competency '", sample.competencyId(), "'", v, sample.scale());
    return v;
  }

  static OverallScore score(
      ScoringStrategy s, CompetencyScores scores, RoleProfile profile, RatingScale scale) {
    OverallScore o = call("scoring strategy", s.name(), () -> s.score(scores, profile));
    onScale("scoring strategy", s.name(), "the overall score", o.score(), scale);
    List<Contribution> contributions = o.contributions();
    for (int k = 0; k < contributions.size(); k++) {
      Contribution c = contributions.get(k);
      finite(
          "scoring strategy",
          s.name(),
          "the contribution of '",
          c.competencyId(),
          "",
          c.contribution());
      finite(
          "scoring strategy",
          s.name(),
          "the weight share of '",
          c.competencyId(),
          "",
          c.weightShare());
    }
    return o;
  }

  static BreadthDepthProfile assess(
      BreadthDepthStrategy s, CompetencyScores scores, RoleProfile profile, RatingScale scale) {
    BreadthDepthProfile p =
        call("breadth-depth strategy", s.name(), () -> s.assess(scores, profile));
    List<AreaScore> areas = p.areas();
    for (int k = 0; k < areas.size(); k++) {
      AreaScore a = areas.get(k);
      onScale("breadth-depth strategy", s.name(), "area '", a.area(), "'", a.score(), scale);
    }
    for (Gap g : p.gaps()) {
      finite("breadth-depth strategy", s.name(), "the gap in '", g.area(), "", g.shortfall());
    }
    return p;
  }

  static ConsensusReport measure(ConsensusMeasure m, CompetencyScores scores, RatingScale scale) {
    ConsensusReport r = call("consensus measure", m.name(), () -> m.measure(scores, scale));
    List<CompetencyConsensus> competencies = r.competencies();
    for (int k = 0; k < competencies.size(); k++) {
      CompetencyConsensus c = competencies.get(k);
      String id = c.competencyId();
      OptionalDouble sd = c.sd();
      if (sd.isPresent()) {
        finite("consensus measure", m.name(), "the sd of competency '", id, "", sd.getAsDouble());
      }
      OptionalDouble rwg = c.rwg();
      if (rwg.isPresent()) {
        finite("consensus measure", m.name(), "the rwg of competency '", id, "", rwg.getAsDouble());
      }
      finite(
          "consensus measure",
          m.name(),
          "the average deviation of competency '",
          id,
          "",
          c.averageDeviation());
    }
    return r;
  }

  static Decision decide(DecisionPolicy p, Findings findings, InterviewPlan plan) {
    return call("decision policy", p.name(), () -> p.decide(findings, plan));
  }
}

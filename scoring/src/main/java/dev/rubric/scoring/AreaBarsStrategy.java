package dev.rubric.scoring;

import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RoleProfile;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The standard {@link BreadthDepthStrategy}: area scores against the expectation's bars. */
final class AreaBarsStrategy implements BreadthDepthStrategy {
  static final AreaBarsStrategy INSTANCE = new AreaBarsStrategy();

  private AreaBarsStrategy() {}

  @Override
  public BreadthDepthProfile assess(CompetencyScores scores, RoleProfile profile) {
    Optional<BreadthDepthExpectation> maybe = profile.breadthDepth();
    Checks.checkArgument(
        maybe.isPresent(), "profile '%s' has no breadth-depth expectation", profile.title());
    BreadthDepthExpectation e = maybe.get();
    Set<String> named = new LinkedHashSet<>();
    e.depthAreas().forEach(a -> named.add(a.area()));
    e.breadthAreas().forEach(a -> named.add(a.area()));
    Map<String, OptionalDouble> byArea = new HashMap<>();
    Map<String, Double> weightOf = new HashMap<>(); // the first requirement of each competency
    for (CompetencyRequirement r : profile.requirements()) {
      weightOf.putIfAbsent(r.competencyId(), r.weight());
    }
    BreadthDepthProfile.Builder out = BreadthDepthProfile.builder().strategy(name());
    for (String area : named) {
      double weighted = 0;
      double weights = 0;
      int count = 0;
      for (CompetencyScore s : scores.scores()) {
        if (s.area().equals(area) && s.score().isPresent()) {
          double w = weightOf.getOrDefault(s.competencyId(), 1.0);
          weighted += w * s.score().getAsDouble();
          weights += w;
          count++;
        }
      }
      OptionalDouble score =
          count == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
      byArea.put(area, score);
      out.addAreas(AreaScore.of(area, score, count));
      if (count == 0) {
        out.addUnassessedAreas(area);
      }
    }
    boolean depthMet = true;
    for (AreaBar bar : e.depthAreas()) {
      OptionalDouble s = byArea.getOrDefault(bar.area(), OptionalDouble.empty());
      if (s.isEmpty()) {
        depthMet = false;
      } else if (!(s.getAsDouble() >= bar.bar())) {
        depthMet = false;
        out.addGaps(gap(bar, GapKind.DEPTH, s.getAsDouble(), e));
      }
    }
    int breadthAreasMet = 0;
    for (AreaBar bar : e.breadthAreas()) {
      OptionalDouble s = byArea.getOrDefault(bar.area(), OptionalDouble.empty());
      if (s.isPresent() && s.getAsDouble() >= bar.bar()) {
        breadthAreasMet++;
      }
    }
    boolean breadthMet = breadthAreasMet >= e.breadthRequired();
    if (!breadthMet) {
      for (AreaBar bar : e.breadthAreas()) {
        OptionalDouble s = byArea.getOrDefault(bar.area(), OptionalDouble.empty());
        if (s.isPresent() && !(s.getAsDouble() >= bar.bar())) {
          out.addGaps(gap(bar, GapKind.BREADTH, s.getAsDouble(), e));
        }
      }
    }
    return out.depthMet(depthMet)
        .breadthAreasMet(breadthAreasMet)
        .breadthRequired(e.breadthRequired())
        .breadthMet(breadthMet)
        .shape(Shape.of(depthMet, breadthMet))
        .build();
  }

  private static Gap gap(AreaBar bar, GapKind kind, double score, BreadthDepthExpectation e) {
    return Gap.of(bar.area(), kind, bar.bar(), score, bar.bar() - score, e.isSupported(bar.area()));
  }

  @Override
  public String name() {
    return "area-bars";
  }

  @Override
  public String toString() {
    return name();
  }
}

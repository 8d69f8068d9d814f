package dev.rubric.scoring;

import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The standard {@link BreadthDepthStrategy}: area scores against the expectation's bars. */
final class AreaBarsStrategy implements BreadthDepthStrategy {
  static final AreaBarsStrategy INSTANCE = new AreaBarsStrategy();

  private AreaBarsStrategy() {}

  @Override
  public BreadthDepthProfile assess(CompetencyScores scores, RoleProfile profile) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(profile, "profile");
    Optional<BreadthDepthExpectation> maybe = profile.breadthDepth();
    Checks.checkArgument(
        maybe.isPresent(), "profile '%s' has no breadth-depth expectation", profile.title());
    BreadthDepthExpectation e = maybe.get();
    List<String> named = new ArrayList<>();
    for (AreaBar a : e.depthAreas()) {
      if (!named.contains(a.area())) {
        named.add(a.area());
      }
    }
    for (AreaBar a : e.breadthAreas()) {
      if (!named.contains(a.area())) {
        named.add(a.area());
      }
    }
    int m = named.size();
    List<CompetencyRequirement> requirements = profile.requirements();
    List<CompetencyScore> all = scores.scores();
    // Each scored competency weighs its first requirement's weight; one without a requirement
    // weighs the mean requirement weight (the scaled total over their number, times 2^exponent).
    // An area's mean is taken over its weights scaled by the power of two that puts the area's
    // largest in [1, 2) (exact: see Weights), so weights near the largest double or subnormal ones
    // give the mean of those weights scaled into the ordinary range, and it is accumulated exactly
    // (Weights.Mean): an area whose exact mean is its bar meets it.
    int exponent = Weights.exponent(requirements);
    double unrequired = Double.NaN; // the mean requirement weight over 2^exponent, when needed
    int[] areaOf = new int[all.size()];
    double[] weight = new double[all.size()]; // competency k weighs weight[k] x 2^shift[k]
    int[] shift = new int[all.size()];
    int[] top = new int[m]; // the binary exponent of each area's largest weight
    Arrays.fill(top, Integer.MIN_VALUE);
    // Whether requirement j names score j's competency for every j so far (the usual profile lists
    // its requirements in plan order): then requirement k is the first for score k's competency,
    // since the scores' competencies are unique.
    boolean aligned = true;
    // Competencies of one area usually stand together: the previous score's area is tried first.
    String lastArea = null;
    int lastIndex = -1;
    for (int k = 0; k < all.size(); k++) {
      CompetencyScore s = all.get(k);
      aligned =
          aligned
              && k < requirements.size()
              && requirements.get(k).competencyId().equals(s.competencyId());
      int a = -1;
      if (s.score().isDefined()) {
        String area = s.area();
        a = area.equals(lastArea) ? lastIndex : named.indexOf(area);
        lastArea = area;
        lastIndex = a;
      }
      areaOf[k] = a;
      if (a >= 0) {
        int r = aligned ? k : requirementOf(requirements, s.competencyId());
        if (r >= 0) {
          weight[k] = requirements.get(r).weight();
        } else {
          if (Double.isNaN(unrequired)) {
            unrequired =
                requirements.isEmpty()
                    ? 1
                    : Weights.scaledTotal(requirements, exponent) / requirements.size();
          }
          weight[k] = unrequired;
          shift[k] = exponent;
        }
        top[a] = Math.max(top[a], Math.getExponent(weight[k]) + shift[k]);
      }
    }
    Weights.Mean[] means = new Weights.Mean[m];
    double[] lo = new double[m];
    double[] hi = new double[m];
    int[] count = new int[m];
    for (int k = 0; k < all.size(); k++) { // in score order
      int a = areaOf[k];
      if (a >= 0) {
        double v = all.get(k).score().value();
        if (means[a] == null) {
          means[a] = new Weights.Mean();
        }
        means[a].add(Math.scalb(weight[k], shift[k] - top[a]), v);
        lo[a] = count[a] == 0 ? v : Math.min(lo[a], v);
        hi[a] = count[a] == 0 ? v : Math.max(hi[a], v);
        count[a]++;
      }
    }
    Coefficient[] byArea = new Coefficient[m];
    BreadthDepthProfile.Builder out = BreadthDepthProfile.builder().strategy(name());
    for (int a = 0; a < m; a++) {
      String area = named.get(a);
      Weights.Mean mean = means[a];
      // A weighted mean lies between its smallest and largest value; clamp away rounding drift.
      byArea[a] =
          mean == null
              ? AreaScore.notRated(area)
              : Coefficient.of(Math.max(lo[a], Math.min(hi[a], mean.value())));
      out.addAreas(AreaScore.of(area, byArea[a], count[a]));
      if (count[a] == 0) {
        out.addUnassessedAreas(area);
      }
    }
    boolean depthMet = true;
    for (AreaBar bar : e.depthAreas()) {
      Coefficient s = byArea[named.indexOf(bar.area())];
      if (!s.isDefined()) {
        depthMet = false;
      } else if (!(s.value() >= bar.bar())) {
        depthMet = false;
        out.addGaps(gap(bar, GapKind.DEPTH, s.value(), e));
      }
    }
    int breadthAreasMet = 0;
    for (AreaBar bar : e.breadthAreas()) {
      Coefficient s = byArea[named.indexOf(bar.area())];
      if (s.isDefined() && s.value() >= bar.bar()) {
        breadthAreasMet++;
      }
    }
    boolean breadthMet = breadthAreasMet >= e.breadthRequired();
    if (!breadthMet) {
      for (AreaBar bar : e.breadthAreas()) {
        Coefficient s = byArea[named.indexOf(bar.area())];
        if (s.isDefined() && !(s.value() >= bar.bar())) {
          out.addGaps(gap(bar, GapKind.BREADTH, s.value(), e));
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

  /** The position of {@code competencyId}'s first requirement, -1 for none. */
  private static int requirementOf(List<CompetencyRequirement> requirements, String competencyId) {
    for (int k = 0; k < requirements.size(); k++) {
      if (requirements.get(k).competencyId().equals(competencyId)) {
        return k;
      }
    }
    return -1;
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

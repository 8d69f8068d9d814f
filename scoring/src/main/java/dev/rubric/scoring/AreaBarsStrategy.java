package dev.rubric.scoring;

import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    // Weights relative to the profile's total, so that scaling every weight changes nothing; a
    // competency without a requirement weighs the mean requirement weight (relative: 1 / n). The
    // total is summed over weights scaled by a power of two (exact: see Weights), so that weights
    // near the largest double do not add up to infinity.
    int exponent = Weights.exponent(requirements);
    double total = Weights.scaledTotal(requirements, exponent);
    double unrequired = 1.0 / Math.max(1, requirements.size());
    double[] weighted = new double[m];
    double[] weights = new double[m];
    double[] lo = new double[m];
    double[] hi = new double[m];
    int[] count = new int[m];
    // Whether requirement j names score j's competency for every j so far (the usual profile lists
    // its requirements in plan order): then requirement k is the first for score k's competency,
    // since the scores' competencies are unique.
    boolean aligned = true;
    // Competencies of one area usually stand together: the previous score's area is tried first.
    String lastArea = null;
    int lastIndex = -1;
    for (int k = 0; k < all.size(); k++) { // in score order, so each area sums in that order
      CompetencyScore s = all.get(k);
      aligned =
          aligned
              && k < requirements.size()
              && requirements.get(k).competencyId().equals(s.competencyId());
      Coefficient score = s.score();
      int a = -1;
      if (score.isDefined()) {
        String area = s.area();
        a = area.equals(lastArea) ? lastIndex : named.indexOf(area);
        lastArea = area;
        lastIndex = a;
      }
      if (a >= 0) {
        double w =
            aligned
                ? Math.scalb(requirements.get(k).weight(), -exponent) / total
                : relativeWeight(requirements, s.competencyId(), exponent, total, unrequired);
        double v = score.value();
        weighted[a] += w * v;
        weights[a] += w;
        lo[a] = count[a] == 0 ? v : Math.min(lo[a], v);
        hi[a] = count[a] == 0 ? v : Math.max(hi[a], v);
        count[a]++;
      }
    }
    for (int a = 0; a < m; a++) {
      if (count[a] > 0 && weights[a] < Double.MIN_NORMAL) {
        // The area's weights are subnormal next to the profile's total (or vanish against it): its
        // mean would lose its digits, so it is taken again over its own weights (see Weights).
        reweigh(a, named, all, requirements, weighted, weights);
      }
    }
    Coefficient[] byArea = new Coefficient[m];
    BreadthDepthProfile.Builder out = BreadthDepthProfile.builder().strategy(name());
    for (int a = 0; a < m; a++) {
      String area = named.get(a);
      // A weighted mean lies between its smallest and largest value; clamp away rounding drift.
      byArea[a] =
          count[a] == 0
              ? AreaScore.notRated(area)
              : Coefficient.of(Math.max(lo[a], Math.min(hi[a], weighted[a] / weights[a])));
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

  /**
   * The weight of {@code competencyId}'s first requirement over the total (both scaled by 2^-{@code
   * exponent}), else {@code unrequired}.
   */
  private static double relativeWeight(
      List<CompetencyRequirement> requirements,
      String competencyId,
      int exponent,
      double total,
      double unrequired) {
    int k = requirementOf(requirements, competencyId);
    return k < 0 ? unrequired : Math.scalb(requirements.get(k).weight(), -exponent) / total;
  }

  /**
   * Sums area {@code a} again over its competencies' own weights, scaled by the power of two that
   * puts the area's largest in [1, 2): for an area whose weights are negligible next to the
   * profile's (a subnormal weight beside ordinary ones), which keeps its weighted mean.
   */
  private static void reweigh(
      int a,
      List<String> named,
      List<CompetencyScore> all,
      List<CompetencyRequirement> requirements,
      double[] weighted,
      double[] weights) {
    String area = named.get(a);
    double mean = Weights.mean(requirements);
    double[] raw = new double[all.size()];
    double largest = 0;
    for (int k = 0; k < all.size(); k++) {
      CompetencyScore s = all.get(k);
      if (s.score().isDefined() && s.area().equals(area)) {
        raw[k] = weight(requirements, s.competencyId(), mean);
        largest = Math.max(largest, raw[k]);
      }
    }
    int exponent = Math.getExponent(largest);
    weighted[a] = 0;
    weights[a] = 0;
    for (int k = 0; k < all.size(); k++) {
      if (raw[k] > 0) {
        double w = Math.scalb(raw[k], -exponent);
        weighted[a] += w * all.get(k).score().value();
        weights[a] += w;
      }
    }
  }

  /** The weight of {@code competencyId}'s first requirement, else {@code meanWeight}. */
  private static double weight(
      List<CompetencyRequirement> requirements, String competencyId, double meanWeight) {
    int k = requirementOf(requirements, competencyId);
    return k < 0 ? meanWeight : requirements.get(k).weight();
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

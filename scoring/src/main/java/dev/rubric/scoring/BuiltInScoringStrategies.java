package dev.rubric.scoring;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The built-in {@link ScoringStrategy}s: one computation, three bases. */
final class BuiltInScoringStrategies implements ScoringStrategy {
  static final BuiltInScoringStrategies COMPENSATORY =
      new BuiltInScoringStrategies("weighted-compensatory", ScoreBasis.WEIGHTED_SCORE);
  static final BuiltInScoringStrategies CONJUNCTIVE =
      new BuiltInScoringStrategies("conjunctive", ScoreBasis.BARS);
  static final BuiltInScoringStrategies HYBRID =
      new BuiltInScoringStrategies("hybrid", ScoreBasis.BARS_THEN_WEIGHTED_SCORE);

  private final String name;
  private final ScoreBasis basis;

  private BuiltInScoringStrategies(String name, ScoreBasis basis) {
    this.name = name;
    this.basis = basis;
  }

  @Override
  public OverallScore score(CompetencyScores scores, RoleProfile profile) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(profile, "profile");
    List<CompetencyRequirement> reqs = profile.requirements();
    int n = reqs.size();
    double[] values = new double[n];
    boolean[] scored = new boolean[n];
    // The largest weight among the scored requirements sets the scale of the sums (see Weights).
    double largest = 0;
    // Each list is filled in an array of its exact size, then handed over as a List.of list,
    // which the value keeps without another copy.
    String[] unscored = new String[n];
    int unscoredCount = 0;
    BarCheck[] bars = new BarCheck[n];
    int barCount = 0;
    int scoredCount = 0;
    for (int i = 0; i < n; i++) {
      CompetencyRequirement r = reqs.get(i);
      Optional<CompetencyScore> s = scores.get(r.competencyId(), i);
      Coefficient score =
          s.isPresent() ? s.get().score() : CompetencyScore.notRated(r.competencyId());
      if (score.isDefined()) {
        scored[i] = true;
        scoredCount++;
        values[i] = score.value();
        largest = Math.max(largest, r.weight());
      } else {
        unscored[unscoredCount++] = r.competencyId();
      }
      if (r.mustHaveBar().isPresent()) {
        bars[barCount++] = BarCheck.of(r.competencyId(), r.mustHaveBar().get(), score);
      }
    }
    int exponent = Weights.exponentOf(largest);
    double totalWeight = 0;
    for (int i = 0; i < n; i++) {
      if (scored[i]) {
        totalWeight += Math.scalb(reqs.get(i).weight(), -exponent);
      }
    }
    Coefficient overall = OverallScore.NOT_SCORED;
    Contribution[] contributions = new Contribution[totalWeight > 0 ? scoredCount : 0];
    if (totalWeight > 0) {
      // The score is the weighted mean accumulated exactly (Weights.Mean), not the sum of the
      // rounded parts below: a score whose exact value is the threshold reaches it.
      Weights.Mean mean = new Weights.Mean();
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      int next = 0;
      for (int i = 0; i < n; i++) {
        if (scored[i]) {
          double scaled = Math.scalb(reqs.get(i).weight(), -exponent);
          double share = scaled / totalWeight;
          mean.add(scaled, values[i]);
          lo = Math.min(lo, values[i]);
          hi = Math.max(hi, values[i]);
          contributions[next++] =
              Contribution.of(
                  reqs.get(i).competencyId(),
                  reqs.get(i).weight(),
                  share,
                  values[i],
                  share * values[i]);
        }
      }
      // A weighted mean lies between its smallest and largest value; clamp away rounding drift.
      overall = Coefficient.of(Math.max(lo, Math.min(hi, mean.value())));
    }
    return ImmutableOverallScore.of(
        name,
        basis,
        overall,
        List.of(contributions),
        List.of(barCount == n ? bars : Arrays.copyOf(bars, barCount)),
        List.of(unscoredCount == n ? unscored : Arrays.copyOf(unscored, unscoredCount)));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}

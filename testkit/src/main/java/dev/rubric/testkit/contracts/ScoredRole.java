package dev.rubric.testkit.contracts;

import dev.rubric.core.AreaBar;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.CompetencyScores;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A generated input of the scoring, breadth-depth and consensus suites: a scale, a role profile and
 * the competency scores (each with the ratings it came from) of one candidate.
 */
record ScoredRole(RatingScale scale, RoleProfile profile, CompetencyScores scores) {

  /** The scored competencies' indexes in {@link CompetencyScores#scores()}. */
  List<Integer> scoredIndexes() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < scores.scores().size(); i++) {
      if (scores.scores().get(i).isScored()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * This role with the score of the {@code pick}-th scored competency (modulo their number) raised
   * by {@code fraction} of its distance to the top of the scale; unchanged when nothing is scored.
   */
  ScoredRole raise(int pick, double fraction) {
    List<Integer> scored = scoredIndexes();
    if (scored.isEmpty()) {
      return this;
    }
    int at = scored.get(Math.floorMod(pick, scored.size()));
    CompetencyScore old = scores.scores().get(at);
    double before = old.score().value();
    double after = Math.min(scale.max(), before + fraction * (scale.max() - before));
    List<CompetencyScore> next = new ArrayList<>(scores.scores());
    next.set(
        at,
        CompetencyScore.of(old.competencyId(), old.area(), Coefficient.of(after), old.ratings()));
    return new ScoredRole(scale, profile, CompetencyScores.of(scores.aggregator(), next));
  }

  /** This role with every requirement's weight multiplied by {@code factor}. */
  ScoredRole withWeightsScaledBy(double factor) {
    List<CompetencyRequirement> scaled = new ArrayList<>();
    for (CompetencyRequirement r : profile.requirements()) {
      scaled.add(CompetencyRequirement.builder().from(r).weight(r.weight() * factor).build());
    }
    return withRequirements(scaled);
  }

  /** This role with its requirements shuffled by {@code seed}. */
  ScoredRole withRequirementsShuffled(long seed) {
    List<CompetencyRequirement> shuffled = new ArrayList<>(profile.requirements());
    Collections.shuffle(shuffled, new Random(seed));
    return withRequirements(shuffled);
  }

  /** This role with each competency's ratings shuffled by {@code seed}. */
  ScoredRole withRatingsShuffled(long seed) {
    Random random = new Random(seed);
    List<CompetencyScore> next = new ArrayList<>();
    for (CompetencyScore s : scores.scores()) {
      List<RaterLevel> ratings = new ArrayList<>(s.ratings());
      Collections.shuffle(ratings, random);
      next.add(CompetencyScore.of(s.competencyId(), s.area(), s.score(), ratings));
    }
    return new ScoredRole(scale, profile, CompetencyScores.of(scores.aggregator(), next));
  }

  private ScoredRole withRequirements(List<CompetencyRequirement> requirements) {
    return new ScoredRole(
        scale, RoleProfile.builder().from(profile).requirements(requirements).build(), scores);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(ScoreInputs.describe(scale)).append("; ");
    b.append(
        scores.scores().stream()
            .map(
                s -> {
                  String score =
                      s.score().isDefined() ? String.valueOf(s.score().value()) : "unrated";
                  String ratings =
                      s.ratings().stream()
                          .map(r -> String.valueOf(r.level()))
                          .collect(Collectors.joining(",", "{", "}"));
                  String required =
                      profile
                          .requirement(s.competencyId())
                          .map(
                              r ->
                                  " w"
                                      + r.weight()
                                      + r.mustHaveBar().map(bar -> " bar " + bar).orElse(""))
                          .orElse("");
                  return s.competencyId() + "[" + s.area() + "]=" + score + ratings + required;
                })
            .collect(Collectors.joining("; ")));
    b.append("; requirement order ")
        .append(
            profile.requirements().stream()
                .map(CompetencyRequirement::competencyId)
                .collect(Collectors.joining(",", "[", "]")));
    profile.breadthDepth().ifPresent(e -> b.append("; ").append(describe(e)));
    return b.toString();
  }

  static String describe(BreadthDepthExpectation e) {
    return "depth "
        + e.depthAreas().stream().map(ScoredRole::bar).collect(Collectors.joining(",", "[", "]"))
        + ", breadth "
        + e.breadthRequired()
        + " of "
        + e.breadthAreas().stream().map(ScoredRole::bar).collect(Collectors.joining(",", "[", "]"))
        + ", supported "
        + e.supportedAreas();
  }

  private static String bar(AreaBar a) {
    return a.area() + ">=" + a.bar();
  }
}

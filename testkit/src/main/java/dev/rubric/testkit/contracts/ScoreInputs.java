package dev.rubric.testkit.contracts;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.CompetencyScores;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Generators of the suites' inputs below the level of whole interview plans: scales, rating samples
 * and scored roles. They shrink toward few competencies, few ratings and low levels.
 */
final class ScoreInputs {
  private ScoreInputs() {}

  /**
   * Scales of 2 to 7 levels starting at 0, 1 or 2, with any level as hire line: three in four of
   * consecutive levels, one in four with gaps (steps of 1 to 3 between levels, as in {1, 3, 4, 7}),
   * which a plan may hold, so that a rule that counts positions in the scale instead of levels
   * fails. They shrink toward a consecutive scale.
   */
  static Gen<RatingScale> scales() {
    return Gen.zip(
            Gen.integers(2, 7),
            Gen.integers(0, 2, 1),
            Gen.frequency(3, Gen.constant(false), 1, Gen.constant(true)))
        .flatMap(
            p -> {
              int size = p.first();
              int min = p.second();
              Gen<List<Integer>> steps =
                  p.third()
                      ? Gen.lists(Gen.integers(1, 3), size - 1, size - 1)
                      : Gen.constant(java.util.Collections.nCopies(size - 1, 1));
              return Gen.zip(steps, Gen.integers(0, size - 1, size / 2))
                  .map(
                      q -> {
                        List<Integer> values = new ArrayList<>();
                        int value = min;
                        values.add(value);
                        for (int step : q.first()) {
                          value += step;
                          values.add(value);
                        }
                        RatingScale.Builder b =
                            RatingScale.builder().hireLine(values.get(q.second()));
                        for (int level : values) {
                          b.level(level, "Level " + level);
                        }
                        return b.build();
                      });
            });
  }

  /** {@return the levels of {@code scale}, lowest first} */
  static List<Integer> values(RatingScale scale) {
    List<Integer> values = new ArrayList<>(scale.size());
    for (ScaleLevel l : scale.levels()) {
      values.add(l.value());
    }
    return values;
  }

  /** {@return any level of {@code scale}, shrinking toward its lowest} */
  static Gen<Integer> level(RatingScale scale) {
    List<Integer> values = values(scale);
    return Gen.integers(0, values.size() - 1).map(values::get);
  }

  /** {@return any level of {@code scale}, shrinking toward its hire line} */
  static Gen<Integer> levelNearHireLine(RatingScale scale) {
    List<Integer> values = values(scale);
    return Gen.integers(0, values.size() - 1, values.indexOf(scale.hireLine())).map(values::get);
  }

  /**
   * {@return {@code level} raised by {@code by} levels of {@code scale} (on {1, 3, 5}, 1 raised by
   * one is 3), capped at the top level; a level off the scale is raised by {@code by}, capped}
   */
  static int raise(RatingScale scale, int level, int by) {
    List<Integer> values = values(scale);
    int at = values.indexOf(level);
    if (at < 0) {
      return Math.min(scale.max(), level + by);
    }
    return values.get(Math.min(values.size() - 1, at + by));
  }

  /** "levels 1..4, hire line 3", or "levels 1, 3, 4, 7, hire line 3" for a scale with gaps. */
  static String describe(RatingScale scale) {
    List<Integer> values = values(scale);
    String levels =
        scale.max() - scale.min() + 1 == values.size()
            ? scale.min() + ".." + scale.max()
            : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "levels " + levels + ", hire line " + scale.hireLine();
  }

  /** 1 to {@code maxRatings} levels on {@code scale}; half the time all the same level. */
  static Gen<List<Integer>> levels(RatingScale scale, int minRatings, int maxRatings) {
    Gen<Integer> level = level(scale);
    Gen<List<Integer>> spread = Gen.lists(level, minRatings, maxRatings);
    Gen<List<Integer>> unanimous =
        Gen.zip(level, Gen.integers(minRatings, maxRatings))
            .map(p -> java.util.Collections.nCopies(p.second(), p.first()));
    return Gen.oneOf(spread, unanimous);
  }

  /**
   * A scale and a non-empty list of levels on it: three times in four 1, 2 or 3 levels (as likely
   * each), each anywhere on the scale (a panel of one to three raters, the common case, where a
   * rule for two raters shows), else 1 to 12 levels as {@link #levels} draws them.
   */
  static Gen<RatedLevels> ratedLevels() {
    return scales()
        .flatMap(
            scale ->
                Gen.frequency(
                        3,
                        Gen.integers(1, 3).flatMap(n -> Gen.lists(level(scale), n, n)),
                        1,
                        levels(scale, 1, 12))
                    .map(levels -> new RatedLevels(scale, levels)));
  }

  /**
   * A scale, 1 to 8 competencies over 1 to 4 areas, each rated by 0 to 5 raters (the score is the
   * mean), the requirements (the first competency always) with {@linkplain #weight weights} and
   * optional must-have bars, and, when {@code expectation} is set, a breadth-versus-depth
   * expectation over the areas.
   */
  static Gen<ScoredRole> scoredRoles(boolean expectation) {
    return scales()
        .flatMap(
            scale ->
                Gen.integers(1, 4)
                    .flatMap(
                        areas ->
                            Gen.lists(drafts(scale, areas), 1, 8)
                                .flatMap(
                                    drafts ->
                                        (expectation
                                                ? expectations(scale, areas).map(Optional::of)
                                                : Gen.constant(
                                                    Optional.<BreadthDepthExpectation>empty()))
                                            .flatMap(
                                                e ->
                                                    weightExponents()
                                                        .map(x -> build(scale, drafts, e, x))))));
  }

  /**
   * {@link #weightExponents() Weight exponent} of a profile whose largest weight is {@link
   * Double#MAX_VALUE} and every other weight in proportion (k/4 of the largest weight's quarters of
   * it): the raw sum of any two of its weights (short of {@link Double#MIN_VALUE}) overflows a
   * double.
   */
  static final int LARGEST = 1024;

  /**
   * How every weight of one generated profile is scaled: mostly not at all (2^0), now and then up
   * to the largest double ({@link #LARGEST}: the raw sum of two weights overflows) or by 2^-1040
   * (subnormal weights). A plan may hold any finite weight above zero, and a strategy must score
   * such a plan as it scores the same weights in the ordinary range.
   */
  static Gen<Integer> weightExponents() {
    return Gen.frequency(8, Gen.constant(0), 2, Gen.elements(LARGEST, -1040));
  }

  /**
   * Weight quarters as drafts draw them: k in 1..40 (weights k/4 in (0, 10]), now and then 0, which
   * stands for the smallest weight there is.
   */
  static Gen<Integer> weightQuarters() {
    return Gen.frequency(15, Gen.integers(1, 40, 4), 1, Gen.constant(0));
  }

  /**
   * A generated weight: {@code quarters / 4} scaled by 2^{@code exponent}, or, for {@link
   * #LARGEST}, {@code quarters / largestQuarters} of {@link Double#MAX_VALUE}; 0 quarters is {@link
   * Double#MIN_VALUE} (a subnormal weight next to ordinary ones: it counts for nothing in a sum,
   * yet an area it alone makes up still has a score).
   *
   * @param largestQuarters the most quarters of any weight of the profile
   */
  static double weight(int quarters, int exponent, int largestQuarters) {
    if (quarters == 0) {
      return Double.MIN_VALUE;
    }
    return exponent == LARGEST
        ? Double.MAX_VALUE * ((double) quarters / largestQuarters)
        : Math.scalb(quarters / 4.0, exponent);
  }

  /** One competency before it is built: area, ratings, requirement. */
  private record Draft(
      int area,
      List<Integer> levels,
      boolean required,
      int weightQuarters,
      Optional<Integer> bar) {}

  private static Gen<Draft> drafts(RatingScale scale, int areas) {
    Gen<Integer> level = level(scale);
    return Gen.zip(
            Gen.zip(Gen.integers(0, areas - 1), levels(scale, 0, 5)),
            Gen.frequency(3, Gen.constant(true), 1, Gen.constant(false)),
            weightQuarters(),
            Gen.optionals(level))
        .map(
            q ->
                new Draft(
                    q.first().first(), q.first().second(), q.second(), q.third(), q.fourth()));
  }

  private static Gen<BreadthDepthExpectation> expectations(RatingScale scale, int areas) {
    Gen<Integer> level = levelNearHireLine(scale);
    Gen<List<Integer>> roles = Gen.lists(Gen.integers(0, 2), areas, areas);
    Gen<List<Integer>> bars = Gen.lists(level, areas, areas);
    Gen<List<Boolean>> supported = Gen.lists(Gen.booleans(), areas, areas);
    return Gen.zip(roles, bars, supported)
        .flatMap(
            t -> {
              BreadthDepthExpectation.Builder b = BreadthDepthExpectation.builder();
              int breadth = 0;
              for (int a = 0; a < areas; a++) {
                String area = area(a);
                if (t.first().get(a) == 1) {
                  b.depth(area, t.second().get(a));
                } else if (t.first().get(a) == 2) {
                  b.breadth(area, t.second().get(a));
                  breadth++;
                }
                if (t.third().get(a)) {
                  b.addSupportedAreas(area);
                }
              }
              return Gen.integers(0, breadth).map(required -> b.breadthRequired(required).build());
            });
  }

  private static ScoredRole build(
      RatingScale scale,
      List<Draft> drafts,
      Optional<BreadthDepthExpectation> expectation,
      int weightExponent) {
    List<CompetencyScore> scores = new ArrayList<>();
    RoleProfile.Builder profile = RoleProfile.builder().title("Generated role").seniority("any");
    int largest = 1;
    for (int i = 0; i < drafts.size(); i++) {
      if (i == 0 || drafts.get(i).required()) {
        largest = Math.max(largest, drafts.get(i).weightQuarters());
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      String id = "c" + (i + 1);
      scores.add(score(id, area(d.area()), d.levels()));
      if (i == 0 || d.required()) {
        CompetencyRequirement.Builder r =
            CompetencyRequirement.builder()
                .competencyId(id)
                .weight(weight(d.weightQuarters(), weightExponent, largest))
                .targetLevel(scale.hireLine());
        d.bar().ifPresent(r::mustHaveBar);
        profile.addRequirements(r.build());
      }
    }
    expectation.ifPresent(profile::breadthDepth);
    return new ScoredRole(scale, profile.build(), CompetencyScores.of("mean", scores));
  }

  /** A competency score: the mean of {@code levels} (none: unscored), raters r1, r2, ... */
  static CompetencyScore score(String id, String area, List<Integer> levels) {
    List<RaterLevel> ratings = new ArrayList<>();
    long sum = 0;
    for (int k = 0; k < levels.size(); k++) {
      ratings.add(RaterLevel.of("r" + (k + 1), "seat", levels.get(k)));
      sum += levels.get(k);
    }
    ratings.sort(
        Comparator.comparingInt(RaterLevel::level).thenComparing(RaterLevel::interviewerId));
    Coefficient score =
        levels.isEmpty()
            ? CompetencyScore.notRated(id)
            : Coefficient.of((double) sum / levels.size());
    return CompetencyScore.of(id, area, score, ratings);
  }

  static String area(int index) {
    return "a" + (index + 1);
  }

  /** The levels as text: "{1,3,4}". */
  static String describe(List<Integer> levels) {
    return levels.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}

package dev.rubric.testkit.contracts;

import static dev.rubric.testkit.contracts.Verdicts.require;
import static dev.rubric.testkit.contracts.Verdicts.within;
import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.AreaScore;
import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.BreadthDepthStrategy;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Gap;
import dev.rubric.scoring.Shape;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The contract suite of a {@link BreadthDepthStrategy}: {@code
 * BreadthDepthContract.of(myStrategy).check()}.
 *
 * <p>Laws, each checked on generated role profiles with a breadth-versus-depth expectation (depth
 * and breadth areas with bars, any number of breadth areas required, some areas supported) and
 * competency scores over 1 to 4 areas:
 *
 * <ul>
 *   <li>{@value #AREA_SCORES_STAY_ON_THE_SCALE}: every area score, when present, is finite and
 *       within the scale.
 *   <li>{@value #SHAPE_MATCHES_THE_FLAGS}: the shape is {@link Shape#of(boolean, boolean)} of the
 *       depth and breadth flags; breadth is met exactly when the breadth areas met reach the number
 *       required, which is the expectation's.
 *   <li>{@value #RAISING_A_SCORE_NEVER_ADDS_A_GAP}: raising one competency score never turns a met
 *       area into a gap (every gap after was a gap before, by area and kind), never unsets the
 *       depth or breadth flag and never lowers the number of breadth areas met.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class BreadthDepthContract extends Contract<BreadthDepthContract> {
  /** Law: area scores stay within the scale. */
  public static final String AREA_SCORES_STAY_ON_THE_SCALE = "areaScoresStayOnTheScale";

  /** Law: the shape agrees with the depth and breadth flags. */
  public static final String SHAPE_MATCHES_THE_FLAGS = "shapeMatchesTheFlags";

  /** Law: raising a score never turns a met area into a gap. */
  public static final String RAISING_A_SCORE_NEVER_ADDS_A_GAP = "raisingAScoreNeverAddsAGap";

  private final BreadthDepthStrategy strategy;

  private BreadthDepthContract(BreadthDepthStrategy strategy, int tries, @Nullable Long seed) {
    super(tries, seed);
    this.strategy = strategy;
  }

  /**
   * {@return the suite for {@code strategy}, 200 tries per law}
   *
   * @param strategy the strategy under test
   */
  public static BreadthDepthContract of(BreadthDepthStrategy strategy) {
    return new BreadthDepthContract(
        requireNonNull(strategy, "strategy"), Suite.DEFAULT_TRIES, null);
  }

  @Override
  BreadthDepthContract with(int tries, @Nullable Long seed) {
    return new BreadthDepthContract(strategy, tries, seed);
  }

  @Override
  Suite suite() {
    Gen<ScoredRole> roles = ScoreInputs.scoredRoles(true);
    List<Law<?>> laws = new ArrayList<>();
    laws.add(Law.of(AREA_SCORES_STAY_ON_THE_SCALE, roles, this::areaScoresStayOnTheScale));
    laws.add(Law.of(SHAPE_MATCHES_THE_FLAGS, roles, this::shapeMatchesTheFlags));
    laws.add(
        Law.of(
            RAISING_A_SCORE_NEVER_ADDS_A_GAP,
            Gen.combine(roles, Gen.integers(0, 7), Gen.doubles(0, 1), LawInputs.RaisedScore::new),
            this::raisingNeverAddsAGap));
    laws.add(SharedAcrossThreads.law(roles, this::assess));
    return Suite.of(
        "BreadthDepthContract",
        strategy::name,
        () -> Evaluator.builder().breadthDepth(strategy).build(),
        laws,
        tries,
        seed);
  }

  private BreadthDepthProfile assess(ScoredRole in) {
    return requireNonNull(
        strategy.assess(in.scores(), in.profile()), "the strategy returned null for " + in);
  }

  private void areaScoresStayOnTheScale(ScoredRole in) {
    for (AreaScore area : assess(in).areas()) {
      if (area.score().isDefined()) {
        require(
            within(area.score().value(), in.scale().min(), in.scale().max()),
            "the score %s of area %s is not within the scale [%d, %d]",
            area.score().value(),
            area.area(),
            in.scale().min(),
            in.scale().max());
      }
    }
  }

  private void shapeMatchesTheFlags(ScoredRole in) {
    BreadthDepthProfile p = assess(in);
    int required = in.profile().breadthDepth().orElseThrow().breadthRequired();
    require(
        p.shape() == Shape.of(p.depthMet(), p.breadthMet()),
        "the shape is %s but depth met is %s and breadth met is %s",
        p.shape(),
        p.depthMet(),
        p.breadthMet());
    require(
        p.breadthRequired() == required,
        "the profile requires %d breadth areas but the expectation requires %d",
        p.breadthRequired(),
        required);
    require(
        p.breadthMet() == (p.breadthAreasMet() >= p.breadthRequired()),
        "breadth met is %s with %d of %d breadth areas met",
        p.breadthMet(),
        p.breadthAreasMet(),
        p.breadthRequired());
  }

  private void raisingNeverAddsAGap(LawInputs.RaisedScore in) {
    ScoredRole raised = in.role().raise(in.pick(), in.fraction());
    BreadthDepthProfile before = assess(in.role());
    BreadthDepthProfile after = assess(raised);
    Set<String> gapsBefore =
        before.gaps().stream().map(BreadthDepthContract::key).collect(Collectors.toSet());
    for (Gap gap : after.gaps()) {
      require(
          gapsBefore.contains(key(gap)),
          "area %s turns into a %s gap when a competency score is raised: %s",
          gap.area(),
          gap.kind(),
          raised);
    }
    require(
        !before.depthMet() || after.depthMet(),
        "depth is met before but not after a competency score is raised: %s",
        raised);
    require(
        !before.breadthMet() || after.breadthMet(),
        "breadth is met before but not after a competency score is raised: %s",
        raised);
    require(
        after.breadthAreasMet() >= before.breadthAreasMet(),
        "the breadth areas met fall from %d to %d when a competency score is raised: %s",
        before.breadthAreasMet(),
        after.breadthAreasMet(),
        raised);
  }

  private static String key(Gap gap) {
    return gap.kind() + " " + gap.area();
  }
}

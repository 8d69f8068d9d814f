package dev.rubric.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.BreadthDepthProfile;
import dev.rubric.scoring.BreadthDepthStrategy;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.ConsensusMeasure;
import dev.rubric.scoring.ConsensusReport;
import dev.rubric.scoring.Contribution;
import dev.rubric.scoring.Decision;
import dev.rubric.scoring.DecisionPolicy;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.OverallScore;
import dev.rubric.scoring.ScoreBasis;
import dev.rubric.scoring.ScoringStrategy;
import dev.rubric.scoring.Shape;
import dev.rubric.scoring.agreement.Coefficient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in strategy passes its suite; deliberately broken strategies fail theirs. */
class BuiltInContractsTest {

  static Stream<CompetencyAggregator> aggregators() {
    return Stream.of(
        CompetencyAggregator.mean(),
        CompetencyAggregator.median(),
        CompetencyAggregator.minimum(),
        CompetencyAggregator.trimmedMean(0.2),
        CompetencyAggregator.leniencyAdjusted(Map.of(), CompetencyAggregator.median()));
  }

  @Test
  void theLeniencyAdjustedAggregatorKeepsTheLawsOfAnAggregatorThatCorrectsForRaters() {
    CompetencyAggregator adjusted =
        CompetencyAggregator.leniencyAdjusted(
            Map.of("r1", 0.5, "r2", -0.75), CompetencyAggregator.median());
    AggregatorContract.of(adjusted).raterAdjusted().monotone().check();
    assertThat(AggregatorContract.of(adjusted).raterAdjusted().monotone().laws())
        .containsExactly(
            "staysOnTheScale",
            "isANumber",
            "raisingARatingNeverLowersTheScore",
            "sameResultsFromManyThreads");
  }

  static Stream<ScoringStrategy> strategies() {
    return Stream.of(
        ScoringStrategy.weightedCompensatory(),
        ScoringStrategy.conjunctive(),
        ScoringStrategy.hybrid());
  }

  /**
   * A role with a weight of {@link Double#MAX_VALUE} next to one of {@link Double#MIN_VALUE} is
   * scaled down, and the smallest weight rounded to 0 dropped its competency from the score: the
   * weighted compensatory strategy broke the scaling law on 5 of these 60 seeds (23 of 300 with the
   * sizes of earlier versions) although it scales correctly.
   */
  @Test
  void theScalingLawHoldsForTheWeightedMeanFromEverySeed() {
    for (long seed = 1; seed <= 60; seed++) {
      ScoringStrategyContract.of(ScoringStrategy.weightedCompensatory())
          .withSeed(seed)
          .check(ScoringStrategyContract.IGNORES_SCALING_OF_WEIGHTS);
    }
  }

  @ParameterizedTest
  @MethodSource("aggregators")
  void builtInAggregatorsKeepEveryLaw(CompetencyAggregator aggregator) {
    AggregatorContract.of(aggregator).monotone().check();
  }

  @ParameterizedTest
  @MethodSource("strategies")
  void builtInScoringStrategiesKeepEveryLaw(ScoringStrategy strategy) {
    ScoringStrategyContract.of(strategy).compensatory().check();
  }

  @Test
  void areaBarsKeepsEveryLaw() {
    BreadthDepthContract.of(BreadthDepthStrategy.areaBars()).check();
  }

  @Test
  void standardConsensusKeepsEveryLaw() {
    ConsensusContract.of(ConsensusMeasure.standard()).check();
  }

  @Test
  void standardDecisionPolicyKeepsEveryLaw() {
    DecisionPolicyContract.of(DecisionPolicy.standard()).withTries(100).check();
  }

  @Test
  void anAggregatorAboveTheScaleFailsNamingTheLawTheSeedAndTheCounterexample() {
    CompetencyAggregator maxPlusOne =
        CompetencyAggregator.named("max-plus-one", s -> s.value(s.size() - 1) + 1);

    assertThatThrownBy(() -> AggregatorContract.of(maxPlusOne).check())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "AggregatorContract[max-plus-one] breaks 2 of 5 laws: staysOnTheScale, unanimousRatersGiveTheirLevel")
        .hasMessageContaining(
            "Property AggregatorContract[max-plus-one] law staysOnTheScale falsified")
        .hasMessageContaining("(seed ")
        .hasMessageContaining("shrunk counterexample:   levels 1..2, hire line 2; ratings {2}")
        .hasMessageContaining("the score 3.0 is not within the scale [1, 2]");
  }

  /**
   * An aggregator that breaks monotonicity only on two-rater panels (the lower rating when the two
   * are two levels apart, else the mean: raising the higher of 2 and 3 to 4 drops the score from
   * 2.5 to 2) is caught at the default tries on (nearly) every seed, since most generated samples
   * are panels of one to three raters.
   */
  @Test
  void aMonotonicityBugOfTwoRaterPanelsIsCaughtOnNearlyEverySeed() {
    CompetencyAggregator twoRaters =
        CompetencyAggregator.named(
            "two-raters",
            s ->
                s.size() == 2 && s.value(1) - s.value(0) >= 2
                    ? s.value(0)
                    : CompetencyAggregator.mean().aggregate(s));
    int caught = 0;
    for (long seed = 1; seed <= 50; seed++) {
      try {
        AggregatorContract.of(twoRaters)
            .monotone()
            .withSeed(seed)
            .check(AggregatorContract.RAISING_A_RATING_NEVER_LOWERS_THE_SCORE);
      } catch (AssertionError e) {
        caught++;
      }
    }

    assertThat(caught).as("seeds of 50 that catch it").isGreaterThanOrEqualTo(48);
  }

  /**
   * A plan's scale may have gaps ({1, 3, 5}). An aggregator that counts positions in the scale
   * instead of levels (the lowest level plus the mean position: two raters giving 5 on {1, 3, 5}
   * score 3) agrees with the mean on every consecutive scale, so only a scale with gaps catches it;
   * the suites draw one now and then, and catch it on every seed.
   */
  @Test
  void anAggregatorThatCountsPositionsInTheScaleIsCaughtOnAScaleWithGaps() {
    CompetencyAggregator byPosition =
        CompetencyAggregator.named(
            "by-position",
            s -> {
              List<Integer> values = new ArrayList<>();
              s.scale().levels().forEach(l -> values.add(l.value()));
              double positions = 0;
              for (int i = 0; i < s.size(); i++) {
                positions += values.indexOf(s.level(i));
              }
              return s.scale().min() + positions / s.size();
            });
    int caught = 0;
    String message = "";
    for (long seed = 1; seed <= 20; seed++) {
      try {
        AggregatorContract.of(byPosition)
            .withSeed(seed)
            .check(AggregatorContract.UNANIMOUS_RATERS_GIVE_THEIR_LEVEL);
      } catch (AssertionError e) {
        caught++;
        message = e.getMessage();
      }
    }

    assertThat(caught).as("seeds of 20 that catch it").isEqualTo(20);
    assertThat(message).containsPattern("levels \\d+(, \\d+)+, hire line");
    // The mean, which averages levels, obeys the same law on every scale, gaps included.
    AggregatorContract.of(CompetencyAggregator.mean()).monotone().check();
  }

  @Test
  void anAggregatorThatFollowsTheFirstRaterFailsTheOrderLaw() {
    CompetencyAggregator firstRater =
        CompetencyAggregator.named(
            "first-rater",
            s -> {
              for (int i = 0; i < s.size(); i++) {
                if (s.interviewerId(i).equals("r1")) {
                  return s.value(i);
                }
              }
              return s.value(0);
            });

    assertThatThrownBy(() -> AggregatorContract.of(firstRater).check())
        .hasMessageStartingWith(
            "AggregatorContract[first-rater] breaks 1 of 5 laws: ignoresRatingOrder")
        .hasMessageContaining("law ignoresRatingOrder falsified")
        .hasMessageContaining("shrunk counterexample:   ShuffledRatings[ratings=levels ")
        .hasMessageContaining(", shuffleSeed=");
  }

  @Test
  void aMirroredAggregatorFailsTheMonotoneLawOnlyWhenAsked() {
    CompetencyAggregator mirror =
        CompetencyAggregator.named(
            "mirror", s -> s.scale().max() + s.scale().min() - s.sum() / s.size());

    assertThatThrownBy(
            () ->
                AggregatorContract.of(mirror)
                    .monotone()
                    .check(AggregatorContract.RAISING_A_RATING_NEVER_LOWERS_THE_SCORE))
        .hasMessageContaining("law raisingARatingNeverLowersTheScore falsified")
        .hasMessageContaining("but the raised ratings")
        .hasMessageContaining("shrunk counterexample:   RaisedRating[ratings=levels ")
        .hasMessageContaining(", pick=")
        .hasMessageContaining(", levels=");
    assertThat(AggregatorContract.of(mirror).laws())
        .doesNotContain(AggregatorContract.RAISING_A_RATING_NEVER_LOWERS_THE_SCORE);
  }

  @Test
  void aStrategyThatDoesNotNormaliseItsWeightsFailsTheScalingLaw() {
    ScoringStrategy unnormalised =
        new ScoringStrategy() {
          @Override
          public OverallScore score(
              dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
            double sum = 0;
            int n = 0;
            for (var r : profile.requirements()) {
              var s = scores.get(r.competencyId());
              if (s.isPresent() && s.get().score().isDefined()) {
                sum += Math.min(1, r.weight()) * s.get().score().value();
                n++;
              }
            }
            OverallScore.Builder b =
                OverallScore.builder().strategy(name()).basis(ScoreBasis.WEIGHTED_SCORE);
            if (n > 0) {
              b.score(Coefficient.of(sum / n));
            }
            return b.build();
          }

          @Override
          public String name() {
            return "capped-weights";
          }
        };

    assertThatThrownBy(
            () ->
                ScoringStrategyContract.of(unnormalised)
                    .check(ScoringStrategyContract.IGNORES_SCALING_OF_WEIGHTS))
        .hasMessageContaining(
            "ScoringStrategyContract[capped-weights] law ignoresScalingOfWeights falsified")
        .hasMessageContaining("with every weight multiplied by");
  }

  /**
   * A weighted mean that adds the raw weights is right for ordinary weights, and wrong for weights
   * a plan may also hold: up to the largest double their sum overflows, and so does a weight times
   * a score.
   */
  @Test
  void aWeightedMeanOverRawWeightsFailsOnWeightsWhoseSumOverflows() {
    ScoringStrategy plain =
        ScoringStrategy.named("raw-weighted-mean", BuiltInContractsTest::rawWeightedMean);

    assertThatThrownBy(() -> ScoringStrategyContract.of(plain).check())
        .hasMessageContaining("ScoringStrategyContract[raw-weighted-mean] breaks")
        .hasMessageContaining("E308");
  }

  /**
   * A weighted mean whose shares are each weight over the raw total of the weights passes every law
   * on ordinary weights; the suite generates, on every seed, profiles whose raw total overflows to
   * infinity (every share 0), and catches it.
   */
  @Test
  void aWeightedMeanOverTheRawTotalOfTheWeightsIsCaughtOnEverySeed() {
    ScoringStrategy shares =
        ScoringStrategy.named("raw-total-shares", BuiltInContractsTest::rawTotalShares);

    for (long seed = 1; seed <= 50; seed++) {
      long s = seed;
      assertThatThrownBy(
              () -> ScoringStrategyContract.of(shares).compensatory().withSeed(s).check())
          .as("seed %d", seed)
          .hasMessageContaining("ScoringStrategyContract[raw-total-shares] breaks");
    }
  }

  /** Each scored requirement's share is its weight over the raw total of the scored weights. */
  private static OverallScore rawTotalShares(
      dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
    double total = 0;
    for (var r : profile.requirements()) {
      if (scores.get(r.competencyId()).map(c -> c.score().isDefined()).orElse(false)) {
        total += r.weight();
      }
    }
    OverallScore.Builder b =
        OverallScore.builder().strategy("raw-total-shares").basis(ScoreBasis.WEIGHTED_SCORE);
    double score = 0;
    for (var r : profile.requirements()) {
      var s = scores.get(r.competencyId());
      if (s.isPresent() && s.get().score().isDefined()) {
        double share = r.weight() / total;
        double value = s.get().score().value();
        score += share * value;
        b.addContributions(
            Contribution.of(r.competencyId(), r.weight(), share, value, share * value));
      }
    }
    if (total > 0) {
      b.score(Coefficient.of(score));
    }
    return b.build();
  }

  /** sum(w x score) / sum(w) over the scored requirements, with the raw weights. */
  private static OverallScore rawWeightedMean(
      dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
    double total = 0;
    double sum = 0;
    for (var r : profile.requirements()) {
      var s = scores.get(r.competencyId());
      if (s.isPresent() && s.get().score().isDefined()) {
        total += r.weight();
        sum += r.weight() * s.get().score().value();
      }
    }
    OverallScore.Builder b =
        OverallScore.builder().strategy("raw-weighted-mean").basis(ScoreBasis.WEIGHTED_SCORE);
    if (total > 0) {
      b.score(Coefficient.of(sum / total));
    }
    return b.build();
  }

  /**
   * An area score over weights relative to the profile's total leaves the scale: the relative
   * weights round, so a mean of one level can come out an ulp above it, and an area whose only
   * weight is subnormal gives 0 / 0, NaN.
   */
  @Test
  void anAreaMeanOverRelativeWeightsFailsTheScaleLaw() {
    BreadthDepthStrategy relative =
        BreadthDepthStrategy.named("relative-weights", BuiltInContractsTest::relativeAreaMeans);

    assertThatThrownBy(
            () ->
                BreadthDepthContract.of(relative)
                    .check(BreadthDepthContract.AREA_SCORES_STAY_ON_THE_SCALE))
        .hasMessageContaining("law areaScoresStayOnTheScale falsified")
        .hasMessageContaining("shrunk counterexample:");
  }

  /** area-bars with each area's score the mean over the requirements' weight / total weight. */
  private static BreadthDepthProfile relativeAreaMeans(
      dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
    BreadthDepthProfile p = BreadthDepthStrategy.areaBars().assess(scores, profile);
    double total = 0;
    for (var r : profile.requirements()) {
      total += r.weight();
    }
    java.util.List<dev.rubric.scoring.AreaScore> areas = new java.util.ArrayList<>();
    for (dev.rubric.scoring.AreaScore area : p.areas()) {
      double weighted = 0;
      double weights = 0;
      for (var r : profile.requirements()) {
        var s = scores.get(r.competencyId());
        if (s.isPresent() && s.get().score().isDefined() && s.get().area().equals(area.area())) {
          weighted += r.weight() / total * s.get().score().value();
          weights += r.weight() / total;
        }
      }
      areas.add(
          weights == 0
              ? area
              : dev.rubric.scoring.AreaScore.of(
                  area.area(), Coefficient.of(weighted / weights), area.competenciesScored()));
    }
    return BreadthDepthProfile.builder().from(p).areas(areas).build();
  }

  @Test
  void aBreadthDepthStrategyWithTheWrongShapeFailsTheShapeLaw() {
    BreadthDepthStrategy alwaysTShaped =
        new BreadthDepthStrategy() {
          @Override
          public BreadthDepthProfile assess(
              dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RoleProfile profile) {
            BreadthDepthProfile p = BreadthDepthStrategy.areaBars().assess(scores, profile);
            return BreadthDepthProfile.builder().from(p).shape(Shape.T_SHAPED).build();
          }

          @Override
          public String name() {
            return "always-t-shaped";
          }
        };

    assertThatThrownBy(() -> BreadthDepthContract.of(alwaysTShaped).check())
        .hasMessageStartingWith(
            "BreadthDepthContract[always-t-shaped] breaks 1 of 4 laws: shapeMatchesTheFlags");
  }

  @Test
  void aConsensusMeasureWithAnOffByOneSplitFailsTheSplitLaw() {
    ConsensusMeasure strictSplit =
        new ConsensusMeasure() {
          @Override
          public ConsensusReport measure(
              dev.rubric.scoring.CompetencyScores scores, dev.rubric.core.RatingScale scale) {
            ConsensusReport r = ConsensusMeasure.standard().measure(scores, scale);
            ConsensusReport.Builder b =
                ConsensusReport.builder().from(r).competencies(java.util.List.of());
            for (CompetencyConsensus c : r.competencies()) {
              int low = c.ratings().get(0).level();
              int high = c.ratings().get(c.ratings().size() - 1).level();
              b.addCompetencies(
                  CompetencyConsensus.builder()
                      .from(c)
                      .split(low < scale.hireLine() && high > scale.hireLine())
                      .build());
            }
            return b.build();
          }

          @Override
          public String name() {
            return "strict-split";
          }
        };

    assertThatThrownBy(() -> ConsensusContract.of(strictSplit).check())
        .hasMessageContaining("strict-split")
        .hasMessageContaining("law splitExactlyWhenRatingsStraddleTheHireLine falsified");
  }

  @Test
  void aPolicyThatNeverWaitsFailsTheIncompleteLaw() {
    DecisionPolicy impatient =
        new DecisionPolicy() {
          @Override
          public Decision decide(
              dev.rubric.scoring.Findings findings, dev.rubric.core.InterviewPlan plan) {
            Decision d = DecisionPolicy.standard().decide(findings, plan);
            return d.outcome() == Outcome.INCOMPLETE
                ? Decision.of(Outcome.NO_HIRE, d.reasons(), d.advice())
                : d;
          }

          @Override
          public String name() {
            return "impatient";
          }
        };

    assertThatThrownBy(() -> DecisionPolicyContract.of(impatient).withTries(100).check())
        .hasMessageStartingWith(
            "DecisionPolicyContract[impatient] breaks 1 of 4 laws: incompleteExactlyWhenSomethingIsMissing");
  }

  /** Keeps its running total in a field: right alone, wrong when two threads share it. */
  private static final class SharedTotal implements CompetencyAggregator {
    private double total;

    @Override
    @SuppressWarnings("ThreadPriorityCheck") // the yield widens the race on purpose
    public double aggregate(dev.rubric.scoring.RatingSample s) {
      total = 0;
      for (int i = 0; i < s.size(); i++) {
        total += s.value(i);
        Thread.yield();
      }
      return total / s.size();
    }

    @Override
    public String name() {
      return "shared-total";
    }
  }

  @Test
  void anAggregatorThatKeepsItsTotalInAFieldFailsTheThreadLaw() {
    AggregatorContract suite = AggregatorContract.of(new SharedTotal());
    // Alone it is a mean: every law that calls it from one thread holds.
    suite.check(AggregatorContract.STAYS_ON_THE_SCALE);
    suite.check(AggregatorContract.UNANIMOUS_RATERS_GIVE_THEIR_LEVEL);

    assertThatThrownBy(() -> suite.check(Contract.SAME_RESULTS_FROM_MANY_THREADS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("law sameResultsFromManyThreads")
        .hasMessageContaining("called from 4 threads at once, the strategy gave ");
  }

  @Test
  void aPolicyThatCountsItsCallsFailsTheThreadLawEveryTime() {
    java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    DecisionPolicy standard = DecisionPolicy.standard();
    DecisionPolicy counting =
        DecisionPolicy.named(
            "counting",
            (findings, plan) -> {
              Decision d = standard.decide(findings, plan);
              if (calls.incrementAndGet() % 2 == 0) {
                return d;
              }
              List<dev.rubric.scoring.Reason> again = new ArrayList<>(d.reasons());
              again.add(d.reasons().get(0)); // every other call gives its first reason twice
              return Decision.of(d.outcome(), again, d.advice());
            });
    for (long seed = 1; seed <= 3; seed++) {
      long s = seed;
      assertThatThrownBy(
              () ->
                  DecisionPolicyContract.of(counting)
                      .withSeed(s)
                      .withTries(20)
                      .check(Contract.SAME_RESULTS_FROM_MANY_THREADS))
          .hasMessageContaining("law sameResultsFromManyThreads");
    }
    assertThat(DecisionPolicyContract.of(DecisionPolicy.standard()).laws())
        .endsWith(Contract.SAME_RESULTS_FROM_MANY_THREADS);
  }

  @Test
  void anUnknownLawIsNamedWithTheLawsThereAre() {
    assertThatThrownBy(() -> ConsensusContract.of(ConsensusMeasure.standard()).check("fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "law 'fast' is not one of [unanimousRatersAgreeFully,"
                + " splitExactlyWhenRatingsStraddleTheHireLine, ignoresRatingOrder, figuresAreFinite,"
                + " sameResultsFromManyThreads]");
    assertThatThrownBy(() -> ConsensusContract.of(ConsensusMeasure.standard()).withTries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tries (0) must be > 0");
  }
}

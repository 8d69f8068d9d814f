package dev.rubric.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.Outcome;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.ScoringStrategy;
import dev.rubric.scoring.json.EvaluationJson;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.PropertyCheck;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The laws of scoring (issue 4), checked on whole evaluations of generated plans and packets, under
 * every combination of the built-in aggregators (but leniency adjustment) and scoring strategies.
 */
class ScoringLaws {
  private static final int TRIES = 200;

  private static final List<CompetencyAggregator> AGGREGATORS =
      List.of(
          CompetencyAggregator.mean(),
          CompetencyAggregator.median(),
          CompetencyAggregator.minimum(),
          CompetencyAggregator.trimmedMean(0.2));

  private static final List<ScoringStrategy> STRATEGIES =
      List.of(
          ScoringStrategy.hybrid(),
          ScoringStrategy.weightedCompensatory(),
          ScoringStrategy.conjunctive());

  /** An evaluator from the built-ins, the standard one first (it is where shrinking goes). */
  static Gen<Evaluator> evaluators() {
    return Gen.zip(Gen.elements(AGGREGATORS), Gen.elements(STRATEGIES))
        .map(p -> Evaluator.builder().aggregator(p.first()).scoring(p.second()).build())
        .describedAs("evaluators");
  }

  @Test
  void raisingOneRatingNeverLowersTheScoresOrTurnsHireIntoNoHire() {
    PropertyCheck.forAll(
            Gen.zip(
                Gen.zip(PacketInputs.packets(false), evaluators()),
                Gen.integers(0, 63),
                Gen.integers(1, 6)))
        .withTries(TRIES)
        .check(
            in -> {
              Packet packet = in.first().first();
              Evaluator evaluator = in.first().second();
              Packet raised = packet.raise(in.second(), in.third());
              Evaluation before = evaluator.evaluate(packet.plan(), packet.all());
              Evaluation after = evaluator.evaluate(raised.plan(), raised.all());
              List<CompetencyScore> b = before.findings().scores().scores();
              List<CompetencyScore> a = after.findings().scores().scores();
              for (int i = 0; i < b.size(); i++) {
                if (b.get(i).score().isDefined()) {
                  assertThat(a.get(i).score().value())
                      .as("score of %s", b.get(i).competencyId())
                      .isGreaterThanOrEqualTo(b.get(i).score().value());
                }
              }
              if (before.findings().overall().score().isDefined()) {
                assertThat(after.findings().overall().score().value())
                    .as("overall score")
                    .isGreaterThanOrEqualTo(before.findings().overall().score().value());
              }
              if (before.decision().outcome() == Outcome.HIRE) {
                assertThat(after.decision().outcome())
                    .as("decision after a raise, %s", after.decision().reasons())
                    .isNotEqualTo(Outcome.NO_HIRE);
              }
            });
  }

  @Test
  void scoresStayWithinTheScale() {
    PropertyCheck.forAll(Gen.zip(PacketInputs.packets(false), evaluators()))
        .withTries(TRIES)
        .check(
            in -> {
              Evaluation e = in.second().evaluate(in.first().plan(), in.first().all());
              int min = in.first().plan().scale().min();
              int max = in.first().plan().scale().max();
              for (CompetencyScore s : e.findings().scores().scores()) {
                s.score()
                    .toOptional()
                    .ifPresent(v -> assertThat(v).isBetween((double) min, (double) max));
              }
              e.findings()
                  .overall()
                  .score()
                  .toOptional()
                  .ifPresent(v -> assertThat(v).isBetween((double) min, (double) max));
              e.findings()
                  .breadthDepth()
                  .ifPresent(
                      p ->
                          p.areas()
                              .forEach(
                                  area ->
                                      area.score()
                                          .toOptional()
                                          .ifPresent(
                                              v ->
                                                  assertThat(v)
                                                      .isBetween((double) min, (double) max))));
            });
  }

  @Test
  void unanimousRatersGiveThatLevelAndRwgOne() {
    PropertyCheck.forAll(Gen.zip(PacketInputs.packets(true), evaluators()))
        .withTries(TRIES)
        .check(
            in -> {
              Evaluation e = in.second().evaluate(in.first().plan(), in.first().all());
              for (CompetencyScore s : e.findings().scores().scores()) {
                if (s.ratings().isEmpty()) {
                  continue;
                }
                int level = s.ratings().get(0).level();
                assertThat(s.ratings()).allMatch(r -> r.level() == level);
                assertThat(s.score().value()).as(s.competencyId()).isEqualTo(level);
                CompetencyConsensus c =
                    e.findings().consensus().get(s.competencyId()).orElseThrow();
                if (s.ratings().size() >= 2) {
                  assertThat(c.rwg().value()).as("rwg of %s", s.competencyId()).isEqualTo(1.0);
                  assertThat(c.sd().value()).isZero();
                }
                assertThat(c.split()).isFalse();
              }
            });
  }

  @Test
  void scalingEveryWeightByAPositiveConstantChangesNothing() {
    PropertyCheck.forAll(Gen.zip(PacketInputs.packets(false), evaluators(), Gen.integers(4, 40, 8)))
        .withTries(TRIES)
        .check(
            in -> {
              Packet packet = in.first();
              // The law holds for a scaling that is exact: the factor, else a power of two up,
              // else a power of two down (weights up to the largest double). Weights from the
              // smallest subnormal to the largest double have no exact scaling: the law does not
              // apply to them.
              int power = Integer.highestOneBit(in.third());
              List<Double> weights =
                  packet.plan().profile().requirements().stream()
                      .map(CompetencyRequirement::weight)
                      .toList();
              // A competency without a requirement weighs the mean requirement weight, a quotient
              // (7/6 for weights summing to 7 over 6 requirements) that only a power of two scales
              // exactly; then the factor is a power of two.
              boolean unrequired =
                  packet.plan().competencies().size()
                      > packet.plan().profile().requirements().stream()
                          .map(CompetencyRequirement::competencyId)
                          .distinct()
                          .count();
              Optional<Double> exact =
                  Stream.of(in.third() / 4.0, (double) power, 1.0 / power)
                      .filter(f -> !unrequired || f == power || f == 1.0 / power)
                      .filter(f -> weights.stream().allMatch(w -> scalesExactly(w, f)))
                      .findFirst();
              if (exact.isEmpty()) {
                return;
              }
              Packet scaled = packet.withWeightsScaledBy(exact.get());
              Evaluation given = in.second().evaluate(packet.plan(), packet.all());
              Evaluation other = in.second().evaluate(scaled.plan(), scaled.all());
              assertThat(other.decision()).as("decision").isEqualTo(given.decision());
              assertThat(other.findings().scores()).isEqualTo(given.findings().scores());
              assertThat(other.findings().readiness()).isEqualTo(given.findings().readiness());
              assertThat(other.findings().consensus()).isEqualTo(given.findings().consensus());
              assertThat(other.findings().breadthDepth())
                  .as("breadth and depth")
                  .isEqualTo(given.findings().breadthDepth());
              assertThat(other.findings().overall().score())
                  .as("overall score")
                  .isEqualTo(given.findings().overall().score());
              assertThat(other.findings().overall().bars())
                  .isEqualTo(given.findings().overall().bars());
              for (int i = 0; i < given.findings().overall().contributions().size(); i++) {
                var a = given.findings().overall().contributions().get(i);
                var b = other.findings().overall().contributions().get(i);
                // Exact but for a subnormal weight (Double.MIN_VALUE x 7/4 rounds to 2 x
                // MIN_VALUE), whose share moves by a few subnormal units.
                assertThat(b.weightShare()).isCloseTo(a.weightShare(), within(1e-300));
                assertThat(b.contribution()).isCloseTo(a.contribution(), within(1e-300));
              }
            });
  }

  /** Whether {@code weight * factor} is a positive finite double equal to the exact product. */
  private static boolean scalesExactly(double weight, double factor) {
    double product = weight * factor;
    return product > 0
        && Double.isFinite(product)
        && new BigDecimal(weight)
                .multiply(new BigDecimal(factor))
                .compareTo(new BigDecimal(product))
            == 0;
  }

  @Test
  void aSplitIsReportedExactlyWhenRatingsStraddleTheHireLine() {
    PropertyCheck.forAll(PacketInputs.packets(false))
        .withTries(TRIES)
        .check(
            packet -> {
              Evaluation e = Evaluator.standard().evaluate(packet.plan(), packet.all());
              int hireLine = packet.plan().scale().hireLine();
              Map<String, List<Integer>> given = new HashMap<>();
              for (Scorecard c : packet.scorecards()) {
                c.ratings()
                    .forEach(
                        r ->
                            given
                                .computeIfAbsent(r.competencyId(), k -> new ArrayList<>())
                                .add(r.level()));
              }
              int splits = 0;
              for (Map.Entry<String, List<Integer>> g : given.entrySet()) {
                boolean straddles =
                    g.getValue().stream().anyMatch(l -> l < hireLine)
                        && g.getValue().stream().anyMatch(l -> l >= hireLine);
                splits += straddles ? 1 : 0;
                assertThat(e.findings().consensus().get(g.getKey()).orElseThrow().split())
                    .as("split of %s with ratings %s", g.getKey(), g.getValue())
                    .isEqualTo(straddles);
              }
              assertThat(e.findings().consensus().splits()).isEqualTo(splits);
            });
  }

  @Test
  void usedPlusRejectedEqualsGivenAndEveryBrokenScorecardIsRejectedForItsFault() {
    PropertyCheck.forAll(
            Gen.zip(PacketInputs.packets(false), Gen.lists(Gen.integers(0, 5), 0, 4))
                .map(p -> p.first().withBroken(p.second())))
        .withTries(TRIES)
        .check(
            packet -> {
              List<Scorecard> given = packet.all();
              Evaluation e = Evaluator.standard().evaluate(packet.plan(), "cand-1", given);
              assertThat(e.used().size() + e.rejected().size()).isEqualTo(given.size());
              assertThat(e.scorecards().stream().map(ScorecardAccount::scorecard).toList())
                  .containsExactlyInAnyOrderElementsOf(given);
              assertThat(e.used()).containsExactlyInAnyOrderElementsOf(packet.scorecards());
              for (Packet.BrokenCard broken : packet.broken()) {
                ScorecardAccount account =
                    e.scorecards().stream()
                        .filter(a -> a.scorecard().equals(broken.card()))
                        .findFirst()
                        .orElseThrow();
                assertThat(account.used()).as("%s used", broken).isFalse();
                assertThat(account.problems().stream().map(p -> p.code()).toList())
                    .as("problems of %s", broken)
                    .contains(broken.code());
              }
            });
  }

  @Test
  void theResultIsBitIdenticalUnderReorderingOfScorecards() {
    PropertyCheck.forAll(
            Gen.zip(
                Gen.zip(PacketInputs.packets(false), Gen.lists(Gen.integers(0, 5), 0, 3))
                    .map(p -> p.first().withBroken(p.second())),
                evaluators(),
                Gen.longs()))
        .withTries(TRIES)
        .check(
            in -> {
              Packet packet = in.first();
              Evaluation given = in.second().evaluate(packet.plan(), packet.all());
              Evaluation shuffled =
                  in.second().evaluate(packet.plan(), packet.shuffled(in.third()));
              assertThat(shuffled).isEqualTo(given);
              assertThat(EvaluationJson.write(shuffled)).isEqualTo(EvaluationJson.write(given));
            });
  }

  @Test
  void theFindingsAndDecisionAreIdenticalUnderReorderingOfRatings() {
    PropertyCheck.forAll(Gen.zip(PacketInputs.packets(false), evaluators(), Gen.longs()))
        .withTries(TRIES)
        .check(
            in -> {
              Packet packet = in.first();
              Packet reordered = packet.withRatingsShuffled(in.third());
              Evaluation given = in.second().evaluate(packet.plan(), packet.all());
              Evaluation other = in.second().evaluate(reordered.plan(), reordered.all());
              assertThat(other.findings()).isEqualTo(given.findings());
              assertThat(other.decision()).isEqualTo(given.decision());
              assertThat(used(other.scorecards())).isEqualTo(used(given.scorecards()));
            });
  }

  @Test
  void theJsonOfAnEvaluationReadsBackEqual() {
    PropertyCheck.forAll(
            Gen.zip(
                Gen.zip(PacketInputs.packets(false), Gen.lists(Gen.integers(0, 5), 0, 3))
                    .map(p -> p.first().withBroken(p.second())),
                evaluators()))
        .withTries(TRIES)
        .check(
            in -> {
              Evaluation e = in.second().evaluate(in.first().plan(), in.first().all());
              String json = EvaluationJson.write(e);
              assertThat(EvaluationJson.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                  .isEqualTo(e);
            });
  }

  private static List<Boolean> used(Collection<ScorecardAccount> accounts) {
    return accounts.stream().map(ScorecardAccount::used).toList();
  }
}

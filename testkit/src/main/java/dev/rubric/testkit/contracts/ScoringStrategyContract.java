package dev.rubric.testkit.contracts;

import static dev.rubric.testkit.contracts.Verdicts.TOLERANCE;
import static dev.rubric.testkit.contracts.Verdicts.close;
import static dev.rubric.testkit.contracts.Verdicts.require;
import static dev.rubric.testkit.contracts.Verdicts.within;
import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.BarCheck;
import dev.rubric.scoring.Contribution;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.OverallScore;
import dev.rubric.scoring.ScoringStrategy;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The contract suite of a {@link ScoringStrategy}: {@code
 * ScoringStrategyContract.of(myStrategy).check()}.
 *
 * <p>Laws, each checked on generated role profiles (1 to 8 competencies; weights k/4 in (0, 10],
 * now and then all of them scaled so that the largest is {@link Double#MAX_VALUE}, so that the raw
 * sum of any two of them overflows a double, or scaled by 2^-1040, and now and then one of them the
 * smallest double, {@link Double#MIN_VALUE}; optional must-have bars) and competency scores (some
 * competencies unrated). Figures that a law says are equal may differ by rounding (1e-9, relative);
 * everything else must be equal.
 *
 * <ul>
 *   <li>{@value #STAYS_ON_THE_SCALE}: the score, when present, is finite and within the scale.
 *   <li>{@value #IGNORES_SCALING_OF_WEIGHTS}: multiplying every weight by the same positive
 *       constant (k/4, k = 4..40, or, where k/4 would take a weight past the largest double, 1/2^n
 *       for the largest power of two 2^n up to k) changes no score, weight share, contribution, bar
 *       or unscored competency. A role whose weights reach both the largest double and a subnormal
 *       one that 1/2^n would round (as {@link Double#MIN_VALUE} to 0) has no such scaling; the law
 *       passes it.
 *   <li>{@value #IGNORES_REQUIREMENT_ORDER}: the requirements in another order give the same score,
 *       and the same bars, contributions and unscored competencies, each matched by competency.
 *   <li>{@value #RAISING_A_SCORE_NEVER_LOWERS_THE_OVERALL_SCORE}: raising one competency score
 *       never lowers the overall score, never removes it, and never turns a met must-have bar into
 *       a missed one.
 *   <li>{@value #CONTRIBUTIONS_SUM_TO_THE_SCORE}, only with {@link #compensatory()}: the
 *       contributions add up to the score, and the weight shares to 1.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringStrategyContract extends Contract<ScoringStrategyContract> {
  /** Law: the score stays within the scale. */
  public static final String STAYS_ON_THE_SCALE = "staysOnTheScale";

  /** Law: scaling all weights by a positive constant changes nothing. */
  public static final String IGNORES_SCALING_OF_WEIGHTS = "ignoresScalingOfWeights";

  /** Law: the order of the requirements does not matter. */
  public static final String IGNORES_REQUIREMENT_ORDER = "ignoresRequirementOrder";

  /** Law: raising one competency score never lowers the overall score. */
  public static final String RAISING_A_SCORE_NEVER_LOWERS_THE_OVERALL_SCORE =
      "raisingAScoreNeverLowersTheOverallScore";

  /** Law (with {@link #compensatory()}): the contributions add up to the score. */
  public static final String CONTRIBUTIONS_SUM_TO_THE_SCORE = "contributionsSumToTheScore";

  private final ScoringStrategy strategy;
  private final boolean compensatory;

  private ScoringStrategyContract(
      ScoringStrategy strategy, boolean compensatory, int tries, @Nullable Long seed) {
    super(tries, seed);
    this.strategy = strategy;
    this.compensatory = compensatory;
  }

  /**
   * {@return the suite for {@code strategy}, without the contributions law, 200 tries per law}
   *
   * @param strategy the strategy under test
   */
  public static ScoringStrategyContract of(ScoringStrategy strategy) {
    return new ScoringStrategyContract(
        requireNonNull(strategy, "strategy"), false, Suite.DEFAULT_TRIES, null);
  }

  /**
   * {@return this suite with the law {@value #CONTRIBUTIONS_SUM_TO_THE_SCORE} added, for a strategy
   * that reports each competency's contribution (every built-in does)}
   */
  public ScoringStrategyContract compensatory() {
    return new ScoringStrategyContract(strategy, true, tries, seed);
  }

  @Override
  ScoringStrategyContract with(int tries, @Nullable Long seed) {
    return new ScoringStrategyContract(strategy, compensatory, tries, seed);
  }

  @Override
  Suite suite() {
    Gen<ScoredRole> roles = ScoreInputs.scoredRoles(false);
    List<Law<?>> laws = new ArrayList<>();
    laws.add(Law.of(STAYS_ON_THE_SCALE, roles, this::staysOnTheScale));
    laws.add(
        Law.of(
            IGNORES_SCALING_OF_WEIGHTS,
            Gen.combine(
                roles, Gen.integers(4, 40, 8).map(k -> k / 4.0), LawInputs.ScaledWeights::new),
            this::ignoresScalingOfWeights));
    laws.add(
        Law.of(
            IGNORES_REQUIREMENT_ORDER,
            Gen.combine(roles, Gen.longs(), LawInputs.ShuffledRole::new),
            this::ignoresRequirementOrder));
    laws.add(
        Law.of(
            RAISING_A_SCORE_NEVER_LOWERS_THE_OVERALL_SCORE,
            Gen.combine(roles, Gen.integers(0, 7), Gen.doubles(0, 1), LawInputs.RaisedScore::new),
            this::raisingNeverLowers));
    if (compensatory) {
      laws.add(Law.of(CONTRIBUTIONS_SUM_TO_THE_SCORE, roles, this::contributionsSumToTheScore));
    }
    laws.add(SharedAcrossThreads.law(roles, this::score));
    return Suite.of(
        "ScoringStrategyContract",
        strategy::name,
        () -> Evaluator.builder().scoring(strategy).build(),
        laws,
        tries,
        seed);
  }

  private OverallScore score(ScoredRole in) {
    return requireNonNull(
        strategy.score(in.scores(), in.profile()), "the strategy returned null for " + in);
  }

  private void staysOnTheScale(ScoredRole in) {
    Coefficient score = score(in).score();
    if (score.isDefined()) {
      require(
          within(score.value(), in.scale().min(), in.scale().max()),
          "the overall score %s is not within the scale [%d, %d]",
          score.value(),
          in.scale().min(),
          in.scale().max());
    }
  }

  private void ignoresScalingOfWeights(LawInputs.ScaledWeights in) {
    // Weights up to the largest double are scaled down instead, by a power of two (exactly). A
    // role holding both a weight near the largest double and a subnormal one has no scaling that
    // keeps every weight: up overflows the one, down rounds the other (Double.MIN_VALUE to 0, a
    // weight the plan would no longer count). The law does not apply to it.
    double factor =
        in.role().profile().requirements().stream()
                .anyMatch(r -> Double.isInfinite(r.weight() * in.factor()))
            ? 1.0 / Integer.highestOneBit((int) (in.factor() * 4))
            : in.factor();
    if (factor < 1
        && in.role().profile().requirements().stream()
            .anyMatch(r -> (r.weight() * factor) / factor != r.weight())) {
      return;
    }
    OverallScore given = score(in.role());
    OverallScore scaled = score(in.role().withWeightsScaledBy(factor));
    String what = "with every weight multiplied by " + factor;
    sameScore(given.score(), scaled.score(), what);
    require(
        given.bars().equals(scaled.bars()),
        "the bars %s become %s %s",
        given.bars(),
        scaled.bars(),
        what);
    require(
        given.unscored().equals(scaled.unscored()),
        "the unscored competencies %s become %s %s",
        given.unscored(),
        scaled.unscored(),
        what);
    sameContributions(given.contributions(), scaled.contributions(), what);
  }

  private void ignoresRequirementOrder(LawInputs.ShuffledRole in) {
    ScoredRole shuffled = in.role().withRequirementsShuffled(in.shuffleSeed());
    OverallScore given = score(in.role());
    OverallScore reordered = score(shuffled);
    String what = "with the requirements in the order " + order(shuffled);
    sameScore(given.score(), reordered.score(), what);
    require(
        byCompetency(given.bars(), BarCheck::competencyId)
            .equals(byCompetency(reordered.bars(), BarCheck::competencyId)),
        "the bars %s become %s %s",
        given.bars(),
        reordered.bars(),
        what);
    require(
        new TreeSet<>(given.unscored()).equals(new TreeSet<>(reordered.unscored())),
        "the unscored competencies %s become %s %s",
        given.unscored(),
        reordered.unscored(),
        what);
    sameContributions(
        byCompetency(given.contributions(), Contribution::competencyId),
        byCompetency(reordered.contributions(), Contribution::competencyId),
        what);
  }

  private void raisingNeverLowers(LawInputs.RaisedScore in) {
    ScoredRole raised = in.role().raise(in.pick(), in.fraction());
    OverallScore before = score(in.role());
    OverallScore after = score(raised);
    require(
        !before.score().isDefined() || after.score().isDefined(),
        "the overall score %s disappears when a competency score is raised: %s",
        before.score(),
        raised);
    if (before.score().isDefined()) {
      double b = before.score().value();
      double a = after.score().value();
      require(
          a >= b - TOLERANCE * Math.max(1, Math.abs(b)),
          "the overall score falls from %s to %s when a competency score is raised: %s",
          b,
          a,
          raised);
    }
    Set<String> missedBefore =
        before.missedBars().stream().map(BarCheck::competencyId).collect(Collectors.toSet());
    for (BarCheck bar : after.missedBars()) {
      require(
          missedBefore.contains(bar.competencyId()),
          "the must-have bar of %s turns from met to missed when a competency score is raised: %s",
          bar.competencyId(),
          raised);
    }
  }

  private void contributionsSumToTheScore(ScoredRole in) {
    OverallScore o = score(in);
    if (!o.score().isDefined()) {
      require(
          o.contributions().isEmpty(),
          "there is no score but there are contributions %s",
          o.contributions());
      return;
    }
    double sum = 0;
    double shares = 0;
    for (Contribution c : o.contributions()) {
      sum += c.contribution();
      shares += c.weightShare();
    }
    require(
        close(sum, o.score().value()),
        "the contributions %s add up to %s, not to the score %s",
        o.contributions(),
        sum,
        o.score().value());
    require(close(shares, 1), "the weight shares add up to %s, not to 1", shares);
  }

  private static void sameScore(Coefficient a, Coefficient b, String what) {
    require(
        a.isDefined() == b.isDefined() && (!a.isDefined() || close(a.value(), b.value())),
        "the overall score %s becomes %s %s",
        a,
        b,
        what);
  }

  private static void sameContributions(List<Contribution> a, List<Contribution> b, String what) {
    boolean same = a.size() == b.size();
    for (int i = 0; same && i < a.size(); i++) {
      Contribution x = a.get(i);
      Contribution y = b.get(i);
      same =
          x.competencyId().equals(y.competencyId())
              && close(x.weightShare(), y.weightShare())
              && close(x.score(), y.score())
              && close(x.contribution(), y.contribution());
    }
    require(same, "the contributions %s become %s %s", a, b, what);
  }

  private static <T> List<T> byCompetency(
      List<T> items, java.util.function.Function<T, String> id) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(id));
    return sorted;
  }

  private static String order(ScoredRole role) {
    return role.profile().requirements().stream()
        .map(r -> r.competencyId())
        .collect(Collectors.joining(",", "[", "]"));
  }
}

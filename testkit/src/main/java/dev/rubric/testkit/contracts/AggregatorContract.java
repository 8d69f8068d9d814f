package dev.rubric.testkit.contracts;

import static dev.rubric.testkit.contracts.Verdicts.close;
import static dev.rubric.testkit.contracts.Verdicts.require;
import static dev.rubric.testkit.contracts.Verdicts.within;
import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.Evaluator;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract suite of a {@link CompetencyAggregator}: {@code
 * AggregatorContract.of(myAggregator).check()}.
 *
 * <p>Laws, each checked on generated scales (2 to 7 levels) and 1 to 12 ratings:
 *
 * <ul>
 *   <li>{@value #STAYS_ON_THE_SCALE}: the score lies within [scale.min, scale.max].
 *   <li>{@value #IS_A_NUMBER}: the score is finite, never NaN.
 *   <li>{@value #IGNORES_RATING_ORDER}: the same levels given in another order (so from other
 *       raters) give a bit-identical score.
 *   <li>{@value #UNANIMOUS_RATERS_GIVE_THEIR_LEVEL}: when every rater gives level L the score is L
 *       (within 1e-9).
 *   <li>{@value #RAISING_A_RATING_NEVER_LOWERS_THE_SCORE}, only with {@link #monotone()}: raising
 *       one rating never lowers the score. Every built-in is monotone; the {@code Evaluator}'s
 *       guarantee that a higher rating never lowers a decision rests on it.
 * </ul>
 *
 * <p>With {@link #raterAdjusted()}, for an aggregator that corrects for who rated, the order and
 * unanimity laws are left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class AggregatorContract extends Contract<AggregatorContract> {
  /** Law: the score lies within the scale. */
  public static final String STAYS_ON_THE_SCALE = "staysOnTheScale";

  /** Law: the score is a finite number. */
  public static final String IS_A_NUMBER = "isANumber";

  /** Law: the order of the ratings does not matter. */
  public static final String IGNORES_RATING_ORDER = "ignoresRatingOrder";

  /** Law: all raters at level L give L. */
  public static final String UNANIMOUS_RATERS_GIVE_THEIR_LEVEL = "unanimousRatersGiveTheirLevel";

  /** Law (with {@link #monotone()}): raising one rating never lowers the score. */
  public static final String RAISING_A_RATING_NEVER_LOWERS_THE_SCORE =
      "raisingARatingNeverLowersTheScore";

  private final CompetencyAggregator aggregator;
  private final boolean monotone;
  private final boolean raterAdjusted;

  private AggregatorContract(
      CompetencyAggregator aggregator,
      boolean monotone,
      boolean raterAdjusted,
      int tries,
      @Nullable Long seed) {
    super(tries, seed);
    this.aggregator = aggregator;
    this.monotone = monotone;
    this.raterAdjusted = raterAdjusted;
  }

  /**
   * {@return the suite for {@code aggregator}, without the monotonicity law, 200 tries per law}
   *
   * @param aggregator the aggregator under test
   */
  public static AggregatorContract of(CompetencyAggregator aggregator) {
    return new AggregatorContract(
        requireNonNull(aggregator, "aggregator"), false, false, Suite.DEFAULT_TRIES, null);
  }

  /** {@return this suite with the law {@value #RAISING_A_RATING_NEVER_LOWERS_THE_SCORE} added} */
  public AggregatorContract monotone() {
    return new AggregatorContract(aggregator, true, raterAdjusted, tries, seed);
  }

  /**
   * {@return this suite for an aggregator that corrects for who rated (such as {@link
   * CompetencyAggregator#leniencyAdjusted}): without the laws {@value #IGNORES_RATING_ORDER} and
   * {@value #UNANIMOUS_RATERS_GIVE_THEIR_LEVEL}, which hold only for an aggregator of the levels
   * alone} A lenient rater's 4 and a severe rater's 4 are meant to count differently.
   */
  public AggregatorContract raterAdjusted() {
    return new AggregatorContract(aggregator, monotone, true, tries, seed);
  }

  @Override
  AggregatorContract with(int tries, @Nullable Long seed) {
    return new AggregatorContract(aggregator, monotone, raterAdjusted, tries, seed);
  }

  @Override
  Suite suite() {
    List<Law<?>> laws = new ArrayList<>();
    laws.add(Law.of(STAYS_ON_THE_SCALE, ScoreInputs.ratedLevels(), this::staysOnTheScale));
    laws.add(Law.of(IS_A_NUMBER, ScoreInputs.ratedLevels(), this::isANumber));
    if (!raterAdjusted) {
      addLevelLaws(laws);
    }
    if (monotone) {
      laws.add(
          Law.of(
              RAISING_A_RATING_NEVER_LOWERS_THE_SCORE,
              Gen.combine(
                  ScoreInputs.ratedLevels(),
                  Gen.integers(0, 11),
                  Gen.integers(1, 6),
                  LawInputs.RaisedRating::new),
              this::raisingNeverLowers));
    }
    laws.add(
        SharedAcrossThreads.law(
            ScoreInputs.ratedLevels(), in -> aggregator.aggregate(in.sample())));
    return Suite.of(
        "AggregatorContract",
        aggregator::name,
        () -> Evaluator.builder().aggregator(aggregator).build(),
        laws,
        tries,
        seed);
  }

  private void addLevelLaws(List<Law<?>> laws) {
    laws.add(
        Law.of(
            IGNORES_RATING_ORDER,
            Gen.combine(ScoreInputs.ratedLevels(), Gen.longs(), LawInputs.ShuffledRatings::new),
            this::ignoresRatingOrder));
    laws.add(
        Law.of(
            UNANIMOUS_RATERS_GIVE_THEIR_LEVEL,
            ScoreInputs.scales()
                .flatMap(
                    scale ->
                        Gen.zip(ScoreInputs.level(scale), Gen.integers(1, 12))
                            .map(
                                p ->
                                    new RatedLevels(
                                        scale, Collections.nCopies(p.second(), p.first())))),
            this::unanimousRatersGiveTheirLevel));
  }

  private void staysOnTheScale(RatedLevels in) {
    double score = aggregator.aggregate(in.sample());
    require(
        within(score, in.scale().min(), in.scale().max()),
        "the score %s is not within the scale [%d, %d]",
        score,
        in.scale().min(),
        in.scale().max());
  }

  private void isANumber(RatedLevels in) {
    double score = aggregator.aggregate(in.sample());
    require(Double.isFinite(score), "the score %s is not a finite number", score);
  }

  private void ignoresRatingOrder(LawInputs.ShuffledRatings in) {
    RatedLevels shuffled = in.ratings().shuffled(in.shuffleSeed());
    double given = aggregator.aggregate(in.ratings().sample());
    double reordered = aggregator.aggregate(shuffled.sample());
    require(
        Double.compare(given, reordered) == 0,
        "ratings %s give %s but the same ratings in the order %s give %s",
        ScoreInputs.describe(in.ratings().levels()),
        given,
        ScoreInputs.describe(shuffled.levels()),
        reordered);
  }

  private void unanimousRatersGiveTheirLevel(RatedLevels in) {
    int level = in.levels().get(0);
    double score = aggregator.aggregate(in.sample());
    require(
        close(score, level),
        "%d raters all gave level %d but the score is %s",
        in.levels().size(),
        level,
        score);
  }

  private void raisingNeverLowers(LawInputs.RaisedRating in) {
    RatedLevels raised = in.ratings().raised(in.pick(), in.levels());
    double before = aggregator.aggregate(in.ratings().sample());
    double after = aggregator.aggregate(raised.sample());
    require(
        after >= before,
        "ratings %s give %s but the raised ratings %s give the lower %s",
        ScoreInputs.describe(in.ratings().levels()),
        before,
        ScoreInputs.describe(raised.levels()),
        after);
  }
}

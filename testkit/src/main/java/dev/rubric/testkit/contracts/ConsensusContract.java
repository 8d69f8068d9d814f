package dev.rubric.testkit.contracts;

import static dev.rubric.testkit.contracts.Verdicts.close;
import static dev.rubric.testkit.contracts.Verdicts.require;
import static java.util.Objects.requireNonNull;

import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.CompetencyConsensus;
import dev.rubric.scoring.CompetencyScore;
import dev.rubric.scoring.ConsensusMeasure;
import dev.rubric.scoring.ConsensusReport;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The contract suite of a {@link ConsensusMeasure}: {@code
 * ConsensusContract.of(myMeasure).check()}.
 *
 * <p>Laws, each checked on generated scales and 1 to 8 competencies rated by 0 to 5 raters (often
 * all at one level):
 *
 * <ul>
 *   <li>{@value #UNANIMOUS_RATERS_AGREE_FULLY}: a competency whose raters all gave one level has SD
 *       0 (when defined), range 0, average deviation 0, rwg 1 (when defined) and no split.
 *   <li>{@value #SPLIT_EXACTLY_WHEN_RATINGS_STRADDLE_THE_HIRE_LINE}: every rated competency is
 *       reported, split exactly when some rating is below the hire line and some at or above it;
 *       the report's split count is the number of split competencies.
 *   <li>{@value #IGNORES_RATING_ORDER}: each competency's ratings in another order give the same
 *       figures (within 1e-9), the same splits and the same agenda.
 *   <li>{@value #FIGURES_ARE_FINITE}: SD, rwg and average deviation are finite, SD, range and
 *       average deviation are not negative, rwg is at most 1 and the rater count is right.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsensusContract extends Contract<ConsensusContract> {
  /** Law: unanimous raters show full agreement. */
  public static final String UNANIMOUS_RATERS_AGREE_FULLY = "unanimousRatersAgreeFully";

  /** Law: a split is reported exactly when the ratings straddle the hire line. */
  public static final String SPLIT_EXACTLY_WHEN_RATINGS_STRADDLE_THE_HIRE_LINE =
      "splitExactlyWhenRatingsStraddleTheHireLine";

  /** Law: the order of the ratings does not matter. */
  public static final String IGNORES_RATING_ORDER = "ignoresRatingOrder";

  /** Law: the figures are finite numbers in their ranges. */
  public static final String FIGURES_ARE_FINITE = "figuresAreFinite";

  private final ConsensusMeasure measure;

  private ConsensusContract(ConsensusMeasure measure, int tries, @Nullable Long seed) {
    super(tries, seed);
    this.measure = measure;
  }

  /**
   * {@return the suite for {@code measure}, 200 tries per law}
   *
   * @param measure the consensus measure under test
   */
  public static ConsensusContract of(ConsensusMeasure measure) {
    return new ConsensusContract(requireNonNull(measure, "measure"), Suite.DEFAULT_TRIES, null);
  }

  @Override
  ConsensusContract with(int tries, @Nullable Long seed) {
    return new ConsensusContract(measure, tries, seed);
  }

  @Override
  Suite suite() {
    Gen<ScoredRole> rated = ScoreInputs.scoredRoles(false);
    List<Law<?>> laws = new ArrayList<>();
    laws.add(Law.of(UNANIMOUS_RATERS_AGREE_FULLY, rated, this::unanimousRatersAgreeFully));
    laws.add(Law.of(SPLIT_EXACTLY_WHEN_RATINGS_STRADDLE_THE_HIRE_LINE, rated, this::splitExactly));
    laws.add(
        Law.of(
            IGNORES_RATING_ORDER,
            Gen.combine(rated, Gen.longs(), LawInputs.ShuffledRole::new),
            this::ignoresRatingOrder));
    laws.add(Law.of(FIGURES_ARE_FINITE, rated, this::figuresAreFinite));
    laws.add(SharedAcrossThreads.law(rated, this::measure));
    return Suite.of(
        "ConsensusContract",
        measure::name,
        () -> Evaluator.builder().consensus(measure).build(),
        laws,
        tries,
        seed);
  }

  private ConsensusReport measure(ScoredRole in) {
    return requireNonNull(
        measure.measure(in.scores(), in.scale()), "the measure returned null for " + in);
  }

  private static CompetencyConsensus reported(ConsensusReport r, CompetencyScore s) {
    Optional<CompetencyConsensus> c = r.get(s.competencyId());
    require(
        c.isPresent(),
        "competency %s has %d ratings but is not in the report",
        s.competencyId(),
        s.ratings().size());
    return c.orElseThrow();
  }

  private void unanimousRatersAgreeFully(ScoredRole in) {
    ConsensusReport r = measure(in);
    for (CompetencyScore s : in.scores().scores()) {
      if (s.ratings().isEmpty()
          || s.ratings().stream().anyMatch(x -> x.level() != s.ratings().get(0).level())) {
        continue;
      }
      CompetencyConsensus c = reported(r, s);
      String who =
          s.competencyId()
              + " ("
              + s.ratings().size()
              + " raters, all "
              + s.ratings().get(0).level()
              + ")";
      require(c.sd().orElse(0) == 0, "%s has SD %s, not 0", who, c.sd());
      require(c.range() == 0, "%s has range %d, not 0", who, c.range());
      require(
          c.averageDeviation() == 0,
          "%s has average deviation %s, not 0",
          who,
          c.averageDeviation());
      require(!c.rwg().isDefined() || c.rwg().value() == 1, "%s has rwg %s, not 1", who, c.rwg());
      require(!c.split(), "%s is reported as split", who);
    }
  }

  private void splitExactly(ScoredRole in) {
    ConsensusReport r = measure(in);
    int hireLine = in.scale().hireLine();
    int splits = 0;
    for (CompetencyScore s : in.scores().scores()) {
      if (s.ratings().isEmpty()) {
        continue;
      }
      boolean below = s.ratings().stream().anyMatch(x -> x.level() < hireLine);
      boolean atOrAbove = s.ratings().stream().anyMatch(x -> x.level() >= hireLine);
      boolean straddles = below && atOrAbove;
      splits += straddles ? 1 : 0;
      require(
          reported(r, s).split() == straddles,
          "competency %s with ratings %s and hire line %d is %sreported as split",
          s.competencyId(),
          levels(s.ratings()),
          hireLine,
          straddles ? "not " : "");
    }
    require(r.splits() == splits, "the report counts %d splits, not %d", r.splits(), splits);
  }

  private void ignoresRatingOrder(LawInputs.ShuffledRole in) {
    ScoredRole shuffled = in.role().withRatingsShuffled(in.shuffleSeed());
    ConsensusReport given = measure(in.role());
    ConsensusReport reordered = measure(shuffled);
    for (CompetencyScore s : in.role().scores().scores()) {
      if (s.ratings().isEmpty()) {
        continue;
      }
      CompetencyConsensus a = reported(given, s);
      CompetencyConsensus b = reported(reordered, s);
      boolean same =
          a.raters() == b.raters()
              && a.range() == b.range()
              && a.split() == b.split()
              && a.rwgTruncated() == b.rwgTruncated()
              && close(a.averageDeviation(), b.averageDeviation())
              && same(a.sd(), b.sd())
              && same(a.rwg(), b.rwg());
      require(
          same,
          "competency %s: ratings %s give %s but in another order give %s",
          s.competencyId(),
          levels(s.ratings()),
          figures(a),
          figures(b));
    }
    require(
        given.splits() == reordered.splits()
            && same(given.meanSd(), reordered.meanSd())
            && same(given.meanRwg(), reordered.meanRwg()),
        "overall figures (splits %d, mean SD %s, mean rwg %s) become (%d, %s, %s) with the ratings"
            + " in another order",
        given.splits(),
        given.meanSd(),
        given.meanRwg(),
        reordered.splits(),
        reordered.meanSd(),
        reordered.meanRwg());
    List<String> agenda = given.agenda().stream().map(AgendaItem::competencyId).toList();
    List<String> reorderedAgenda =
        reordered.agenda().stream().map(AgendaItem::competencyId).toList();
    require(
        agenda.equals(reorderedAgenda),
        "the agenda %s becomes %s with the ratings in another order",
        agenda,
        reorderedAgenda);
  }

  private void figuresAreFinite(ScoredRole in) {
    ConsensusReport r = measure(in);
    for (CompetencyScore s : in.scores().scores()) {
      if (s.ratings().isEmpty()) {
        continue;
      }
      CompetencyConsensus c = reported(r, s);
      String who = s.competencyId() + " with ratings " + levels(s.ratings());
      require(c.raters() == s.ratings().size(), "%s has %d raters reported", who, c.raters());
      require(!c.sd().isDefined() || c.sd().value() >= 0, "%s has SD %s", who, c.sd());
      require(!c.rwg().isDefined() || c.rwg().value() <= 1, "%s has rwg %s", who, c.rwg());
      require(
          Double.isFinite(c.averageDeviation()) && c.averageDeviation() >= 0,
          "%s has average deviation %s",
          who,
          c.averageDeviation());
      require(c.range() >= 0, "%s has range %d", who, c.range());
    }
  }

  private static boolean same(Coefficient a, Coefficient b) {
    return a.isDefined() == b.isDefined() && (!a.isDefined() || close(a.value(), b.value()));
  }

  private static String levels(List<RaterLevel> ratings) {
    return ScoreInputs.describe(ratings.stream().map(RaterLevel::level).toList());
  }

  private static String figures(CompetencyConsensus c) {
    return "(raters "
        + c.raters()
        + ", SD "
        + c.sd()
        + ", range "
        + c.range()
        + ", rwg "
        + c.rwg()
        + ", AD "
        + c.averageDeviation()
        + ", split "
        + c.split()
        + ")";
  }
}

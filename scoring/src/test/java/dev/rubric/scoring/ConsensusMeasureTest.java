package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.RatingScale;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed figures on the four-point scale: sigma^2_EU = (16 - 1) / 12 = 1.25. */
class ConsensusMeasureTest {
  private static final RatingScale FOUR = RatingScale.fourPoint();

  private static CompetencyScore rated(String id, int... levels) {
    List<RaterLevel> raters = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      raters.add(RaterLevel.of("r" + (i + 1), "seat", levels[i]));
    }
    return CompetencyScore.of(id, "area", Coefficient.of(levels[0]), raters);
  }

  private static CompetencyConsensus figures(int... levels) {
    return StandardConsensus.figures(rated("c", levels), FOUR);
  }

  /**
   * Levels near the ends of an int: the exact sums outgrow a long and are taken without bound, so
   * the figures are the closed forms (sd 2e9, AD 4e9 / 3), never an overflow; a range wider than an
   * int saturates.
   */
  @Test
  void levelsNearTheEndsOfAnIntKeepExactFigures() {
    RatingScale wide =
        RatingScale.builder()
            .level(-2_000_000_000, "low")
            .level(0, "mid")
            .level(2_000_000_000, "high")
            .hireLine(0)
            .build();
    CompetencyConsensus c =
        StandardConsensus.figures(rated("c", -2_000_000_000, 0, 2_000_000_000), wide);
    // mean 0; s^2 = (4e18 + 0 + 4e18) / 2 = 4e18; AD = (2e9 + 0 + 2e9) / 3
    assertThat(c.sd().value()).isEqualTo(2e9);
    assertThat(c.averageDeviation()).isCloseTo(4e9 / 3, within(1e-6));
    assertThat(c.range()).isEqualTo(Integer.MAX_VALUE);
    assertThat(c.rwg().value()).isZero();
    assertThat(c.rwgTruncated()).isTrue();
    assertThat(c.split()).isTrue();
    RatingScale ends =
        RatingScale.builder()
            .level(Integer.MIN_VALUE, "low")
            .level(Integer.MAX_VALUE, "high")
            .hireLine(Integer.MAX_VALUE)
            .build();
    CompetencyConsensus e =
        StandardConsensus.figures(
            rated("c", Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE),
            ends);
    // x = -2^31 once and 2^31 - 1 three times: n S2 - S^2 = 3 (2^32 - 1)^2 exactly
    double spread = 3 * Math.pow(Math.pow(2, 32) - 1, 2);
    assertThat(e.sd().value()).isCloseTo(Math.sqrt(spread / 12), within(1e-6));
    assertThat(e.averageDeviation()).isCloseTo(6 * (Math.pow(2, 32) - 1) / 16, within(1e-6));
    assertThat(e.range()).isEqualTo(Integer.MAX_VALUE);
    // The small levels of an ordinary scale take the long sums: the same figures as before.
    assertThat(figures(1, 4, 4).sd().value()).isCloseTo(Math.sqrt(3.0), within(1e-15));
  }

  @Test
  void twoAdjacentRatingsAcrossTheHireLine() {
    CompetencyConsensus c = figures(2, 3);
    // s^2 = (2 x 13 - 25) / (2 x 1) = 0.5; rwg = 1 - 0.5 / 1.25 = 0.6; AD = (0.5 + 0.5) / 2
    assertThat(c.sd().value()).isCloseTo(Math.sqrt(0.5), within(1e-15));
    assertThat(c.rwg().value()).isCloseTo(0.6, within(1e-15));
    assertThat(c.rwgTruncated()).isFalse();
    assertThat(c.range()).isEqualTo(1);
    assertThat(c.averageDeviation()).isEqualTo(0.5);
    assertThat(c.split()).isTrue();
  }

  @Test
  void moreSpreadThanChanceIsTruncatedAtZero() {
    CompetencyConsensus c = figures(2, 4);
    // s^2 = 2; 1 - 2 / 1.25 = -0.6, truncated to 0
    assertThat(c.rwg().value()).isEqualTo(0.0);
    assertThat(c.rwgTruncated()).isTrue();
    assertThat(c.range()).isEqualTo(2);
    assertThat(c.averageDeviation()).isEqualTo(1.0);
  }

  @Test
  void oneRaterLeavesSdAndRwgUndefined() {
    CompetencyConsensus c = figures(3);
    assertThat(c.sd().undefinedReason()).hasValue(UndefinedReason.ONE_RATER);
    assertThat(c.rwg().undefinedReason()).hasValue(UndefinedReason.ONE_RATER);
    assertThat(c.rwgUndefinedReason())
        .hasValue("rwg needs at least two raters; this competency has one");
    assertThat(c.range()).isZero();
    assertThat(c.averageDeviation()).isZero();
    assertThat(c.split()).isFalse();
  }

  @Test
  void unanimousRatersAgreeFully() {
    CompetencyConsensus c = figures(3, 3, 3);
    assertThat(c.rwg().value()).isEqualTo(1.0);
    assertThat(c.sd().value()).isEqualTo(0.0);
    assertThat(c.split()).isFalse();
  }

  @Test
  void threeRatersOnOneSide() {
    CompetencyConsensus c = figures(3, 4, 4);
    // mean 11/3; s^2 = (3 x 41 - 121) / 6 = 1/3; rwg = 1 - (1/3) / 1.25 = 11/15
    // AD = (|9 - 11| + |12 - 11| x 2) / 9 = 4/9
    assertThat(c.rwg().value()).isCloseTo(11.0 / 15, within(1e-15));
    assertThat(c.averageDeviation()).isCloseTo(4.0 / 9, within(1e-15));
    assertThat(c.split()).isFalse();
  }

  @Test
  void mostDisputedFirstOrdersAsItsFourKeysInTurn() {
    // Law: the order is the lexicographic one of (not split, rwg with undefined last, wider span in
    // scale steps first (the range, on the four-point scale), competency id), here written with the
    // JDK's comparator combinators as the reference.
    java.util.Comparator<CompetencyConsensus> reference =
        java.util.Comparator.comparing((CompetencyConsensus c) -> !c.split())
            .thenComparingDouble(c -> c.rwg().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(c -> -c.range())
            .thenComparing(CompetencyConsensus::competencyId);
    java.util.SplittableRandom random = new java.util.SplittableRandom(23);
    List<CompetencyConsensus> pool = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int[] levels = new int[random.nextInt(1, 6)];
      for (int k = 0; k < levels.length; k++) {
        levels[k] = random.nextInt(1, 5);
      }
      pool.add(StandardConsensus.figures(rated("c" + random.nextInt(4), levels), FOUR));
    }
    for (CompetencyConsensus a : pool) {
      for (CompetencyConsensus b : pool) {
        assertThat(Integer.signum(StandardConsensus.mostDisputedFirst(a, a.range(), b, b.range())))
            .as("%s against %s", a, b)
            .isEqualTo(Integer.signum(reference.compare(a, b)));
      }
    }
  }

  @Test
  void agendaPutsSplitsFirstThenLowRwgThenWideRangeThenId() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                rated("a-wide", 1, 3, 3, 3), // split; s^2 = (4 x 28 - 100) / 12 = 1, rwg 0.2
                rated("b-calm", 3, 4), // rwg 0.6, range 1: not disputed
                rated("c-split", 2, 3), // split, rwg 0.6
                rated("d-split", 2, 4), // split, rwg 0
                rated("e-low", 3, 4, 4, 4, 3, 3), // not disputed
                CompetencyScore.of(
                    "f-none", "area", CompetencyScore.notRated("f-none"), List.of())));
    ConsensusReport r = ConsensusMeasure.standard().measure(scores, FOUR);
    assertThat(r.agenda())
        .extracting(AgendaItem::competencyId)
        .containsExactly("d-split", "a-wide", "c-split");
    assertThat(r.competencies()).hasSize(5); // f-none has no ratings
    assertThat(r.splits()).isEqualTo(3);
    assertThat(r.agenda().get(0).why())
        .isEqualTo(
            "Ratings split across the hire line (range 2, rwg 0): 'r1' (seat) 2, 'r2' (seat) 4.");
    assertThat(r.measure()).isEqualTo("standard");
  }

  /**
   * An interviewer id may hold spaces, commas, parentheses and quotes: in the agenda's sentence it
   * is quoted and escaped, so an id written to look like "another rater, level and seat" reads as
   * one id, and two ids never read alike.
   */
  @Test
  void agendaSentenceQuotesEachInterviewerSoNoIdPassesForAnotherRater() {
    CompetencyScore spoofing =
        CompetencyScore.of(
            "c",
            "area",
            Coefficient.of(3),
            List.of(
                RaterLevel.of("iv-x (seat) 4, iv-y", "seat", 2),
                RaterLevel.of("o'neil', 'r2", "seat", 4),
                RaterLevel.of("back\\", "seat", 4)));
    ConsensusReport r =
        ConsensusMeasure.standard().measure(CompetencyScores.of("mean", List.of(spoofing)), FOUR);
    assertThat(r.agenda()).hasSize(1);
    assertThat(r.agenda().get(0).why())
        .isEqualTo(
            "Ratings split across the hire line (range 2, rwg 0): 'iv-x (seat) 4, iv-y' (seat) 2,"
                + " 'o\\'neil\\', \\'r2' (seat) 4, 'back\\\\' (seat) 4.");
  }

  @Test
  void overallFiguresAreMeansOverDefinedValues() {
    CompetencyScores scores =
        CompetencyScores.of("mean", List.of(rated("x", 2, 3), rated("y", 3, 3), rated("z", 4)));
    ConsensusReport r = ConsensusMeasure.standard().measure(scores, FOUR);
    assertThat(r.meanRwg().value()).isCloseTo((0.6 + 1.0) / 2, within(1e-15));
    assertThat(r.meanSd().value()).isCloseTo(Math.sqrt(0.5) / 2, within(1e-15));
  }

  @Test
  void overallFiguresAreUndefinedWithTheirReasonWhenNoCompetencyHasTwoRaters() {
    CompetencyScores scores =
        CompetencyScores.of("one-each", List.of(rated("x", 2), rated("y", 4)));
    ConsensusReport r = ConsensusMeasure.standard().measure(scores, FOUR);
    assertThat(r.meanSd().undefinedReason()).hasValue(UndefinedReason.ONE_RATER);
    assertThat(r.meanRwg().undefinedReason()).hasValue(UndefinedReason.ONE_RATER);
  }
}

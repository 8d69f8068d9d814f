package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringStrategyTest {
  private static final RoleProfile PROFILE = Packets.profile().build();

  private static CompetencyScore score(String id, double value) {
    return CompetencyScore.of(id, "area", Coefficient.of(value), List.of());
  }

  private static CompetencyScore unscored(String id) {
    return CompetencyScore.of(id, "area", CompetencyScore.notRated(id), List.of());
  }

  @Test
  void weightedScoreReportsEachContribution() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                score("serving", 4), score("monitoring", 3), score("infra", 4), score("comms", 3)));
    OverallScore o = ScoringStrategy.weightedCompensatory().score(scores, PROFILE);
    // (3 x 4 + 1 x 3 + 2 x 4 + 2 x 3) / 8 = 29 / 8
    assertThat(o.score().value()).isEqualTo(3.625);
    assertThat(o.contributions())
        .containsExactly(
            Contribution.of("serving", 3, 0.375, 4, 1.5),
            Contribution.of("monitoring", 1, 0.125, 3, 0.375),
            Contribution.of("infra", 2, 0.25, 4, 1.0),
            Contribution.of("comms", 2, 0.25, 3, 0.75));
    assertThat(o.bars()).containsExactly(BarCheck.of("serving", 3, Coefficient.of(4)));
    assertThat(o.barsMet()).isTrue();
    assertThat(o.basis()).isEqualTo(ScoreBasis.WEIGHTED_SCORE);
    assertThat(o.strategy()).isEqualTo("weighted-compensatory");
  }

  @Test
  void missingCompetenciesRenormaliseTheWeightsAndAreNeverLow() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                score("serving", 4), score("monitoring", 2), unscored("infra"), unscored("comms")));
    OverallScore o = ScoringStrategy.hybrid().score(scores, PROFILE);
    // (3 x 4 + 1 x 2) / 4 = 3.5, not (12 + 2 + 0 + 0) / 8
    assertThat(o.score().value()).isEqualTo(3.5);
    assertThat(o.unscored()).containsExactly("infra", "comms");
    assertThat(o.contributions()).extracting(Contribution::weightShare).containsExactly(0.75, 0.25);
  }

  @Test
  void anUnratedMustHaveIsNeitherMetNorMissed() {
    CompetencyScores scores =
        CompetencyScores.of("mean", List.of(unscored("serving"), score("infra", 1)));
    OverallScore o = ScoringStrategy.conjunctive().score(scores, PROFILE);
    BarCheck bar = o.bars().get(0);
    assertThat(bar.isMet()).isFalse();
    assertThat(bar.isMissed()).isFalse();
    assertThat(o.barsMet()).isTrue();
    assertThat(o.score().value()).isEqualTo(1.0);
    assertThat(o.unscored()).containsExactly("serving", "monitoring", "comms");
  }

  @Test
  void nothingScoredGivesNoScore() {
    OverallScore o =
        ScoringStrategy.hybrid().score(CompetencyScores.of("mean", List.of()), PROFILE);
    assertThat(o.score()).isEqualTo(OverallScore.NOT_SCORED);
    assertThat(o.score().undefinedReason()).hasValue(UndefinedReason.NO_RATINGS);
    assertThat(o.contributions()).isEmpty();
    // The must-have bar of a competency nobody rated is neither met nor missed, and says why.
    BarCheck serving = o.bars().get(0);
    assertThat(serving.score())
        .isEqualTo(
            Coefficient.undefined(
                UndefinedReason.NO_RATINGS, "Nobody rated competency 'serving'."));
    assertThat(serving.isMet()).isFalse();
    assertThat(serving.isMissed()).isFalse();
  }

  @Test
  void basesAndNames() {
    CompetencyScores scores =
        CompetencyScores.of("mean", List.of(score("serving", 2), score("infra", 4)));
    OverallScore conj = ScoringStrategy.conjunctive().score(scores, PROFILE);
    assertThat(conj.basis()).isEqualTo(ScoreBasis.BARS);
    assertThat(conj.missedBars()).containsExactly(BarCheck.of("serving", 3, Coefficient.of(2)));
    assertThat(conj.score().value()).isCloseTo((6 + 8) / 5.0, within(1e-12));
    assertThat(ScoringStrategy.hybrid().score(scores, PROFILE).basis())
        .isEqualTo(ScoreBasis.BARS_THEN_WEIGHTED_SCORE);
    assertThat(ScoringStrategy.hybrid().name()).isEqualTo("hybrid");
    assertThat(ScoreBasis.WEIGHTED_SCORE.gatesOnBars()).isFalse();
    assertThat(ScoreBasis.BARS.usesThreshold()).isFalse();
  }
}

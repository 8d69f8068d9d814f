package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.RoleProfile;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of {@link Shape}: depth deployment 3; breadth 2 of three areas at 3. */
class BreadthDepthStrategyTest {
  private static final RoleProfile PROFILE =
      RoleProfile.builder()
          .title("ML engineer")
          .seniority("senior")
          .breadthDepth(
              BreadthDepthExpectation.builder()
                  .depth("deployment", 3)
                  .breadth("infrastructure", 3)
                  .breadth("modeling", 3)
                  .breadth("communication", 3)
                  .breadthRequired(2)
                  .addSupportedAreas("modeling")
                  .build())
          .build();

  private static BreadthDepthProfile assess(
      double deployment, double infrastructure, double modeling, double communication) {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                s("serving", "deployment", deployment),
                s("infra", "infrastructure", infrastructure),
                s("models", "modeling", modeling),
                s("comms", "communication", communication)));
    return BreadthDepthStrategy.areaBars().assess(scores, PROFILE);
  }

  private static CompetencyScore s(String id, String area, double score) {
    return CompetencyScore.of(id, area, Coefficient.of(score), List.of());
  }

  @Test
  void tShaped() {
    BreadthDepthProfile p = assess(4, 3, 2, 3);
    assertThat(p.shape()).isEqualTo(Shape.T_SHAPED);
    assertThat(p.depthMet()).isTrue();
    assertThat(p.breadthAreasMet()).isEqualTo(2);
    assertThat(p.gaps()).isEmpty(); // breadth met: the modeling 2 is no gap
  }

  @Test
  void specialist() {
    BreadthDepthProfile p = assess(4, 3, 2, 2);
    assertThat(p.shape()).isEqualTo(Shape.SPECIALIST);
    assertThat(p.gaps())
        .containsExactly(
            Gap.of("modeling", GapKind.BREADTH, 3, 2, 1, true),
            Gap.of("communication", GapKind.BREADTH, 3, 2, 1, false));
  }

  @Test
  void generalist() {
    BreadthDepthProfile p = assess(2, 3, 3, 3);
    assertThat(p.shape()).isEqualTo(Shape.GENERALIST);
    assertThat(p.gaps()).containsExactly(Gap.of("deployment", GapKind.DEPTH, 3, 2, 1, false));
  }

  @Test
  void developing() {
    BreadthDepthProfile p = assess(2.5, 3, 2, 2);
    assertThat(p.shape()).isEqualTo(Shape.DEVELOPING);
    assertThat(p.gaps()).hasSize(3);
    assertThat(p.gaps().get(0).shortfall()).isEqualTo(0.5);
  }

  @Test
  void areaScoreIsTheWeightedMeanOfItsCompetencies() {
    RoleProfile profile = Packets.breadthDepthPlan().profile();
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                s("serving", "deployment", 4), // weight 3
                s("monitoring", "deployment", 2), // weight 1
                CompetencyScore.of(
                    "infra", "infrastructure", CompetencyScore.notRated("infra"), List.of()),
                s("comms", "communication", 3)));
    BreadthDepthProfile p = BreadthDepthStrategy.areaBars().assess(scores, profile);
    assertThat(p.areas())
        .containsExactly(
            AreaScore.of("deployment", Coefficient.of(3.5), 2), // (3 x 4 + 1 x 2) / 4
            AreaScore.of("infrastructure", AreaScore.notRated("infrastructure"), 0),
            AreaScore.of("communication", Coefficient.of(3), 1));
    assertThat(p.areas().get(1).score().undefinedReason()).hasValue(UndefinedReason.NO_RATINGS);
    assertThat(p.unassessedAreas()).containsExactly("infrastructure");
    assertThat(p.breadthMet()).isFalse();
    assertThat(p.gaps()).isEmpty(); // the unassessed area is not read as low
  }

  @Test
  void needsAnExpectation() {
    assertThatThrownBy(
            () ->
                BreadthDepthStrategy.areaBars()
                    .assess(CompetencyScores.of("mean", List.of()), Packets.profile().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile 'Machine Learning Engineer' has no breadth-depth expectation");
  }

  /**
   * Regression (found by ScoringLaws in the testkit, seed -3405835264708599244): a competency
   * without a requirement used to weigh 1 whatever the others weighed, so doubling every weight
   * moved the area score from (2 + 2 + 1) / 3 = 1.667 to (4 + 4 + 1) / 5 = 1.8.
   */
  @Test
  void scalingEveryWeightLeavesTheAreaScoresAlone() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                s("serving", "deployment", 2),
                s("monitoring", "deployment", 2),
                s("docs", "deployment", 1)));
    RoleProfile.Builder profile =
        RoleProfile.builder()
            .title("ML engineer")
            .seniority("senior")
            .breadthDepth(
                BreadthDepthExpectation.builder()
                    .depth("deployment", 2)
                    .breadthRequired(0)
                    .build());
    RoleProfile ones =
        profile
            .requirements(
                List.of(
                    dev.rubric.core.CompetencyRequirement.of("serving", 1, 2),
                    dev.rubric.core.CompetencyRequirement.of("monitoring", 1, 2)))
            .build();
    RoleProfile twos =
        profile
            .requirements(
                List.of(
                    dev.rubric.core.CompetencyRequirement.of("serving", 2, 2),
                    dev.rubric.core.CompetencyRequirement.of("monitoring", 2, 2)))
            .build();

    BreadthDepthProfile a = BreadthDepthStrategy.areaBars().assess(scores, ones);
    BreadthDepthProfile b = BreadthDepthStrategy.areaBars().assess(scores, twos);

    // Each weighs 1 / 2 of the total; docs, unrequired, weighs the mean: (2 + 2 + 1) / 3.
    assertThat(a.areas().get(0).score().value()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(b).isEqualTo(a);
  }

  /**
   * A requirement's weight is found whatever order the profile lists its requirements in: in the
   * scores' order (found by position) or in any other (found by search), the same areas come out.
   */
  @Test
  void theRequirementsOrderNeverChangesTheAreaScores() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean",
            List.of(
                s("serving", "deployment", 4),
                s("monitoring", "deployment", 2),
                s("docs", "deployment", 1),
                s("infra", "infrastructure", 3)));
    List<dev.rubric.core.CompetencyRequirement> inOrder =
        List.of(
            dev.rubric.core.CompetencyRequirement.of("serving", 3, 2),
            dev.rubric.core.CompetencyRequirement.of("monitoring", 1, 2),
            dev.rubric.core.CompetencyRequirement.of("docs", 2, 2),
            dev.rubric.core.CompetencyRequirement.of("infra", 2, 2));
    BreadthDepthProfile expected = assessWith(scores, inOrder);
    // (3 x 4 + 1 x 2 + 2 x 1) / 6
    assertThat(expected.areas().get(0).score().value()).isCloseTo(16.0 / 6, within(1e-12));
    List<List<dev.rubric.core.CompetencyRequirement>> orders =
        List.of(
            List.of(inOrder.get(3), inOrder.get(2), inOrder.get(1), inOrder.get(0)),
            List.of(inOrder.get(0), inOrder.get(2), inOrder.get(1), inOrder.get(3)),
            List.of(inOrder.get(1), inOrder.get(0), inOrder.get(2), inOrder.get(3)),
            List.of(inOrder.get(0), inOrder.get(1), inOrder.get(3), inOrder.get(2)));
    for (List<dev.rubric.core.CompetencyRequirement> order : orders) {
      assertThat(assessWith(scores, order)).as("%s", order).isEqualTo(expected);
    }
  }

  /**
   * A profile not yet validated may require one competency twice: its first requirement weighs,
   * whether the scores' order reaches it by position or not.
   */
  @Test
  void aCompetencyRequiredTwiceWeighsItsFirstRequirement() {
    CompetencyScores scores =
        CompetencyScores.of(
            "mean", List.of(s("serving", "deployment", 4), s("monitoring", "deployment", 1)));
    dev.rubric.core.CompetencyRequirement serving =
        dev.rubric.core.CompetencyRequirement.of("serving", 3, 2);
    dev.rubric.core.CompetencyRequirement monitoring =
        dev.rubric.core.CompetencyRequirement.of("monitoring", 1, 2);
    dev.rubric.core.CompetencyRequirement monitoringAgain =
        dev.rubric.core.CompetencyRequirement.of("monitoring", 5, 2);
    // Total weight 9 either way: serving 3 / 9, monitoring 1 / 9 (its first requirement).
    double expected = (3 * 4 + 1 * 1) / 4.0;
    assertThat(
            assessWith(scores, List.of(serving, monitoring, monitoringAgain))
                .areas()
                .get(0)
                .score()
                .value())
        .isCloseTo(expected, within(1e-12));
    assertThat(
            assessWith(scores, List.of(monitoring, monitoringAgain, serving))
                .areas()
                .get(0)
                .score()
                .value())
        .isCloseTo(expected, within(1e-12));
  }

  private static BreadthDepthProfile assessWith(
      CompetencyScores scores, List<dev.rubric.core.CompetencyRequirement> requirements) {
    RoleProfile profile =
        RoleProfile.builder()
            .title("ML engineer")
            .seniority("senior")
            .requirements(requirements)
            .breadthDepth(
                BreadthDepthExpectation.builder()
                    .depth("deployment", 3)
                    .breadth("infrastructure", 3)
                    .breadthRequired(1)
                    .build())
            .build();
    return BreadthDepthStrategy.areaBars().assess(scores, profile);
  }
}

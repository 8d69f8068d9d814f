package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.WithinGroupAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A scale whose levels are not consecutive integers ({1, 3, 5, 7}, {0, 10, 20, 30}) is a
 * relabelling of the four-point scale: consensus figures that do not depend on the labels (rwg,
 * splits, what is disputed) and the decision must not change with it.
 */
class GappedScaleTest {
  private static int odd(int x) {
    return 2 * x - 1;
  }

  private static int tens(int x) {
    return 10 * (x - 1);
  }

  private static int same(int x) {
    return x;
  }

  private static final int[][] PACKETS = {
    {3, 3, 4, 3, 3}, // serving 3 and 4: adjacent levels, rwg 0.6
    {2, 3, 3, 3, 3}, // a split on the must-have
    {4, 4, 4, 4, 4},
    {1, 2, 2, 3, 4},
    {3, 4, 3, 2, 4},
    {4, 2, 1, 4, 4}, // serving 4 and 1: the widest spread, rwg truncated
    {2, 1, 2, 1, 1},
  };

  private static RatingScale relabelled(IntUnaryOperator f) {
    List<ScaleLevel> levels = new ArrayList<>();
    for (ScaleLevel l : RatingScale.fourPoint().levels()) {
      levels.add(ScaleLevel.of(f.applyAsInt(l.value()), l.label()));
    }
    return RatingScale.of(levels, f.applyAsInt(RatingScale.fourPoint().hireLine()));
  }

  private static InterviewPlan plan(IntUnaryOperator f) {
    RoleProfile profile =
        dev.rubric.fixtures.Plans.profile()
            .addRequirements(
                CompetencyRequirement.mustHave("serving", 3, f.applyAsInt(3), f.applyAsInt(3)))
            .addRequirements(CompetencyRequirement.of("monitoring", 1, f.applyAsInt(3)))
            .addRequirements(CompetencyRequirement.of("infra", 2, f.applyAsInt(3)))
            .addRequirements(CompetencyRequirement.of("comms", 2, f.applyAsInt(3)))
            .build();
    InterviewPlan four = Packets.plan(profile);
    InterviewPlan.Builder plan =
        InterviewPlan.builder()
            .id(four.id())
            .profile(profile)
            .scale(relabelled(f))
            .seatsPerCompetency(four.seatsPerCompetency())
            .addAllPanelRoles(four.panelRoles())
            .addAllStages(four.stages());
    for (Competency c : four.competencies()) {
      plan.addCompetencies(
          Competency.builder()
              .id(c.id())
              .name(c.name())
              .area(c.area())
              .putAnchors(f.applyAsInt(1), "No example")
              .putAnchors(f.applyAsInt(2), "Talks in theory")
              .putAnchors(f.applyAsInt(3), "Did it once")
              .putAnchors(f.applyAsInt(4), "Built it for others")
              .build());
    }
    return plan.build();
  }

  private static Evaluation evaluate(IntUnaryOperator f, int[] p) {
    InterviewPlan plan = plan(f);
    List<Scorecard> cards =
        Packets.packet(
            plan,
            f.applyAsInt(p[0]),
            f.applyAsInt(p[1]),
            f.applyAsInt(p[2]),
            f.applyAsInt(p[3]),
            f.applyAsInt(p[4]));
    // The margin around the threshold is a distance in level values: relabelled with the scale.
    double step = f.applyAsInt(2) - f.applyAsInt(1);
    return Evaluator.builder()
        .thresholds(DecisionThresholds.builder().margin(0.25 * step).build())
        .build()
        .evaluate(plan, cards);
  }

  /** What must not depend on the labels of the levels. */
  private static List<Object> invariant(Evaluation e) {
    ConsensusReport c = e.findings().consensus();
    List<Object> out = new ArrayList<>();
    out.add(e.decision().outcome());
    out.add(e.decision().reasons().stream().map(r -> r.code() + " " + r.subject()).toList());
    out.add(c.competencies().stream().map(x -> x.competencyId() + " " + x.rwg()).toList());
    out.add(c.competencies().stream().map(x -> x.competencyId() + " " + x.rwgTruncated()).toList());
    out.add(c.competencies().stream().map(x -> x.competencyId() + " " + x.split()).toList());
    out.add(c.splits());
    out.add(c.meanRwg());
    out.add(c.agenda().stream().map(AgendaItem::competencyId).toList());
    return out;
  }

  @Test
  void aRelabelledScaleGivesTheSameDecisionAndConsensus() {
    for (int[] p : PACKETS) {
      List<Object> consecutive = invariant(evaluate(GappedScaleTest::same, p));
      assertThat(invariant(evaluate(GappedScaleTest::odd, p)))
          .as("{1, 3, 5, 7}")
          .isEqualTo(consecutive);
      assertThat(invariant(evaluate(GappedScaleTest::tens, p)))
          .as("{0, 10, 20, 30}")
          .isEqualTo(consecutive);
    }
  }

  @Test
  void adjacentLevelsTwoApartAreNeitherDisputedNorWeak() {
    Evaluation e = evaluate(GappedScaleTest::odd, PACKETS[0]);
    CompetencyConsensus serving = e.findings().consensus().competencies().get(0);
    assertThat(serving.competencyId()).isEqualTo("serving");
    // ratings 5 and 7: variance 2 in values, 0.5 in steps; the null over {1, 3, 5, 7} is 5 (1.25
    // in steps), so rwg = 1 - 2 / 5 = 0.6, not 1 - 2 / 1.25 truncated to 0
    assertThat(serving.rwg().value()).isEqualTo(1 - 0.5 / 1.25);
    assertThat(serving.range()).isEqualTo(2); // in level values, as documented
    assertThat(e.findings().consensus().agenda()).isEmpty();
    assertThat(e.decision().reasons())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.WEAK_CONSENSUS_ON_MUST_HAVE);
  }

  @Test
  void anUnevenScaleUsesTheUniformNullOverItsOwnLevels() {
    RatingScale uneven =
        RatingScale.builder().level(1, "no").level(2, "maybe").level(4, "yes").hireLine(4).build();
    RatingScale doubled =
        RatingScale.builder().level(2, "no").level(4, "maybe").level(8, "yes").hireLine(8).build();
    CompetencyScore ratings =
        CompetencyScore.of(
            "c",
            "area",
            dev.rubric.scoring.agreement.Coefficient.of(2),
            List.of(RaterLevel.of("a", "s", 1), RaterLevel.of("b", "s", 2)));
    CompetencyScore doubledRatings =
        CompetencyScore.of(
            "c",
            "area",
            dev.rubric.scoring.agreement.Coefficient.of(4),
            List.of(RaterLevel.of("a", "s", 2), RaterLevel.of("b", "s", 4)));
    // null over {1, 2, 4}: (3 x 21 - 49) / 9 = 14 / 9; ratings 1 and 2: variance 0.5
    double rwg = StandardConsensus.figures(ratings, uneven).rwg().value();
    assertThat(rwg).isEqualTo(1 - 0.5 / (14.0 / 9));
    assertThat(StandardConsensus.figures(doubledRatings, doubled).rwg().value()).isEqualTo(rwg);
    // 2 and 4 on {1, 2, 4} are one step apart: not disputed for their spread (hire line 2)
    ConsensusReport r =
        StandardConsensus.INSTANCE.measure(
            CompetencyScores.of(
                "mean",
                List.of(
                    CompetencyScore.of(
                        "c",
                        "area",
                        dev.rubric.scoring.agreement.Coefficient.of(3),
                        List.of(
                            RaterLevel.of("a", "s", 2),
                            RaterLevel.of("b", "s", 4),
                            RaterLevel.of("c", "s", 4),
                            RaterLevel.of("d", "s", 4),
                            RaterLevel.of("e", "s", 4),
                            RaterLevel.of("f", "s", 4),
                            RaterLevel.of("g", "s", 4),
                            RaterLevel.of("h", "s", 4))))),
            RatingScale.builder()
                .level(1, "no")
                .level(2, "maybe")
                .level(4, "yes")
                .hireLine(2)
                .build());
    // variance (8 x 116 - 900) / 56 = 0.5, rwg 1 - 0.5 / (14 / 9) above 0.5; range 2 in values
    assertThat(r.competencies().get(0).rwg().value()).isGreaterThan(0.5);
    assertThat(r.competencies().get(0).range()).isEqualTo(2);
    assertThat(r.agenda()).isEmpty();
  }

  @Test
  void theNullOverLevelValuesIsTheUniformNullForConsecutiveLevels() {
    for (int a = 2; a <= 40; a++) {
      for (long start : new long[] {-7, 0, 1, 1_000_000_000L}) {
        long[] values = new long[a];
        for (int k = 0; k < a; k++) {
          values[k] = start + k;
        }
        assertThat(WithinGroupAgreement.uniformNullVariance(values))
            .isEqualTo(WithinGroupAgreement.uniformNullVariance(a));
      }
    }
    assertThat(WithinGroupAgreement.uniformNullVariance(new long[] {1, 3, 5, 7})).isEqualTo(5.0);
    assertThat(WithinGroupAgreement.uniformNullVariance(new long[] {4, 1, 2})).isEqualTo(14.0 / 9);
  }
}

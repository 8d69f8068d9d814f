package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RoleProfile;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A weight may be any finite number above zero. Weights near the largest double must not add up to
 * infinity (every share would be 0 and the score the lowest competency score), and a subnormal
 * weight must not vanish against the total (an area holding only that competency had no score but
 * NaN, and the evaluation failed).
 */
class ExtremeWeightsTest {
  /** {@link Packets#breadthDepthPlan()} with each requirement's weight replaced. */
  private static InterviewPlan withWeights(UnaryOperator<CompetencyRequirement> change) {
    InterviewPlan base = Packets.breadthDepthPlan();
    RoleProfile profile = base.profile();
    List<CompetencyRequirement> requirements = profile.requirements().stream().map(change).toList();
    return InterviewPlan.builder()
        .from(base)
        .profile(RoleProfile.builder().from(profile).requirements(requirements).build())
        .build();
  }

  private static CompetencyRequirement weighing(CompetencyRequirement r, double weight) {
    return CompetencyRequirement.builder().from(r).weight(weight).build();
  }

  /** Serving split 2 against 4 (a heavy competency split across the hire line). */
  private static Evaluation evaluate(InterviewPlan plan) {
    return Evaluator.standard().evaluate(plan, Packets.packet(plan, 2, 4, 4, 3, 2));
  }

  /**
   * Law: multiplying every weight by a power of two changes no score, share, area or reason, even
   * when the weights come near the largest double (2^1021 x 3: their sum, 2^1024, overflows) or
   * become subnormal.
   */
  @ParameterizedTest
  @ValueSource(ints = {1021, 1020, 500, -500, -1040, -1060})
  void scalingEveryWeightByAPowerOfTwoChangesNothing(int exponent) {
    InterviewPlan plain = withWeights(UnaryOperator.identity());
    InterviewPlan scaled = withWeights(r -> weighing(r, Math.scalb(r.weight(), exponent)));
    assertThat(scaled.validate().errors()).isEmpty();

    Evaluation a = evaluate(plain);
    Evaluation b = evaluate(scaled);

    assertThat(b.findings().overall().score()).isEqualTo(a.findings().overall().score());
    assertThat(b.findings().overall().contributions())
        .extracting(
            Contribution::competencyId, Contribution::weightShare, Contribution::contribution)
        .isEqualTo(
            a.findings().overall().contributions().stream()
                .map(
                    c ->
                        org.assertj.core.groups.Tuple.tuple(
                            c.competencyId(), c.weightShare(), c.contribution()))
                .toList());
    assertThat(b.findings().breadthDepth()).isEqualTo(a.findings().breadthDepth());
    assertThat(b.decision().outcome()).isEqualTo(a.decision().outcome());
    assertThat(b.decision().reasons())
        .extracting(Reason::code, Reason::figures, Reason::sentence)
        .isEqualTo(
            a.decision().reasons().stream()
                .map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.figures(), r.sentence()))
                .toList());
    assertThat(b.decision().reasons())
        .extracting(Reason::code)
        .contains(ReasonCode.SPLIT_ON_HEAVY_COMPETENCY);
  }

  /**
   * A subnormal weight next to ordinary ones counts for nothing in the overall score, yet the area
   * it alone makes up still has its score.
   */
  @ParameterizedTest
  @ValueSource(doubles = {Double.MIN_VALUE, 1e-320, 1e-310})
  void aSubnormalWeightAloneInItsAreaKeepsTheAreasScore(double tiny) {
    InterviewPlan plan = withWeights(r -> r.competencyId().equals("comms") ? weighing(r, tiny) : r);
    assertThat(plan.validate().errors()).isEmpty();

    Evaluation e = evaluate(plan);

    BreadthDepthProfile profile = e.findings().breadthDepth().orElseThrow();
    AreaScore communication =
        profile.areas().stream().filter(a -> a.area().equals("communication")).findFirst().get();
    assertThat(communication.score().value()).isEqualTo(2.0);
    Contribution comms =
        e.findings().overall().contributions().stream()
            .filter(c -> c.competencyId().equals("comms"))
            .findFirst()
            .orElseThrow();
    assertThat(comms.weight()).isEqualTo(tiny);
    assertThat(comms.weightShare()).isLessThan(1e-300);
    // the other three weigh 3, 1 and 2: serving (2 and 4: 3), monitoring 4, infra 3
    assertThat(e.findings().overall().score().value()).isEqualTo((3 * 3.0 + 4 + 2 * 3.0) / 6);
  }
}

package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ValidationReport;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.PropertyCheck;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.domain.BrokenPlan;
import dev.rubric.testkit.domain.BrokenScorecard;
import dev.rubric.testkit.domain.History;
import dev.rubric.testkit.domain.Packet;
import dev.rubric.testkit.domain.PlanShape;
import dev.rubric.testkit.domain.RubricGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated valid values validate without errors; every broken variant fails as it says. */
class ValidationLaws {
  static Gen<InterviewPlan> plans() {
    return RubricGen.plans();
  }

  static Gen<Pair<InterviewPlan, Scorecard>> scorecards() {
    return RubricGen.plans().flatMap(p -> RubricGen.scorecardsFor(p).map(c -> new Pair<>(p, c)));
  }

  static Gen<Packet> packets() {
    return RubricGen.packets();
  }

  static Gen<History> histories() {
    return RubricGen.histories();
  }

  static Gen<BrokenPlan> brokenPlans() {
    return RubricGen.brokenPlans();
  }

  static Gen<BrokenScorecard> brokenScorecards() {
    return RubricGen.brokenScorecards();
  }

  @Property
  void everyGeneratedPlanValidatesWithoutErrors(@ForAll("plans") InterviewPlan plan) {
    assertThat(plan.validate().errors()).isEmpty();
    assertThat(plan.competencies()).hasSizeBetween(1, 20);
    assertThat(plan.panelRoles()).hasSizeBetween(1, 8);
    assertThat(plan.scale().levels()).hasSizeBetween(2, 7);
    assertThat(plan.competencies().stream().map(c -> c.area()).distinct().count())
        .isBetween(1L, 8L);
  }

  @Property
  void everyGeneratedScorecardValidatesAgainstItsPlan(
      @ForAll("scorecards") Pair<InterviewPlan, Scorecard> pair) {
    assertThat(pair.second().validateAgainst(pair.first()).errors()).isEmpty();
  }

  @Property(tries = 100)
  void packetsHoldOneValidScorecardPerSeat(@ForAll("packets") Packet packet) {
    List<String> seats = new ArrayList<>();
    for (PanelRole seat : packet.plan().panelRoles()) {
      if (!packet.missingSeat().equals(java.util.Optional.of(seat.id()))) {
        seats.add(seat.id());
      }
    }
    assertThat(packet.scorecards().stream().map(Scorecard::panelRoleId))
        .containsExactlyElementsOf(seats);
    for (Scorecard card : packet.scorecards()) {
      assertThat(card.candidateId()).isEqualTo(packet.candidateId());
      assertThat(card.validateAgainst(packet.plan()).errors()).isEmpty();
    }
  }

  @Property(tries = 100)
  void historiesHoldOnlyValidScorecards(@ForAll("histories") History history) {
    for (Scorecard card : history.scorecards()) {
      assertThat(card.validateAgainst(history.plan()).errors()).isEmpty();
    }
  }

  @Property(tries = 400)
  void everyBrokenPlanYieldsExactlyItsCode(@ForAll("brokenPlans") BrokenPlan broken) {
    ValidationReport report = broken.plan().validate();
    assertThat(errorCodes(report)).as(broken.mutation()).containsExactly(broken.expectedCode());
    broken
        .expectedPath()
        .ifPresent(
            path ->
                assertThat(report.errors())
                    .as(broken.mutation())
                    .extracting(Problem::path)
                    .contains(path));
  }

  @Property(tries = 300)
  void everyBrokenScorecardYieldsExactlyItsCode(
      @ForAll("brokenScorecards") BrokenScorecard broken) {
    ValidationReport report = broken.scorecard().validateAgainst(broken.plan());
    assertThat(errorCodes(report)).as(broken.mutation()).containsExactly(broken.expectedCode());
    broken
        .expectedPath()
        .ifPresent(
            path ->
                assertThat(report.errors())
                    .as(broken.mutation())
                    .extracting(Problem::path)
                    .contains(path));
  }

  @Test
  void everyMutationIsGenerated() {
    Set<String> plans =
        RubricGen.brokenPlans().sample(1, 600).stream()
            .map(BrokenPlan::mutation)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> cards =
        RubricGen.brokenScorecards().sample(1, 300).stream()
            .map(BrokenScorecard::mutation)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(plans).containsExactlyInAnyOrderElementsOf(RubricGen.planMutations());
    assertThat(cards).containsExactlyInAnyOrderElementsOf(RubricGen.scorecardMutations());
  }

  // A property that fails on most plans: everything the engine tries while shrinking, the shrunk
  // counterexample included, must still be a valid plan.
  @Test
  void shrinkingKeepsPlansValid() {
    List<InterviewPlan> tried = new ArrayList<>();
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(RubricGen.plans())
                    .withSeed(42)
                    .check(
                        plan -> {
                          tried.add(plan);
                          assertThat(plan.competencies().size() + plan.panelRoles().size())
                              .isLessThan(4);
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 42");
    assertThat(tried.size()).isGreaterThan(10);
    for (InterviewPlan plan : tried) {
      assertThat(plan.validate().errors()).isEmpty();
    }
    InterviewPlan last = tried.get(tried.size() - 1);
    assertThat(last.competencies().size() + last.panelRoles().size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void shapesBoundTheGeneratedPlans() {
    PlanShape shape =
        PlanShape.standard()
            .withLevels(3, 3)
            .withCompetencies(2, 4)
            .withSeats(2, 2)
            .withMustHaveBars(false)
            .withBreadthDepth(false);
    for (InterviewPlan plan : RubricGen.plans(shape).sample(7, 100)) {
      assertThat(plan.scale().levels()).hasSize(3);
      assertThat(plan.competencies()).hasSizeBetween(2, 4);
      assertThat(plan.panelRoles()).hasSize(2);
      assertThat(plan.profile().requirements()).noneMatch(r -> r.mustHaveBar().isPresent());
      assertThat(plan.profile().breadthDepth()).isEmpty();
    }
    assertThatThrownBy(() -> PlanShape.standard().withSeats(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seats range [0, 3] must satisfy 1 <= min <= max <= 8");
  }

  @Test
  void standardPlansVaryInShape() {
    List<InterviewPlan> plans = RubricGen.plans().sample(3, 300);
    assertThat(plans).anyMatch(p -> p.competencies().size() == 1);
    assertThat(plans).anyMatch(p -> p.competencies().size() >= 15);
    assertThat(plans).anyMatch(p -> p.panelRoles().size() >= 6);
    assertThat(plans).anyMatch(p -> p.scale().size() == 7);
    assertThat(plans).anyMatch(p -> p.profile().breadthDepth().isPresent());
    assertThat(plans).anyMatch(p -> p.profile().breadthDepth().isEmpty());
    assertThat(plans)
        .anyMatch(p -> p.profile().requirements().stream().anyMatch(r -> r.isMustHave()));
    assertThat(plans).anyMatch(p -> p.profile().environment().cloud().isPresent());
    assertThat(plans).anyMatch(p -> p.profile().environment().cloud().isEmpty());
  }

  private static List<String> errorCodes(ValidationReport report) {
    return report.errors().stream().map(Problem::code).distinct().toList();
  }
}

package dev.rubric.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Approval;
import dev.rubric.core.Competency;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Scorecard;
import dev.rubric.core.SeatKind;
import dev.rubric.core.json.JsonLimits;
import dev.rubric.core.json.RubricJson;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.PropertyCheck;
import dev.rubric.testkit.Tuple.Pair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanShape#withProcess}, {@link PlanShape#withHostileText} and the hostile scorecards:
 * valid, complete, round-tripping through JSON, shrinking to the plain case, and leaving the
 * standard generators' values alone.
 */
class ProcessAndHostileTextTest {
  private static final PlanShape PROCESS = PlanShape.standard().withProcess(true);
  private static final PlanShape HOSTILE = PlanShape.standard().withHostileText(true);
  private static final PlanShape BOTH = PROCESS.withHostileText(true);
  private static final int LONGEST = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * The options draw their choices only when asked for: the standard plans and packets of a seed
   * are the ones they were before the options existed (pinned from that version).
   */
  @Test
  void theStandardGeneratorsKeepTheValuesOfEverySeed() {
    List<String> seen = new ArrayList<>();
    RubricGen.plans().sample(20261202L, 30).forEach(p -> seen.add(p.fingerprint()));
    RubricGen.packets().sample(20261202L, 30).stream()
        .flatMap(k -> k.scorecards().stream())
        .forEach(c -> seen.add(c.toString()));

    assertThat(Integer.toHexString(seen.hashCode())).isEqualTo("1708d057");
  }

  @Test
  void plansWithTheProcessAreValidAndHoldEveryPart() {
    List<InterviewPlan> plans = RubricGen.plans(PROCESS).sample(1, 300);

    assertThat(plans).allSatisfy(p -> assertThat(p.validate().errors()).isEmpty());
    List<PanelRole> seats = plans.stream().flatMap(p -> p.panelRoles().stream()).toList();
    assertThat(seats)
        .anySatisfy(r -> assertThat(r.shadow()).isTrue())
        .anySatisfy(r -> assertThat(r.kind()).contains(SeatKind.TECHNICAL))
        .anySatisfy(r -> assertThat(r.kind()).contains(SeatKind.CROSS_FUNCTIONAL))
        .anySatisfy(r -> assertThat(r.kind()).isEmpty());
    assertThat(plans)
        .anySatisfy(p -> assertThat(p.panelRoles().stream().filter(PanelRole::shadow)).hasSize(2))
        .anySatisfy(p -> assertThat(p.approvals()).hasSize(3))
        .anySatisfy(p -> assertThat(p.approvedAt()).contains(EARLIEST))
        .anySatisfy(p -> assertThat(p.approvedAt()).contains(LATEST))
        .anySatisfy(p -> assertThat(p.decisionDueWithin()).contains(Duration.ofHours(24)))
        .anySatisfy(
            p ->
                assertThat(p.approvals().stream().map(Approval::approvedAt).distinct().count())
                    .isLessThan(p.approvals().size()))
        .anySatisfy(
            p ->
                assertThat(
                        p.stages().stream()
                            .flatMap(s -> s.feedbackDueWithin().stream())
                            .filter(d -> d.compareTo(Duration.ofDays(365)) > 0))
                    .isNotEmpty());
    // A shadow seat sits in with a counted seat: the same competencies, in its stage.
    for (InterviewPlan p : plans) {
      for (PanelRole shadow : p.panelRoles()) {
        if (shadow.shadow()) {
          assertThat(p.panelRoles())
              .anySatisfy(
                  r -> {
                    assertThat(r.shadow()).isFalse();
                    assertThat(r.competencies()).isEqualTo(shadow.competencies());
                    assertThat(p.stageOf(r.id()).map(EvaluationStage::id))
                        .isEqualTo(p.stageOf(shadow.id()).map(EvaluationStage::id));
                  });
        }
      }
    }
  }

  @Test
  void hostilePlansAreValidRoundTripAndReachEveryEdgeOfTheIdGrammar() {
    List<InterviewPlan> plans = RubricGen.plans(BOTH).sample(2, 120);
    RubricJson json = RubricJson.standard();

    assertThat(plans)
        .allSatisfy(
            p -> {
              assertThat(p.validate().errors()).isEmpty();
              assertThat(json.readPlan(json.writePlan(p)).value()).contains(p);
            });
    List<String> ids =
        plans.stream()
            .flatMap(
                p ->
                    Stream.of(
                            Stream.of(p.id()),
                            p.competencies().stream().map(Competency::id),
                            p.panelRoles().stream().map(PanelRole::id),
                            p.stages().stream().map(EvaluationStage::id))
                        .flatMap(s -> s))
            .toList();
    assertThat(ids)
        .anySatisfy(id -> assertThat(id).hasSize(1))
        .anySatisfy(id -> assertThat(id).matches("[0-9-]+"))
        .anySatisfy(id -> assertThat(id).matches("[a-z0-9](-[a-z0-9])+"))
        .anySatisfy(id -> assertThat(id).startsWith("abcdefghijklmnopqrstuvwxyz0123456789-"))
        .anySatisfy(id -> assertThat(id).hasSize(LONGEST));
    String text =
        String.join(
            "",
            plans.stream()
                .flatMap(
                    p ->
                        Stream.concat(
                            p.competencies().stream().map(Competency::name),
                            p.panelRoles().stream().map(PanelRole::title)))
                .toList());
    assertThat(text).contains("\u200b", "\u202e", "\u00a0", "\u2028", "\u0301", "\ufeff", "о");
    assertThat(RubricGen.plans(HOSTILE).sample(3, 50))
        .allSatisfy(
            p -> {
              assertThat(p.validate().errors()).isEmpty();
              assertThat(p.approvals()).isEmpty();
              assertThat(p.panelRoles()).noneSatisfy(r -> assertThat(r.shadow()).isTrue());
            })
        .anySatisfy(p -> assertThat(p.id()).isNotEqualTo("plan-" + p.id().replaceAll("\\D", "")));
  }

  @Test
  void aPlanShrinksToThePlainPlanAroundWhatFails() {
    InterviewPlan shadowed =
        PropertyCheck.forAll(RubricGen.plans(BOTH))
            .withSeed(3)
            .runThat(p -> p.panelRoles().stream().noneMatch(PanelRole::shadow))
            .shrunk()
            .orElseThrow();
    InterviewPlan longId =
        PropertyCheck.forAll(RubricGen.plans(BOTH))
            .withSeed(3)
            .runThat(p -> p.competencies().stream().allMatch(c -> c.id().length() < 100))
            .shrunk()
            .orElseThrow();

    assertThat(shadowed.panelRoles().stream().map(PanelRole::id))
        .containsExactly("seat-1", "shadow-1");
    assertThat(shadowed.approvals()).isEmpty();
    assertThat(shadowed.panelRoles()).allSatisfy(r -> assertThat(r.kind()).isEmpty());
    assertThat(shadowed.id()).isEqualTo("plan-1");
    assertThat(longId.competencies()).hasSize(1);
    assertThat(longId.competencies().get(0).id()).hasSize(LONGEST);
    assertThat(longId.competencies().get(0).name()).isEqualTo("Model serving 1");
    assertThat(longId.panelRoles().stream().map(PanelRole::id)).containsExactly("seat-1");
  }

  @Test
  void hostileScorecardsAreValidRoundTripAndMeetTheProcessAtItsEdges() {
    List<Pair<InterviewPlan, Scorecard>> cards =
        RubricGen.plans(BOTH)
            .flatMap(p -> Gen.zip(Gen.constant(p), RubricGen.hostileScorecardsFor(p)))
            .sample(4, 400);
    RubricJson json = RubricJson.standard();

    assertThat(cards)
        .allSatisfy(
            t -> {
              assertThat(t.second().validateAgainst(t.first()).errors()).isEmpty();
              assertThat(json.readScorecard(json.writeScorecard(t.second())).value())
                  .contains(t.second());
            })
        .anySatisfy(t -> assertThat(t.second().interviewedAt()).isEmpty())
        .anySatisfy(
            t ->
                assertThat(t.second().interviewedAt().map(i -> i.plusSeconds(1)))
                    .isEqualTo(t.first().approvedAt())
                    .isPresent())
        .anySatisfy(
            t ->
                assertThat(t.second().interviewedAt())
                    .isEqualTo(t.first().approvedAt())
                    .isPresent())
        .anySatisfy(t -> assertThat(lateBy(t)).contains(Duration.ZERO))
        .anySatisfy(t -> assertThat(lateBy(t)).contains(Duration.ofSeconds(1)))
        .anySatisfy(t -> assertThat(t.second().candidateId()).startsWith("\u0441\u0430nd"))
        .anySatisfy(t -> assertThat(t.second().interviewerId()).contains(" "))
        .anySatisfy(t -> assertThat(t.second().candidateId()).hasSize(LONGEST))
        .anySatisfy(
            t ->
                assertThat(t.second().ratings())
                    .anySatisfy(r -> assertThat(r.evidence()).contains("\u200d")));
  }

  @Test
  void aHostileScorecardShrinksToThePlainOne() {
    Scorecard card =
        PropertyCheck.forAll(RubricGen.plans(BOTH).flatMap(RubricGen::hostileScorecardsFor))
            .withSeed(5)
            .runThat(c -> c.interviewedAt().isEmpty())
            .shrunk()
            .orElseThrow();

    assertThat(card.candidateId()).isEqualTo("candidate-1");
    assertThat(card.interviewerId()).isEqualTo("interviewer-1");
    assertThat(card.interviewedAt()).contains(card.submittedAt());
  }

  @Test
  void hostilePacketsHoldAValidScorecardForEverySeat() {
    // snippet:hostile-packets start
    Gen<InterviewPlan> everything =
        RubricGen.plans(PlanShape.standard().withProcess(true).withHostileText(true));
    Gen<Packet> hostilePackets = everything.flatMap(RubricGen::hostilePacketsFor);
    // snippet:hostile-packets end
    List<Packet> packets = hostilePackets.sample(6, 60);

    assertThat(packets)
        .allSatisfy(
            k -> {
              assertThat(k.scorecards()).hasSameSizeAs(k.plan().panelRoles());
              assertThat(k.scorecards())
                  .allSatisfy(
                      c -> {
                        assertThat(c.candidateId()).isEqualTo(k.candidateId());
                        assertThat(c.validateAgainst(k.plan()).errors()).isEmpty();
                      });
            });
  }

  private static Optional<Duration> lateBy(Pair<InterviewPlan, Scorecard> t) {
    Optional<Duration> due =
        t.first().stageOf(t.second().panelRoleId()).flatMap(EvaluationStage::feedbackDueWithin);
    return due.flatMap(
        d ->
            t.second()
                .interviewedAt()
                .map(i -> Duration.between(i.plus(d), t.second().submittedAt())));
  }
}

package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Approval;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import dev.rubric.core.SeatKind;
import dev.rubric.scoring.json.EvaluationJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's process: deadlines and the caller's clock, the debrief, shadow seats and the
 * plan's approval.
 */
class ProcessEvaluationTest {
  private static final Instant MONDAY_10 = Instant.parse("2026-11-16T10:00:00Z");

  /** Technical stage (deploy, infra) due in 24 h; cross-functional stage (comms) due in 48 h. */
  private static InterviewPlan.Builder timedPlan() {
    InterviewPlan base = Packets.plan();
    return InterviewPlan.builder()
        .from(base)
        .stages(
            List.of(
                EvaluationStage.builder()
                    .id("technical")
                    .title("Technical")
                    .addPanelRoles("deploy", "infra")
                    .feedbackDueWithin(Duration.ofHours(24))
                    .build(),
                EvaluationStage.builder()
                    .id("cross-functional")
                    .title("Cross-functional")
                    .addPanelRoles("comms")
                    .feedbackDueWithin(Duration.ofHours(48))
                    .build()))
        .decisionDueWithin(Duration.ofDays(5));
  }

  private static Scorecard card(
      InterviewPlan plan, String who, String seat, Instant interviewed, Instant submitted) {
    Scorecard.Builder b = Packets.card(plan, who, seat).submittedAt(submitted);
    b.interviewedAt(interviewed);
    plan.panelRole(seat)
        .orElseThrow()
        .competencies()
        .forEach(c -> b.rate(c, 3, "Described a production rollout."));
    return b.build();
  }

  /** The timed plan with a technical shadow seat, deploy-shadow, in its first stage. */
  private static InterviewPlan planWithShadowSeat() {
    InterviewPlan base = timedPlan().build();
    PanelRole shadow =
        PanelRole.builder()
            .from(Packets.seat("deploy-shadow", "serving", "monitoring"))
            .kind(SeatKind.TECHNICAL)
            .shadow(true)
            .build();
    List<EvaluationStage> stages = new ArrayList<>(base.stages());
    stages.set(
        0, EvaluationStage.builder().from(stages.get(0)).addPanelRoles("deploy-shadow").build());
    return InterviewPlan.builder().from(base).addPanelRoles(shadow).stages(stages).build();
  }

  /**
   * Alice's scorecard 20 hours after her interview, Bob's 30 (6 hours late against the 24-hour
   * deadline), comms unscheduled, evaluated 50 hours after the interviews.
   */
  private static Evaluation onTimeAndLate() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards =
        List.of(
            card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(20))),
            card(plan, "bob", "infra", MONDAY_10, MONDAY_10.plus(Duration.ofHours(30))));
    Instant asOf = MONDAY_10.plus(Duration.ofHours(50));
    return Evaluator.standard().evaluate(plan, cards, EvaluationContext.asOf(asOf));
  }

  @Test
  void onTimeLateAndOverdueScorecardsAreOnTheTimeline() {
    Evaluation e = onTimeAndLate();
    Timeline t = e.findings().readiness().timeline();
    assertThat(t.entries())
        .extracting(TimelineEntry::panelRoleId, TimelineEntry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("deploy", TimelineStatus.ON_TIME),
            org.assertj.core.groups.Tuple.tuple("infra", TimelineStatus.LATE),
            org.assertj.core.groups.Tuple.tuple("comms", TimelineStatus.NOT_SCHEDULED));
    TimelineEntry infra = t.entries().get(1);
    assertThat(infra.latency()).hasValue(Duration.ofHours(30));
    assertThat(infra.due()).hasValue(MONDAY_10.plus(Duration.ofHours(24)));
    assertThat(infra.lateBy()).hasValue(Duration.ofHours(6));
    assertThat(t.firstInterview()).hasValue(MONDAY_10);
    assertThat(t.decisionDue()).hasValue(MONDAY_10.plus(Duration.ofDays(5)));
    assertThat(t.decisionOverdueBy()).isEmpty();
    assertThat(e.findings().readiness().overdue()).isEmpty();
  }

  /**
   * Reading an evaluation back: a latency, a lateness or an overdue decision is never negative, and
   * no part of it carries a sign (PT31H-60M would read as 30 hours); each such text is refused at
   * its field, as a plan's deadline is.
   */
  @Test
  void aNegativeOrSignedDurationInAnEvaluationIsRefusedAtItsField() {
    Evaluation e = onTimeAndLate();
    String json = EvaluationJson.write(e);
    assertThat(json).contains("\"PT30H\"").contains("\"PT6H\"");

    for (String[] edit :
        new String[][] {
          {"\"PT30H\"", "\"-PT30H\"", "/latency", "'-PT30H' is negative (PT-30H)"},
          {"\"PT30H\"", "\"PT31H-60M\"", "/latency", "gives the part '-60M' a sign"},
          {"\"PT6H\"", "\"-PT6H\"", "/lateBy", "'-PT6H' is negative (PT-6H)"},
        }) {
      List<Problem> problems =
          EvaluationJson.read(
                  json.replace(edit[0], edit[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .problems();
      assertThat(problems)
          .as(edit[1])
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo("JSON_INVALID_VALUE");
                assertThat(p.path()).endsWith(edit[2]);
                assertThat(p.message()).contains(edit[3]);
              });
    }
    assertThat(
            EvaluationJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow())
        .isEqualTo(e);
  }

  @Test
  void theLongestDeadlineAtTheEndOfTimeIsLaidOutAndRoundTrips() {
    Duration longest =
        Duration.between(
            Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"));
    InterviewPlan base = timedPlan().build();
    InterviewPlan plan =
        InterviewPlan.builder()
            .from(base)
            .stages(
                base.stages().stream()
                    .map(s -> EvaluationStage.builder().from(s).feedbackDueWithin(longest).build())
                    .toList())
            .decisionDueWithin(longest)
            .build();
    assertThat(plan.validate().errors()).isEmpty();
    Instant last = Instant.parse("9999-12-31T10:00:00Z");
    List<Scorecard> cards = List.of(card(plan, "alice", "deploy", last, last.plusSeconds(60)));
    EvaluationContext clock = EvaluationContext.asOf(last.plusSeconds(3600));

    Evaluation e = Evaluator.standard().evaluate(plan, cards, clock);

    Timeline t = e.findings().readiness().timeline();
    assertThat(t.entries().get(0).due()).hasValue(last.plus(longest));
    assertThat(t.entries().get(0).status()).isEqualTo(TimelineStatus.ON_TIME);
    assertThat(t.decisionDue()).hasValue(last.plus(longest));
    assertThat(e.findings().readiness().overdue()).isEmpty();
    assertThat(
            EvaluationJson.read(
                    EvaluationJson.write(e).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow())
        .isEqualTo(e);

    InterviewPlan tooLong =
        InterviewPlan.builder().from(plan).decisionDueWithin(longest.plusNanos(1)).build();
    assertThatThrownBy(() -> Evaluator.standard().evaluate(tooLong, cards, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INVALID_DEADLINE at /decisionDueWithin");
  }

  @Test
  void anOwedSeatIsOverdueOnceItsStageDeadlinePassesAsOfTheCallersClock() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards =
        List.of(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(2))));
    Instant asOf = MONDAY_10.plus(Duration.ofHours(27)).plus(Duration.ofMinutes(30));
    Evaluation e = Evaluator.standard().evaluate(plan, cards, EvaluationContext.asOf(asOf));
    List<TimelineEntry> overdue = e.findings().readiness().overdue();
    assertThat(overdue).extracting(TimelineEntry::panelRoleId).containsExactly("infra");
    assertThat(overdue.get(0).lateBy()).hasValue(Duration.ofMinutes(210));
    List<Reason> advice =
        e.decision().advice().stream()
            .filter(r -> r.code() == ReasonCode.SCORECARD_OVERDUE)
            .toList();
    assertThat(advice).hasSize(1);
    assertThat(advice.get(0).subject()).hasValue("infra");
    assertThat(advice.get(0).figures()).containsEntry("overdueHours", 3.5);
    assertThat(advice.get(0).sentence())
        .isEqualTo(
            "The scorecard for seat 'infra' was due at 2026-11-17T10:00:00Z and is 3 h 30 min"
                + " overdue.");
    // the same scorecards without a clock: nothing is overdue, the outcome is the same
    Evaluation noClock = Evaluator.standard().evaluate(plan, cards);
    assertThat(noClock.findings().readiness().overdue()).isEmpty();
    assertThat(noClock.findings().readiness().timeline().entries().get(1).status())
        .isEqualTo(TimelineStatus.DUE);
    assertThat(noClock.decision().outcome()).isEqualTo(e.decision().outcome());
  }

  /**
   * An owed scorecard less than a minute past its deadline is overdue by seconds, never by "0 min";
   * the timeline's lateness is exact.
   */
  @Test
  void aDeadlinePassedBySecondsIsOverdueBySecondsNotByNoMinutes() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards =
        List.of(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(2))));
    Instant due = MONDAY_10.plus(Duration.ofHours(24));
    for (Object[] c :
        new Object[][] {
          {due.plusSeconds(30), "30 s"},
          {due.plusNanos(1), "under 1 s"},
          {due.plusSeconds(60), "1 min"}
        }) {
      Evaluation e =
          Evaluator.standard().evaluate(plan, cards, EvaluationContext.asOf((Instant) c[0]));
      assertThat(e.findings().readiness().overdue())
          .singleElement()
          .satisfies(t -> assertThat(t.lateBy()).hasValue(Duration.between(due, (Instant) c[0])));
      assertThat(e.decision().advice())
          .filteredOn(r -> r.code() == ReasonCode.SCORECARD_OVERDUE)
          .extracting(Reason::sentence)
          .containsExactly(
              "The scorecard for seat 'infra' was due at 2026-11-17T10:00:00Z and is "
                  + c[1]
                  + " overdue.");
    }
  }

  @Test
  void decisionDeadlineIsJudgedAtTheDebriefOrElseAsOf() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards = new ArrayList<>();
    cards.add(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(1))));
    cards.add(card(plan, "bob", "infra", MONDAY_10, MONDAY_10.plus(Duration.ofHours(1))));
    cards.add(card(plan, "carol", "comms", MONDAY_10, MONDAY_10.plus(Duration.ofHours(1))));
    Instant late = MONDAY_10.plus(Duration.ofDays(6));
    Evaluation atDebrief =
        Evaluator.standard()
            .evaluate(
                plan,
                cards,
                EvaluationContext.builder()
                    .asOf(late)
                    .debriefAt(MONDAY_10.plus(Duration.ofDays(4)))
                    .build());
    assertThat(atDebrief.findings().readiness().timeline().decisionOverdueBy()).isEmpty();
    Evaluation noDebrief = Evaluator.standard().evaluate(plan, cards, EvaluationContext.asOf(late));
    assertThat(noDebrief.findings().readiness().timeline().decisionOverdueBy())
        .hasValue(Duration.ofDays(1));
    assertThat(noDebrief.decision().advice())
        .filteredOn(r -> r.code() == ReasonCode.DECISION_OVERDUE)
        .extracting(Reason::sentence)
        .containsExactly("The decision was due at 2026-11-21T10:00:00Z and is 1 d overdue.");
  }

  /**
   * A clock earlier than a scorecard (a mistyped year) is said on that scorecard, which is still
   * used; a scorecard submitted at the clock's very time, or before it, gets no such advice.
   */
  @Test
  void aScorecardSubmittedAfterTheClockIsSaidAndStillUsed() {
    InterviewPlan plan = timedPlan().build();
    Instant submitted = MONDAY_10.plusSeconds(3600);
    Scorecard early = card(plan, "alice", "deploy", MONDAY_10, submitted);
    Scorecard later = card(plan, "bob", "infra", MONDAY_10, submitted.plusSeconds(60));
    Evaluation e =
        Evaluator.standard()
            .evaluate(plan, List.of(early, later), EvaluationContext.asOf(submitted));
    ScorecardAccount laterAccount =
        e.scorecards().stream().filter(a -> a.scorecard().equals(later)).findFirst().orElseThrow();
    ScorecardAccount earlyAccount =
        e.scorecards().stream().filter(a -> a.scorecard().equals(early)).findFirst().orElseThrow();
    assertThat(laterAccount.used()).isTrue();
    assertThat(laterAccount.problems())
        .filteredOn(p -> p.code().equals(EvaluationProblemCodes.SUBMITTED_AFTER_AS_OF))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.path()).isEqualTo("/submittedAt");
              assertThat(p.message())
                  .isEqualTo(
                      "Submitted at 2026-11-16T11:01:00Z, after the time the evaluation is made as"
                          + " of (2026-11-16T11:00:00Z): the clock given is earlier than this"
                          + " scorecard, so its deadlines are not judged against it; check the"
                          + " clock.");
            });
    assertThat(earlyAccount.used()).isTrue();
    assertThat(earlyAccount.problems())
        .extracting(Problem::code)
        .doesNotContain(EvaluationProblemCodes.SUBMITTED_AFTER_AS_OF);
    Evaluation noClock = Evaluator.standard().evaluate(plan, List.of(early, later));
    assertThat(noClock.scorecards())
        .flatExtracting(ScorecardAccount::problems)
        .extracting(Problem::code)
        .doesNotContain(EvaluationProblemCodes.SUBMITTED_AFTER_AS_OF);
    assertThat(e.decision().outcome()).isEqualTo(noClock.decision().outcome());
  }

  @Test
  void aScorecardSubmittedAfterTheDebriefIsListedButLeftOutByDefault() {
    InterviewPlan plan = timedPlan().build();
    Instant debrief = MONDAY_10.plus(Duration.ofHours(26));
    Scorecard after = card(plan, "bob", "infra", MONDAY_10, debrief.plusSeconds(60));
    List<Scorecard> cards =
        List.of(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plusSeconds(3600)), after);
    EvaluationContext context =
        EvaluationContext.builder().asOf(debrief.plusSeconds(7200)).debriefAt(debrief).build();
    Evaluation e = Evaluator.standard().evaluate(plan, cards, context);
    ScorecardAccount account =
        e.scorecards().stream().filter(a -> a.scorecard().equals(after)).findFirst().orElseThrow();
    assertThat(account.used()).isFalse();
    assertThat(account.problems())
        .extracting(Problem::code)
        .containsExactly(EvaluationProblemCodes.SUBMITTED_AFTER_DEBRIEF);
    assertThat(account.problems().get(0).message())
        .isEqualTo(
            "Submitted at 2026-11-17T12:01:00Z, after the debrief began at 2026-11-17T12:00:00Z,"
                + " so it is no longer independent; it is listed but left out of the decision.");
    assertThat(e.findings().readiness().owedSeats()).contains("infra");
    // still on the timeline, as submitted late
    assertThat(e.findings().readiness().timeline().entries())
        .filteredOn(t -> t.panelRoleId().equals("infra"))
        .extracting(TimelineEntry::status)
        .containsExactly(TimelineStatus.LATE);

    Evaluation counted =
        Evaluator.standard()
            .evaluate(
                plan,
                cards,
                EvaluationContext.builder().from(context).countSubmittedAfterDebrief(true).build());
    assertThat(counted.used()).contains(after);
    assertThat(counted.findings().readiness().owedSeats()).doesNotContain("infra");
  }

  /**
   * An interviewer who revises their scorecard after the debrief has heard the panel: the revision
   * is listed and left out, and the scorecard they wrote before it, independent, stays in the
   * decision and on the timeline (it was superseded by the revision, and the seat owed, before).
   * Two revisions after the debrief: the later one is listed as such, the earlier superseded.
   */
  @Test
  void aRevisionAfterTheDebriefLeavesTheScorecardWrittenBeforeItInTheDecision() {
    InterviewPlan plan = timedPlan().build();
    Instant debrief = MONDAY_10.plus(Duration.ofHours(26));
    Scorecard original = card(plan, "bob", "infra", MONDAY_10, MONDAY_10.plusSeconds(3600));
    Scorecard.Builder revising =
        Scorecard.builder().from(original).submittedAt(debrief.plusSeconds(60)).ratings(List.of());
    plan.panelRole("infra")
        .orElseThrow()
        .competencies()
        .forEach(c -> revising.rate(c, 1, "On reflection, the rollout was a colleague's."));
    Scorecard revision = revising.build();
    Scorecard second =
        Scorecard.builder().from(revision).submittedAt(debrief.plusSeconds(120)).build();
    List<Scorecard> cards =
        List.of(
            card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plusSeconds(3600)),
            revision,
            original,
            second);
    EvaluationContext context =
        EvaluationContext.builder().asOf(debrief.plusSeconds(7200)).debriefAt(debrief).build();

    Evaluation e = Evaluator.standard().evaluate(plan, cards, context);

    assertThat(e.used()).contains(original).doesNotContain(revision, second);
    assertThat(e.findings().readiness().owedSeats()).doesNotContain("infra");
    assertThat(account(e, second).problems())
        .extracting(Problem::code)
        .containsExactly(EvaluationProblemCodes.SUBMITTED_AFTER_DEBRIEF);
    assertThat(account(e, revision).problems())
        .extracting(Problem::code)
        .containsExactly(EvaluationProblemCodes.SUPERSEDED_SCORECARD);
    assertThat(account(e, original).problems()).extracting(Problem::code).isEmpty();
    assertThat(e.findings().readiness().timeline().entries())
        .filteredOn(t -> t.panelRoleId().equals("infra"))
        .extracting(TimelineEntry::status)
        .containsExactly(TimelineStatus.ON_TIME);
    assertThat(
            e.findings().scores().get(plan.panelRole("infra").orElseThrow().competencies().get(0)))
        .hasValueSatisfying(s -> assertThat(s.score().value()).isEqualTo(3.0));

    // Counted as the caller asks, the latest revision replaces the original as before.
    Evaluation counted =
        Evaluator.standard()
            .evaluate(
                plan,
                cards,
                EvaluationContext.builder().from(context).countSubmittedAfterDebrief(true).build());
    assertThat(counted.used()).contains(second).doesNotContain(original, revision);
  }

  /**
   * A superseded scorecard says what became of the version that replaced it: of two revisions
   * submitted after the debrief, the later is listed and left out too, so "the latest one is used"
   * would be false.
   */
  @Test
  void aRevisionSupersededAfterTheDebriefSaysNeitherCounts() {
    InterviewPlan plan = timedPlan().build();
    Instant debrief = MONDAY_10.plus(Duration.ofHours(26));
    Scorecard first = card(plan, "bob", "infra", MONDAY_10, debrief.plusSeconds(60));
    Scorecard.Builder revising = Scorecard.builder().from(first).ratings(List.of());
    plan.panelRole("infra")
        .orElseThrow()
        .competencies()
        .forEach(c -> revising.rate(c, 2, "On reflection, the rollout was a colleague's."));
    Scorecard second = revising.submittedAt(debrief.plusSeconds(120)).build();
    List<Scorecard> cards =
        List.of(
            card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plusSeconds(3600)), first, second);
    EvaluationContext context =
        EvaluationContext.builder().asOf(debrief.plusSeconds(7200)).debriefAt(debrief).build();

    Evaluation e = Evaluator.standard().evaluate(plan, cards, context);

    assertThat(e.used()).doesNotContain(first, second);
    assertThat(account(e, first).problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "Interviewer 'bob' also submitted a scorecard for seat 'infra' at"
                            + " 2026-11-17T12:02:00Z; the latest one was also submitted after the"
                            + " debrief began, so neither counts in the decision."));
    // Counted as the caller asks, the latest one is used, and the sentence says so.
    Evaluation counted =
        Evaluator.standard()
            .evaluate(
                plan,
                cards,
                EvaluationContext.builder().from(context).countSubmittedAfterDebrief(true).build());
    assertThat(counted.used()).contains(second);
    assertThat(account(counted, first).problems())
        .extracting(Problem::message)
        .containsExactly(
            "Interviewer 'bob' also submitted a scorecard for seat 'infra' at"
                + " 2026-11-17T12:02:00Z; the latest one is used.");
  }

  /**
   * Two versions submitted at the same instant are neither older nor newer: the one set aside says
   * so, and that the one kept was chosen by content; a shadow seat's kept version counts in
   * calibration only, and the sentence says that instead of "is used".
   */
  @Test
  void aVersionSetAsideSaysWhyWhenTheTimesAreEqualOrTheSeatIsAShadowSeat() {
    InterviewPlan plan = timedPlan().build();
    Instant at = MONDAY_10.plusSeconds(3600);
    Scorecard one = card(plan, "bob", "infra", MONDAY_10, at);
    Scorecard.Builder other = Scorecard.builder().from(one).ratings(List.of());
    plan.panelRole("infra").orElseThrow().competencies().forEach(c -> other.rate(c, 2, "Other."));
    Scorecard two = other.build();
    Evaluation e = Evaluator.standard().evaluate(plan, List.of(one, two));
    Scorecard kept = e.used().contains(one) ? one : two;
    Scorecard setAside = kept == one ? two : one;
    assertThat(e.used()).containsOnlyOnce(kept).doesNotContain(setAside);
    assertThat(account(e, setAside).problems())
        .extracting(Problem::message)
        .containsExactly(
            "Interviewer 'bob' also submitted a scorecard for seat 'infra' at the same time,"
                + " 2026-11-16T11:00:00Z; the one kept is chosen by content (check which one the"
                + " interviewer meant) and is used.");

    PanelRole shadow =
        PanelRole.builder()
            .from(Packets.seat("deploy-shadow", "serving", "monitoring"))
            .kind(SeatKind.TECHNICAL)
            .shadow(true)
            .build();
    List<EvaluationStage> stages = new ArrayList<>(plan.stages());
    stages.set(
        0, EvaluationStage.builder().from(stages.get(0)).addPanelRoles("deploy-shadow").build());
    InterviewPlan withShadow =
        InterviewPlan.builder().from(plan).addPanelRoles(shadow).stages(stages).build();
    Scorecard draft = card(withShadow, "trainee", "deploy-shadow", MONDAY_10, at);
    Scorecard last = Scorecard.builder().from(draft).submittedAt(at.plusSeconds(60)).build();
    Evaluation trained =
        Evaluator.standard()
            .evaluate(
                withShadow,
                List.of(card(withShadow, "alice", "deploy", MONDAY_10, at), draft, last));
    assertThat(account(trained, draft).problems())
        .extracting(Problem::message)
        .containsExactly(
            "Interviewer 'trainee' also submitted a scorecard for seat 'deploy-shadow' at"
                + " 2026-11-16T11:01:00Z; the latest one counts in calibration only, as every"
                + " scorecard of a shadow seat does.");
  }

  private static ScorecardAccount account(Evaluation e, Scorecard card) {
    return e.scorecards().stream()
        .filter(a -> a.scorecard().equals(card))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Scorecards set aside by the process were rated: when none counts, the reason says that no
   * rating counts in the decision, not that nothing was rated (which it says for scorecards that
   * were never valid).
   */
  @Test
  void everyScorecardAfterTheDebriefIsRatedButNoneCounts() {
    InterviewPlan plan = timedPlan().build();
    Instant debrief = MONDAY_10.plus(Duration.ofHours(26));
    List<Scorecard> cards =
        List.of(
            card(plan, "alice", "deploy", MONDAY_10, debrief.plusSeconds(60)),
            card(plan, "bob", "infra", MONDAY_10, debrief.plusSeconds(120)));
    Evaluation e =
        Evaluator.standard()
            .evaluate(
                plan,
                cards,
                EvaluationContext.builder()
                    .asOf(debrief.plusSeconds(7200))
                    .debriefAt(debrief)
                    .build());
    assertThat(e.decision().outcome()).isEqualTo(Outcome.INCOMPLETE);
    Reason first = e.decision().reasons().get(0);
    assertThat(first.code()).isEqualTo(ReasonCode.NO_USABLE_SCORECARDS);
    assertThat(first.sentence())
        .isEqualTo(
            "None of the 2 scorecards can be used with plan '"
                + plan.id()
                + "', so no rating counts in the decision: 2 SUBMITTED_AFTER_DEBRIEF.");

    Scorecard foreign = Scorecard.builder().from(cards.get(0)).planFingerprint("sha256:00").build();
    Reason never =
        Evaluator.standard().evaluate(plan, List.of(foreign)).decision().reasons().get(0);
    assertThat(never.sentence()).contains("so nothing was rated: 1 FINGERPRINT_MISMATCH");
  }

  /**
   * A shadow seat's scorecard has no error, only its seat: when nothing counts, the reason still
   * names it as a cause, so the causes account for every scorecard given (before, two shadow
   * scorecards alone read "None of the 2 scorecards can be used ...: ." with no cause at all).
   */
  @Test
  void whenNothingCountsShadowSeatScorecardsAreNamedAmongTheCauses() {
    InterviewPlan plan = planWithShadowSeat();
    Instant debrief = MONDAY_10.plus(Duration.ofHours(26));
    List<Scorecard> cards =
        List.of(
            card(plan, "trainee", "deploy-shadow", MONDAY_10, MONDAY_10.plusSeconds(3600)),
            card(plan, "mentor", "deploy-shadow", MONDAY_10, MONDAY_10.plusSeconds(3600)),
            card(plan, "bob", "infra", MONDAY_10, debrief.plusSeconds(60)));

    Reason alone =
        Evaluator.standard().evaluate(plan, cards.subList(0, 2)).decision().reasons().get(0);
    assertThat(alone.code()).isEqualTo(ReasonCode.NO_USABLE_SCORECARDS);
    assertThat(alone.sentence())
        .isEqualTo(
            "None of the 2 scorecards can be used with plan '"
                + plan.id()
                + "', so no rating counts in the decision: 2 SHADOW_SEAT.");
    assertThat(alone.figures()).containsEntry("SHADOW_SEAT", 2.0);

    Reason withDebrief =
        Evaluator.standard()
            .evaluate(plan, cards, EvaluationContext.builder().debriefAt(debrief).build())
            .decision()
            .reasons()
            .get(0);
    assertThat(withDebrief.sentence())
        .isEqualTo(
            "None of the 3 scorecards can be used with plan '"
                + plan.id()
                + "', so no rating counts in the decision: 2 SHADOW_SEAT, 1"
                + " SUBMITTED_AFTER_DEBRIEF.");
  }

  @Test
  void shadowSeatCountsInCalibrationOnlyNeverInTheDecision() {
    InterviewPlan plan = planWithShadowSeat();
    Scorecard trainee =
        Packets.card(plan, "trainee", "deploy-shadow")
            .rate("serving", 1, "Could not describe a deployment.")
            .rate("monitoring", 1, "No monitoring at all.")
            .build();
    List<Scorecard> cards = new ArrayList<>(Packets.packet(plan, 3, 3, 3, 3, 3));
    Evaluation without = Evaluator.standard().evaluate(plan, cards);
    cards.add(trainee);
    Evaluation with = Evaluator.standard().evaluate(plan, cards);
    assertThat(with.decision()).isEqualTo(without.decision());
    assertThat(with.findings().scores()).isEqualTo(without.findings().scores());
    ScorecardAccount account =
        with.scorecards().stream()
            .filter(a -> a.scorecard().equals(trainee))
            .findFirst()
            .orElseThrow();
    assertThat(account.used()).isFalse();
    assertThat(account.calibrationOnly()).isTrue();
    assertThat(account.problems())
        .extracting(Problem::code)
        .containsExactly(EvaluationProblemCodes.SHADOW_SEAT);
    assertThat(with.findings().readiness().owedSeats()).doesNotContain("deploy-shadow");
    // written and read back
    assertThat(
            EvaluationJson.read(
                    EvaluationJson.write(with).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow())
        .isEqualTo(with);
  }

  @Test
  void anInterviewBeforeThePlansApprovalIsFlagged() {
    Instant approved = MONDAY_10.plus(Duration.ofHours(1));
    InterviewPlan plan =
        timedPlan().addApprovals(Approval.of("maria", "Hiring manager", approved)).build();
    Scorecard early = card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plusSeconds(7200));
    Scorecard afterApproval = card(plan, "bob", "infra", approved, approved.plusSeconds(7200));
    Evaluation e = Evaluator.standard().evaluate(plan, List.of(early, afterApproval));
    assertThat(e.used()).contains(early, afterApproval);
    ScorecardAccount flagged =
        e.scorecards().stream().filter(a -> a.scorecard().equals(early)).findFirst().orElseThrow();
    assertThat(flagged.problems())
        .extracting(Problem::code, Problem::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                EvaluationProblemCodes.INTERVIEWED_BEFORE_APPROVAL, "/interviewedAt"));
    assertThat(
            e.scorecards().stream()
                .filter(a -> a.scorecard().equals(afterApproval))
                .flatMap(a -> a.problems().stream())
                .map(Problem::code))
        .doesNotContain(EvaluationProblemCodes.INTERVIEWED_BEFORE_APPROVAL);
  }

  /**
   * A scorecard without an interview time is flagged from its submission time, which bounds the
   * interview; the message says it was submitted then, never that the interview took place then.
   */
  @Test
  void withoutAnInterviewTimeTheApprovalAdviceQuotesTheSubmission() {
    Instant approved = MONDAY_10.plus(Duration.ofHours(3));
    InterviewPlan plan =
        timedPlan().addApprovals(Approval.of("maria", "Hiring manager", approved)).build();
    Scorecard.Builder b = Packets.card(plan, "alice", "deploy").submittedAt(MONDAY_10);
    plan.panelRole("deploy")
        .orElseThrow()
        .competencies()
        .forEach(c -> b.rate(c, 3, "Described a production rollout."));
    Scorecard untimed = b.build();
    Evaluation e = Evaluator.standard().evaluate(plan, List.of(untimed));
    assertThat(account(e, untimed).problems())
        .filteredOn(p -> p.code().equals(EvaluationProblemCodes.INTERVIEWED_BEFORE_APPROVAL))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/submittedAt",
                "The scorecard was submitted (2026-11-16T10:00:00Z) before the plan was approved"
                    + " (2026-11-16T13:00:00Z), so its interview took place before that too: the"
                    + " scoring criteria were not yet agreed."));
  }

  @Test
  void timelineRoundTripsThroughJson() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards =
        List.of(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(30))));
    Evaluation e =
        Evaluator.standard()
            .evaluate(plan, cards, EvaluationContext.asOf(MONDAY_10.plus(Duration.ofDays(7))));
    String json = EvaluationJson.write(e);
    assertThat(json).contains("\"status\" : \"OVERDUE\"").contains("\"lateBy\" : \"PT6H\"");
    assertThat(
            EvaluationJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow())
        .isEqualTo(e);
  }

  @Test
  void evaluationIsIndependentOfScorecardOrderWithAClock() {
    InterviewPlan plan = timedPlan().build();
    List<Scorecard> cards = new ArrayList<>();
    cards.add(card(plan, "alice", "deploy", MONDAY_10, MONDAY_10.plus(Duration.ofHours(20))));
    cards.add(card(plan, "bob", "infra", MONDAY_10, MONDAY_10.plus(Duration.ofHours(30))));
    EvaluationContext context = EvaluationContext.asOf(MONDAY_10.plus(Duration.ofDays(9)));
    Evaluation forward = Evaluator.standard().evaluate(plan, cards, context);
    java.util.Collections.reverse(cards);
    assertThat(Evaluator.standard().evaluate(plan, cards, context)).isEqualTo(forward);
  }

  @Test
  void aDebriefAfterTheEvaluationTimeIsRefused() {
    assertThatThrownBy(
            () ->
                EvaluationContext.builder()
                    .asOf(MONDAY_10)
                    .debriefAt(MONDAY_10.plusSeconds(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "debriefAt (2026-11-16T10:00:01Z) must not be after asOf (2026-11-16T10:00:00Z)");
  }

  @Test
  void aClockOutsideTheYearsADocumentHoldsIsRefused() {
    // Instant.MAX was taken as the evaluation time: every deadline read as billions of days
    // overdue, in an evaluation written with a time no reader takes back.
    assertThatThrownBy(() -> EvaluationContext.asOf(java.time.Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "asOf (+1000000000-12-31T23:59:59.999999999Z) must lie in the years 0001 to 9999"
                + " (UTC)");
    assertThatThrownBy(
            () ->
                EvaluationContext.builder()
                    .debriefAt(java.time.Instant.parse("0000-12-31T23:59:59Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("debriefAt (0000-12-31T23:59:59Z) must lie in the years 0001 to 9999 (UTC)");
    assertThat(
            EvaluationContext.asOf(java.time.Instant.parse("9999-12-31T23:59:59.999999999Z"))
                .asOf())
        .isPresent();
  }
}

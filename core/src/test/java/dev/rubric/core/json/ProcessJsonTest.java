package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Approval;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.SeatKind;
import dev.rubric.fixtures.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The process fields (deadlines, seat kinds, shadow seats, approvals, interview times) in JSON, and
 * documents of schema version 1 written before they existed, read exactly as bundled before.
 */
class ProcessJsonTest {
  private static final RubricJson JSON = RubricJson.standard();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ProcessJsonTest.class.getResourceAsStream("/v1/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static InterviewPlan processPlan() {
    InterviewPlan base = Plans.minimal().build();
    return InterviewPlan.builder()
        .from(base)
        .panelRoles(
            List.of(
                PanelRole.builder().from(base.panelRoles().get(0)).kind(SeatKind.TECHNICAL).build(),
                PanelRole.builder()
                    .from(base.panelRoles().get(1))
                    .kind(SeatKind.CROSS_FUNCTIONAL)
                    .shadow(true)
                    .build()))
        .stages(
            List.of(
                EvaluationStage.builder()
                    .from(base.stages().get(0))
                    .feedbackDueWithin(Duration.ofHours(24))
                    .build()))
        .decisionDueWithin(Duration.ofDays(5))
        .addApprovals(Approval.of("maria", "Hiring manager", Instant.parse("2026-11-01T09:00:00Z")))
        .build();
  }

  @Test
  void processFieldsRoundTrip() {
    InterviewPlan plan = processPlan();
    String text = JSON.writePlan(plan);
    assertThat(text)
        .contains("\"kind\" : \"cross_functional\"")
        .contains("\"shadow\" : true")
        .contains("\"feedbackDueWithin\" : \"PT24H\"")
        .contains("\"decisionDueWithin\" : \"PT120H\"")
        .contains("\"approvedAt\" : \"2026-11-01T09:00:00Z\"");
    assertThat(JSON.readPlan(text).orElseThrow()).isEqualTo(plan);
  }

  @Test
  void interviewTimeRoundTrips() {
    InterviewPlan plan = Plans.minimal().build();
    Scorecard card =
        Plans.card(plan)
            .rate("model-serving", 3, "ok")
            .interviewedAt(Instant.parse("2026-11-19T14:00:00Z"))
            .build();
    String text = JSON.writeScorecard(card);
    assertThat(text).contains("\"interviewedAt\" : \"2026-11-19T14:00:00Z\"");
    assertThat(JSON.readScorecard(text).orElseThrow()).isEqualTo(card);
  }

  @Test
  void absentProcessFieldsAreNotWrittenSoOldFingerprintsHold() {
    String text = JSON.writePlan(Plans.minimal().build());
    assertThat(text)
        .doesNotContain("kind")
        .doesNotContain("shadow")
        .doesNotContain("DueWithin")
        .doesNotContain("approvals");
  }

  @Test
  void badDurationKindAndTimeAreLocatedProblems() {
    String plan =
        JSON.writePlan(processPlan())
            .replace("\"PT24H\"", "\"24 hours\"")
            .replace("\"technical\"", "\"engineer\"")
            .replace("\"shadow\" : true", "\"shadow\" : \"yes\"")
            .replace("\"2026-11-01T09:00:00Z\"", "\"yesterday\"");
    List<Problem> problems = JSON.readPlan(plan).problems();
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "/panelRoles/0/kind",
            "/panelRoles/1/shadow",
            "/stages/0/feedbackDueWithin",
            "/approvals/0/approvedAt");
    assertThat(problems)
        .filteredOn(p -> p.path().equals("/stages/0/feedbackDueWithin"))
        .extracting(Problem::message)
        .containsExactly(
            "'24 hours' is not an ISO-8601 duration such as PT24H (24 hours) or P5D (5 days).");
    // ISO-8601 durations all the same: the message says why a deadline does not take them.
    for (String[] c :
        new String[][] {
          {"P1W", "'P1W' counts in weeks; give days, hours, minutes and seconds: P7D for 1 week."},
          {
            "P2W", "'P2W' counts in weeks; give days, hours, minutes and seconds: P14D for 2 weeks."
          },
          {
            "P1M",
            "'P1M' counts in years or months, which have no fixed length; give days, hours, minutes and seconds, such as PT24H (24 hours) or P5D (5 days)."
          },
          {
            "P1Y2M3DT4H",
            "'P1Y2M3DT4H' counts in years or months, which have no fixed length; give days, hours, minutes and seconds, such as PT24H (24 hours) or P5D (5 days)."
          },
          {"PT", "'PT' is not an ISO-8601 duration such as PT24H (24 hours) or P5D (5 days)."},
          // java.time reads a sign on each part, ISO 8601 does not: a typo shortened the deadline.
          {
            "PT1H-30M",
            "'PT1H-30M' gives the part '-30M' a sign, which ISO-8601 durations do not have (it would read as PT30M); write each part as an amount, such as PT24H (24 hours) or P1DT12H (36 hours)."
          },
          {
            "P1DT-1H",
            "'P1DT-1H' gives the part '-1H' a sign, which ISO-8601 durations do not have (it would read as PT23H); write each part as an amount, such as PT24H (24 hours) or P1DT12H (36 hours)."
          },
          {
            "p+2d",
            "'p+2d' gives the part '+2d' a sign, which ISO-8601 durations do not have (it would read as PT48H); write each part as an amount, such as PT24H (24 hours) or P1DT12H (36 hours)."
          }
        }) {
      String doc = plan.replace("\"24 hours\"", "\"" + c[0] + "\"");
      assertThat(JSON.readPlan(doc).problems())
          .filteredOn(p -> p.path().equals("/stages/0/feedbackDueWithin"))
          .extracting(Problem::message)
          .containsExactly(c[1]);
    }
    assertThat(problems)
        .filteredOn(p -> p.path().equals("/panelRoles/0/kind"))
        .extracting(Problem::message)
        .containsExactly("'engineer' is not a seat kind; use technical or cross_functional.");
  }

  @Test
  void bundledPlanOfVersionOneReadsValidatesAndKeepsItsFingerprint() throws IOException {
    ReadResult<InterviewPlan> read = JSON.readPlan(fixture("ml-engineer.json"));
    assertThat(read.problems()).isEmpty();
    InterviewPlan plan = read.orElseThrow();
    assertThat(plan.validate().hasErrors()).isFalse();
    // defaults for what old plans do not say
    assertThat(plan.approvals()).isEmpty();
    assertThat(plan.decisionDueWithin()).isEmpty();
    assertThat(plan.panelRoles()).allMatch(r -> r.kind().isEmpty() && !r.shadow());
    assertThat(plan.stages()).allMatch(s -> s.feedbackDueWithin().isEmpty());
    assertThat(plan.validate().advice())
        .extracting(Problem::code)
        .contains(ProblemCodes.SEAT_KIND_MISSING, ProblemCodes.NO_APPROVAL);
    // the scorecards bundled with it name the fingerprint it always had
    List<Scorecard> cards = JSON.readScorecards(fixture("split-panel.json")).orElseThrow();
    assertThat(cards).isNotEmpty();
    assertThat(cards).allMatch(c -> c.planFingerprint().equals(plan.fingerprint()));
  }

  @Test
  void bundledScorecardsOfVersionOneReadWithoutInterviewTimes() throws IOException {
    InterviewPlan plan = JSON.readPlan(fixture("ml-engineer.json")).orElseThrow();
    for (String name :
        List.of("split-panel.json", "researcher-who-cannot-ship.json", "t-shaped-engineer.json")) {
      ReadResult<? extends List<Scorecard>> read = JSON.readScorecards(fixture(name));
      assertThat(read.problems()).as(name).isEmpty();
      for (Scorecard c : read.orElseThrow()) {
        assertThat(c.interviewedAt()).isEmpty();
        assertThat(c.validateAgainst(plan).hasErrors()).as(name).isFalse();
      }
    }
  }
}

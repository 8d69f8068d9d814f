package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code evaluate --as-of INSTANT [--debrief-at INSTANT]} and the report's timeline. */
class EvaluateTimelineTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String CASEY = "../examples/candidates/split-panel.json";

  @Test
  void textReportShowsTheTimelinePerStage() {
    CommandRun run =
        CommandRun.of("evaluate", "--plan", PLAN, "--as-of", "2026-11-20T17:00:00Z", CASEY);
    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("TIMELINE as of 2026-11-20T17:00:00Z")
        .contains("  stage technical-panel")
        .contains("  stage cross-functional-panel")
        .contains("LATE by 2 h (latency 1 d 2 h)")
        .contains("decision due ");
  }

  /**
   * A seat owed 30 seconds past its deadline is overdue by 30 s in the timeline and the advice,
   * never by "0 min", which reads as not overdue at all.
   */
  @Test
  void aDeadlinePassedBySecondsReadsInSeconds(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String packet = java.nio.file.Files.readString(java.nio.file.Path.of(CASEY));
    dev.rubric.core.json.RubricJson json = dev.rubric.core.json.RubricJson.standard();
    List<dev.rubric.core.Scorecard> cards =
        json.readScorecards(packet.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    java.nio.file.Path owed = dir.resolve("owed.json");
    java.nio.file.Files.writeString(
        owed,
        json.writeScorecards(
            cards.stream().filter(c -> !c.panelRoleId().equals("scalability-planning")).toList()));
    // The technical panel's first interview is at 2026-11-17T13:00:00Z and its scorecards are due
    // 24 h after.
    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", PLAN, "--as-of", "2026-11-18T13:00:30Z", owed.toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("due 2026-11-18T13:00:00Z  OVERDUE by 30 s")
        .contains("was due at 2026-11-18T13:00:00Z and is 30 s overdue.")
        .doesNotContain("by 0 min", "is 0 min overdue");
    assertThat(TimelineSection.duration(java.time.Duration.ofNanos(1))).isEqualTo("under 1 s");
    assertThat(TimelineSection.duration(java.time.Duration.ofSeconds(-30))).isEqualTo("-30 s");
    assertThat(TimelineSection.duration(java.time.Duration.ZERO)).isEqualTo("0 min");
    assertThat(TimelineSection.duration(java.time.Duration.ofSeconds(90))).isEqualTo("1 min");
  }

  @Test
  void aScorecardAfterTheDebriefIsFlaggedAndLeftOut() {
    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--plan",
            PLAN,
            "--as-of",
            "2026-11-20T17:00:00Z",
            "--debrief-at",
            "2026-11-18T11:30:00Z",
            "--format",
            "json",
            CASEY);
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("SUBMITTED_AFTER_DEBRIEF").contains("\"debriefAt\" : ");
  }

  @Test
  void malformedOrInvertedInstantsAreUsageErrors() {
    CommandRun bad = CommandRun.of("evaluate", "--plan", PLAN, "--as-of", "tomorrow", CASEY);
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err)
        .contains(
            "Invalid value for option '--as-of': 'tomorrow' is not an ISO-8601 time with an"
                + " offset");
    CommandRun inverted =
        CommandRun.of(
            "evaluate",
            "--plan",
            PLAN,
            "--as-of",
            "2026-11-18T00:00:00Z",
            "--debrief-at",
            "2026-11-19T00:00:00Z",
            CASEY);
    assertThat(inverted.exitCode).isEqualTo(2);
    assertThat(inverted.err).contains("--debrief-at 2026-11-19T00:00:00Z is after --as-of");
  }

  @Test
  void formsOutsideIso8601AreUsageErrorsAsInScorecards() {
    // Java's offset parser takes both: the second would move the time by the offset's seconds.
    for (String option : List.of("--as-of", "--debrief-at")) {
      for (String time : List.of("2026-11-20T17:00:00.Z", "2026-11-20T17:00:00+01:00:30")) {
        CommandRun run = CommandRun.of("evaluate", "--plan", PLAN, option, time, CASEY);
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err)
            .contains(
                "Invalid value for option '"
                    + option
                    + "': '"
                    + time
                    + "' is not an ISO-8601 time with an offset");
      }
    }
  }

  @Test
  void instantsOutsideFourDigitYearsAreUsageErrors() {
    // The ISO parser takes them, and a decision would then be "365243239933 d overdue".
    CommandRun far =
        CommandRun.of("evaluate", "--plan", PLAN, "--as-of", "+999999999-12-31T23:59:59Z", CASEY);
    CommandRun early =
        CommandRun.of("evaluate", "--plan", PLAN, "--debrief-at", "-000001-01-01T00:00:00Z", CASEY);

    assertThat(far.exitCode).isEqualTo(2);
    assertThat(far.err)
        .startsWith(
            "rubric: Invalid value for option '--as-of': '+999999999-12-31T23:59:59Z' is outside"
                + " the years 0001 to 9999 (UTC)")
        .hasLineCount(1);
    assertThat(early.exitCode).isEqualTo(2);
    assertThat(early.err).contains("'--debrief-at': '-000001-01-01T00:00:00Z' is outside");
    // A year the parser cannot hold is out of range too, not malformed.
    CommandRun beyond =
        CommandRun.of("evaluate", "--plan", PLAN, "--as-of", "+1000000000-12-31T23:59:59Z", CASEY);
    assertThat(beyond.exitCode).isEqualTo(2);
    assertThat(beyond.err)
        .startsWith(
            "rubric: Invalid value for option '--as-of': '+1000000000-12-31T23:59:59Z' is outside"
                + " the years 0001 to 9999 (UTC)")
        .hasLineCount(1);
  }

  @Test
  void withoutAClockOldScorecardsGetNoTimelineSection() {
    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--plan",
            "../core/src/test/resources/v1/ml-engineer.json",
            "../core/src/test/resources/v1/split-panel.json");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).doesNotContain("TIMELINE");
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands whose reports show decisions but not scorecards ({@code compare}, {@code audit
 * --plan}) never leave out a scorecard unsaid: the scorecards their evaluations reject are counted
 * per cause on one line on standard error, and the command goes on.
 */
class UnusedScorecardsTest {
  private static final String PLAN = EvaluateCommandTest.PLAN;

  @TempDir Path dir;

  @Test
  void compareCountsTheScorecardsOfOtherCandidatesInAFile() {
    // Found by the command-line audit: the history's 472 scorecards of candidates other than its
    // first were left out of the comparison without a word.
    CommandRun run =
        CommandRun.of("compare", "--plan", PLAN, AuditInputs.HISTORY, EvaluateCommandTest.SPLIT);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("h-001", "cand-casey");
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + AuditInputs.HISTORY
                + ": 472 of 480 scorecards not used (472 CANDIDATE_MISMATCH)\n");
  }

  @Test
  void compareSaysNothingWhenEveryScorecardIsUsed() {
    CommandRun run = CommandRun.of("compare", "--plan", PLAN, EvaluateCommandTest.SPLIT);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
  }

  @Test
  void compareRefusesAFileWithNoScorecardAsNothingUsable() throws IOException {
    // Found by the command-line audit: an empty list was compared as a candidate "(none)", exit 0.
    Path empty = Files.writeString(dir.resolve("empty.json"), "[]");

    CommandRun run =
        CommandRun.of("compare", "--plan", PLAN, EvaluateCommandTest.SPLIT, empty.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: " + empty + ": the file holds no scorecard, so no candidate to compare\n");
  }

  @Test
  void compareRefusesOneCandidateInTwoFiles() throws IOException {
    // Found by the hostile-input run: a candidate whose scorecards were split over two files, or
    // one file given twice, was compared as two candidates of one id, each decided on part of the
    // panel (exit 0).
    com.fasterxml.jackson.databind.JsonNode cards =
        new ObjectMapper().readTree(Path.of(EvaluateCommandTest.SPLIT).toFile()).get("scorecards");
    Path first = Files.writeString(dir.resolve("first.json"), "[" + cards.get(0) + "]");
    Path rest =
        Files.writeString(dir.resolve("rest.json"), "[" + cards.get(1) + "," + cards.get(2) + "]");

    CommandRun split = CommandRun.of("compare", "--plan", PLAN, first.toString(), rest.toString());
    CommandRun twice =
        CommandRun.of(
            "compare",
            "--plan",
            PLAN,
            EvaluateCommandTest.SPLIT,
            "../examples/candidates/t-shaped-engineer.json",
            EvaluateCommandTest.SPLIT,
            "--format",
            "json");

    assertThat(split.exitCode).isEqualTo(1);
    assertThat(split.out).isEmpty();
    assertThat(split.err)
        .isEqualTo(
            "rubric: "
                + rest
                + ": candidate cand-casey is also in "
                + first
                + "; give each candidate's scorecards in one file, once\n");
    assertThat(twice.exitCode).isEqualTo(1);
    assertThat(twice.out).isEmpty();
    assertThat(twice.err)
        .endsWith(
            ": candidate cand-casey is also in "
                + EvaluateCommandTest.SPLIT
                + "; give each candidate's scorecards in one file, once\n")
        .hasLineCount(1);
  }

  /**
   * Found by a review: one of cand-casey's scorecards left in another candidate's file, where it is
   * a minority, made casey a HIRE on the rest of her panel (she is NEEDS_DEBRIEF on all of it),
   * exit 0, with only a count on standard error.
   */
  @Test
  void compareRefusesACandidatesScorecardLeftInAnotherCandidatesFile() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode casey =
        mapper.readTree(Path.of(EvaluateCommandTest.SPLIT).toFile()).get("scorecards");
    com.fasterxml.jackson.databind.JsonNode other =
        mapper
            .readTree(Path.of("../examples/candidates/t-shaped-engineer.json").toFile())
            .get("scorecards");
    StringBuilder part = new StringBuilder("[");
    for (int i = 1; i < casey.size(); i++) {
      part.append(i > 1 ? "," : "").append(casey.get(i));
    }
    Path caseyPart = Files.writeString(dir.resolve("casey-part.json"), part + "]");
    StringBuilder plus = new StringBuilder("[");
    for (int i = 0; i < other.size(); i++) {
      plus.append(other.get(i)).append(',');
    }
    Path otherPlus =
        Files.writeString(dir.resolve("other-plus.json"), plus + "" + casey.get(0) + "]");

    CommandRun run =
        CommandRun.of("compare", "--plan", PLAN, caseyPart.toString(), otherPlus.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + otherPlus
                + ": a scorecard for candidate cand-casey (by "
                + casey.get(0).get("interviewerId").asText()
                + ", seat "
                + casey.get(0).get("panelRoleId").asText()
                + ") is in this file, but the candidate is compared from "
                + caseyPart
                + "; give each candidate's scorecards in one file, once\n");
  }

  @Test
  void auditFromScorecardsCountsTheScorecardsItsEvaluationsLeaveOut() throws IOException {
    ObjectNode stale = staleScorecardOfH001();
    Path extra = Files.writeString(dir.resolve("extra.json"), "[" + stale + "]");

    CommandRun run =
        CommandRun.of(
            "audit",
            "--groups",
            AuditInputs.sites(dir, true),
            "--plan",
            PLAN,
            AuditInputs.HISTORY,
            extra.toString());

    assertThat(run.exitCode).isZero();
    // Only the file that held the unused scorecard is named, with its own count (the line named
    // the history, which holds none, and counted all 481 scorecards).
    assertThat(run.err)
        .isEqualTo("rubric: " + extra + ": 1 of 1 scorecard not used (1 FINGERPRINT_MISMATCH)\n");
  }

  @Test
  void auditNamesEachFileThatHeldUnusedScorecardsAndNoOther() throws IOException {
    ObjectNode stale = staleScorecardOfH001();
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "audit",
                "--groups",
                AuditInputs.sites(dir, true),
                "--plan",
                PLAN,
                AuditInputs.HISTORY));
    for (int i = 0; i < 2; i++) {
      args.add(
          Files.writeString(dir.resolve("extra" + i + ".json"), "[" + stale + "," + stale + "]")
              .toString());
    }

    CommandRun run = CommandRun.of(args.toArray(new String[0]));

    assertThat(run.exitCode).isZero();
    assertThat(run.err)
        .isEqualTo(
            "rubric: "
                + dir.resolve("extra0.json")
                + ": 2 of 2 scorecards not used (2 FINGERPRINT_MISMATCH)\n"
                + "rubric: "
                + dir.resolve("extra1.json")
                + ": 2 of 2 scorecards not used (2 FINGERPRINT_MISMATCH)\n");
  }

  @Test
  void auditNamesAtMostTwentyFilesThenCountsTheRestOnOneLine() throws IOException {
    // Found by the hostile-input run: a line joining every file name grew to a megabyte for a
    // history split into thousands of files; the lines stop at twenty, the rest counted together.
    ObjectNode stale = staleScorecardOfH001();
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "audit",
                "--groups",
                AuditInputs.sites(dir, true),
                "--plan",
                PLAN,
                AuditInputs.HISTORY));
    for (int i = 0; i < 23; i++) {
      args.add(Files.writeString(dir.resolve("extra" + i + ".json"), "[" + stale + "]").toString());
    }

    CommandRun run = CommandRun.of(args.toArray(new String[0]));

    assertThat(run.exitCode).isZero();
    java.util.List<String> lines = run.err.lines().toList();
    assertThat(lines).hasSize(NothingUsable.MAX_FILE_LINES + 1);
    assertThat(lines.get(0)).startsWith("rubric: " + dir.resolve("extra0.json") + ": 1 of 1 ");
    assertThat(lines.get(NothingUsable.MAX_FILE_LINES))
        .isEqualTo(
            "rubric: ... and 3 more files: 3 of 3 scorecards not used (3 FINGERPRINT_MISMATCH)");
  }

  @Test
  void theLineCountsEachCauseInCodeOrderAndShowsTheFileNameAsEscapes() {
    assertThat(
            UnusedScorecards.line(
                "a\u001bb.json", 7, Map.of("UNKNOWN_PANEL_ROLE", 2, "CANDIDATE_MISMATCH", 3)))
        .hasValue(
            "rubric: a\\u001bb.json: 5 of 7 scorecards not used (3 CANDIDATE_MISMATCH, 2"
                + " UNKNOWN_PANEL_ROLE)");
    assertThat(UnusedScorecards.line("a.json", 1, Map.of())).isEmpty();
  }

  /** One of h-001's scorecards, written against another version of the plan. */
  private static ObjectNode staleScorecardOfH001() throws IOException {
    ObjectNode stale =
        (ObjectNode)
            new ObjectMapper()
                .readTree(Path.of("../examples/broken/old-plan-scorecards.json").toFile())
                .get("scorecards")
                .get(0);
    stale.put("candidateId", "h-001");
    return stale;
  }
}

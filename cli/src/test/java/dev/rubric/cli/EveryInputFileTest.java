package dev.rubric.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command given several input files reports the faults of every one of them in one run: it
 * stopped at the first file that could not be read, so the faults of the next showed only once the
 * first was fixed.
 */
class EveryInputFileTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String CANDIDATE = "../examples/candidates/split-panel.json";

  @TempDir Path dir;
  private String a;
  private String b;
  private String badPlan;

  @BeforeEach
  void files() throws IOException {
    a = write("a.json", "{");
    b = write("b.json", "[1");
    badPlan = write("plan.json", "{\"schemaVersion\": 1, \"id\": 5}");
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(UTF_8));
    return p.toString();
  }

  /** The lines of {@code err} that name {@code file}. */
  private static List<String> naming(String err, String file) {
    List<String> lines = new ArrayList<>();
    err.lines().filter(l -> l.startsWith("rubric: " + file + ": ")).forEach(lines::add);
    return lines;
  }

  private void assertBothRejected(CommandRun run, String first, String second) {
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).allSatisfy(l -> assertThat(l).startsWith("rubric: "));
    assertThat(naming(run.err, first)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(naming(run.err, second)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(run.err.indexOf(first)).isLessThan(run.err.indexOf(second));
  }

  @Test
  void everyScorecardFileIsReportedByEachCommandThatTakesSeveral() throws IOException {
    String groups = write("g.csv", "candidateId,sex\ncand-casey,F\n");
    for (String command : new String[] {"calibrate", "export-ratings", "compare"}) {
      CommandRun run = CommandRun.of(command, "--plan", PLAN, a, b);
      assertBothRejected(run, a, b);
      assertThat(run.err)
          .as(command)
          .contains(
              "rubric: " + a + ": the scorecards are rejected with 1 error\n",
              "rubric: " + b + ": the scorecards are rejected with 1 error\n");
    }
    assertBothRejected(CommandRun.of("audit", "--groups", groups, "--plan", PLAN, a, b), a, b);
  }

  @Test
  void thePlanAndTheScorecardsAreBothReported() throws IOException {
    assertBothRejected(CommandRun.of("evaluate", "--plan", badPlan, a), badPlan, a);
    assertBothRejected(CommandRun.of("calibrate", "--plan", badPlan, a), badPlan, a);
    assertBothRejected(CommandRun.of("diff", badPlan, a), badPlan, a);
    CommandRun good = CommandRun.of("diff", PLAN, badPlan);
    assertThat(good.exitCode).isEqualTo(1);
    assertThat(naming(good.err, badPlan)).isNotEmpty();
    assertThat(naming(good.err, PLAN)).isEmpty();
  }

  @Test
  void theGroupsFileAndTheScorecardsAreBothReported() throws IOException {
    String groups = write("g.csv", "candidateId,sex\ncand-casey\n");
    CommandRun run = CommandRun.of("audit", "--groups", groups, "--plan", PLAN, CANDIDATE, a);
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .startsWith("rubric: " + groups + ": row 2: 1 cells, the header has 2\n")
        .endsWith("rubric: " + a + ": the scorecards are rejected with 1 error\n");
  }

  @Test
  void aGroupsFileThatCannotBeReadDoesNotHideTheOtherInputs() throws IOException {
    String missing = dir.resolve("missing.csv").toString();
    CommandRun withPlan =
        CommandRun.of("audit", "--groups", missing, "--plan", badPlan, CANDIDATE, a);
    assertThat(withPlan.exitCode).isEqualTo(1);
    assertThat(withPlan.err)
        .startsWith("rubric: cannot read " + missing + ": no such file\n")
        .contains("rubric: " + badPlan + ": the plan is rejected with 5 errors\n")
        .endsWith("rubric: " + a + ": the scorecards are rejected with 1 error\n");

    String outcomes = write("o.csv", "candidateId,selected,score\ncand-casey,2,\n");
    CommandRun withOutcomes = CommandRun.of("audit", "--groups", missing, "--outcomes", outcomes);
    assertThat(withOutcomes.exitCode).isEqualTo(1);
    assertThat(withOutcomes.err.lines())
        .containsExactly(
            "rubric: cannot read " + missing + ": no such file",
            "rubric: " + outcomes + ": row 2, column 2: selected (2) must be 0 or 1");
  }

  @Test
  void anOutcomesFileThatCannotBeReadComesAfterTheRowsOfTheGroupsFile() throws IOException {
    String groups = write("g.csv", "candidateId,sex\ncand-casey\n,F\n");
    String missing = dir.resolve("missing.csv").toString();
    CommandRun run = CommandRun.of("audit", "--groups", groups, "--outcomes", missing);
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: " + groups + ": row 2: 1 cells, the header has 2",
            "rubric: " + groups + ": row 3: empty candidateId",
            "rubric: cannot read " + missing + ": no such file");
  }

  @Test
  void anImportNamesThePlanTheMappingAndThePayloadInOneRun() throws IOException {
    String mapping = write("mapping.json", "{\"vendor\": \"lever\"");
    String payload = dir.resolve("payload.json").toString();
    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", badPlan, "--from", "greenhouse", "--mapping", mapping, payload);
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).allSatisfy(l -> assertThat(l).startsWith("rubric: "));
    assertThat(run.err)
        .contains("rubric: " + badPlan + ": the plan is rejected with 5 errors\n")
        .contains("rubric: " + mapping + ": the mapping is rejected with 1 error\n")
        .endsWith("rubric: cannot read " + payload + ": no such file\n");
    assertThat(run.err.indexOf(badPlan)).isLessThan(run.err.indexOf(mapping));

    String lever = "../examples/ats/lever-mapping.json";
    CommandRun otherVendor =
        CommandRun.of(
            "evaluate", "--plan", badPlan, "--from", "greenhouse", "--mapping", lever, payload);
    assertThat(otherVendor.err)
        .contains("rubric: " + lever + ": the mapping is for lever, not greenhouse (at /vendor)\n")
        .endsWith("rubric: cannot read " + payload + ": no such file\n");
  }

  @Test
  void oneBadFileAmongGoodOnesStillGivesItsLinesAlone() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, CANDIDATE, a);
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.lines())
        .containsExactly(
            naming(run.err, a).get(0),
            "rubric: " + a + ": the scorecards are rejected with 1 error");
  }

  @Test
  void compareNamesEveryFileItCannotPutInAColumn() throws IOException {
    // compare stopped at the first file it could not use: an empty file hid that the next file's
    // scorecards were all of another plan, and that a third repeated a candidate.
    String empty = write("empty.json", "[]");
    String old = "../examples/broken/old-plan-scorecards.json";
    CommandRun run = CommandRun.of("compare", "--plan", PLAN, empty, old, CANDIDATE, CANDIDATE);
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    List<String> lines = run.err.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            "rubric: " + empty + ": the file holds no scorecard, so no candidate to compare");
    assertThat(lines.get(1)).startsWith("rubric: " + old + ": None of the 4 scorecards");
    assertThat(lines.get(2))
        .isEqualTo(
            "rubric: "
                + CANDIDATE
                + ": candidate cand-casey is also in "
                + CANDIDATE
                + "; give each candidate's scorecards in one file, once");
  }
}

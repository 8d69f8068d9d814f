package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.RatingMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRatingsCommandTest {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String HISTORY = "../examples/data/history.json";
  static final String EXPORTED = "../examples/data/history-ratings.csv";

  /** The end of the summary line when scorecards name another plan: both of the plan's. */
  static final String OTHER_PLAN =
      ": the plan's fingerprint is "
          + MlEngineerRubric.plan().fingerprint()
          + " (scoring fingerprint "
          + MlEngineerRubric.plan().scoringFingerprint()
          + "), the scorecards name sha256:other";

  @TempDir Path dir;

  private static List<Scorecard> history() throws IOException {
    return RubricJson.standard().readScorecards(Files.readAllBytes(Path.of(HISTORY))).orElseThrow();
  }

  @Test
  void writesOneRowPerCandidateAndCompetencyAndOneColumnPerInterviewer() throws IOException {
    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, HISTORY);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    RatingMatrix matrix = RatingMatrix.fromScorecards(history());
    List<String> lines = run.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("candidate/competency," + String.join(",", matrix.raterIds()));
    assertThat(lines).hasSize(matrix.units() + 1);
    assertThat(lines.get(1)).startsWith(matrix.unitIds().get(0) + ",");
    long ratings = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSize(matrix.raters() + 1);
      for (int i = 1; i < cells.length; i++) {
        if (!cells[i].isEmpty()) {
          ratings++;
          assertThat(Integer.parseInt(cells[i])).isBetween(1, 4);
        }
      }
    }
    assertThat(ratings).isEqualTo(matrix.ratings());
  }

  @Test
  void theBundledExportIsWhatTheCommandWrites() throws IOException {
    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, HISTORY);

    assertThat(run.out)
        .isEqualTo(Files.readString(Path.of(EXPORTED), StandardCharsets.UTF_8))
        .as(
            "regenerate with: rubric export-ratings --plan %s %s --out %s",
            PLAN, HISTORY, EXPORTED);
  }

  @Test
  void agreementReadsTheExportAndGivesTheAlphaOfTheScorecards() throws IOException {
    Path csv = dir.resolve("ratings.csv");
    assertThat(
            CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--out", csv.toString())
                .exitCode)
        .isZero();

    CommandRun agreement =
        CommandRun.of("agreement", "--metric", "alpha", "--level", "ordinal", csv.toString());

    assertThat(agreement.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(agreement.out);
    double expected =
        KrippendorffAlpha.ordinal()
            .compute(RatingMatrix.fromScorecards(history()).rows())
            .alpha()
            .orElse(Double.NaN);
    assertThat(json.get("value").asDouble()).isEqualTo(expected);
  }

  @Test
  void oneCompetencyGivesOnlyItsRows() {
    CommandRun run =
        CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--competency", "drift-detection");

    assertThat(run.exitCode).isZero();
    List<String> rows = run.out.lines().skip(1).toList();
    assertThat(rows).isNotEmpty().allMatch(r -> r.split(",", -1)[0].endsWith("/drift-detection"));
  }

  /**
   * A competency of the plan that no usable scorecard rates gave a header alone and exit 0, a file
   * that 'rubric agreement' then refused ("the header has no rows after it").
   */
  @Test
  void aCompetencyNobodyRatedIsNothingToExport() throws IOException {
    List<Scorecard> deployment =
        history().stream().filter(c -> c.panelRoleId().equals("deployment-depth")).toList();
    Path file = write("deployment.json", deployment);

    CommandRun run =
        CommandRun.of(
            "export-ratings", "--plan", PLAN, file.toString(), "--competency", "data-validation");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "rubric: nothing to export: none of the %d usable scorecards rates competency"
                    + " 'data-validation'%n",
                deployment.size()));
    Path out = dir.resolve("out.csv");
    CommandRun toFile =
        CommandRun.of(
            "export-ratings",
            "--plan",
            PLAN,
            file.toString(),
            "--competency",
            "data-validation",
            "--out",
            out.toString());
    assertThat(toFile.exitCode).isEqualTo(1);
    assertThat(out).doesNotExist();
  }

  /** Usable scorecards without a rating gave a header alone and exit 0 too. */
  @Test
  void scorecardsWithoutRatingsAreNothingToExport() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode document = mapper.readTree(Files.readString(Path.of(HISTORY)));
    ArrayNode kept = mapper.createArrayNode();
    for (int i = 0; i < 2; i++) {
      ObjectNode card = (ObjectNode) document.get("scorecards").get(i).deepCopy();
      card.putArray("ratings");
      kept.add(card);
    }
    ObjectNode emptied = ((ObjectNode) document.deepCopy()).set("scorecards", kept);
    Path file = dir.resolve("no-ratings.json");
    Files.writeString(file, mapper.writeValueAsString(emptied));

    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("rubric: nothing to export: the 2 usable scorecards hold no rating\n");
  }

  @Test
  void aCompetencyOutsideThePlanIsRefused() {
    CommandRun run =
        CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--competency", "juggling");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: --competency 'juggling' is not a competency of plan 'ml-engineer-senior'\n");
    // An empty value is quoted too: it read "--competency  is not a competency".
    CommandRun empty = CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--competency", "");
    assertThat(empty.exitCode).isEqualTo(1);
    assertThat(empty.err)
        .isEqualTo("rubric: --competency '' is not a competency of plan 'ml-engineer-senior'\n");
  }

  @Test
  void scorecardsAnEvaluationWouldNotUseAreLeftOutAndCounted() throws IOException {
    List<Scorecard> cards = history();
    List<Scorecard> twice = new ArrayList<>(cards.subList(0, 10));
    twice.addAll(cards.subList(0, 10));
    Path file = dir.resolve("twice.json");
    Files.writeString(file, RubricJson.standard().writeScorecards(twice));

    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, file.toString());
    CommandRun once =
        CommandRun.of(
            "export-ratings", "--plan", PLAN, write("once.json", cards.subList(0, 10)).toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo(once.out);
    assertThat(run.err)
        .isEqualTo(
            "rubric: left out 10 of 20 scorecards that an evaluation would not use (10"
                + " DUPLICATE_SCORECARD)\n");
  }

  @Test
  void filesHoldingNoScorecardAreNamedAfterTheLine() throws IOException {
    Path empty = write("empty.json", List.of());
    Path other = write("other.json", List.of());

    CommandRun run =
        CommandRun.of("export-ratings", "--plan", PLAN, empty.toString(), other.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: no scorecard to export: the files hold none\n"
                + "rubric: "
                + empty
                + ": 0 scorecards\n"
                + "rubric: "
                + other
                + ": 0 scorecards\n");
  }

  @Test
  void noUsableScorecardNamesEachFileWithItsScorecardsAndCauses() throws IOException {
    // One candidate's scorecards spread over both files, so the evaluation's own order differs.
    Path wrongSeat =
        UnusableHistories.write(dir, "wrong-seat.json", UnusableHistories.ofUnknownSeat(1, 3, 5));
    Path empty = write("empty.json", List.of());
    Path wrongPlan =
        UnusableHistories.write(
            dir, "wrong-plan.json", UnusableHistories.ofAnotherPlan(0, 2, 4, 6));
    Path out = dir.resolve("out.csv");

    CommandRun run =
        CommandRun.of(
            "export-ratings",
            "--plan",
            PLAN,
            wrongSeat.toString(),
            empty.toString(),
            wrongPlan.toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: no usable scorecard among 7 given (4 FINGERPRINT_MISMATCH, 3"
                + " UNKNOWN_PANEL_ROLE)"
                + OTHER_PLAN,
            "rubric: " + wrongSeat + ": 3 scorecards, none usable (3 UNKNOWN_PANEL_ROLE)",
            "rubric: " + wrongPlan + ": 4 scorecards, none usable (4 FINGERPRINT_MISMATCH)",
            "rubric: " + empty + ": 0 scorecards");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void exactCopiesInTwoFilesAreCountedWhereTheyLie() throws IOException {
    Path first =
        UnusableHistories.write(dir, "first.json", UnusableHistories.ofAnotherPlan(0, 1, 2));
    Path copy = UnusableHistories.write(dir, "copy.json", UnusableHistories.ofAnotherPlan(0, 1, 2));

    CommandRun run =
        CommandRun.of(
            "export-ratings", "--plan", PLAN, first.toString(), copy.toString(), first.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: no usable scorecard among 9 given (9 FINGERPRINT_MISMATCH)" + OTHER_PLAN,
            "rubric: "
                + first
                + " (given 2 times): 6 scorecards, none usable (6 FINGERPRINT_MISMATCH)",
            "rubric: " + copy + ": 3 scorecards, none usable (3 FINGERPRINT_MISMATCH)");
  }

  @Test
  void manyFilesAreNamedUpToTheCapThenCounted() throws IOException {
    List<String> args = new ArrayList<>(List.of("export-ratings", "--plan", PLAN));
    int files = NothingUsable.MAX_FILE_LINES + 3;
    for (int i = 0; i < files; i++) {
      args.add(
          UnusableHistories.write(
                  dir,
                  String.format(Locale.ROOT, "f%02d.json", i),
                  UnusableHistories.ofUnknownSeat(i))
              .toString());
    }
    for (int i = 0; i < 2; i++) {
      args.add(write(String.format(Locale.ROOT, "empty%d.json", i), List.of()).toString());
    }

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    UnusableHistories.assertCappedFileLines(
        run,
        "rubric: no usable scorecard among 23 given (23 UNKNOWN_PANEL_ROLE)",
        dir,
        ": 1 scorecard, not usable (1 UNKNOWN_PANEL_ROLE)",
        "rubric: ... and 5 more files (3 scorecards)");
  }

  @Test
  void aFileNameWithControlCharactersIsShownEscaped() throws IOException {
    Path file =
        UnusableHistories.write(
            dir, "bidi\u202e\tname.json", UnusableHistories.ofAnotherPlan(0, 1));

    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).doesNotContain("\u202e").doesNotContain("\t");
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: no usable scorecard among 2 given (2 FINGERPRINT_MISMATCH)" + OTHER_PLAN,
            "rubric: "
                + dir
                + "/bidi\\u202e\\tname.json: 2 scorecards, none usable (2 FINGERPRINT_MISMATCH)");
  }

  @Test
  void outRefusesToOverwriteAnInput() {
    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--out", HISTORY);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("rubric: ").contains("history.json");
  }

  @Test
  void withoutScorecardsItIsAUsageError() {
    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("rubric: ");
  }

  @Test
  void cellsThatNeedQuotingAreQuoted() {
    assertThat(ExportRatingsCommand.cell("iv-01")).isEqualTo("iv-01");
    assertThat(ExportRatingsCommand.cell("Lee, Ann")).isEqualTo("\"Lee, Ann\"");
    assertThat(ExportRatingsCommand.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExportRatingsCommand.cell(" padded")).isEqualTo("\" padded\"");
  }

  @Test
  void idsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() throws IOException {
    // Found by the hostile-input run: an interviewer or candidate id from an ATS such as
    // =HYPERLINK("http://evil.example/","x") was written as it stands, a live formula in a
    // spreadsheet; now an apostrophe before it makes it text (OWASP's advice on CSV injection).
    assertThat(ExportRatingsCommand.cell("=HYPERLINK(\"http://evil.example/\",\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"");
    assertThat(ExportRatingsCommand.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(ExportRatingsCommand.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(ExportRatingsCommand.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    // One that begins with an apostrophe gets one too, so '=x and =x are not written alike.
    assertThat(ExportRatingsCommand.cell("'=x")).isEqualTo("''=x");
    assertThat(ExportRatingsCommand.cell("iv-=01")).isEqualTo("iv-=01");

    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard card : history().subList(0, 8)) {
      cards.add(
          Scorecard.builder()
              .from(card)
              .interviewerId("=1+" + card.interviewerId())
              .candidateId("@" + card.candidateId())
              .build());
    }
    CommandRun run =
        CommandRun.of("export-ratings", "--plan", PLAN, write("formulas.json", cards).toString());

    assertThat(run.exitCode).isZero();
    for (String line : run.out.split("\n")) {
      for (String cell : line.split(",")) {
        assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("@");
      }
    }
    assertThat(run.out).contains(",'=1+iv-").contains("\n'@h-001/");
  }

  private Path write(String name, List<Scorecard> cards) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, RubricJson.standard().writeScorecards(cards));
    return file;
  }
}

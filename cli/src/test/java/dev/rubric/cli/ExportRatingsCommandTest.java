package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.RatingMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRatingsCommandTest {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String HISTORY = "../examples/data/history.json";
  static final String EXPORTED = "../examples/data/history-ratings.csv";

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

  @Test
  void aCompetencyOutsideThePlanIsRefused() {
    CommandRun run =
        CommandRun.of("export-ratings", "--plan", PLAN, HISTORY, "--competency", "juggling");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: --competency juggling is not a competency of plan 'ml-engineer-senior'\n");
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
                + " SUPERSEDED_SCORECARD)\n");
  }

  @Test
  void noUsableScorecardIsOneLineAndExitOne() throws IOException {
    Path empty = write("empty.json", List.of());

    CommandRun run = CommandRun.of("export-ratings", "--plan", PLAN, empty.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("rubric: no scorecard to export: the files hold none\n");
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

  private Path write(String name, List<Scorecard> cards) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, RubricJson.standard().writeScorecards(cards));
    return file;
  }
}

package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.json.EvaluationJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on a small generated history (CSV in, CSV and Parquet out), batch evaluation
 * against the single-JVM evaluator, and the job's error lines and exit codes.
 */
class RubricJobTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";

  @Test
  void batchEvaluationEqualsTheSingleJvmEvaluatorCandidateByCandidate() throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = SparkCalibrationTest.plan();
    Map<String, List<Scorecard>> byCandidate = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (long c = 0; c < 60; c++) {
      List<Scorecard> cards = SyntheticHistory.candidate(plan, 3, c, 3);
      byCandidate.put(cards.get(0).candidateId(), cards);
      cards.forEach(card -> rows.addAll(HistoryRows.of(card)));
    }
    Dataset<Row> history = spark.createDataFrame(rows, HistoryRows.SCHEMA).repartition(7);
    List<Row> got = SparkEvaluation.evaluate(history, List.of(plan)).collectAsList();
    assertThat(got).hasSize(byCandidate.size());
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    for (Row r : got) {
      String id = r.getString(0);
      Evaluation e = evaluator.evaluate(id, java.util.Objects.requireNonNull(byCandidate.get(id)));
      assertThat(r.getString(2)).isEqualTo(e.decision().outcome().name());
      assertThat(r.getString(5)).isEqualTo(EvaluationJson.write(e));
      assertThat(r.isNullAt(6)).isTrue();
    }
  }

  @Test
  void generatesAHistoryAndWritesTheThreeTables(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    String history = dir.resolve("history").toString();
    assertThat(
            RubricJob.run(
                new String[] {
                  "generate",
                  "--plan",
                  PLAN,
                  "--ratings",
                  "3000",
                  "--out",
                  history,
                  "--format",
                  "csv",
                  "--interviewers-per-seat",
                  "3"
                },
                errors))
        .as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(0);
    String out = dir.resolve("out").toString();
    assertThat(
            RubricJob.run(
                new String[] {
                  "run", "--plan", PLAN, "--history", history, "--out", out, "--format", "csv"
                },
                errors))
        .as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(0);
    SparkSession spark = LocalSpark.session();
    Dataset<Row> reliability = spark.read().option("header", "true").csv(out + "/reliability");
    assertThat(reliability.columns())
        .containsExactly("competencyId", "units", "alphaOrdinal", "alphaInterval", "fleissKappa");
    assertThat(reliability.count()).isGreaterThan(3);
    assertThat(spark.read().option("header", "true").csv(out + "/calibration").count())
        .isGreaterThanOrEqualTo(8);
    assertThat(spark.read().option("header", "true").csv(out + "/evaluations").count())
        .isGreaterThan(100);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void errorsAreOneLineAndAnExitCode(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(RubricJob.run(new String[] {"frobnicate"}, errors)).isEqualTo(2);
    assertThat(RubricJob.run(new String[] {"run", "--plan", PLAN}, errors)).isEqualTo(2);
    Path broken = dir.resolve("plan.json");
    Files.writeString(broken, "{");
    assertThat(
            RubricJob.run(
                new String[] {"run", "--plan", broken.toString(), "--history", "x", "--out", "y"},
                errors))
        .isEqualTo(1);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).allMatch(l -> l.startsWith("rubric-spark: "));
    assertThat(text).contains("missing --history").doesNotContain("\tat ");
  }
}

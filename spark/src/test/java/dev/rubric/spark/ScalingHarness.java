package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.json.EvaluationJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of alpha, calibration and evaluation on Spark {@code local[2]} against the single-JVM
 * API, for histories of the given sizes (not a test; run by hand, nice'd):
 *
 * <pre>
 * java @spark/jvm.options -Xmx6g -cp "$TEST_CP" dev.rubric.spark.ScalingHarness /tmp/rubric-scale 1000000 10000000
 * </pre>
 *
 * <p>Each history is generated once to Parquet (not timed); Spark reads it for each task. The
 * single-JVM side streams the same candidates from {@link SyntheticHistory#candidate}: alpha by one
 * accumulator per competency, evaluation candidate by candidate; calibration holds the whole
 * history in memory, as {@link InterviewerCalibration#calibrate} needs it, and is measured only
 * where it fits ({@code <= 10M} ratings). Prints one line per figure. {@code
 * -Drubric.scale.tasks=alpha,evaluation} measures only the tasks named ({@code alpha}, {@code
 * calibration}, {@code evaluation}; all three unless given), and {@code -Drubric.scale.sides=spark}
 * measures only Spark's side ({@code spark}, {@code single}; both unless given). {@code
 * -Drubric.scale.reuse=true} reads a history an earlier run wrote completely instead of generating
 * it again.
 */
final class ScalingHarness {
  private ScalingHarness() {}

  public static void main(String[] args) throws Exception {
    InterviewPlan plan =
        RubricJson.standard()
            .readPlan(Files.readAllBytes(Path.of("examples/plans/ml-engineer.json")))
            .orElseThrow();
    String dir = args[0];
    List<String> tasks =
        List.of(
            System.getProperty("rubric.scale.tasks", "alpha,calibration,evaluation").split(","));
    List<String> sides =
        List.of(System.getProperty("rubric.scale.sides", "spark,single").split(","));
    boolean onSpark = sides.contains("spark");
    boolean single = sides.contains("single");
    boolean reuse = Boolean.getBoolean("rubric.scale.reuse");
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("rubric-scaling")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    for (int a = 1; a < args.length; a++) {
      long ratings = Long.parseLong(args[a]);
      String path = dir + "/history-" + ratings;
      long t0 = System.nanoTime();
      if (!(reuse && Files.exists(Path.of(path, "_SUCCESS")))) {
        SyntheticHistory.generate(
                spark, plan, ratings, 1, 25, (int) Math.max(2, ratings / 1_000_000))
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(path);
        report(ratings, "generate+write (spark)", t0, ratings);
      }
      Dataset<Row> history = spark.read().parquet(path);
      long actual = history.count();
      Dataset<Row> units =
          history
              .withColumn("unitId", concat(col("candidateId"), lit("/"), col("competencyId")))
              .withColumn("raterId", col("interviewerId"));
      if (onSpark && tasks.contains("alpha")) {
        t0 = System.nanoTime();
        long groups = SparkAgreement.alpha(units, AlphaLevel.ORDINAL, "competencyId").count();
        report(actual, "alpha per competency (spark local[2], " + groups + " groups)", t0, actual);
      }
      if (onSpark && tasks.contains("calibration")) {
        t0 = System.nanoTime();
        SparkCalibration.calibrate(history, InterviewerCalibration.standard());
        report(actual, "calibration (spark local[2])", t0, actual);
      }
      if (onSpark && tasks.contains("evaluation")) {
        t0 = System.nanoTime();
        long evaluated = SparkEvaluation.evaluate(history, List.of(plan)).count();
        report(actual, "evaluation (spark local[2], " + evaluated + " candidates)", t0, actual);
      }

      long candidates = (long) Math.ceil(ratings / SyntheticHistory.ratingsPerCandidate(plan));
      if (single && tasks.contains("alpha")) {
        t0 = System.nanoTime();
        Map<String, AlphaAccumulator> alpha = new TreeMap<>();
        long seen = 0;
        for (long c = 0; c < candidates; c++) {
          Map<String, List<Integer>> byCompetency = new HashMap<>();
          for (Scorecard s : SyntheticHistory.candidate(plan, 1, c, 25)) {
            for (Rating r : s.ratings()) {
              byCompetency.computeIfAbsent(r.competencyId(), k -> new ArrayList<>()).add(r.level());
              seen++;
            }
          }
          byCompetency.forEach(
              (k, levels) -> {
                int[] unit = new int[Math.max(2, levels.size())];
                java.util.Arrays.fill(unit, Ratings.MISSING);
                for (int i = 0; i < levels.size(); i++) {
                  unit[i] = levels.get(i);
                }
                alpha
                    .computeIfAbsent(k, x -> KrippendorffAlpha.ordinal().accumulator())
                    .addUnit(unit);
              });
        }
        alpha.values().forEach(AlphaAccumulator::result);
        report(seen, "alpha per competency (single JVM, generation included)", t0, seen);
      }
      if (single && tasks.contains("evaluation")) {
        t0 = System.nanoTime();
        PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
        long chars = 0;
        for (long c = 0; c < candidates; c++) {
          List<Scorecard> cards = SyntheticHistory.candidate(plan, 1, c, 25);
          chars +=
              EvaluationJson.write(evaluator.evaluate(cards.get(0).candidateId(), cards)).length();
        }
        report(
            actual,
            "evaluation (single JVM, generation included, " + chars + " chars)",
            t0,
            actual);
      }
      if (single && tasks.contains("calibration") && ratings <= 10_000_000L) {
        t0 = System.nanoTime();
        List<Scorecard> all = new ArrayList<>();
        for (long c = 0; c < candidates; c++) {
          all.addAll(SyntheticHistory.candidate(plan, 1, c, 25));
        }
        InterviewerCalibration.standard().calibrate(plan, all);
        report(actual, "calibration (single JVM, generation included)", t0, actual);
      }
    }
    spark.stop();
  }

  private static void report(long n, String what, long t0, long ratings) {
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT, "%,d ratings | %s | %.1f s | %,.0f ratings/s%n", n, what, s, ratings / s);
  }
}

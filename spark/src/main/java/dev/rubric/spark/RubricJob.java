package dev.rubric.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The runnable job: reliability, calibration and evaluation over a history, and the generator of a
 * synthetic history. Runs locally ({@code --master local[*]}) and unchanged under {@code
 * spark-submit}, where the master comes from spark-submit.
 *
 * <pre>
 * RubricJob run --plan PLAN.json --history PATH --out DIR [--format parquet|csv] [--master URL]
 * RubricJob generate --plan PLAN.json --ratings N --out PATH [--format parquet|csv] [--seed S]
 *     [--interviewers-per-seat K] [--partitions P] [--master URL]
 * </pre>
 *
 * <p>{@code run} writes {@code DIR/reliability} (Krippendorff's alpha, ordinal and interval, and
 * Fleiss' kappa per competency), {@code DIR/calibration} (one row per interviewer) and {@code
 * DIR/evaluations} (one row per candidate). Exit codes: 0 done, 1 input rejected, 2 usage; errors
 * are lines on standard error starting with {@code rubric-spark: }, never a stack trace.
 */
public final class RubricJob {
  private RubricJob() {}

  /**
   * Runs the job.
   *
   * @param args the command line (see the class comment)
   */
  public static void main(String[] args) {
    int code = run(args, System.err);
    scala.Option<SparkSession> session = SparkSession.getDefaultSession();
    if (session.isDefined()) {
      session.get().stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job in the current (or a new) Spark session, which it leaves running, and returns its
   * exit code.
   *
   * @param args the command line
   * @param err where error lines go
   * @return 0 done, 1 input rejected, 2 usage
   */
  public static int run(String[] args, PrintStream err) {
    if (args.length == 0 || !(args[0].equals("run") || args[0].equals("generate"))) {
      err.println("rubric-spark: usage: RubricJob run|generate --plan PLAN.json ... (see README)");
      return 2;
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("rubric-spark: expected --option value, found " + args[i]);
        return 2;
      }
      options.put(args[i].substring(2), args[++i]);
    }
    List<String> required =
        args[0].equals("run")
            ? List.of("plan", "history", "out")
            : List.of("plan", "ratings", "out");
    for (String r : required) {
      if (!options.containsKey(r)) {
        err.println("rubric-spark: missing --" + r);
        return 2;
      }
    }
    String format = options.getOrDefault("format", "parquet");
    if (!format.equals("parquet") && !format.equals("csv")) {
      err.println("rubric-spark: --format must be parquet or csv, not " + format);
      return 2;
    }
    InterviewPlan plan;
    try {
      ReadResult<InterviewPlan> read =
          RubricJson.standard()
              .readPlan(Files.readAllBytes(Path.of(options.getOrDefault("plan", ""))));
      if (!read.isOk()) {
        for (Problem p : read.problems()) {
          err.println(
              "rubric-spark: "
                  + options.getOrDefault("plan", "")
                  + ": "
                  + p.path()
                  + ": "
                  + p.message());
        }
        return 1;
      }
      plan = read.orElseThrow();
    } catch (IOException e) {
      err.println(
          "rubric-spark: cannot read " + options.getOrDefault("plan", "") + ": " + e.getMessage());
      return 1;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("rubric-" + args[0]);
    if (options.containsKey("master")) {
      builder.master(options.getOrDefault("master", ""));
    }
    SparkSession spark = builder.getOrCreate();
    try {
      if (args[0].equals("generate")) {
        long ratings = Long.parseLong(options.getOrDefault("ratings", ""));
        Dataset<Row> history =
            SyntheticHistory.generate(
                spark,
                plan,
                ratings,
                Long.parseLong(options.getOrDefault("seed", "1")),
                Integer.parseInt(options.getOrDefault("interviewers-per-seat", "25")),
                Integer.parseInt(
                    options.getOrDefault(
                        "partitions", String.valueOf(Math.max(2, ratings / 1_000_000)))));
        write(history, options.getOrDefault("out", ""), format);
      } else {
        Dataset<Row> history = read(spark, options.getOrDefault("history", ""), format);
        analyse(history, plan, options.getOrDefault("out", ""), format);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("rubric-spark: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      err.println("rubric-spark: " + root.getClass().getSimpleName() + ": " + root.getMessage());
      return 1;
    }
  }

  /** Reads a history: Parquet, or CSV with a header and the history schema. */
  static Dataset<Row> read(SparkSession spark, String path, String format) {
    if (format.equals("csv")) {
      return spark
          .read()
          .option("header", "true")
          .option("mode", "FAILFAST")
          .schema(HistoryRows.SCHEMA)
          .csv(path);
    }
    return spark.read().parquet(path);
  }

  /** Writes the three output tables of a history into {@code out}. */
  static void analyse(Dataset<Row> history, InterviewPlan plan, String out, String format) {
    Dataset<Row> ratings =
        history
            .withColumn("unitId", concat(col("candidateId"), lit("/"), col("competencyId")))
            .withColumn("raterId", col("interviewerId"))
            .persist();
    try {
      Dataset<Row> ordinal =
          SparkAgreement.alpha(ratings, AlphaLevel.ORDINAL, "competencyId")
              .select(col("competencyId"), col("units"), col("value").as("alphaOrdinal"));
      Dataset<Row> interval =
          SparkAgreement.alpha(ratings, AlphaLevel.INTERVAL, "competencyId")
              .select(col("competencyId"), col("value").as("alphaInterval"));
      Dataset<Row> fleiss =
          SparkAgreement.fleissKappa(ratings, "competencyId")
              .select(col("competencyId"), col("value").as("fleissKappa"));
      write(
          ordinal
              .join(interval, "competencyId")
              .join(fleiss, "competencyId")
              .orderBy("competencyId"),
          out + "/reliability",
          format);
      write(
          SparkCalibration.calibrate(ratings, InterviewerCalibration.standard())
              .toTable(history.sparkSession()),
          out + "/calibration",
          format);
      write(SparkEvaluation.evaluate(history, List.of(plan)), out + "/evaluations", format);
    } finally {
      ratings.unpersist();
    }
  }

  static void write(Dataset<Row> table, String path, String format) {
    if (format.equals("csv")) {
      // CSV has no arrays or structs: arrays are joined with ';', structs written as JSON.
      StructType schema = table.schema();
      Column[] flat = new Column[schema.size()];
      for (int i = 0; i < flat.length; i++) {
        StructField f = schema.fields()[i];
        Column c = col(f.name());
        if (f.dataType() instanceof ArrayType) {
          c = array_join(c, ";");
        } else if (f.dataType() instanceof StructType) {
          c = to_json(c);
        }
        flat[i] = c.as(f.name());
      }
      table.select(flat).write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
    } else {
      table.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }
}

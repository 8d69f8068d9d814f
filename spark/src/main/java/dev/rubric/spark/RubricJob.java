package dev.rubric.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

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
import java.util.TreeMap;
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
 *     [--spark-log LEVEL]
 * RubricJob generate --plan PLAN.json --ratings N --out PATH [--format parquet|csv] [--seed S]
 *     [--interviewers-per-seat K] [--partitions P] [--master URL] [--spark-log LEVEL]
 * </pre>
 *
 * <p>{@code run} writes {@code DIR/reliability} (Krippendorff's alpha, ordinal and interval, and
 * Fleiss' kappa per competency), {@code DIR/calibration} (one row per interviewer) and {@code
 * DIR/evaluations} (one row per candidate), reliability and calibration over exactly the scorecards
 * the evaluations use, as {@code rubric export-ratings} and {@code rubric calibrate} take them (the
 * scorecards left out are counted on standard error). Exit codes: 0 done, 1 input rejected, 2
 * usage; errors are lines on standard error starting with {@code rubric-spark: }, never a stack
 * trace.
 *
 * <p><b>Console.</b> The job prints its own progress on standard output, one line per table written
 * ({@code rubric-spark: reliability written to DIR/reliability in 12.3 s}) and one when done.
 * Spark's own log messages (and Hadoop's and Parquet's) are shown at the level {@code --spark-log}
 * gives ({@code off}, {@code error}, {@code warn}, {@code info}, {@code debug}, {@code trace};
 * {@code error} unless given), one line each on standard error starting with {@code spark}, without
 * stack traces: {@link #main} points log4j2 at the job's configuration ({@code
 * dev/rubric/spark/log4j2-job.properties}) before Spark starts. A log4j2 configuration given the
 * standard way ({@code -Dlog4j2.configurationFile=log4j2.properties}) is left alone: Spark then
 * logs as that file says, and {@code --spark-log} is applied only when given. A failure is never
 * hidden: it ends the job with exit code 1 and its {@code rubric-spark: } line.
 */
public final class RubricJob {
  private RubricJob() {}

  /**
   * Runs the job.
   *
   * @param args the command line (see the class comment)
   */
  public static void main(String[] args) {
    quietLogging(args, System.getProperties());
    int code = run(args, System.out, System.err);
    scala.Option<SparkSession> session = SparkSession.getDefaultSession();
    if (session.isDefined()) {
      session.get().stop();
    }
    System.exit(code);
  }

  /** Log levels that {@code --spark-log} takes (log4j2's, as Spark's {@code setLogLevel}). */
  static final List<String> LEVELS =
      List.of("off", "fatal", "error", "warn", "info", "debug", "trace", "all");

  /** The system property that the job's log4j2 configuration reads the level from. */
  static final String LEVEL_PROPERTY = "rubric.spark.log";

  /**
   * Points log4j2 at the job's console configuration, at the level of {@code --spark-log} ({@code
   * error} unless given), unless a configuration is already given in {@code
   * log4j2.configurationFile}. Takes effect only when called before Spark (or anything else) starts
   * log4j2, as {@link #main} does.
   *
   * @param args the command line
   * @param properties the system properties to set
   * @return whether the job's configuration was applied
   */
  static boolean quietLogging(String[] args, java.util.Properties properties) {
    if (properties.getProperty("log4j2.configurationFile") != null
        || properties.getProperty("log4j.configurationFile") != null) {
      return false;
    }
    String level = "error";
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals("--spark-log")
          && LEVELS.contains(args[i + 1].toLowerCase(java.util.Locale.ROOT))) {
        level = args[i + 1].toLowerCase(java.util.Locale.ROOT);
      }
    }
    java.net.URL config = RubricJob.class.getResource("log4j2-job.properties");
    if (config == null) {
      return false;
    }
    properties.setProperty(LEVEL_PROPERTY, level);
    properties.setProperty("log4j2.configurationFile", config.toString());
    return true;
  }

  /**
   * Runs the job in the current (or a new) Spark session, which it leaves running, and returns its
   * exit code; progress lines are dropped.
   *
   * @param args the command line
   * @param err where error lines go
   * @return 0 done, 1 input rejected, 2 usage
   */
  public static int run(String[] args, PrintStream err) {
    return run(args, new PrintStream(java.io.OutputStream.nullOutputStream()), err);
  }

  /**
   * Runs the job in the current (or a new) Spark session, which it leaves running, and returns its
   * exit code.
   *
   * @param args the command line
   * @param out where the progress lines go, one per table written and one when done
   * @param err where error lines go
   * @return 0 done, 1 input rejected, 2 usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
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
    String sparkLog = options.getOrDefault("spark-log", "error").toLowerCase(java.util.Locale.ROOT);
    if (!LEVELS.contains(sparkLog)) {
      err.println("rubric-spark: --spark-log must be one of " + LEVELS + ", not " + sparkLog);
      return 2;
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
    long started = System.nanoTime();
    SparkSession spark = builder.getOrCreate();
    if (options.containsKey("spark-log")) {
      // Also when log4j2 started before main could configure it (spark-submit, a running session).
      spark.sparkContext().setLogLevel(sparkLog.toUpperCase(java.util.Locale.ROOT));
    }
    Progress progress = new Progress(out, started);
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
        progress.wrote("history", options.getOrDefault("out", ""));
      } else {
        Dataset<Row> history = read(spark, options.getOrDefault("history", ""), format);
        analyse(history, plan, options.getOrDefault("out", ""), format, progress, err);
      }
      progress.done();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("rubric-spark: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code throws checked exceptions (AnalysisException)
      // without declaring them.
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
      // interviewedAt is optional: the schema read has it when the header names it.
      List<String> header =
          java.util.Arrays.asList(spark.read().option("header", "true").csv(path).columns());
      return spark
          .read()
          .option("header", "true")
          .option("mode", "FAILFAST")
          .schema(HistoryRows.schemaOf(header))
          .csv(path);
    }
    return spark.read().parquet(path);
  }

  /** The job's progress lines: what was written where, and the time since the previous line. */
  static final class Progress {
    private final PrintStream out;
    private final long started;
    private long last;

    Progress(PrintStream out, long started) {
      this.out = out;
      this.started = started;
      this.last = started;
    }

    void wrote(String table, String path) {
      long now = System.nanoTime();
      out.printf(
          java.util.Locale.ROOT,
          "rubric-spark: %s written to %s in %.1f s%n",
          table,
          path,
          (now - last) / 1e9);
      last = now;
    }

    void done() {
      out.printf(
          java.util.Locale.ROOT,
          "rubric-spark: done in %.1f s%n",
          (System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * Writes the three output tables of a history into {@code out}. Reliability and calibration take
   * exactly the scorecards the evaluation of each candidate uses, as {@code rubric export-ratings}
   * and {@code rubric calibrate} do (calibration also those of shadow seats, which count in
   * calibration only); the scorecards left out are counted on {@code err} by cause.
   *
   * @throws IllegalArgumentException when no scorecard of the history can be used
   */
  static void analyse(
      Dataset<Row> history,
      InterviewPlan plan,
      String out,
      String format,
      Progress progress,
      PrintStream err) {
    // Evaluated once: the evaluations' table and the scorecards they use come from this cache.
    Dataset<Row> evaluated = SparkEvaluation.evaluated(history, List.of(plan)).persist();
    try {
      leftOut(evaluated, plan, err);
      Dataset<Row> ratings =
          usedRatings(evaluated, "agreementRatings")
              .withColumn("unitId", concat(col("candidateId"), lit("/"), col("competencyId")))
              .withColumn("raterId", col("interviewerId"));
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
      progress.wrote("reliability", out + "/reliability");
      write(
          SparkCalibration.calibrate(
                  usedRatings(evaluated, "calibrationRatings"), InterviewerCalibration.standard())
              .toTable(history.sparkSession()),
          out + "/calibration",
          format);
      progress.wrote("calibration", out + "/calibration");
      Column[] output = new Column[SparkEvaluation.OUTPUT.size()];
      for (int i = 0; i < output.length; i++) {
        output[i] = col(SparkEvaluation.OUTPUT.fields()[i].name());
      }
      write(evaluated.select(output), out + "/evaluations", format);
      progress.wrote("evaluations", out + "/evaluations");
    } finally {
      evaluated.unpersist();
    }
  }

  /** The ratings in the array column {@code column} of the evaluated candidates, one per row. */
  private static Dataset<Row> usedRatings(Dataset<Row> evaluated, String column) {
    return evaluated
        .select(col("candidateId"), explode(col(column)).as("r"))
        .select(
            col("candidateId"),
            col("r.competencyId").as("competencyId"),
            col("r.interviewerId").as("interviewerId"),
            col("r.level").as("level"));
  }

  /**
   * Counts the scorecards the evaluations left out, by cause, and the candidates whose rows cannot
   * be read, in one line each on {@code err} (none when every scorecard is used), as {@code rubric
   * export-ratings} does; refuses a history of which nothing can be used.
   */
  private static void leftOut(Dataset<Row> evaluated, InterviewPlan plan, PrintStream err) {
    Row totals =
        evaluated
            .agg(
                coalesce(sum(col("used")), lit(0L)),
                coalesce(sum(size(col("leftOut"))), lit(0L)),
                coalesce(sum(col("unreadRows")), lit(0L)),
                count(when(col("unreadRows").gt(0), 1)))
            .first();
    long used = totals.getLong(0);
    long unused = totals.getLong(1);
    long unreadRows = totals.getLong(2);
    long unread = totals.getLong(3);
    Map<String, Long> causes = new TreeMap<>();
    if (unused > 0) {
      for (Row r :
          evaluated
              .select(explode(col("leftOut")).as("cause"))
              .groupBy("cause")
              .count()
              .collectAsList()) {
        causes.put(r.getString(0), r.getLong(1));
      }
    }
    StringBuilder listed = new StringBuilder();
    causes.forEach(
        (c, n) -> listed.append(listed.length() == 0 ? "" : ", ").append(n).append(' ').append(c));
    String unreadLine =
        String.format(
            java.util.Locale.ROOT,
            "%d %s (%d rows) cannot be read and %s left out; the evaluations table says why",
            unread,
            unread == 1 ? "candidate" : "candidates",
            unreadRows,
            unread == 1 ? "is" : "are");
    if (used == 0) {
      String line =
          unused == 0
              ? "no usable scorecard: the history holds none"
              : String.format(
                  java.util.Locale.ROOT, "no usable scorecard among %d given (%s)", unused, listed);
      if (causes.containsKey(SparkEvaluation.FINGERPRINT_MISMATCH)) {
        line +=
            "; the plan's scoring fingerprint is "
                + plan.scoringFingerprint()
                + " and its fingerprint "
                + plan.fingerprint();
      }
      throw new IllegalArgumentException(unread > 0 ? line + "; " + unreadLine : line);
    }
    if (unused > 0) {
      err.printf(
          java.util.Locale.ROOT,
          "rubric-spark: left out %d of %d scorecards that an evaluation would not use (%s)%n",
          unused,
          used + unused,
          listed);
    }
    if (unread > 0) {
      err.println("rubric-spark: " + unreadLine);
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

package dev.rubric.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.VisibleText;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

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
 * scorecards left out are counted on standard error). CSV, read and written, is RFC 4180 with a
 * header: a cell holding a comma, a quote or a line break is quoted, a quote inside doubled.
 *
 * <p><b>Errors.</b> Exit codes as the {@code rubric} command line's: 0 done, 1 input rejected, 2
 * usage (an unknown, repeated or missing option, an option's value that is not one it takes, a
 * Spark that cannot start for want of a master). A failure is one line on standard error starting
 * with {@code rubric-spark: } that names the option, or the file, the row (by its candidate,
 * interviewer and competency) and the column; never a stack trace or a Java class name.
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
    Map<String, String> options;
    long ratings = 0;
    long seed = 1;
    int interviewersPerSeat = 25;
    int partitions = 0;
    String sparkLog;
    String format;
    try {
      options = options(args);
      sparkLog = options.getOrDefault("spark-log", "error").toLowerCase(java.util.Locale.ROOT);
      if (!LEVELS.contains(sparkLog)) {
        throw new Usage("--spark-log must be one of " + LEVELS + ", not " + sparkLog);
      }
      format = options.getOrDefault("format", "parquet");
      if (!format.equals("parquet") && !format.equals("csv")) {
        throw new Usage("--format must be parquet or csv, not " + format);
      }
      if (args[0].equals("generate")) {
        ratings = number(options, "ratings", 0, Long.MAX_VALUE, 0);
        seed = number(options, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 1);
        interviewersPerSeat =
            (int) number(options, "interviewers-per-seat", 2, Integer.MAX_VALUE, 25);
        partitions =
            (int)
                number(
                    options,
                    "partitions",
                    1,
                    Integer.MAX_VALUE,
                    Math.max(2, Math.min(Integer.MAX_VALUE, ratings / 1_000_000)));
      }
    } catch (Usage e) {
      err.println(line(e.getMessage()));
      return 2;
    }
    InterviewPlan plan;
    String planFile = options.getOrDefault("plan", "");
    try {
      ReadResult<InterviewPlan> read =
          RubricJson.standard().readPlan(Files.readAllBytes(Path.of(planFile)));
      if (!read.isOk()) {
        for (Problem p : read.problems()) {
          err.println(line(planFile + ": " + p.path() + ": " + p.message()));
        }
        return 1;
      }
      plan = read.orElseThrow();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      err.println(line("cannot read " + planFile + ": " + describe(e)));
      return 1;
    }
    long started = System.nanoTime();
    SparkSession spark;
    try {
      SparkSession.Builder builder = SparkSession.builder().appName("rubric-" + args[0]);
      if (options.containsKey("master")) {
        builder.master(options.getOrDefault("master", ""));
      }
      spark = builder.getOrCreate();
      if (options.containsKey("spark-log")) {
        // Also when log4j2 started before main could configure it (spark-submit, a running
        // session).
        spark.sparkContext().setLogLevel(sparkLog.toUpperCase(java.util.Locale.ROOT));
      }
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code throws checked exceptions without declaring
      // them. A session that cannot start is the command line's fault: a wrong or missing master.
      err.println(
          line(
              options.containsKey("master")
                  ? "cannot start Spark with --master "
                      + options.getOrDefault("master", "")
                      + ": "
                      + describe(e)
                  : "cannot start Spark: "
                      + describe(e)
                      + " (give --master, local[*] to run here, or run the job with"
                      + " spark-submit)"));
      return 2;
    }
    Progress progress = new Progress(out, started);
    try {
      if (args[0].equals("generate")) {
        Dataset<Row> history =
            SyntheticHistory.generate(spark, plan, ratings, seed, interviewersPerSeat, partitions);
        write(history, options.getOrDefault("out", ""), format);
        progress.wrote("history", options.getOrDefault("out", ""));
      } else {
        Dataset<Row> history = read(spark, options.getOrDefault("history", ""), format);
        analyse(history, plan, options.getOrDefault("out", ""), format, progress, err);
      }
      progress.done();
      return 0;
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code throws checked exceptions (AnalysisException)
      // without declaring them.
      err.println(line(describe(e)));
      return 1;
    }
  }

  /** The options of each command. */
  static final Map<String, List<String>> OPTIONS =
      Map.of(
          "run",
          List.of("plan", "history", "out", "format", "master", "spark-log"),
          "generate",
          List.of(
              "plan",
              "ratings",
              "out",
              "format",
              "seed",
              "interviewers-per-seat",
              "partitions",
              "master",
              "spark-log"));

  /** A usage error: its message is the job's line, and the exit code 2. */
  private static final class Usage extends Exception {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  /**
   * The options of the command line, each given once, every one known to the command and the
   * command's required ones present.
   */
  private static Map<String, String> options(String[] args) throws Usage {
    if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
      throw new Usage(
          "usage: RubricJob run|generate --plan PLAN.json ... (see the README, \"The job\")");
    }
    List<String> known = OPTIONS.getOrDefault(args[0], List.of());
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new Usage("expected --option value, found " + args[i]);
      }
      String name = args[i].substring(2);
      if (!known.contains(name)) {
        throw new Usage(
            "unknown option "
                + args[i]
                + " for "
                + args[0]
                + " (its options: --"
                + String.join(", --", known)
                + ")");
      }
      if (i + 1 >= args.length) {
        throw new Usage(args[i] + " needs a value");
      }
      if (options.put(name, args[++i]) != null) {
        throw new Usage(args[i - 1] + " is given twice");
      }
    }
    List<String> required =
        args[0].equals("run")
            ? List.of("plan", "history", "out")
            : List.of("plan", "ratings", "out");
    for (String r : required) {
      if (!options.containsKey(r)) {
        throw new Usage("missing --" + r);
      }
    }
    return options;
  }

  /**
   * The whole number of option {@code name}, from {@code min} to {@code max}; else a usage error.
   */
  private static long number(
      Map<String, String> options, String name, long min, long max, long otherwise) throws Usage {
    String text = options.get(name);
    if (text == null) {
      return otherwise;
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new Usage("--" + name + " must be a whole number, not " + text);
    }
    if (value < min || value > max) {
      throw new Usage(
          "--"
              + name
              + " must be "
              + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                  ? "at least " + min
                  : "from " + min + " to " + max)
              + ", not "
              + text);
    }
    return value;
  }

  /** One error line: {@code rubric-spark: } and the message, on one line (VisibleText). */
  static String line(@Nullable String message) {
    return "rubric-spark: "
        + (message == null || message.isBlank()
            ? "no detail given"
            : VisibleText.of(message.strip()));
  }

  /**
   * What a failure says, for the job's one error line: the job's own refusal ({@link Checks}, a
   * check in a Spark expression) wherever in the chain of causes it is, since a task's failure
   * reaches the driver as the cause of Spark's; a CSV record or header Spark could not read, with
   * its file; else the innermost message, with the file being read when Spark names one. Never a
   * Java class name or a stack trace.
   */
  static String describe(Throwable failure) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    String file = null;
    for (Throwable t : chain) {
      if (t.getClass() == IllegalArgumentException.class && t.getMessage() != null) {
        return t.getMessage();
      }
      if (t instanceof SparkThrowable st && st.getCondition() != null) {
        String raised = st.getMessageParameters().get("errorMessage");
        if (st.getCondition().equals("USER_RAISED_EXCEPTION")
            && raised != null
            && raised.startsWith(RAISED)) {
          return raised.substring(RAISED.length());
        }
        if (st.getCondition().startsWith("FAILED_READ_FILE") && file == null) {
          file = st.getMessageParameters().get("path");
        }
      }
    }
    String where = file == null ? "" : shownPath(file) + ": ";
    for (Throwable t : chain) {
      if (t instanceof SparkThrowable st && "MALFORMED_CSV_RECORD".equals(st.getCondition())) {
        return where
            + "a record that does not have the header's columns (a cell too many or too few, or"
            + " a quote left open; the job reads RFC 4180 CSV): "
            + st.getMessageParameters().getOrDefault("badRecord", "");
      }
      String m = t.getMessage();
      if (m != null && m.startsWith("CSV header does not conform to the schema")) {
        return where
            + "its header is not the first file's (every file of a CSV history has the same"
            + " header): "
            + m.replace("\n", "; ");
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    String message = root.getMessage();
    if (root instanceof SparkThrowable && message != null) {
      // [CONDITION] message SQLSTATE: code: the message.
      message =
          message.replaceFirst("^\\[[A-Z_.]+\\] ", "").replaceFirst("\\s*SQLSTATE: \\w+\\s*$", "");
    }
    if (message == null || message.isBlank()) {
      message = "no detail given";
    }
    return file == null ? message : "cannot read " + shownPath(file) + ": " + message;
  }

  /** The prefix of the messages the job raises inside Spark expressions. */
  static final String RAISED = "rubric: ";

  /** A path as Spark names it, without the {@code file:} of a local file. */
  static String shownPath(String path) {
    return path.replaceFirst("^file:(//)?(?=/)", "");
  }

  /**
   * Reads a history: Parquet, or RFC 4180 CSV with a header. The columns are found by name (others
   * are ignored), ignoring letter case and white space at either end of a name ({@code CandidateID}
   * and {@code " level "} are {@code candidateId} and {@code level}), and must all be there; two
   * names that are one column in this sense are refused, naming both. In CSV, {@code submittedAt}
   * and {@code interviewedAt} are text that must read as an ISO 8601 time with its offset, to the
   * microsecond at most ({@link #ISO_TIME}), and {@code level} as an integer. The types and values
   * are checked as the history is read: a column missing or of the wrong type is refused at once, a
   * value that does not read when Spark reads it, with a message naming the file, the row (by its
   * candidate, interviewer and competency) and the column.
   */
  static Dataset<Row> read(SparkSession spark, String path, String format) {
    if (format.equals("csv")) {
      // The first file's header as it is written (Spark's own header renames a name given twice);
      // every other file's must be the same (enforceSchema false).
      List<String> header = header(spark, path);
      Checks.check(!header.isEmpty(), "%s: no header: the history's CSV files are empty", path);
      for (int i = 0; i < header.size(); i++) {
        Checks.check(
            !header.get(i).isBlank(),
            "%s: the header's column %d has no name (every column needs one; the columns the job"
                + " does not read are ignored by name)",
            path,
            i + 1);
      }
      Map<String, String> found = historyColumns(header, path + ": the header");
      for (StructField f : HistoryRows.REQUIRED.fields()) {
        // interviewedAt is optional: every other column must be there.
        Checks.check(
            found.containsKey(f.name()),
            "%s: the header has no column %s (it has: %s; names are matched ignoring letter case"
                + " and white space at either end)",
            path,
            f.name(),
            String.join(", ", header));
      }
      StructType text = new StructType();
      for (String name : header) {
        text = text.add(name, DataTypes.StringType, true);
      }
      return typed(csv(spark).option("enforceSchema", "false").schema(text).csv(path), path);
    }
    return typed(spark.read().parquet(path), path);
  }

  /**
   * The names of the first record of the CSV files at {@code path}, as written (an empty cell is an
   * empty name); none when the files are empty.
   */
  private static List<String> header(SparkSession spark, String path) {
    List<Row> first = csv(spark).option("header", "false").csv(path).limit(1).collectAsList();
    List<String> names = new java.util.ArrayList<>();
    if (!first.isEmpty()) {
      Row r = first.get(0);
      for (int i = 0; i < r.length(); i++) {
        names.add(r.isNullAt(i) ? "" : r.getString(i));
      }
    }
    return names;
  }

  /**
   * Each history column that {@code names} holds, by its name in {@link HistoryRows#SCHEMA}, to the
   * name as the table spells it: names are compared ignoring letter case ({@link Locale#ROOT}) and
   * white space at either end, as a header typed by hand or a table from a database that folds
   * names to one case has them.
   *
   * @throws IllegalArgumentException when two names are one history column, or the same name but
   *     for letter case (Spark cannot tell such columns apart)
   */
  static Map<String, String> historyColumns(List<String> names, String what) {
    Map<String, String> byKey = new HashMap<>();
    for (StructField f : HistoryRows.SCHEMA.fields()) {
      byKey.put(f.name().toLowerCase(Locale.ROOT), f.name());
    }
    Map<String, String> found = new TreeMap<>();
    Map<String, String> seen = new HashMap<>();
    for (String name : names) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      String column = byKey.get(key);
      String before = seen.putIfAbsent(column == null ? name.toLowerCase(Locale.ROOT) : key, name);
      Checks.check(
          before == null,
          "%s names the column %s twice ('%s' and '%s'; names are matched ignoring letter case"
              + " and white space at either end)",
          what,
          column == null ? name : column,
          before,
          name);
      if (column != null) {
        found.put(column, name);
      }
    }
    return found;
  }

  /** The reader of the job's CSV: RFC 4180 (quotes doubled inside quoted cells), with a header. */
  private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark) {
    return spark
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("mode", "FAILFAST");
  }

  /**
   * The history columns of {@code raw} in {@link HistoryRows#SCHEMA}: text converted and checked as
   * it is read, typed columns checked now.
   */
  private static Dataset<Row> typed(Dataset<Row> raw, String path) {
    StructType schema = raw.schema();
    List<String> have = java.util.Arrays.asList(schema.fieldNames());
    Map<String, String> found = historyColumns(have, path);
    Column file = regexp_replace(col("_metadata.file_path"), "^file:(//)?(?=/)", "");
    List<Column> out = new java.util.ArrayList<>();
    // interviewedAt is optional: the schema read has it when the table has the column.
    for (StructField f : HistoryRows.schemaOf(List.copyOf(found.keySet())).fields()) {
      String name = f.name();
      Checks.check(
          found.containsKey(name),
          "%s: the history has no column %s (it has: %s; names are matched ignoring letter case and"
              + " white space at either end)",
          path,
          name,
          have);
      String spelled = found.getOrDefault(name, name);
      DataType given = schema.apply(spelled).dataType();
      Column c = Columns.named(spelled);
      boolean text = given.equals(DataTypes.StringType);
      if (name.equals("level")) {
        if (text) {
          c =
              refuseUnless(
                  found,
                  c.isNull()
                      .or(
                          c.rlike("^[+-]?[0-9]{1,10}$")
                              .and(
                                  c.try_cast("long")
                                      .between(Integer.MIN_VALUE, Integer.MAX_VALUE))),
                  c.cast("long").cast(DataTypes.IntegerType),
                  file,
                  name,
                  c,
                  "is not an integer");
        } else {
          Checks.check(
              INTEGERS.contains(given),
              "%s: column level holds %s, not integers",
              path,
              given.simpleString());
          c =
              refuseUnless(
                  found,
                  c.isNull().or(c.between(Integer.MIN_VALUE, Integer.MAX_VALUE)),
                  c.cast(DataTypes.IntegerType),
                  file,
                  name,
                  c.cast(DataTypes.StringType),
                  "is not an integer of 32 bits");
        }
      } else if (text && !f.dataType().equals(DataTypes.StringType)) {
        // A time as the scorecard reader takes it: Spark's own cast would read a time without an
        // offset in the session's time zone, and cut a part finer than a microsecond off. Spark
        // casts a time with an offset only with its seconds: 10:30+01:00 is given them.
        // T and Z in either case and an offset of hours alone (+01) are read as the scorecard
        // reader reads them: upper case, and +01 as +01:00.
        Column upperCase = regexp_replace(upper(c), "([+-][0-9]{2})$", "$1:00");
        Column value =
            regexp_replace(upperCase, "^([0-9-]{10}T[0-9]{2}:[0-9]{2})([Z+-])", "$1:00$2")
                .try_cast(f.dataType());
        c =
            refuseUnless(
                found,
                c.isNull().or(c.rlike(ISO_TIME).and(value.isNotNull())),
                value,
                file,
                name,
                c,
                "is not an ISO 8601 time with its offset, to the microsecond"
                    + " (2026-01-05T10:00:00Z)");
      } else {
        Checks.check(
            given.equals(f.dataType()),
            "%s: column %s holds %s, not %s",
            path,
            name,
            given.simpleString(),
            f.dataType().simpleString());
      }
      out.add(c.as(name));
    }
    return raw.select(out.toArray(new Column[0]));
  }

  /**
   * A time in text as the job reads it: an ISO 8601 date and time with its offset ({@code Z},
   * {@code +01:00} or {@code +01}; {@code T} and {@code Z} in either case), as a scorecard's times
   * are read; the seconds are optional, and their decimals go to the microsecond that a Spark
   * timestamp holds (up to nine decimals, the seventh to ninth zero).
   */
  static final String ISO_TIME =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6}0{0,3})?)?"
          + "([Zz]|[+-][0-9]{2}(:[0-9]{2})?)$";

  private static final List<DataType> INTEGERS =
      List.of(DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType, DataTypes.LongType);

  /**
   * {@code value} where {@code ok} holds; else the row fails the job, naming the file, the row by
   * its candidate, interviewer and competency (read from their {@code columns} as the table spells
   * them), the column and the text found.
   */
  private static Column refuseUnless(
      Map<String, String> columns,
      Column ok,
      Column value,
      Column file,
      String column,
      Column found,
      String problem) {
    Column message =
        concat(
            lit(RAISED),
            coalesce(file, lit("(unknown file)")),
            lit(": the row of candidate "),
            shown(Columns.named(columns.getOrDefault("candidateId", "candidateId"))),
            lit(", interviewer "),
            shown(Columns.named(columns.getOrDefault("interviewerId", "interviewerId"))),
            lit(", competency "),
            shown(Columns.named(columns.getOrDefault("competencyId", "competencyId"))),
            lit(", column " + column + ": "),
            shown(found),
            lit(" " + problem));
    return when(ok, value).otherwise(raise_error(message));
  }

  /** A cell in quotes, or {@code (empty)}. */
  private static Column shown(Column cell) {
    return coalesce(concat(lit("'"), cell.cast(DataTypes.StringType), lit("'")), lit("(empty)"));
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
      writeResult(
          ordinal
              .join(interval, "competencyId")
              .join(fleiss, "competencyId")
              .orderBy("competencyId"),
          out + "/reliability",
          format);
      progress.wrote("reliability", out + "/reliability");
      writeResult(
          SparkCalibration.calibrate(
                  usedRatings(evaluated, "calibrationRatings"),
                  InterviewerCalibration.standard(),
                  plan.scale())
              .toTable(history.sparkSession()),
          out + "/calibration",
          format);
      progress.wrote("calibration", out + "/calibration");
      Column[] output = new Column[SparkEvaluation.OUTPUT.size()];
      for (int i = 0; i < output.length; i++) {
        output[i] = col(SparkEvaluation.OUTPUT.fields()[i].name());
      }
      writeResult(evaluated.select(output), out + "/evaluations", format);
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
    String unreadLine = unreadLine(unread, unreadRows);
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

  /**
   * Writes a table as Parquet, or as RFC 4180 CSV with a header: a cell holding a comma, a quote or
   * a line break is quoted, a quote inside doubled ({@code "He said ""ship it"""}), white space at
   * either end kept. CSV has no arrays or structs: arrays are joined with {@code ;}, structs
   * written as JSON. Every cell is written as it is, so that the job reads a history it wrote back
   * unchanged; the result tables are written by {@link #writeResult}.
   */
  static void write(Dataset<Row> table, String path, String format) {
    write(table, path, format, false);
  }

  /**
   * Writes one of the job's result tables as {@link #write} does, except that in CSV a text cell
   * that begins with {@code =}, {@code +}, {@code -} or {@code @}, which a spreadsheet program
   * would run as a formula ({@code =HYPERLINK(...)}), is written after an apostrophe, as the OWASP
   * advice on CSV injection has it and as {@code rubric export-ratings} writes ids; so is a cell
   * that begins with an apostrophe, so that no two cells are written alike.
   */
  static void writeResult(Dataset<Row> table, String path, String format) {
    write(table, path, format, true);
  }

  /** A text cell as a spreadsheet may open it: see {@link #writeResult}; null stays null. */
  static Column spreadsheetSafe(Column text) {
    return when(substring(text, 1, 1).isin("=", "+", "-", "@", "'"), concat(lit("'"), text))
        .otherwise(text);
  }

  private static void write(Dataset<Row> table, String path, String format, boolean guardFormulas) {
    if (format.equals("csv")) {
      StructType schema = table.schema();
      Column[] flat = new Column[schema.size()];
      for (int i = 0; i < flat.length; i++) {
        StructField f = schema.fields()[i];
        Column c = Columns.named(f.name());
        if (f.dataType() instanceof ArrayType) {
          c = array_join(c, ";");
        } else if (f.dataType() instanceof StructType) {
          c = to_json(c);
        }
        boolean text =
            f.dataType() instanceof StringType
                || f.dataType() instanceof ArrayType
                || f.dataType() instanceof StructType;
        flat[i] = (guardFormulas && text ? spreadsheetSafe(c) : c).as(f.name());
      }
      table
          .select(flat)
          .write()
          .mode(SaveMode.Overwrite)
          .option("header", "true")
          .option("quote", "\"")
          .option("escape", "\"")
          .option("ignoreLeadingWhiteSpace", "false")
          .option("ignoreTrailingWhiteSpace", "false")
          .csv(path);
    } else {
      table.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }

  /**
   * The standard-error line for candidates left out because one of their rows cannot be read, with
   * each count's noun in the number it takes.
   */
  static String unreadLine(long candidates, long rows) {
    return String.format(
        java.util.Locale.ROOT,
        "%d %s (%d %s) cannot be read and %s left out; the evaluations table says why",
        candidates,
        candidates == 1 ? "candidate" : "candidates",
        rows,
        rows == 1 ? "row" : "rows",
        candidates == 1 ? "is" : "are");
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.rubric.core.VisibleText;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.audit.AdverseImpact;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.GroupMembership;
import dev.rubric.scoring.audit.ScoreMedian;
import dev.rubric.scoring.audit.SelectionTally;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The adverse-impact audit ({@link AdverseImpact}) on Spark: {@link #audit} gives the scoring
 * module's own report, every category's figures computed on the driver by the scoring module's code
 * from counts that {@link #counts} makes as Spark aggregations. The counts are, per dimension and
 * per intersection of dimensions, each category's applicants, selected, scored and scored above the
 * median, and the candidates of unknown category; the same counts a {@link
 * dev.rubric.scoring.audit.SelectionTally} holds for the grouping. One pass of a cube over the
 * dimensions gives every grouping at once; the median of the scores is exact (the middle score, or
 * the mean of the two middle ones, as the audit takes it), found by a distributed sort.
 *
 * <p><b>Input.</b> {@code outcomes} with {@code candidateId} (one row per candidate), {@code
 * selected} (boolean, not null) and {@code score} (double, finite, null when the step gives none);
 * {@code groups} with {@code candidateId} and one string column per dimension, null for an unknown
 * category (never blank), at most one row per candidate and none for a candidate without an
 * outcome. A candidate without a row in {@code groups} is unknown in every dimension. Input that
 * breaks these rules is refused before any count is made, naming the candidate, as the single-JVM
 * audit refuses it.
 *
 * <p><b>Output</b> of {@link #counts}, one row per grouping and category: {@code dimensions} (the
 * grouping's dimensions, in the order given), {@code category} (the categories in that order; null
 * for the row counting the candidates of unknown category), {@code applicants}, {@code selected},
 * {@code scored}, {@code scoredAbove}. {@link #audit} turns them into rates, ratios, tests and
 * flags with {@link AdverseImpact#fromCounts}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SparkAudit {
  static final StructType OUTPUT =
      Aggregations.schema(
          "dimensions", DataTypes.createArrayType(DataTypes.StringType, false),
          "category", DataTypes.createArrayType(DataTypes.StringType, false),
          "applicants", DataTypes.LongType,
          "selected", DataTypes.LongType,
          "scored", DataTypes.LongType,
          "scoredAbove", DataTypes.LongType);

  private SparkAudit() {}

  // The internal columns; the caller's columns are renamed to these as they are read.
  private static final String ID = "__rubric_candidate";
  private static final String SELECTED = "__rubric_selected";
  private static final String SCORE = "__rubric_score";
  private static final String ABOVE = "__rubric_above";

  /** The internal name of dimension {@code i}. */
  private static String dimension(int i) {
    return "__rubric_dimension_" + i;
  }

  /**
   * The audit's counts for every dimension and every combination of two or more dimensions.
   *
   * @param outcomes the selection step's outcomes (see the class comment)
   * @param groups the group membership (see the class comment)
   * @param dimensions the dimensions, 1 to 12 columns of {@code groups}
   * @return the counts (see the class comment), collected on the driver: one row per category
   * @throws IllegalArgumentException when a column is missing or the dimensions are empty, repeated
   *     or more than 12; when a candidate has two outcomes or two membership rows, a membership row
   *     names a candidate without an outcome, an outcome has no candidate id or no selection, a
   *     score is not finite, or a category is blank (each message names the candidate)
   */
  public static Dataset<Row> counts(
      Dataset<Row> outcomes, Dataset<Row> groups, List<String> dimensions) {
    Counted counted = tally(outcomes, groups, dimensions);
    List<Row> out = new ArrayList<>();
    for (Cell c : counted.cells()) {
      out.add(row(c.dimensions(), c.category(), c.figures()));
    }
    return outcomes.sparkSession().createDataFrame(out, OUTPUT);
  }

  /**
   * The adverse-impact audit of the outcomes: the scoring module's own {@link AuditReport}, every
   * figure of every category (selection rate, impact ratio, scoring rate and ratio, Fisher exact p,
   * z, shortfall, interval, flags, suppression) computed on the driver by {@link
   * AdverseImpact#fromCounts} from the distributed {@link #counts} and the exact median, so it
   * equals {@link AdverseImpact#audit(List, GroupMembership, AuditOptions)} of the same candidates
   * without their drill-down. The drill-down by competency, stage and seat needs every candidate's
   * scores on one machine and is left out (its lists are empty). Only the counts (one row per
   * grouping and category) reach the driver.
   *
   * @param outcomes the selection step's outcomes (see the class comment)
   * @param groups the group membership (see the class comment)
   * @param dimensions the dimensions, 1 to 12 columns of {@code groups}, in report order
   * @param options the minimum share, significance level, suppression and small-count thresholds
   * @return the report, as {@link AdverseImpact} gives it, with empty drill-downs
   * @throws IllegalArgumentException as {@link #counts} does
   */
  public static AuditReport audit(
      Dataset<Row> outcomes, Dataset<Row> groups, List<String> dimensions, AuditOptions options) {
    Objects.requireNonNull(options, "options");
    Counted counted = tally(outcomes, groups, dimensions);
    List<String> dims = List.copyOf(dimensions);
    Map<List<String>, SelectionTally> tallies = new LinkedHashMap<>();
    for (int mask = 1; mask < 1 << dims.size(); mask++) {
      List<String> grouping = new ArrayList<>();
      for (int i = 0; i < dims.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          grouping.add(dims.get(i));
        }
      }
      tallies.put(List.copyOf(grouping), new SelectionTally());
    }
    for (Cell c : counted.cells()) {
      SelectionTally t = Objects.requireNonNull(tallies.get(c.dimensions()));
      long[] f = c.figures();
      List<String> category = c.category();
      if (category == null) {
        t.addUnknown(f[0]);
      } else {
        t.addCounts(category, f[0], f[1], f[2], f[3]);
      }
    }
    return AdverseImpact.fromCounts(counted.candidates(), counted.median(), dims, tallies, options);
  }

  /** One grouping's category (null: its unknown candidates) and its four counts. */
  private record Cell(List<String> dimensions, @Nullable List<String> category, long[] figures) {}

  /** The cells, the candidates audited and the median score. */
  private record Counted(List<Cell> cells, long candidates, Coefficient median) {}

  private static Counted tally(
      Dataset<Row> outcomes, Dataset<Row> groups, List<String> dimensions) {
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(groups, "groups");
    List<String> dims = List.copyOf(dimensions);
    Checks.check(
        !dims.isEmpty() && dims.size() <= 12, "dimensions (%s) must be 1 to 12 columns", dims);
    Checks.check(dims.stream().distinct().count() == dims.size(), "dimensions %s repeat", dims);
    List<String> have = Arrays.asList(outcomes.schema().fieldNames());
    for (String c : List.of("candidateId", "selected", "score")) {
      Checks.check(have.contains(c), "outcomes have no column %s (columns: %s)", c, have);
    }
    List<String> groupColumns = Arrays.asList(groups.schema().fieldNames());
    Checks.check(
        groupColumns.contains("candidateId"),
        "groups have no column candidateId (columns: %s)",
        groupColumns);
    for (String d : dims) {
      Checks.check(
          groupColumns.contains(d),
          "groups have no dimension column %s (columns: %s)",
          d,
          groupColumns);
    }
    // Internal names from here on, so that no dimension (score, selected, candidateId, above, ...)
    // can collide with a column the counting adds: the user's names are read once, quoted.
    Dataset<Row> out =
        outcomes.select(
            Columns.named("candidateId").cast("string").as(ID),
            Columns.named("selected").cast("boolean").as(SELECTED),
            Columns.named("score").cast("double").as(SCORE));
    List<Column> membership = new ArrayList<>();
    membership.add(Columns.named("candidateId").cast("string").as(ID));
    for (int i = 0; i < dims.size(); i++) {
      membership.add(Columns.named(dims.get(i)).cast("string").as(dimension(i)));
    }
    Dataset<Row> members = groups.select(membership.toArray(new Column[0]));
    validate(out, members, dims);
    ScoreMiddle middle = middle(out);
    Coefficient median = middle.median();
    // Above the lower middle score is above the exact median, exactly (ScoreMedian#scoringLine).
    Column above =
        middle.line().isDefined()
            ? when(col(SCORE).isNotNull().and(col(SCORE).gt(middle.line().value())), 1).otherwise(0)
            : lit(0);
    Dataset<Row> joined = out.join(members, new String[] {ID}, "left").withColumn(ABOVE, above);
    Column[] keys = new Column[dims.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = col(dimension(i));
    }
    List<Row> cube =
        joined
            .cube(keys)
            .agg(
                count(lit(1)).as("applicants"),
                sum(when(col(SELECTED), 1L).otherwise(0L)).as("selected"),
                count(col(SCORE)).as("scored"),
                sum(col(ABOVE).cast("long")).as("scoredAbove"),
                grouping_id().as("gid"))
            .collectAsList();
    int n = dims.size();
    Map<List<String>, long[]> unknown = new LinkedHashMap<>();
    List<Cell> cells = new ArrayList<>();
    long candidates = 0;
    for (Row r : cube) {
      long gid = r.getLong(n + 4);
      List<String> included = new ArrayList<>();
      List<String> category = new ArrayList<>();
      boolean known = true;
      for (int i = 0; i < n; i++) {
        // grouping_id: bit (n - 1 - i) is set when dimension i is aggregated away.
        if ((gid & (1L << (n - 1 - i))) == 0) {
          included.add(dims.get(i));
          if (r.isNullAt(i)) {
            known = false;
          } else {
            category.add(r.getString(i));
          }
        }
      }
      long[] figures = {
        r.getLong(n), r.getLong(n + 1), r.getLong(n + 2), r.isNullAt(n + 3) ? 0 : r.getLong(n + 3)
      };
      if (included.isEmpty()) {
        candidates = figures[0];
        continue;
      }
      if (known) {
        cells.add(new Cell(List.copyOf(included), List.copyOf(category), figures));
      } else {
        long[] u = unknown.computeIfAbsent(List.copyOf(included), k -> new long[4]);
        for (int i = 0; i < 4; i++) {
          u[i] += figures[i];
        }
      }
    }
    unknown.forEach((d, f) -> cells.add(new Cell(d, null, f)));
    return new Counted(cells, candidates, median);
  }

  /** Whether {@code category} would print like another: GroupMembership refuses it. */
  private static boolean printsLikeAnother(String category) {
    return VisibleText.indexOfAmbiguousSpace(category) >= 0
        || !Normalizer.isNormalized(category, Normalizer.Form.NFC);
  }

  /**
   * Refuses what {@link AdverseImpact#audit(List, GroupMembership, AuditOptions)} refuses, naming
   * the first offending candidate: an outcome without a candidate id or a selection, a score that
   * is not finite, a blank category, a category that would print like another, a candidate with two
   * outcomes or two membership rows, and a membership row without an outcome. Each check is one
   * Spark job that stops at the first hit.
   */
  private static void validate(Dataset<Row> outcomes, Dataset<Row> members, List<String> dims) {
    // Blank as the single-JVM audit takes it (String#isBlank: Character#isWhitespace), not as
    // Spark's trim, which removes only U+0020.
    FilterFunction<Row> badOutcome =
        r ->
            r.isNullAt(0)
                || r.getString(0).isBlank()
                || r.isNullAt(1)
                || (!r.isNullAt(2) && !Double.isFinite(r.getDouble(2)));
    for (Row r : outcomes.filter(badOutcome).limit(1).collectAsList()) {
      Checks.check(!r.isNullAt(0), "an outcome has no candidateId (row: %s)", r);
      String id = r.getString(0);
      Checks.check(!id.isBlank(), "candidateId (%s) must not be blank", id);
      Checks.check(!r.isNullAt(1), "candidate %s: outcome has no selected value", id);
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "candidate %s: score (%s) must be finite", id, r.get(2)));
    }
    for (int i = 0; i < dims.size(); i++) {
      String d = dims.get(i);
      int at = i + 1;
      for (Row r :
          members
              .filter((FilterFunction<Row>) r -> !r.isNullAt(at) && r.getString(at).isBlank())
              .limit(1)
              .collectAsList()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "candidate %s has a blank category for dimension %s; leave it null for unknown",
                r.getString(0),
                d));
      }
      // The checks GroupMembership makes, by the same methods: a category that would print like
      // another (white space at an end, a space other than U+0020 inside, not in NFC).
      FilterFunction<Row> printsLikeAnother =
          r -> !r.isNullAt(at) && printsLikeAnother(r.getString(at));
      for (Row r : members.filter(printsLikeAnother).limit(1).collectAsList()) {
        String category = r.getString(at);
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "candidate %s has the category (%s) for dimension %s, which %s",
                r.getString(0),
                category,
                d,
                VisibleText.indexOfAmbiguousSpace(category) >= 0
                    ? "begins or ends with white space or holds a space other than U+0020: it"
                        + " would be a category of its own that prints like another; trim it"
                    : "is not in Unicode normalization form C (a letter followed by a combining"
                        + " accent, say): it would be a category of its own that prints like"
                        + " another; write it in NFC"));
      }
    }
    Dataset<Row> o = outcomes.groupBy(col(ID)).agg(count(lit(1)).as("o"));
    Dataset<Row> g = members.groupBy(col(ID)).agg(count(lit(1)).as("g"));
    for (Row r :
        o.join(g, new String[] {ID}, "full_outer")
            .filter(
                col("o").isNull().or(col("o").gt(1)).or(col("g").isNotNull().and(col("g").gt(1))))
            .limit(1)
            .collectAsList()) {
      String id = r.isNullAt(0) ? "(null)" : r.getString(0);
      Checks.check(!r.isNullAt(1), "candidate %s has a group membership but no outcome", id);
      Checks.check(r.getLong(1) <= 1, "candidate %s has more than one outcome", id);
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "candidate %s has more than one group membership row", id));
    }
  }

  private static Row row(List<String> dims, @Nullable List<String> category, long[] f) {
    return RowFactory.create(
        scala.jdk.javaapi.CollectionConverters.asScala(dims).toSeq(),
        category == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(category).toSeq(),
        f[0],
        f[1],
        f[2],
        f[3]);
  }

  /** The exact median of the scores and the line of the scoring rates, the lower middle score. */
  record ScoreMiddle(Coefficient median, Coefficient line) {}

  /**
   * The exact median of the non-null scores and the scoring line: the one or two middle scores,
   * found by a distributed sort, handed to {@link ScoreMedian#of}, which takes the middle one or
   * the two middle ones' exact mean rounded once, as the single-JVM audit does; the line is the
   * lower middle score ({@link ScoreMedian.SecondPass#scoringLine()}). Both undefined when no score
   * is given.
   */
  static ScoreMiddle middle(Dataset<Row> outcomes) {
    Dataset<Row> scores = outcomes.filter(col(SCORE).isNotNull()).select(col(SCORE));
    long n = scores.count();
    if (n == 0) {
      return new ScoreMiddle(ScoreMedian.of(), ScoreMedian.of());
    }
    long h = n / 2;
    List<Tuple2<Double, Long>> middle =
        scores
            .javaRDD()
            .map(r -> r.getDouble(0))
            .sortBy(x -> x, true, Math.max(1, scores.rdd().getNumPartitions()))
            .zipWithIndex()
            .filter(t -> t._2() == h || (n % 2 == 0 && t._2() == h - 1))
            .collect();
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (Tuple2<Double, Long> t : middle) {
      if (t._2() == h) {
        hi = t._1();
      } else {
        lo = t._1();
      }
    }
    return n % 2 == 1
        ? new ScoreMiddle(ScoreMedian.of(hi), ScoreMedian.of(hi))
        : new ScoreMiddle(ScoreMedian.of(lo, hi), ScoreMedian.of(lo));
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The counts of the adverse-impact audit ({@link dev.rubric.scoring.audit.AdverseImpact}) as Spark
 * aggregations: per dimension and per intersection of dimensions, each category's applicants,
 * selected, scored and scored above the median, and the candidates of unknown category; the same
 * counts a {@link dev.rubric.scoring.audit.SelectionTally} holds for the grouping. One pass of a
 * cube over the dimensions gives every grouping at once; the median of the scores is exact (the
 * middle score, or the mean of the two middle ones, as the audit takes it), found by a distributed
 * sort.
 *
 * <p><b>Input.</b> {@code outcomes} with {@code candidateId}, {@code selected} (boolean) and {@code
 * score} (double, null when the step gives none); {@code groups} with {@code candidateId} and one
 * string column per dimension, null for an unknown category. A candidate without a row in {@code
 * groups} is unknown in every dimension.
 *
 * <p><b>Output</b>, one row per grouping and category: {@code dimensions} (the grouping's
 * dimensions, in the order given), {@code category} (the categories in that order; null for the row
 * counting the candidates of unknown category), {@code applicants}, {@code selected}, {@code
 * scored}, {@code scoredAbove}. Rates, ratios and tests follow from these counts as in {@code
 * AdverseImpact}.
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

  /**
   * The audit's counts for every dimension and every combination of two or more dimensions.
   *
   * @param outcomes the selection step's outcomes (see the class comment)
   * @param groups the group membership (see the class comment)
   * @param dimensions the dimensions, 1 to 12 columns of {@code groups}
   * @return the counts (see the class comment), collected on the driver: one row per category
   * @throws IllegalArgumentException when a column is missing or the dimensions are empty, repeated
   *     or more than 12
   */
  public static Dataset<Row> counts(
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
    OptionalDouble median = median(outcomes);
    List<Column> membership = new ArrayList<>();
    membership.add(col("candidateId"));
    for (String d : dims) {
      membership.add(col(d).cast("string").as(d));
    }
    Column above =
        median.isPresent()
            ? when(col("score").isNotNull().and(col("score").gt(median.getAsDouble())), 1)
                .otherwise(0)
            : lit(0);
    Dataset<Row> joined =
        outcomes
            .select(col("candidateId"), col("selected"), col("score"))
            .join(
                groups.select(membership.toArray(new Column[0])),
                new String[] {"candidateId"},
                "left")
            .withColumn("above", above);
    Column[] keys = RatingUnits.columns(dims);
    List<Row> cube =
        joined
            .cube(keys)
            .agg(
                count(lit(1)).as("applicants"),
                sum(when(col("selected"), 1L).otherwise(0L)).as("selected"),
                count(col("score")).as("scored"),
                sum(col("above").cast("long")).as("scoredAbove"),
                grouping_id().as("gid"))
            .collectAsList();
    int n = dims.size();
    java.util.Map<List<String>, long[]> unknown = new java.util.LinkedHashMap<>();
    List<Row> out = new ArrayList<>();
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
      if (included.isEmpty()) {
        continue;
      }
      long[] figures = {
        r.getLong(n), r.getLong(n + 1), r.getLong(n + 2), r.isNullAt(n + 3) ? 0 : r.getLong(n + 3)
      };
      if (known) {
        out.add(row(included, category, figures));
      } else {
        long[] u = unknown.computeIfAbsent(included, k -> new long[4]);
        for (int i = 0; i < 4; i++) {
          u[i] += figures[i];
        }
      }
    }
    unknown.forEach((d, f) -> out.add(row(d, null, f)));
    return outcomes.sparkSession().createDataFrame(out, OUTPUT);
  }

  private static Row row(
      List<String> dims, @org.jspecify.annotations.Nullable List<String> category, long[] f) {
    return RowFactory.create(
        scala.jdk.javaapi.CollectionConverters.asScala(dims).toSeq(),
        category == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(category).toSeq(),
        f[0],
        f[1],
        f[2],
        f[3]);
  }

  /** The exact median of the non-null scores: the middle one, or the mean of the two middle. */
  static OptionalDouble median(Dataset<Row> outcomes) {
    Dataset<Row> scores = outcomes.filter(col("score").isNotNull()).select(col("score"));
    long n = scores.count();
    if (n == 0) {
      return OptionalDouble.empty();
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
    return OptionalDouble.of(n % 2 == 1 ? hi : lo + (hi - lo) / 2);
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udaf;

import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.KappaWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The agreement statistics of {@link dev.rubric.scoring.agreement} per group, computed by Spark
 * from ratings in long form: Krippendorff's alpha, Fleiss' kappa, Cohen's kappa, the intraclass
 * correlations and rwg.
 *
 * <p><b>Input.</b> A table with the columns {@code unitId} (string: the thing rated, for scorecards
 * one candidate and competency), {@code raterId} (string: the interviewer), {@code level} (an
 * integer type, from -1,000,000 to 1,000,000 as {@code rubric agreement} reads them; a null level
 * is a missing rating) and the group columns named in the call (for example a plan, a competency, a
 * month; any name, a dot in it included, except {@code raterId}, {@code level} and the internal
 * {@code raters}, {@code ratings}, {@code raterIndex} and {@code __rubric_result}). Other columns
 * are ignored. Within a group, the raters are numbered in id order and each unit becomes a row of
 * the group's units-by-raters matrix, exactly as {@link
 * dev.rubric.scoring.agreement.RatingMatrix#of} would hold it with units and raters sorted. A rater
 * may rate a unit once: a second row for the same unit and rater fails the job with a message
 * naming the unit, whether either level is null or not. A level out of range fails it naming the
 * unit, the rater and the level. A null unit or rater id fails the job with a message naming the
 * column.
 *
 * <p><b>Output.</b> One row per group: the group columns, then the figures of the statistic's
 * result record ({@code units}, ...), {@code value} (null when the statistic is undefined) and
 * {@code undefinedReason} (the {@link dev.rubric.scoring.agreement.UndefinedReason} name, null when
 * defined). Every figure equals, bit for bit, the single-JVM statistic on the group's matrix: the
 * aggregation buffer of each group is the statistic's own accumulator, filled unit by unit on the
 * executors and merged exactly.
 *
 * <p><b>Cost.</b> Two shuffles: one to number each group's raters (distinct raters per group, a
 * small table) and one to gather each unit's ratings; the aggregation itself ships one accumulator
 * per group and partition, whose size depends on the span of levels and the raters, never on the
 * number of units.
 *
 * <p>Stateless and thread-safe: static functions that build lazy datasets.
 */
public final class SparkAgreement {
  private SparkAgreement() {}

  /**
   * Krippendorff's alpha at {@code level}, per group.
   *
   * @param ratings ratings in long form (see the class comment)
   * @param level the level of measurement
   * @param groupBy the group columns; none for one figure over the whole table
   * @return one row per group with the figures of {@link dev.rubric.scoring.agreement.AlphaResult}
   * @throws IllegalArgumentException when a column is missing or {@code level} is not integer
   */
  public static Dataset<Row> alpha(Dataset<Row> ratings, AlphaLevel level, String... groupBy) {
    Objects.requireNonNull(level, "level");
    return aggregate(ratings, Aggregations.alpha(level, BufferEncoding.JAVA), groupBy);
  }

  /**
   * Fleiss' kappa, per group.
   *
   * @param ratings ratings in long form (see the class comment)
   * @param groupBy the group columns
   * @return one row per group with the figures of {@link dev.rubric.scoring.agreement.FleissResult}
   * @throws IllegalArgumentException when a column is missing or {@code level} is not integer
   */
  public static Dataset<Row> fleissKappa(Dataset<Row> ratings, String... groupBy) {
    return aggregate(ratings, Aggregations.fleiss(BufferEncoding.JAVA), groupBy);
  }

  /**
   * Cohen's kappa with {@code weights}, per group; every group must have exactly two raters.
   *
   * @param ratings ratings in long form (see the class comment)
   * @param weights the disagreement weights
   * @param groupBy the group columns
   * @return one row per group with the figures of {@link dev.rubric.scoring.agreement.CohenResult}
   * @throws IllegalArgumentException when a column is missing, {@code level} is not integer, or a
   *     group has other than two raters (the message names the first such group; this check runs a
   *     Spark job)
   */
  public static Dataset<Row> cohenKappa(
      Dataset<Row> ratings, KappaWeights weights, String... groupBy) {
    Objects.requireNonNull(weights, "weights");
    List<String> groups = groups(groupBy);
    RatingUnits.checkRatings(ratings, groups);
    List<Column> keys = new ArrayList<>(Arrays.asList(RatingUnits.columns(groups)));
    List<Row> wrong =
        ratings
            .select(RatingUnits.columns(groups, RatingUnits.RATER))
            .distinct()
            .groupBy(keys.toArray(new Column[0]))
            .agg(count(lit(1)).as(RatingUnits.RESULT))
            .filter(col(RatingUnits.RESULT).notEqual(2))
            .limit(1)
            .collectAsList();
    if (!wrong.isEmpty()) {
      Row w = wrong.get(0);
      List<String> key = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        key.add(groups.get(i) + "=" + w.get(i));
      }
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "Cohen's kappa needs exactly two raters per group; group %s has %d",
              key,
              w.getLong(groups.size())));
    }
    return aggregate(ratings, Aggregations.cohen(weights, BufferEncoding.JAVA), groupBy);
  }

  /**
   * The intraclass correlations (every Shrout and Fleiss form), per group: the raters of a group
   * are the matrix's columns, a target with a missing rating is dropped listwise and counted.
   *
   * @param ratings ratings in long form (see the class comment)
   * @param groupBy the group columns
   * @return one row per group with the figures of {@link dev.rubric.scoring.agreement.IccResult}
   *     and an {@code estimates} array, one struct per {@link dev.rubric.scoring.agreement.IccForm}
   *     in order
   * @throws IllegalArgumentException when a column is missing or {@code level} is not integer
   */
  public static Dataset<Row> icc(Dataset<Row> ratings, String... groupBy) {
    return aggregate(ratings, Aggregations.icc(BufferEncoding.JAVA), groupBy);
  }

  /**
   * rwg of all the ratings of each group (typically a group is one candidate and competency) on a
   * scale of {@code levels} levels; equal to {@link
   * dev.rubric.scoring.agreement.WithinGroupAgreement#rwg(int[], int)} of the group's ratings in
   * ascending order (the buffer counts each level exactly; the order fixes the floating-point sum
   * of the variance).
   *
   * @param ratings ratings in long form (see the class comment)
   * @param levels the number of levels of the scale (at least 2)
   * @param groupBy the group columns
   * @return one row per group with the figures of {@link dev.rubric.scoring.agreement.Rwg}
   * @throws IllegalArgumentException when a column is missing, the level column is not integer or
   *     {@code levels < 2}
   */
  public static Dataset<Row> rwg(Dataset<Row> ratings, int levels, String... groupBy) {
    Checks.check(levels >= 2, "levels (%s) must be >= 2", levels);
    return aggregate(ratings, Aggregations.rwgOfGroup(levels, BufferEncoding.JAVA), groupBy);
  }

  static <A extends java.io.Serializable> Dataset<Row> aggregate(
      Dataset<Row> ratings, UnitAggregator<A> aggregator, String... groupBy) {
    Objects.requireNonNull(ratings, "ratings");
    List<String> groups = groups(groupBy);
    Dataset<Row> units = RatingUnits.of(ratings, groups);
    Column stat =
        udaf(aggregator, Encoders.row(RatingUnits.UNIT_SCHEMA))
            .apply(col(RatingUnits.RATERS), col(RatingUnits.UNIT), col(RatingUnits.RATINGS))
            .as(RatingUnits.RESULT);
    Dataset<Row> out =
        groups.isEmpty() ? units.agg(stat) : units.groupBy(RatingUnits.columns(groups)).agg(stat);
    List<Column> flat = new ArrayList<>(Arrays.asList(RatingUnits.columns(groups)));
    flat.add(col(RatingUnits.RESULT + ".*"));
    return out.select(flat.toArray(new Column[0]));
  }

  static List<String> groups(String... groupBy) {
    Objects.requireNonNull(groupBy, "groupBy");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < groupBy.length; i++) {
      out.add(Objects.requireNonNull(groupBy[i], "groupBy[" + i + "]"));
    }
    Checks.check(
        out.stream().distinct().count() == out.size(), "groupBy (%s) repeats a column", out);
    return out;
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Ratings in long form ({@code unitId, raterId, level} and group columns) to one row per group and
 * unit: the group's rater count, the unit id and the unit's ratings as (rater index, level), rater
 * indices numbering the group's raters in id order, so that a unit becomes the row of the group's
 * units-by-raters matrix that {@link dev.rubric.scoring.agreement.RatingMatrix} would build.
 */
final class RatingUnits {
  static final String UNIT = "unitId";
  static final String RATER = "raterId";
  static final String LEVEL = "level";
  static final String RATERS = "raters";
  static final String RATINGS = "ratings";
  static final String INDEX = "raterIndex";
  static final String RESULT = "__rubric_result";

  /** The lowest level read, as the {@code rubric agreement} command line reads its ratings. */
  static final int MIN_LEVEL = -1_000_000;

  /** The highest level read. */
  static final int MAX_LEVEL = 1_000_000;

  /** A cell no row has filled yet; never a level, since levels lie within ±{@value #MAX_LEVEL}. */
  private static final int NOT_RATED = Integer.MAX_VALUE;

  /** The schema of a unit row, the aggregators' input. */
  static final StructType UNIT_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(RATERS, DataTypes.IntegerType, false),
            DataTypes.createStructField(UNIT, DataTypes.StringType, true),
            DataTypes.createStructField(
                RATINGS,
                DataTypes.createArrayType(
                    new StructType(
                        new StructField[] {
                          DataTypes.createStructField(INDEX, DataTypes.IntegerType, false),
                          DataTypes.createStructField(LEVEL, DataTypes.IntegerType, true)
                        }),
                    false),
                false)
          });

  private RatingUnits() {}

  /** Checks the columns of a ratings table; the messages name the column. */
  static void checkRatings(Dataset<Row> ratings, List<String> groupBy) {
    StructType schema = ratings.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    for (String c : List.of(UNIT, RATER, LEVEL)) {
      Checks.check(names.contains(c), "ratings have no column %s (columns: %s)", c, names);
    }
    for (String g : groupBy) {
      Checks.check(names.contains(g), "ratings have no group column %s (columns: %s)", g, names);
      Checks.check(
          !List.of(RATER, LEVEL, RATERS, RATINGS, INDEX, RESULT).contains(g),
          "group column %s is one of the reserved columns",
          g);
    }
    HistoryRows.checkLevel(schema.apply(LEVEL).dataType());
  }

  /**
   * One row per group and unit: the group columns, {@code raters}, {@code unitId}, {@code ratings}.
   * A null unit or rater id fails the job with a message naming the column (and the unit); so does
   * a level outside {@value #MIN_LEVEL} to {@value #MAX_LEVEL}, naming the unit, the rater and the
   * level.
   */
  static Dataset<Row> of(Dataset<Row> ratings, List<String> groupBy) {
    checkRatings(ratings, groupBy);
    Column unit = col(UNIT);
    Column rater = col(RATER);
    Column level = col(LEVEL);
    Dataset<Row> checked =
        ratings
            .select(columns(withUnit(groupBy), RATER, LEVEL))
            .withColumn(
                UNIT,
                when(unit.isNull(), raise_error(lit("rubric: a rating has a null unitId")))
                    .otherwise(unit))
            .withColumn(
                RATER,
                when(
                        rater.isNull(),
                        raise_error(
                            concat(
                                lit("rubric: a rating of unit "),
                                unit,
                                lit(" has a null raterId"))))
                    .otherwise(rater))
            .withColumn(
                LEVEL,
                when(
                        level.lt(MIN_LEVEL).or(level.gt(MAX_LEVEL)),
                        raise_error(
                            concat(
                                lit("rubric: unit "),
                                col(UNIT),
                                lit(", rater "),
                                col(RATER),
                                lit(": '"),
                                level.cast(DataTypes.StringType),
                                lit(
                                    String.format(
                                        Locale.ROOT,
                                        "' is out of range; ratings must lie between %d and %d",
                                        MIN_LEVEL,
                                        MAX_LEVEL)))))
                    .otherwise(level.cast(DataTypes.IntegerType)));
    Column[] keys = columns(groupBy);
    WindowSpec byGroup = groupBy.isEmpty() ? Window.partitionBy() : Window.partitionBy(keys);
    Dataset<Row> raters =
        checked
            .select(columns(groupBy, RATER))
            .distinct()
            .withColumn(INDEX, dense_rank().over(byGroup.orderBy(RATER)).minus(1).cast("int"))
            .withColumn(RATERS, count(lit(1)).over(byGroup).cast("int"));
    Dataset<Row> left = checked.alias("l");
    Dataset<Row> right = raters.alias("x");
    Column on = col("l." + RATER).equalTo(col("x." + RATER));
    for (String g : groupBy) {
      on = on.and(Columns.named("l", g).eqNullSafe(Columns.named("x", g)));
    }
    List<Column> kept = new ArrayList<>();
    for (String g : groupBy) {
      kept.add(Columns.named("l", g).as(g));
    }
    if (!groupBy.contains(UNIT)) {
      kept.add(col("l." + UNIT).as(UNIT));
    }
    kept.add(col("l." + LEVEL).as(LEVEL));
    kept.add(col("x." + INDEX).as(INDEX));
    kept.add(col("x." + RATERS).as(RATERS));
    Dataset<Row> indexed = left.join(right, on).select(kept.toArray(new Column[0]));
    List<Column> unitKeys = new ArrayList<>(Arrays.asList(columns(groupBy)));
    if (!groupBy.contains(UNIT)) {
      unitKeys.add(col(UNIT));
    }
    return indexed
        .groupBy(unitKeys.toArray(new Column[0]))
        .agg(
            first(col(RATERS)).as(RATERS),
            collect_list(struct(col(INDEX), col(LEVEL))).as(RATINGS));
  }

  /**
   * The ratings of a unit row as a units-by-raters matrix row, {@code missing} where the rater gave
   * none or a null level.
   *
   * @throws IllegalArgumentException when a rater has two rows for the unit (a null level is a row
   *     too) or a level lies outside {@value #MIN_LEVEL} to {@value #MAX_LEVEL}
   */
  static int[] cells(Row unit, int missing, int[] scratch) {
    int raters = unit.getInt(0);
    int[] cells = scratch.length == raters ? scratch : new int[raters];
    Arrays.fill(cells, NOT_RATED);
    List<Row> ratings = unit.getList(2);
    for (Row r : ratings) {
      int who = r.getInt(0);
      if (cells[who] != NOT_RATED) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "unit %s has more than one rating by the same rater (rater %d of the group in id"
                    + " order); a rater may rate a unit once",
                unit.getString(1),
                who + 1));
      }
      if (r.isNullAt(1)) {
        cells[who] = missing;
        continue;
      }
      int level = r.getInt(1);
      Checks.check(
          level >= MIN_LEVEL && level <= MAX_LEVEL,
          "unit %s: '%s' is out of range; ratings must lie between %s and %s",
          unit.getString(1),
          level,
          MIN_LEVEL,
          MAX_LEVEL);
      cells[who] = level;
    }
    for (int i = 0; i < raters; i++) {
      if (cells[i] == NOT_RATED) {
        cells[i] = missing;
      }
    }
    return cells;
  }

  /** The group columns and the unit column, once. */
  static List<String> withUnit(List<String> groupBy) {
    List<String> out = new ArrayList<>(groupBy);
    if (!out.contains(UNIT)) {
      out.add(UNIT);
    }
    return out;
  }

  static Column[] columns(List<String> names, String... more) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      out.add(Columns.named(n));
    }
    for (String n : more) {
      out.add(Columns.named(n));
    }
    return out.toArray(new Column[0]);
  }
}

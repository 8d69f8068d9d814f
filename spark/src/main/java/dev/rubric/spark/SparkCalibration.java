package dev.rubric.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.rubric.core.RatingScale;
import dev.rubric.core.VisibleText;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.LeniencyEquations;
import dev.rubric.scoring.calibration.LeniencyFit;
import dev.rubric.scoring.calibration.LeniencyHalo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Interviewer calibration over a history too large for one JVM: the leniency model of {@link
 * InterviewerCalibration} fitted from its normal equations summed over the partitions ({@link
 * LeniencyEquations}), solved on the driver with the same code, the residuals summed in a second
 * pass and the halo sums ({@link LeniencyHalo}: one interviewer's ratings of one candidate share an
 * impression) in a third; tests, multiplicity adjustment, shrinkage and flags by {@link
 * InterviewerCalibration#estimate}. Comparable groups are found from the summed links.
 *
 * <p><b>Input.</b> The ratings of the scorecards to use, with the columns {@code candidateId},
 * {@code competencyId}, {@code interviewerId} (strings) and {@code level} (an integer type; a
 * fractional type is refused, never truncated), none of them null (any other columns, such as those
 * of {@link HistoryRows#SCHEMA}, are ignored); what breaks this is refused with the column named.
 * Unlike {@link InterviewerCalibration#calibrate}, scorecards are not validated or de-duplicated
 * here: give the ratings of the scorecards the evaluator uses and of those it keeps for calibration
 * only, as {@link RubricJob} does (for a clean history, all of them). On the same ratings, every
 * offset, standard error, shrunk offset and p-value equals the single-JVM calibration's to 1e-9
 * (the sums are floating-point sums in another order), and groups, comparisons and flags are equal.
 *
 * <p><b>Cost.</b> One shuffle to gather each candidate's ratings; three passes over them, whose
 * partial states are {@code k x k} matrices ({@code k} interviewers, at most {@link
 * LeniencyEquations#MAX_INTERVIEWERS}) combined in a tree; solving is {@code O(k^3)} on the driver.
 *
 * <p>Stateless and thread-safe.
 */
public final class SparkCalibration {
  static final StructType TABLE =
      Aggregations.schema(
          "interviewerId", DataTypes.StringType,
          "group", DataTypes.IntegerType,
          "flag", DataTypes.StringType,
          "flagged", DataTypes.BooleanType,
          "offset", DataTypes.DoubleType,
          "standardError", DataTypes.DoubleType,
          "shrunkOffset", DataTypes.DoubleType,
          "comparisons", DataTypes.IntegerType,
          "rawDifference", DataTypes.DoubleType,
          "z", DataTypes.DoubleType,
          "pValue", DataTypes.DoubleType,
          "adjustedPValue", DataTypes.DoubleType,
          "pValueReason", DataTypes.StringType);

  private SparkCalibration() {}

  /**
   * Calibrates the interviewers of {@code ratings} with {@code settings}.
   *
   * @param ratings the ratings (see the class comment)
   * @param settings the calibration's settings ({@link InterviewerCalibration#standard()})
   * @return the leniency of every interviewer
   * @throws IllegalArgumentException when a column is missing or of another type (ids strings,
   *     {@code level} an integer type), a candidate, competency or interviewer id or a level is
   *     null, a level is outside the {@code int} range, or there are more than {@link
   *     LeniencyEquations#MAX_INTERVIEWERS} interviewers
   */
  public static CalibrationResult calibrate(Dataset<Row> ratings, InterviewerCalibration settings) {
    return calibrate(ratings, settings, null);
  }

  /**
   * Calibrates the interviewers of {@code ratings}, levels of {@code scale}, with {@code settings}:
   * the thresholds in levels (the minimum offset, the Huber threshold) are then steps of the scale
   * (its mean step), as {@code rubric calibrate} takes them from the plan, so that a scale whose
   * values are not 1 apart ({@code 0, 10, 20, 30}) gives the figures of its relabelling times the
   * step and the same flags. Without a scale a level is 1.
   *
   * @param ratings the ratings (see the class comment)
   * @param settings the calibration's settings ({@link InterviewerCalibration#standard()})
   * @param scale the scale the levels are values of
   * @return the leniency of every interviewer
   * @throws IllegalArgumentException as {@link #calibrate(Dataset, InterviewerCalibration)}
   */
  public static CalibrationResult calibrate(
      Dataset<Row> ratings, InterviewerCalibration settings, @Nullable RatingScale scale) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(settings, "settings");
    List<String> names = Arrays.asList(ratings.schema().fieldNames());
    for (String c : List.of("candidateId", "competencyId", "interviewerId", "level")) {
      Checks.check(names.contains(c), "ratings have no column %s (columns: %s)", c, names);
      if (c.equals("level")) {
        HistoryRows.checkLevel(ratings.schema().apply(c).dataType());
      } else {
        DataType type = ratings.schema().apply(c).dataType();
        Checks.check(
            type.equals(DataTypes.StringType),
            "column %s must hold strings, not %s",
            c,
            type.simpleString());
      }
    }
    // One pass finds the interviewers and refuses, by column and interviewer, what cannot be used.
    Column level = col("level").cast(DataTypes.LongType);
    List<Row> interviewers =
        ratings
            .groupBy(col("interviewerId"))
            .agg(
                count(when(col("candidateId").isNull(), 1)),
                count(when(col("competencyId").isNull(), 1)),
                count(when(level.isNull(), 1)),
                min(level),
                max(level))
            .collectAsList();
    List<String> ids = new ArrayList<>();
    for (Row r : interviewers) {
      Checks.check(!r.isNullAt(0), "a rating has a null interviewerId (column interviewerId)");
      String who = VisibleText.of(r.getString(0));
      for (int i = 1; i <= 3; i++) {
        long nulls = r.getLong(i);
        String column = List.of("candidateId", "competencyId", "level").get(i - 1);
        Checks.check(
            nulls == 0,
            "%s of interviewer '%s' %s a null %s (column %s)",
            nulls == 1 ? "a rating" : nulls + " ratings",
            who,
            nulls == 1 ? "has" : "have",
            column,
            column);
      }
      for (int i = 4; i <= 5; i++) {
        if (!r.isNullAt(i)) {
          long l = r.getLong(i);
          Checks.check(
              l == (int) l,
              "a rating of interviewer '%s' has level %s, outside the int range (column level)",
              who,
              l);
        }
      }
      ids.add(r.getString(0));
    }
    ids.sort(null);
    int k = ids.size();
    Checks.check(
        k <= LeniencyEquations.MAX_INTERVIEWERS,
        "%s interviewers are more than %s",
        k,
        LeniencyEquations.MAX_INTERVIEWERS);
    SparkSession spark = ratings.sparkSession();
    List<Row> index = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      index.add(RowFactory.create(ids.get(i), i));
    }
    Dataset<Row> indexTable =
        spark.createDataFrame(
            index,
            Aggregations.schema(
                "interviewerId", DataTypes.StringType, "who", DataTypes.IntegerType));
    // One row per candidate: their ratings, split into units (competencies) on the workers.
    Dataset<Row> candidates =
        ratings
            .select(col("candidateId"), col("competencyId"), col("interviewerId"), col("level"))
            .join(broadcast(indexTable), "interviewerId")
            .groupBy(col("candidateId"))
            .agg(
                collect_list(struct(col("competencyId"), col("who"), col("level").cast("int")))
                    .as("ratings"))
            .select("ratings")
            .persist();
    try {
      LeniencyEquations equations =
          candidates
              .javaRDD()
              .treeAggregate(
                  scale == null ? LeniencyEquations.over(k) : LeniencyEquations.over(k, scale),
                  (e, row) -> {
                    Units units = units(row);
                    for (int u = 0; u < units.who.length; u++) {
                      e.addUnit(units.who[u], units.levels[u]);
                    }
                    return e;
                  },
                  LeniencyEquations::merge);
      LeniencyFit fit = equations.solve();
      double rss =
          candidates
              .javaRDD()
              .treeAggregate(
                  0.0,
                  (s, row) -> {
                    Units units = units(row);
                    for (int u = 0; u < units.who.length; u++) {
                      s += fit.residualSquares(units.who[u], units.levels[u]);
                    }
                    return s;
                  },
                  Double::sum);
      LeniencyHalo halo =
          candidates
              .javaRDD()
              .treeAggregate(
                  LeniencyHalo.of(equations, fit),
                  (h, row) -> {
                    Units units = units(row);
                    return h.addCandidate(units.who, units.levels);
                  },
                  LeniencyHalo::merge);
      return new CalibrationResult(ids, settings.estimate(fit, rss, halo));
    } finally {
      candidates.unpersist();
    }
  }

  /** One candidate's units: per competency, the interviewer index and level of each rating. */
  private record Units(int[][] who, int[][] levels) {}

  private static Units units(Row candidate) {
    List<Row> ratings = candidate.getList(0);
    Map<Optional<String>, List<Row>> byCompetency = new HashMap<>(); // a null id is a unit too
    for (Row r : ratings) {
      Checks.check(!r.isNullAt(2), "a rating has a null level");
      byCompetency
          .computeIfAbsent(
              r.isNullAt(0) ? Optional.empty() : Optional.of(r.getString(0)),
              c -> new ArrayList<>())
          .add(r);
    }
    int[][] who = new int[byCompetency.size()][];
    int[][] levels = new int[byCompetency.size()][];
    int u = 0;
    for (List<Row> unit : byCompetency.values()) {
      who[u] = new int[unit.size()];
      levels[u] = new int[unit.size()];
      for (int o = 0; o < unit.size(); o++) {
        who[u][o] = unit.get(o).getInt(1);
        levels[u][o] = unit.get(o).getInt(2);
      }
      u++;
    }
    return new Units(who, levels);
  }
}

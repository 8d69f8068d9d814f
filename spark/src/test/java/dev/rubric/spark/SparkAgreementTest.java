package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.FTest;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KappaWeights;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.scoring.agreement.Rwg;
import dev.rubric.scoring.agreement.WithinGroupAgreement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statistic per group on Spark equals, bit for bit, the single-JVM statistic on the group's
 * units-by-raters matrix, on a generated history with one huge group, skewed small groups, a group
 * of one unit, missing ratings, and more partitions than some groups have units (so that many
 * partitions hold nothing of a group, and some nothing at all).
 */
class SparkAgreementTest {
  static final StructType LONG =
      Aggregations.schema(
          "competency", DataTypes.StringType,
          "unitId", DataTypes.StringType,
          "raterId", DataTypes.StringType,
          "level", DataTypes.IntegerType);

  private static SparkSession spark;
  private static History history;
  private static History pairs;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    history = History.generate(new Random(19), false);
    pairs = History.generate(new Random(20), true);
  }

  @Test
  void alphaAtEveryLevelEqualsTheSingleJvmStatistic() {
    for (AlphaLevel level : AlphaLevel.values()) {
      Map<String, Row> got =
          byGroup(SparkAgreement.alpha(history.frame(spark), level, "competency"));
      assertThat(got.keySet()).isEqualTo(history.groups.keySet());
      history.groups.forEach(
          (g, m) -> {
            AlphaResult r = KrippendorffAlpha.at(level).compute(m);
            Row row = java.util.Objects.requireNonNull(got.get(g));
            assertThat(row.getLong(1)).isEqualTo(r.units());
            assertThat(row.getLong(2)).isEqualTo(r.pairableUnits());
            assertThat(row.getLong(3)).isEqualTo(r.pairableValues());
            assertThat(row.getInt(4)).isEqualTo(r.raters());
            assertThat(row.getInt(5)).isEqualTo(r.categories());
            assertSame(row.getDouble(6), r.observedDisagreement());
            assertSame(row.getDouble(7), r.expectedDisagreement());
            assertCoefficient(row, 8, r.alpha());
          });
    }
  }

  @Test
  void fleissKappaEqualsTheSingleJvmStatistic() {
    Map<String, Row> got = byGroup(SparkAgreement.fleissKappa(history.frame(spark), "competency"));
    history.groups.forEach(
        (g, m) -> {
          FleissResult r = FleissKappa.of().compute(m);
          Row row = java.util.Objects.requireNonNull(got.get(g));
          assertThat(row.getLong(1)).isEqualTo(r.units());
          assertThat(row.getInt(2)).isEqualTo(r.ratingsPerUnit());
          assertThat(row.getInt(3)).isEqualTo(r.categories());
          assertSame(row.getDouble(4), r.observedAgreement());
          assertSame(row.getDouble(5), r.expectedAgreement());
          assertCoefficient(row, 6, r.kappa());
        });
  }

  @Test
  void cohenKappaWithEveryWeightingEqualsTheSingleJvmStatistic() {
    for (KappaWeights w : KappaWeights.values()) {
      Map<String, Row> got =
          byGroup(SparkAgreement.cohenKappa(pairs.frame(spark), w, "competency"));
      pairs.groups.forEach(
          (g, m) -> {
            CohenResult r = CohenKappa.weighted(w).compute(m);
            Row row = java.util.Objects.requireNonNull(got.get(g));
            assertThat(row.getLong(1)).isEqualTo(r.units());
            assertThat(row.getLong(2)).isEqualTo(r.pairedUnits());
            assertThat(row.getInt(3)).isEqualTo(r.categories());
            assertSame(row.getDouble(4), r.observedAgreement());
            assertSame(row.getDouble(5), r.expectedAgreement());
            assertCoefficient(row, 6, r.kappa());
          });
    }
  }

  @Test
  void iccEqualsTheSingleJvmStatistic() {
    Map<String, Row> got = byGroup(SparkAgreement.icc(history.frame(spark), "competency"));
    history.groups.forEach((g, m) -> assertIcc(java.util.Objects.requireNonNull(got.get(g)), m));
  }

  // The F tests the data may not define: perfect agreement (an infinite F, undefined with its
  // reason, p = 0) and raters that differ while targets and residual do not (F = p = 0/0).
  @Test
  void iccWithUndefinedFTestFiguresEqualsTheSingleJvmStatistic() {
    Map<String, int[][]> groups = new TreeMap<>();
    groups.put("agree", new int[][] {{1, 1}, {3, 3}, {2, 2}});
    groups.put("shift", new int[][] {{1, 2}, {1, 2}, {1, 2}});
    List<Row> rows = new ArrayList<>();
    groups.forEach(
        (g, m) -> {
          for (int u = 0; u < m.length; u++) {
            for (int r = 0; r < m[u].length; r++) {
              rows.add(RowFactory.create(g, g + "/u-" + u, "r-" + (char) ('a' + r), m[u][r]));
            }
          }
        });
    Map<String, Row> got =
        byGroup(SparkAgreement.icc(spark.createDataFrame(rows, LONG).repartition(3), "competency"));

    groups.forEach((g, m) -> assertIcc(java.util.Objects.requireNonNull(got.get(g)), m));
    Row agree = java.util.Objects.requireNonNull(got.get("agree")).<Row>getList(8).get(0);
    assertThat(agree.isNullAt(3)).isTrue();
    assertThat(agree.getString(4)).isEqualTo("NO_ERROR_VARIANCE");
    assertThat(agree.getDouble(7)).isZero();
    Row shift = java.util.Objects.requireNonNull(got.get("shift")).<Row>getList(8).get(1);
    assertThat(shift.getString(4)).isEqualTo("NO_VARIANCE");
    assertThat(shift.getString(8)).isEqualTo("NO_VARIANCE");
  }

  // Too small for an analysis of variance: one complete target (the other misses a rating), or a
  // single rater. The mean squares are null, as every estimate is undefined with its reason.
  @Test
  void iccOfTooSmallGroupsHasNullMeanSquaresAndEqualsTheSingleJvmStatistic() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("one", "one/u-0", "r-a", 1));
    rows.add(RowFactory.create("one", "one/u-0", "r-b", 2));
    rows.add(RowFactory.create("one", "one/u-1", "r-a", 3));
    rows.add(RowFactory.create("solo", "solo/u-0", "r-a", 4));
    rows.add(RowFactory.create("solo", "solo/u-1", "r-a", 5));
    Map<String, Row> got =
        byGroup(SparkAgreement.icc(spark.createDataFrame(rows, LONG).repartition(2), "competency"));

    assertIcc(
        java.util.Objects.requireNonNull(got.get("one")),
        new int[][] {{1, 2}, {3, Ratings.MISSING}});
    assertIcc(java.util.Objects.requireNonNull(got.get("solo")), new int[][] {{4}, {5}});
    for (String group : List.of("one", "solo")) {
      Row row = java.util.Objects.requireNonNull(got.get(group));
      for (int at = 4; at <= 7; at++) {
        assertThat(row.isNullAt(at)).as("%s column %d", group, at).isTrue();
      }
    }
    assertThat(java.util.Objects.requireNonNull(got.get("one")).<Row>getList(8).get(0).getString(2))
        .isEqualTo("TOO_FEW_UNITS");
  }

  /** The ICC row of a group equals the single-JVM result on its matrix, bit for bit. */
  private static void assertIcc(Row row, int[][] m) {
    IccResult r = IntraclassCorrelation.of().compute(m);
    assertThat(row.getLong(1)).isEqualTo(r.targets());
    assertThat(row.getLong(2)).isEqualTo(r.droppedTargets());
    assertThat(row.getInt(3)).isEqualTo(r.raters());
    assertValueOrNull(row, 4, r.betweenTargetsMeanSquare());
    assertValueOrNull(row, 5, r.withinTargetsMeanSquare());
    assertValueOrNull(row, 6, r.betweenRatersMeanSquare());
    assertValueOrNull(row, 7, r.errorMeanSquare());
    List<Row> estimates = row.getList(8);
    assertThat(estimates).hasSize(r.estimates().size());
    for (int i = 0; i < estimates.size(); i++) {
      IccEstimate e = r.estimates().get(i);
      Row s = estimates.get(i);
      assertThat(s.getString(0)).isEqualTo(e.form().name());
      assertCoefficient(s, 1, e.value());
      if (e.test().isPresent()) {
        FTest t = e.test().get();
        assertCoefficient(s, 3, t.f());
        assertSame(s.getDouble(5), t.numeratorDf());
        assertSame(s.getDouble(6), t.denominatorDf());
        assertCoefficient(s, 7, t.pValue());
      } else {
        for (int at = 3; at <= 8; at++) {
          assertThat(s.isNullAt(at)).as("column %d", at).isTrue();
        }
      }
      if (e.interval().isPresent()) {
        assertSame(s.getDouble(9), e.interval().get().lower());
        assertSame(s.getDouble(10), e.interval().get().upper());
      } else {
        assertThat(s.isNullAt(9)).isTrue();
        assertThat(s.isNullAt(10)).isTrue();
      }
    }
  }

  @Test
  void rwgOfEachUnitEqualsTheSingleJvmStatistic() {
    Map<String, Row> got = byGroup(SparkAgreement.rwg(history.frame(spark), 4, "unitId"));
    assertThat(got).hasSize(history.units.size());
    history.units.forEach(
        (unit, levels) -> {
          int[] sorted = levels.stream().mapToInt(Integer::intValue).sorted().toArray();
          Rwg r = WithinGroupAgreement.rwg(sorted, 4);
          Row row = java.util.Objects.requireNonNull(got.get(unit));
          assertThat(row.getInt(1)).isEqualTo(r.ratings());
          assertSame(row.getDouble(2), r.variance());
          assertThat(row.getBoolean(4)).isEqualTo(r.truncated());
          assertCoefficient(row, 5, r.value());
        });
  }

  @Test
  void withoutGroupColumnsTheWholeTableIsOneGroup() {
    List<Row> rows = SparkAgreement.alpha(pairs.frame(spark), AlphaLevel.NOMINAL).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getLong(0)).isEqualTo(pairs.units.size());
  }

  @Test
  void badInputIsRefusedWithTheColumnOrUnitNamed() {
    Dataset<Row> frame = history.frame(spark);
    assertThatThrownBy(() -> SparkAgreement.alpha(frame.drop("raterId"), AlphaLevel.ORDINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ratings have no column raterId");
    assertThatThrownBy(() -> SparkAgreement.fleissKappa(frame, "plan"))
        .hasMessageStartingWith("ratings have no group column plan");
    assertThatThrownBy(
            () ->
                SparkAgreement.icc(
                    frame.withColumn("level", frame.col("level").cast("double")), "competency"))
        .hasMessage("column level must hold integers, not double");
    assertThatThrownBy(
            () -> SparkAgreement.cohenKappa(frame, KappaWeights.NONE, "competency").count())
        .hasMessageStartingWith(
            "Cohen's kappa needs exactly two raters per group; group [competency=");
    Dataset<Row> twice =
        spark.createDataFrame(
            List.of(
                RowFactory.create("k", "u-1", "r-1", 2),
                RowFactory.create("k", "u-1", "r-1", 3),
                RowFactory.create("k", "u-1", "r-2", 3)),
            LONG);
    assertThatThrownBy(() -> SparkAgreement.alpha(twice, AlphaLevel.ORDINAL).collectAsList())
        .hasStackTraceContaining("unit u-1 has more than one rating by the same rater (rater 1");
    Dataset<Row> noRater =
        spark.createDataFrame(List.of(RowFactory.create("k", "u-9", null, 2)), LONG);
    assertThatThrownBy(() -> SparkAgreement.alpha(noRater, AlphaLevel.ORDINAL).collectAsList())
        .hasStackTraceContaining("rubric: a rating of unit u-9 has a null raterId");
  }

  /**
   * The levels {@code rubric agreement} reads and no others: Integer.MIN_VALUE was taken for a
   * missing rating (its unit silently dropped). And a rater rates a unit once, a null level being a
   * row too: a null then a 3 was taken as the rater's one rating.
   */
  @Test
  void aLevelOutOfRangeOrASecondRowOfAUnitByARaterIsRefused() {
    for (int level : new int[] {Integer.MIN_VALUE, 1_000_001, Integer.MAX_VALUE}) {
      Dataset<Row> out =
          spark.createDataFrame(
              List.of(
                  RowFactory.create("k", "u-4", "r-1", level),
                  RowFactory.create("k", "u-4", "r-2", 3)),
              LONG);
      assertThatThrownBy(
              () -> SparkAgreement.alpha(out, AlphaLevel.ORDINAL, "competency").collectAsList())
          .as("%s", level)
          .hasStackTraceContaining(
              "rubric: unit u-4, rater r-1: '"
                  + level
                  + "' is out of range; ratings must lie between -1000000 and 1000000");
    }
    Dataset<Row> edges =
        spark.createDataFrame(
            List.of(
                RowFactory.create("lo", "u-1", "r-1", -1_000_000),
                RowFactory.create("lo", "u-1", "r-2", -999_999),
                RowFactory.create("hi", "u-2", "r-1", 1_000_000),
                RowFactory.create("hi", "u-2", "r-2", 999_999)),
            LONG);
    assertThat(SparkAgreement.alpha(edges, AlphaLevel.INTERVAL, "competency").collectAsList())
        .extracting(r -> r.getLong(1))
        .containsExactly(1L, 1L);
    for (Integer first : new Integer[] {null, 3}) {
      for (Integer second : new Integer[] {null, 3}) {
        Dataset<Row> twice =
            spark.createDataFrame(
                List.of(
                    RowFactory.create("k", "u-4", "r-1", first),
                    RowFactory.create("k", "u-4", "r-1", second),
                    RowFactory.create("k", "u-4", "r-2", 3)),
                LONG);
        assertThatThrownBy(() -> SparkAgreement.fleissKappa(twice).collectAsList())
            .as("%s then %s", first, second)
            .hasStackTraceContaining(
                "unit u-4 has more than one rating by the same rater (rater 1");
      }
    }
  }

  /** A group column's name is the column's, a dot in it included (it was read as a field). */
  @Test
  void aGroupColumnNamedWithADotIsThatColumn() {
    Dataset<Row> dotted = pairs.frame(spark).withColumnRenamed("competency", "a.b");
    Map<String, Row> plain = byGroup(SparkAgreement.fleissKappa(pairs.frame(spark), "competency"));
    List<Row> got = SparkAgreement.fleissKappa(dotted, "a.b").collectAsList();
    assertThat(got).hasSize(plain.size());
    for (Row r : got) {
      assertThat(r).isEqualTo(plain.get(r.getString(0)));
    }
  }

  private static void assertCoefficient(Row row, int at, Coefficient c) {
    if (c.isDefined()) {
      assertSame(row.getDouble(at), c.value());
      assertThat(row.isNullAt(at + 1)).isTrue();
    } else {
      assertThat(row.isNullAt(at)).isTrue();
      assertThat(row.getString(at + 1)).isEqualTo(c.undefinedReason().orElseThrow().name());
    }
  }

  /** A defined figure bit for bit, an undefined one null (its reason is the estimates'). */
  private static void assertValueOrNull(Row row, int at, Coefficient c) {
    if (c.isDefined()) {
      assertSame(row.getDouble(at), c.value());
    } else {
      assertThat(row.isNullAt(at)).as("column %d", at).isTrue();
    }
  }

  /** Bit for bit (NaN equal to NaN). */
  private static void assertSame(double actual, double expected) {
    assertThat(Double.doubleToLongBits(actual)).isEqualTo(Double.doubleToLongBits(expected));
  }

  private static Map<String, Row> byGroup(Dataset<Row> result) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : result.collectAsList()) {
      assertThat(out.put(r.getString(0), r)).isNull();
    }
    return out;
  }

  /** A generated history: the long rows, each group's matrix, each unit's levels. */
  record History(List<Row> rows, Map<String, int[][]> groups, Map<String, List<Integer>> units) {
    static History generate(Random random, boolean twoRaters) {
      List<Row> rows = new ArrayList<>();
      Map<String, int[][]> groups = new TreeMap<>();
      Map<String, List<Integer>> units = new TreeMap<>();
      // One huge group, skewed small ones, a group of one unit, a group with one rater.
      int[] sizes = twoRaters ? new int[] {2500, 40, 7, 1} : new int[] {4000, 60, 12, 3, 1, 5};
      for (int g = 0; g < sizes.length; g++) {
        String group = "k-" + g;
        int raters = twoRaters ? 2 : (g == 5 ? 1 : 2 + random.nextInt(5));
        TreeSet<String> unitIds = new TreeSet<>();
        Map<String, int[]> cells = new HashMap<>();
        for (int u = 0; u < sizes[g]; u++) {
          String unit = group + "/u-" + u;
          unitIds.add(unit);
          int[] row = new int[raters];
          Arrays.fill(row, Ratings.MISSING);
          int ability = 1 + random.nextInt(4);
          for (int r = 0; r < raters; r++) {
            if (random.nextInt(5) == 0 && !(twoRaters && u == 0)) {
              continue;
            }
            int level = Math.max(1, Math.min(4, ability + random.nextInt(3) - 1));
            row[r] = level;
            rows.add(RowFactory.create(group, unit, "r-" + (char) ('a' + r), level));
            units.computeIfAbsent(unit, x -> new ArrayList<>()).add(level);
          }
          cells.put(unit, row);
        }
        // The matrix as the single-JVM API holds it: units and raters sorted, raters present only.
        boolean[] present = new boolean[raters];
        for (int[] row : cells.values()) {
          for (int r = 0; r < raters; r++) {
            present[r] |= row[r] != Ratings.MISSING;
          }
        }
        List<int[]> matrix = new ArrayList<>();
        for (String unit : unitIds) {
          int[] row = java.util.Objects.requireNonNull(cells.get(unit));
          int[] kept = new int[raters];
          int n = 0;
          boolean any = false;
          for (int r = 0; r < raters; r++) {
            if (present[r]) {
              kept[n++] = row[r];
              any |= row[r] != Ratings.MISSING;
            }
          }
          if (any) {
            matrix.add(Arrays.copyOf(kept, n));
          }
        }
        if (!matrix.isEmpty()) {
          groups.put(group, matrix.toArray(new int[0][]));
        }
      }
      return new History(rows, groups, units);
    }

    Dataset<Row> frame(SparkSession spark) {
      // More partitions than the small groups have units: many partitions hold nothing of them.
      return spark.createDataFrame(rows, LONG).repartition(7);
    }
  }
}

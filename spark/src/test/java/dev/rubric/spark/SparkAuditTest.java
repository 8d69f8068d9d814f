package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.audit.GroupMembership;
import dev.rubric.scoring.audit.SelectionTally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/**
 * The audit's counts on Spark equal a {@link SelectionTally} filled candidate by candidate, for
 * every dimension and intersection, with unknown categories and candidates without a score.
 */
class SparkAuditTest {
  private static final List<String> DIMS = List.of("sex", "site", "age");

  @Test
  void countsOfEveryGroupingEqualTheSelectionTally() {
    SparkSession spark = LocalSpark.session();
    Random random = new Random(4);
    List<Row> outcomes = new ArrayList<>();
    List<Row> groups = new ArrayList<>();
    Map<String, Map<String, String>> categories = new HashMap<>();
    Map<String, Boolean> selected = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    String[][] values = {{"F", "M", "X"}, {"berlin", "lagos", "lima", "oslo"}, {"40+", "<40"}};
    for (int c = 0; c < 700; c++) {
      String id = "c-" + c;
      boolean sel = random.nextInt(3) == 0;
      Double score = random.nextInt(6) == 0 ? null : (double) random.nextInt(9);
      outcomes.add(RowFactory.create(id, sel, score));
      selected.put(id, sel);
      if (score != null) {
        scores.put(id, score);
      }
      if (c % 11 == 0) {
        continue; // no membership row at all
      }
      Object[] row = new Object[DIMS.size() + 1];
      row[0] = id;
      Map<String, String> m = new HashMap<>();
      for (int d = 0; d < DIMS.size(); d++) {
        String v = random.nextInt(8) == 0 ? null : values[d][random.nextInt(values[d].length)];
        row[d + 1] = v;
        if (v != null) {
          m.put(DIMS.get(d), v);
        }
      }
      groups.add(RowFactory.create(row));
      categories.put(id, m);
    }
    Dataset<Row> o =
        spark
            .createDataFrame(
                outcomes,
                Aggregations.schema(
                    "candidateId", DataTypes.StringType,
                    "selected", DataTypes.BooleanType,
                    "score", DataTypes.DoubleType))
            .repartition(5);
    Dataset<Row> g =
        spark.createDataFrame(
            groups,
            Aggregations.schema(
                "candidateId", DataTypes.StringType,
                "sex", DataTypes.StringType,
                "site", DataTypes.StringType,
                "age", DataTypes.StringType));
    List<Row> got = SparkAudit.counts(o, g, DIMS).collectAsList();

    double[] sorted = scores.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int h = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[h] : sorted[h - 1] + (sorted[h] - sorted[h - 1]) / 2;
    GroupMembership membership = new GroupMembership(DIMS, categories);
    int groupings = 0;
    for (int mask = 1; mask < 1 << DIMS.size(); mask++) {
      List<String> dims = new ArrayList<>();
      for (int d = 0; d < DIMS.size(); d++) {
        if ((mask & (1 << d)) != 0) {
          dims.add(DIMS.get(d));
        }
      }
      SelectionTally tally = new SelectionTally();
      for (String id : selected.keySet()) {
        List<String> category = new ArrayList<>();
        for (String d : dims) {
          Optional<String> c = membership.categoryOf(id, d);
          c.ifPresent(category::add);
        }
        if (category.size() < dims.size()) {
          tally.addUnknown();
          continue;
        }
        Double score = scores.get(id);
        tally.add(
            category,
            java.util.Objects.requireNonNull(selected.get(id)),
            score != null,
            score != null && score > median);
      }
      Map<List<String>, List<Long>> counts = new HashMap<>();
      long unknown = 0;
      for (Row r : got) {
        if (!r.<String>getList(0).equals(dims)) {
          continue;
        }
        List<Long> figures = List.of(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        if (r.isNullAt(1)) {
          unknown = figures.get(0);
        } else {
          counts.put(new ArrayList<>(r.<String>getList(1)), figures);
        }
      }
      assertThat(counts).as("%s", dims).isEqualTo(tally.counts());
      assertThat(unknown).as("%s unknown", dims).isEqualTo(tally.unknown());
      groupings++;
    }
    assertThat(groupings).isEqualTo(7);
  }

  @Test
  void missingColumnsAreNamed() {
    SparkSession spark = LocalSpark.session();
    Dataset<Row> o =
        spark.createDataFrame(
            List.<Row>of(),
            Aggregations.schema(
                "candidateId", DataTypes.StringType, "selected", DataTypes.BooleanType));
    assertThatThrownBy(() -> SparkAudit.counts(o, o, List.of("sex")))
        .hasMessageStartingWith("outcomes have no column score");
    assertThatThrownBy(() -> SparkAudit.counts(o, o, Arrays.asList()))
        .hasMessageStartingWith("dimensions ([]) must be 1 to 12 columns");
  }
}

package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.scoring.audit.AdverseImpact;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.CandidateOutcome;
import dev.rubric.scoring.audit.GroupMembership;
import dev.rubric.scoring.audit.GroupingResult;
import dev.rubric.scoring.audit.SelectionTally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
    // Above the exact median is above the lower middle score (the middle one for an odd count).
    double line = sorted.length % 2 == 1 ? sorted[h] : sorted[h - 1];
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
            score != null && score > line);
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

  /**
   * Generated outcomes and membership: one category far larger than the others (skewed keys), a
   * category nobody in it is selected, unknown categories, candidates without a score or without a
   * membership row.
   */
  private record Generated(
      List<CandidateOutcome> outcomes,
      Map<String, Map<String, String>> groups,
      Dataset<Row> o,
      Dataset<Row> g) {}

  private static Generated generate(SparkSession spark, long seed, int size) {
    Random random = new Random(seed);
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> categories = new HashMap<>();
    List<Row> outcomeRows = new ArrayList<>();
    List<Row> groupRows = new ArrayList<>();
    for (int c = 0; c < size; c++) {
      String id = "c-" + c;
      // Skewed: nine in ten candidates are at one site; nobody in sex X is ever selected.
      String sex = random.nextInt(10) == 0 ? null : new String[] {"F", "M", "X"}[random.nextInt(3)];
      String site =
          random.nextInt(10) < 9 ? "berlin" : new String[] {"lagos", "lima"}[random.nextInt(2)];
      String age = random.nextInt(12) == 0 ? null : random.nextBoolean() ? "40+" : "<40";
      boolean selected = !"X".equals(sex) && random.nextInt("F".equals(sex) ? 4 : 2) == 0;
      Double score = random.nextInt(7) == 0 ? null : (double) random.nextInt(9);
      outcomes.add(
          new CandidateOutcome(
              id,
              selected,
              score == null ? OptionalDouble.empty() : OptionalDouble.of(score),
              Map.of()));
      outcomeRows.add(RowFactory.create(id, selected, score));
      if (c % 13 == 0) {
        continue; // no membership row at all
      }
      Map<String, String> m = new HashMap<>();
      if (sex != null) {
        m.put("sex", sex);
      }
      m.put("site", site);
      if (age != null) {
        m.put("age", age);
      }
      categories.put(id, m);
      groupRows.add(RowFactory.create(id, sex, site, age));
    }
    Dataset<Row> o =
        spark
            .createDataFrame(
                outcomeRows,
                Aggregations.schema(
                    "candidateId", DataTypes.StringType,
                    "selected", DataTypes.BooleanType,
                    "score", DataTypes.DoubleType))
            // Partitioned by selection into 23 partitions, of which at most two hold rows; an
            // empty dataset is added as a further empty partition.
            .repartition(23, org.apache.spark.sql.functions.col("selected"))
            .union(
                spark.createDataFrame(
                    List.of(),
                    Aggregations.schema(
                        "candidateId", DataTypes.StringType,
                        "selected", DataTypes.BooleanType,
                        "score", DataTypes.DoubleType)));
    Dataset<Row> g =
        spark
            .createDataFrame(
                groupRows,
                Aggregations.schema(
                    "candidateId", DataTypes.StringType,
                    "sex", DataTypes.StringType,
                    "site", DataTypes.StringType,
                    "age", DataTypes.StringType))
            // Partitioned by the skewed key: one of 17 partitions holds nine tenths of the rows.
            .repartition(17, org.apache.spark.sql.functions.col("site"));
    return new Generated(outcomes, categories, o, g);
  }

  private static AuditReport withoutDrillDown(AuditReport r) {
    java.util.function.UnaryOperator<GroupingResult> strip =
        x ->
            new GroupingResult(
                x.dimensions(), x.categories(), x.unknown(), x.suppressedCategories(), List.of());
    return new AuditReport(
        r.candidates(),
        r.medianScore(),
        r.dimensions().stream().map(strip).toList(),
        r.intersections().stream().map(strip).toList());
  }

  @Test
  void auditEqualsTheSingleJvmAuditOfTheSameCandidates() {
    SparkSession spark = LocalSpark.session();
    List<AuditOptions> options =
        List.of(
            AuditOptions.defaults(),
            AuditOptions.defaults().withSuppressBelow(40).withMinShare(0.05).withSmallCount(100));
    for (long seed = 1; seed <= 2; seed++) {
      Generated gen = generate(spark, seed, 400 + (int) seed * 300);
      GroupMembership membership = new GroupMembership(DIMS, gen.groups());
      for (AuditOptions opt : options) {
        AuditReport expected = AdverseImpact.audit(gen.outcomes(), membership, opt);
        AuditReport got = SparkAudit.audit(gen.o(), gen.g(), DIMS, opt);
        assertThat(got).as("seed %s, %s", seed, opt).isEqualTo(withoutDrillDown(expected));
        // What the generator promises is in the comparison: a category nobody in it is
        // selected, whose impact ratio is 0, and every intersection.
        assertThat(got.dimensions().get(0).categories())
            .filteredOn(c -> c.category().equals(List.of("X")))
            .singleElement()
            .satisfies(c -> assertThat(c.selected()).isZero())
            .satisfies(c -> assertThat(c.impactRatio().value()).isZero());
        assertThat(got.intersections()).hasSize(4);
        assertThat(got.intersections().get(3).dimensions()).isEqualTo(DIMS);
      }
    }
  }

  @Test
  void noOutcomesAuditLikeTheSingleJvm() {
    SparkSession spark = LocalSpark.session();
    Generated gen = generate(spark, 1, 0);
    assertThat(SparkAudit.audit(gen.o(), gen.g(), DIMS, AuditOptions.defaults()))
        .isEqualTo(
            AdverseImpact.audit(
                List.of(), new GroupMembership(DIMS, Map.of()), AuditOptions.defaults()));
  }

  @Test
  void inputTheSingleJvmAuditRefusesIsRefusedNamingTheCandidate() {
    SparkSession spark = LocalSpark.session();
    StructTypeHolder t = new StructTypeHolder();
    Dataset<Row> one =
        spark.createDataFrame(List.of(RowFactory.create("c-1", true, 2.0)), t.outcomes);
    Dataset<Row> twice =
        spark.createDataFrame(
            List.of(RowFactory.create("c-1", true, 2.0), RowFactory.create("c-1", false, 1.0)),
            t.outcomes);
    Dataset<Row> member =
        spark.createDataFrame(List.of(RowFactory.create("c-1", "F", "lima", "<40")), t.groups);
    AuditOptions d = AuditOptions.defaults();
    assertThatThrownBy(() -> SparkAudit.audit(twice, member, DIMS, d))
        .hasMessage("candidate c-1 has more than one outcome");
    assertThatThrownBy(
            () ->
                SparkAudit.audit(
                    one,
                    spark.createDataFrame(
                        List.of(
                            RowFactory.create("c-1", "F", "lima", "<40"),
                            RowFactory.create("c-2", "M", "lima", "<40")),
                        t.groups),
                    DIMS,
                    d))
        .hasMessage("candidate c-2 has a group membership but no outcome");
    assertThatThrownBy(
            () ->
                SparkAudit.counts(
                    one,
                    spark.createDataFrame(
                        List.of(
                            RowFactory.create("c-1", "F", "lima", "<40"),
                            RowFactory.create("c-1", "M", "lima", "<40")),
                        t.groups),
                    DIMS))
        .hasMessage("candidate c-1 has more than one group membership row");
    assertThatThrownBy(
            () ->
                SparkAudit.audit(
                    one,
                    spark.createDataFrame(
                        List.of(RowFactory.create("c-1", "F", " ", "<40")), t.groups),
                    DIMS,
                    d))
        .hasMessage(
            "candidate c-1 has a blank category for dimension site; leave it null for unknown");
    for (String site : new String[] {"lima ", "\u00a0lima", "li\u00a0ma"}) {
      assertThatThrownBy(
              () ->
                  SparkAudit.audit(
                      one,
                      spark.createDataFrame(
                          List.of(RowFactory.create("c-1", "F", site, "<40")), t.groups),
                      DIMS,
                      d))
          .as(site)
          .hasMessage(
              "candidate c-1 has the category ("
                  + site
                  + ") for dimension site, which begins or ends with white space or holds a space"
                  + " other than U+0020: it would be a category of its own that prints like"
                  + " another; trim it");
    }
    assertThatThrownBy(
            () ->
                SparkAudit.audit(
                    one,
                    spark.createDataFrame(
                        List.of(RowFactory.create("c-1", "F", "li\u0301ma", "<40")), t.groups),
                    DIMS,
                    d))
        .hasMessage(
            "candidate c-1 has the category (li\u0301ma) for dimension site, which is not in"
                + " Unicode normalization form C (a letter followed by a combining accent, say): it"
                + " would be a category of its own that prints like another; write it in NFC");
    assertThatThrownBy(
            () ->
                SparkAudit.audit(
                    spark.createDataFrame(
                        List.of(RowFactory.create("c-1", true, Double.NaN)), t.outcomes),
                    member,
                    DIMS,
                    d))
        .hasMessage("candidate c-1: score (NaN) must be finite");
    assertThatThrownBy(
            () ->
                SparkAudit.audit(
                    spark.createDataFrame(List.of(RowFactory.create("c-1", null, 1.0)), t.outcomes),
                    member,
                    DIMS,
                    d))
        .hasMessage("candidate c-1: outcome has no selected value");
  }

  /**
   * A candidate id blank as the single JVM takes it (String#isBlank: a tab, an em space) is refused
   * as the single JVM refuses it; Spark's trim removes only U+0020, and such an id was counted.
   */
  @Test
  void aCandidateIdOfWhiteSpaceIsRefusedAsTheSingleJvmRefusesIt() {
    SparkSession spark = LocalSpark.session();
    StructTypeHolder t = new StructTypeHolder();
    Dataset<Row> nobody = spark.createDataFrame(List.of(), t.groups);
    for (String id : new String[] {"\t", "\u2003", " "}) {
      assertThatThrownBy(() -> CandidateOutcome.of(id, true, 3.0))
          .hasMessage("candidateId (" + id + ") must not be blank");
      assertThatThrownBy(
              () ->
                  SparkAudit.audit(
                      spark.createDataFrame(List.of(RowFactory.create(id, true, 3.0)), t.outcomes),
                      nobody,
                      DIMS,
                      AuditOptions.defaults()))
          .as("%s", (int) id.charAt(0))
          .hasMessage("candidateId (" + id + ") must not be blank");
    }
  }

  /**
   * A dimension may have any name the single-JVM audit takes, also one of the names the counting
   * uses for its own columns (score, selected, above): those failed with an ambiguous reference or
   * a ClassCastException.
   */
  @Test
  void dimensionsNamedLikeTheAuditsOwnColumnsAuditLikeTheSingleJvm() {
    SparkSession spark = LocalSpark.session();
    List<String> dims = List.of("score", "selected", "above");
    Generated gen = generate(spark, 3, 300);
    Dataset<Row> renamed =
        gen.g()
            .withColumnRenamed("sex", "score")
            .withColumnRenamed("site", "selected")
            .withColumnRenamed("age", "above");
    Map<String, Map<String, String>> categories = new HashMap<>();
    gen.groups()
        .forEach(
            (id, m) -> {
              Map<String, String> r = new HashMap<>();
              m.forEach((d, c) -> r.put(dims.get(DIMS.indexOf(d)), c));
              categories.put(id, r);
            });
    AuditReport expected =
        AdverseImpact.audit(
            gen.outcomes(), new GroupMembership(dims, categories), AuditOptions.defaults());
    assertThat(SparkAudit.audit(gen.o(), renamed, dims, AuditOptions.defaults()))
        .isEqualTo(withoutDrillDown(expected));
  }

  /** The schemas of the refusal test's small inputs. */
  private static final class StructTypeHolder {
    final org.apache.spark.sql.types.StructType outcomes =
        Aggregations.schema(
            "candidateId", DataTypes.StringType,
            "selected", DataTypes.BooleanType,
            "score", DataTypes.DoubleType);
    final org.apache.spark.sql.types.StructType groups =
        Aggregations.schema(
            "candidateId", DataTypes.StringType,
            "sex", DataTypes.StringType,
            "site", DataTypes.StringType,
            "age", DataTypes.StringType);
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.json.EvaluationJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on a small generated history (CSV in, CSV and Parquet out), batch evaluation
 * against the single-JVM evaluator, and the job's error lines and exit codes.
 */
class RubricJobTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";

  /**
   * The same evaluation JSON as the single-JVM evaluator, also for what long form makes hard: cards
   * carrying the plan's scoring fingerprint (the generated ones) and its whole fingerprint on one
   * candidate, an exact copy of a card, a resubmitted card, an empty recommendation, interview
   * times, and a history given twice (the evaluation of the scorecards given twice, as in one JVM).
   */
  @Test
  void batchEvaluationEqualsTheSingleJvmEvaluatorCandidateByCandidate() throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = SparkCalibrationTest.plan();
    Map<String, List<Scorecard>> byCandidate = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (long c = 0; c < 40; c++) {
      List<Scorecard> cards = new ArrayList<>(SyntheticHistory.candidate(plan, 3, c, 3));
      Scorecard first = cards.get(0);
      switch ((int) (c % 5)) {
        case 1 ->
            cards.set(
                0, Scorecard.builder().from(first).planFingerprint(plan.fingerprint()).build());
        case 2 -> cards.add(first);
        case 3 -> cards.add(resubmitted(first));
        case 4 ->
            cards.set(
                0,
                Scorecard.builder()
                    .from(first)
                    .overallRecommendation(java.util.Optional.empty())
                    .interviewedAt(java.util.Optional.empty())
                    .build());
        default -> {}
      }
      byCandidate.put(first.candidateId(), cards);
      for (Scorecard card : cards) {
        for (Row r : HistoryRows.of(card)) {
          int at = HistoryRows.SCHEMA.fieldIndex("recommendation");
          rows.add(r.isNullAt(at) ? withValue(r, at, "") : r); // "" is no recommendation
        }
      }
    }
    Dataset<Row> history = spark.createDataFrame(rows, HistoryRows.SCHEMA).repartition(7);
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    for (int times = 1; times <= 2; times++) {
      Dataset<Row> given = times == 1 ? history : history.union(history);
      List<Row> got = SparkEvaluation.evaluate(given, List.of(plan)).collectAsList();
      assertThat(got).hasSize(byCandidate.size());
      for (Row r : got) {
        String id = r.getString(0);
        List<Scorecard> cards = new ArrayList<>();
        for (int t = 0; t < times; t++) {
          cards.addAll(java.util.Objects.requireNonNull(byCandidate.get(id)));
        }
        Evaluation e = evaluator.evaluate(id, cards);
        assertThat(r.getString(1)).isEqualTo(plan.fingerprint());
        assertThat(r.getString(2)).isEqualTo(e.decision().outcome().name());
        assertThat(r.getString(5)).as(id).isEqualTo(EvaluationJson.write(e));
        assertThat(r.isNullAt(6)).isTrue();
      }
    }
    // The cases above are what they say: a copy is a duplicate, a resubmission supersedes.
    Evaluation copied =
        evaluator.evaluate(
            "c-000000002", java.util.Objects.requireNonNull(byCandidate.get("c-000000002")));
    assertThat(copied.rejected())
        .singleElement()
        .satisfies(a -> assertThat(SparkEvaluation.cause(a)).isEqualTo("DUPLICATE_SCORECARD"));
    Evaluation resubmitted =
        evaluator.evaluate(
            "c-000000003", java.util.Objects.requireNonNull(byCandidate.get("c-000000003")));
    assertThat(resubmitted.rejected())
        .singleElement()
        .satisfies(a -> assertThat(SparkEvaluation.cause(a)).isEqualTo("SUPERSEDED_SCORECARD"));
  }

  /** {@code card} submitted again an hour later with every level one lower (at least 1). */
  static Scorecard resubmitted(Scorecard card) {
    Scorecard.Builder b =
        Scorecard.builder()
            .from(card)
            .submittedAt(card.submittedAt().plusSeconds(3600))
            .ratings(List.of());
    for (dev.rubric.core.Rating r : card.ratings()) {
      b.addRatings(
          dev.rubric.core.Rating.of(
              r.competencyId(), Math.max(1, r.level() - 1), r.evidence() + " Revised."));
    }
    return b.build();
  }

  /** {@code row} with {@code value} at {@code at}. */
  static Row withValue(Row row, int at, @org.jspecify.annotations.Nullable Object value) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == at ? value : row.get(i);
    }
    return org.apache.spark.sql.RowFactory.create(values);
  }

  @Test
  void aPartitionIsEvaluatedOnePacketAtATimeAsItsRowsAreAskedFor() throws Exception {
    // Law: after k rows of output were asked for, exactly k packets were read from the partition
    // (a partition's output streams; gathering it first ran out of memory at 50 million ratings).
    InterviewPlan plan = SparkCalibrationTest.plan();
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    List<List<Scorecard>> candidates = new ArrayList<>();
    List<Row> packets = new ArrayList<>();
    for (long c = 0; c < 4; c++) {
      List<Scorecard> cards = SyntheticHistory.candidate(plan, 5, c, 3);
      candidates.add(cards);
      packets.add(packet(plan, cards, false));
    }
    int[] read = {0};
    java.util.Iterator<Row> partition =
        new java.util.Iterator<>() {
          @Override
          public boolean hasNext() {
            return read[0] < packets.size();
          }

          @Override
          public Row next() {
            return packets.get(read[0]++);
          }
        };

    java.util.Iterator<Row> out =
        SparkEvaluation.evaluatePartition(
            partition,
            Map.of(plan.fingerprint(), dev.rubric.core.json.RubricJson.standard().writePlan(plan)));

    assertThat(read[0]).isZero();
    for (int k = 0; k < packets.size(); k++) {
      assertThat(out.hasNext()).isTrue();
      Row row = out.next();
      assertThat(read[0]).isEqualTo(k + 1);
      List<Scorecard> cards = candidates.get(k);
      Evaluation e = evaluator.evaluate(cards.get(0).candidateId(), cards);
      assertThat(row.getString(0)).isEqualTo(cards.get(0).candidateId());
      assertThat(row.getString(5)).isEqualTo(EvaluationJson.write(e));
    }
    assertThat(out.hasNext()).isFalse();
  }

  /**
   * A candidate whose evaluation holds a value no evaluation document can carry (an evidence longer
   * than the JSON limits) keeps its decision and says in {@code error} why its JSON is missing; the
   * partition goes on.
   */
  @Test
  void anEvaluationThatCannotBeWrittenSaysWhyAndThePartitionGoesOn() throws Exception {
    InterviewPlan plan = SparkCalibrationTest.plan();
    List<Row> packets = new ArrayList<>();
    for (long c = 0; c < 2; c++) {
      packets.add(packet(plan, SyntheticHistory.candidate(plan, 5, c, 3), c == 0));
    }
    java.util.Iterator<Row> out =
        SparkEvaluation.evaluatePartition(
            packets.iterator(),
            Map.of(plan.fingerprint(), dev.rubric.core.json.RubricJson.standard().writePlan(plan)));
    Row tooLong = out.next();
    assertThat(tooLong.getString(2)).isNotNull();
    assertThat(tooLong.isNullAt(5)).isTrue();
    assertThat(tooLong.getString(6))
        .startsWith("the evaluation of candidate " + tooLong.getString(0) + " cannot be written")
        .contains("/evidence");
    Row fine = out.next();
    assertThat(fine.getString(5)).isNotNull();
    assertThat(fine.isNullAt(6)).isTrue();
    assertThat(out.hasNext()).isFalse();
  }

  /**
   * One candidate's packet row as the evaluation's partitions see it (plan fingerprint, candidate,
   * rating rows); with {@code longEvidence}, the first rating's evidence is 70,000 characters.
   */
  private static Row packet(InterviewPlan plan, List<Scorecard> cards, boolean longEvidence) {
    List<Row> ratings = new ArrayList<>();
    for (Scorecard card : cards) {
      for (Row r : HistoryRows.of(card)) {
        String evidence = r.getString(HistoryRows.SCHEMA.fieldIndex("evidence"));
        ratings.add(
            org.apache.spark.sql.RowFactory.create(
                r.get(HistoryRows.SCHEMA.fieldIndex("interviewerId")),
                r.get(HistoryRows.SCHEMA.fieldIndex("panelRoleId")),
                r.get(HistoryRows.SCHEMA.fieldIndex("planFingerprint")),
                r.get(HistoryRows.SCHEMA.fieldIndex("submittedAt")),
                r.get(HistoryRows.SCHEMA.fieldIndex("interviewedAt")),
                r.get(HistoryRows.SCHEMA.fieldIndex("recommendation")),
                r.get(HistoryRows.SCHEMA.fieldIndex("competencyId")),
                (long) r.getInt(HistoryRows.SCHEMA.fieldIndex("level")),
                longEvidence && ratings.isEmpty() ? "x".repeat(70_000) : evidence));
      }
    }
    return org.apache.spark.sql.RowFactory.create(
        plan.fingerprint(),
        cards.get(0).candidateId(),
        scala.jdk.javaapi.CollectionConverters.asScala(ratings).toSeq());
  }

  @Test
  void generatesAHistoryAndWritesTheThreeTables(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    String history = dir.resolve("history").toString();
    assertThat(
            RubricJob.run(
                new String[] {
                  "generate",
                  "--plan",
                  PLAN,
                  "--ratings",
                  "3000",
                  "--out",
                  history,
                  "--format",
                  "csv",
                  "--interviewers-per-seat",
                  "3"
                },
                errors))
        .as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(0);
    String out = dir.resolve("out").toString();
    assertThat(
            RubricJob.run(
                new String[] {
                  "run", "--plan", PLAN, "--history", history, "--out", out, "--format", "csv"
                },
                errors))
        .as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(0);
    SparkSession spark = LocalSpark.session();
    Dataset<Row> reliability = spark.read().option("header", "true").csv(out + "/reliability");
    assertThat(reliability.columns())
        .containsExactly("competencyId", "units", "alphaOrdinal", "alphaInterval", "fleissKappa");
    assertThat(reliability.count()).isGreaterThan(3);
    assertThat(spark.read().option("header", "true").csv(out + "/calibration").count())
        .isGreaterThanOrEqualTo(8);
    assertThat(spark.read().option("header", "true").csv(out + "/evaluations").count())
        .isGreaterThan(100);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * Reliability and calibration take the scorecards the evaluator uses, as {@code rubric
   * export-ratings} and {@code rubric calibrate} do: an exact copy, a resubmission and an off-scale
   * scorecard are left out and counted, and the figures equal the single-JVM ones.
   */
  @Test
  void theJobAnalysesTheScorecardsTheEvaluatorUsesAndCountsTheOthers(@TempDir Path dir)
      throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = SparkCalibrationTest.plan();
    List<Scorecard> cards = new ArrayList<>();
    for (long c = 0; c < 60; c++) {
      cards.addAll(SyntheticHistory.candidate(plan, 9, c, 3));
    }
    Scorecard first = cards.get(0);
    cards.add(first); // an exact copy
    cards.add(resubmitted(cards.get(1)));
    Scorecard.Builder offScale = Scorecard.builder().from(cards.get(2)).ratings(List.of());
    cards
        .get(2)
        .ratings()
        .forEach(r -> offScale.addRatings(dev.rubric.core.Rating.of(r.competencyId(), 9, "x")));
    cards.set(2, offScale.build());
    List<Row> rows = new ArrayList<>();
    cards.forEach(card -> rows.addAll(HistoryRows.of(card)));
    String history = dir.resolve("history").toString();
    spark.createDataFrame(rows, HistoryRows.SCHEMA).repartition(3).write().parquet(history);
    String out = dir.resolve("out").toString();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(
            RubricJob.run(
                new String[] {"run", "--plan", PLAN, "--history", history, "--out", out},
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();

    // The single JVM: the scorecards each candidate's evaluation uses, and the calibration.
    PlanEvaluator evaluator = Evaluator.standard().forPlan(plan);
    Map<String, List<Scorecard>> byCandidate = new java.util.TreeMap<>();
    cards.forEach(c -> byCandidate.computeIfAbsent(c.candidateId(), k -> new ArrayList<>()).add(c));
    List<Scorecard> used = new ArrayList<>();
    Map<String, Integer> causes = new java.util.TreeMap<>();
    byCandidate.forEach(
        (id, packet) ->
            evaluator
                .evaluate(id, packet)
                .scorecards()
                .forEach(
                    a -> {
                      if (a.used()) {
                        used.add(a.scorecard());
                      } else {
                        causes.merge(SparkEvaluation.cause(a), 1, Integer::sum);
                      }
                    }));
    assertThat(causes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    StringBuilder listed = new StringBuilder();
    causes.forEach(
        (c, n) -> listed.append(listed.length() == 0 ? "" : ", ").append(n).append(' ').append(c));
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "rubric-spark: left out 3 of "
                + cards.size()
                + " scorecards that an evaluation would not use ("
                + listed
                + ")"
                + System.lineSeparator());

    dev.rubric.scoring.agreement.RatingMatrix matrix =
        dev.rubric.scoring.agreement.RatingMatrix.fromScorecards(used);
    for (Row r : spark.read().parquet(out + "/reliability").collectAsList()) {
      String competency = r.getString(0);
      List<int[]> units = new ArrayList<>();
      for (int u = 0; u < matrix.unitIds().size(); u++) {
        if (matrix.unitIds().get(u).endsWith("/" + competency)) {
          units.add(matrix.rows()[u]);
        }
      }
      dev.rubric.scoring.agreement.AlphaResult alpha =
          dev.rubric.scoring.agreement.KrippendorffAlpha.ordinal()
              .compute(units.toArray(new int[0][]));
      assertThat(r.getLong(1)).as(competency).isEqualTo(alpha.units());
      assertThat(r.getDouble(2)).as(competency).isEqualTo(alpha.alpha().value());
    }
    dev.rubric.scoring.calibration.CalibrationReport calibration =
        dev.rubric.scoring.calibration.InterviewerCalibration.standard().calibrate(plan, cards);
    List<Row> table = spark.read().parquet(out + "/calibration").collectAsList();
    assertThat(table).hasSize(calibration.interviewers().size());
    for (Row r : table) {
      dev.rubric.scoring.calibration.Leniency l =
          calibration.interviewers().stream()
              .filter(p -> p.interviewerId().equals(r.getString(0)))
              .findFirst()
              .orElseThrow()
              .leniency();
      assertThat(r.getString(2)).isEqualTo(l.flag().name());
      assertThat(r.getDouble(4))
          .isCloseTo(l.offset().value(), org.assertj.core.api.Assertions.within(1e-9));
    }
    assertThat(spark.read().parquet(out + "/evaluations").count()).isEqualTo(byCandidate.size());

    // A history of which nothing can be used (another plan's) is refused with its causes.
    String other = dir.resolve("other").toString();
    spark
        .read()
        .parquet(history)
        .withColumn("planFingerprint", lit("sha256:0"))
        .write()
        .parquet(other);
    ByteArrayOutputStream refused = new ByteArrayOutputStream();
    assertThat(
            RubricJob.run(
                new String[] {"run", "--plan", PLAN, "--history", other, "--out", out},
                new PrintStream(refused, true, StandardCharsets.UTF_8)))
        .isEqualTo(1);
    assertThat(refused.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "rubric-spark: no usable scorecard among "
                + cards.size()
                + " given ("
                + cards.size()
                + " FINGERPRINT_MISMATCH); the plan's scoring fingerprint is "
                + plan.scoringFingerprint()
                + " and its fingerprint "
                + plan.fingerprint()
                + System.lineSeparator());
  }

  /**
   * Rows that cannot be read are refused by column and scorecard; an empty recommendation is none.
   */
  @Test
  void badRowsAreRefusedByColumnAndScorecard() throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = SparkCalibrationTest.plan();
    Scorecard card = SyntheticHistory.candidate(plan, 2, 1, 3).get(0);
    Row row = HistoryRows.of(card).get(0);
    String who =
        "the scorecard of interviewer '"
            + card.interviewerId()
            + "' for seat '"
            + card.panelRoleId()
            + "'";
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("submittedAt", who + " has a row with a null submittedAt");
    cases.put("level", who + " has a null level for competency '" + row.getString(6) + "'");
    cases.put("competencyId", who + " has a row with a null competencyId");
    cases.put(
        "panelRoleId",
        "the scorecard of interviewer '"
            + card.interviewerId()
            + "' has a row with a null panelRoleId");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Row broken = withValue(row, HistoryRows.SCHEMA.fieldIndex(c.getKey()), null);
      List<Row> got =
          SparkEvaluation.evaluate(
                  spark.createDataFrame(List.of(broken), nullable(HistoryRows.SCHEMA)),
                  List.of(plan))
              .collectAsList();
      assertThat(got)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.isNullAt(2)).isTrue();
                assertThat(r.getString(6))
                    .isEqualTo(
                        "the scorecards of candidate '"
                            + card.candidateId()
                            + "' cannot be read: "
                            + c.getValue());
              });
    }
    // Rows without a candidate are named by interviewer, seat and competency (they were only
    // counted), in one order whatever the partitions.
    List<Row> orphans = new ArrayList<>();
    List<String> each = new ArrayList<>();
    for (Scorecard sc : SyntheticHistory.candidate(plan, 2, 1, 3)) {
      for (Row r : HistoryRows.of(sc)) {
        orphans.add(withValue(r, HistoryRows.SCHEMA.fieldIndex("candidateId"), null));
        each.add(
            "the row of interviewer '"
                + sc.interviewerId()
                + "', seat '"
                + sc.panelRoleId()
                + "', competency '"
                + r.getString(6)
                + "'");
      }
    }
    java.util.Collections.reverse(orphans);
    java.util.Collections.sort(each);
    String named = String.join("; ", each.subList(0, 3));
    assertThat(orphans).hasSizeGreaterThan(3);
    for (int partitions : new int[] {1, 3}) {
      assertThat(
              SparkEvaluation.evaluate(
                      spark
                          .createDataFrame(orphans, nullable(HistoryRows.SCHEMA))
                          .repartition(partitions),
                      List.of(plan))
                  .collectAsList())
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.getString(6))
                      .isEqualTo(
                          orphans.size()
                              + " rows have a null candidateId (column candidateId) and cannot be"
                              + " evaluated: "
                              + named
                              + "; and "
                              + (orphans.size() - 3)
                              + " more"));
    }
    int recommendation = HistoryRows.SCHEMA.fieldIndex("recommendation");
    Dataset<Row> yes =
        spark.createDataFrame(List.of(withValue(row, recommendation, "yes")), HistoryRows.SCHEMA);
    assertThat(SparkEvaluation.evaluate(yes, List.of(plan)).first().getString(6))
        .endsWith(
            who
                + " has recommendation 'yes' (column recommendation), not one of STRONG_NO, NO, YES, STRONG_YES or empty");
    Dataset<Row> empty =
        spark.createDataFrame(List.of(withValue(row, recommendation, "")), HistoryRows.SCHEMA);
    assertThat(SparkEvaluation.evaluate(empty, List.of(plan)).first().getString(2)).isNotNull();

    Dataset<Row> history = spark.createDataFrame(List.of(row), HistoryRows.SCHEMA);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                SparkEvaluation.evaluate(
                    history.withColumn("level", col("level").cast("double")), List.of(plan)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column level must hold integers, not double");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                SparkEvaluation.evaluate(
                    history.withColumn("submittedAt", col("submittedAt").cast("string")),
                    List.of(plan)))
        .hasMessage("column submittedAt must hold timestamps, not string");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SparkEvaluation.evaluate(history.drop("evidence"), List.of(plan)))
        .hasMessageStartingWith("history has no column evidence");
    // A Spark timestamp holds microseconds: a finer time is refused, not cut off.
    Scorecard fine =
        Scorecard.builder().from(card).submittedAt(card.submittedAt().plusNanos(123)).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HistoryRows.of(fine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "has submittedAt " + fine.submittedAt() + ", finer than the microseconds");
    assertThat(HistoryRows.of(card).get(0).get(HistoryRows.SCHEMA.fieldIndex("interviewedAt")))
        .isEqualTo(java.sql.Timestamp.from(card.interviewedAt().orElseThrow()));
  }

  /** {@code schema} with every column nullable. */
  static org.apache.spark.sql.types.StructType nullable(
      org.apache.spark.sql.types.StructType schema) {
    return new org.apache.spark.sql.types.StructType(
        java.util.Arrays.stream(schema.fields())
            .map(f -> f.copy(f.name(), f.dataType(), true, f.metadata()))
            .toArray(org.apache.spark.sql.types.StructField[]::new));
  }

  @Test
  void errorsAreOneLineAndAnExitCode(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(RubricJob.run(new String[] {"frobnicate"}, errors)).isEqualTo(2);
    assertThat(RubricJob.run(new String[] {"run", "--plan", PLAN}, errors)).isEqualTo(2);
    Path broken = dir.resolve("plan.json");
    Files.writeString(broken, "{");
    assertThat(
            RubricJob.run(
                new String[] {"run", "--plan", broken.toString(), "--history", "x", "--out", "y"},
                errors))
        .isEqualTo(1);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).allMatch(l -> l.startsWith("rubric-spark: "));
    assertThat(text).contains("missing --history").doesNotContain("\tat ");
  }

  /** What a job run in its own JVM printed, and its exit code. */
  private record Console(int code, List<String> out, List<String> err) {}

  /**
   * Runs {@link RubricJob#main} in a new JVM, as the README's local command does: the module's
   * class path with Spark, but not the tests' own classes and their quiet log4j2 configuration.
   */
  private static Console job(Path dir, String... args) throws Exception {
    String classPath =
        java.util.Arrays.stream(
                java.util.Objects.requireNonNull(
                        System.getProperty(
                            "surefire.test.class.path", System.getProperty("java.class.path")))
                    .split(java.io.File.pathSeparator))
            .filter(e -> !e.replace('\\', '/').endsWith("/test-classes"))
            .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@jvm.options");
    command.addAll(
        List.of(
            "-Xmx1g",
            "-Dspark.ui.enabled=false",
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-Dspark.sql.shuffle.partitions=4",
            "-cp",
            classPath,
            RubricJob.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    return new Console(
        p.exitValue(),
        Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readAllLines(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJobsConsoleShowsItsOwnProgressAndErrorsAndSparksLogOnlyWhenAsked(@TempDir Path dir)
      throws Exception {
    LocalSpark.session();
    String history = dir.resolve("history").toString();
    assertThat(
            RubricJob.run(
                new String[] {
                  "generate",
                  "--plan",
                  PLAN,
                  "--ratings",
                  "1500",
                  "--out",
                  history,
                  "--format",
                  "csv",
                  "--interviewers-per-seat",
                  "3"
                },
                System.err))
        .isEqualTo(0);
    String out = dir.resolve("out").toString();
    Console run =
        job(
            dir,
            "run",
            "--plan",
            PLAN,
            "--history",
            history,
            "--out",
            out,
            "--format",
            "csv",
            "--master",
            "local[2]");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.err()).as("%s", run).isEmpty();
    assertThat(run.out())
        .as("%s", run)
        .hasSize(4)
        .allMatch(l -> l.matches("rubric-spark: .* in [0-9]+\\.[0-9] s"));
    assertThat(run.out().get(0))
        .startsWith("rubric-spark: reliability written to " + out + "/reliability in ");
    assertThat(run.out().get(1)).startsWith("rubric-spark: calibration written to ");
    assertThat(run.out().get(2)).startsWith("rubric-spark: evaluations written to ");
    assertThat(run.out().get(3)).startsWith("rubric-spark: done in ");

    // A failure is not hidden: its own line and exit code 1, and nothing of Spark's log.
    String missing = dir.resolve("no-such-history").toString();
    Console failed =
        job(dir, "run", "--plan", PLAN, "--history", missing, "--out", out, "--master", "local[2]");
    assertThat(failed.code()).as("%s", failed).isEqualTo(1);
    assertThat(failed.out()).as("%s", failed).isEmpty();
    assertThat(failed.err())
        .as("%s", failed)
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("rubric-spark: ").contains("no-such-history"));

    // --spark-log brings Spark's own messages back, one line each, still without stack traces.
    Console verbose =
        job(
            dir,
            "run",
            "--plan",
            PLAN,
            "--history",
            missing,
            "--out",
            out,
            "--master",
            "local[2]",
            "--spark-log",
            "info");
    assertThat(verbose.code()).as("%s", verbose).isEqualTo(1);
    assertThat(verbose.err())
        .as("%s", verbose)
        .anyMatch(l -> l.startsWith("spark INFO SparkContext: Running Spark version"))
        .noneMatch(l -> l.startsWith("\tat "))
        .filteredOn(l -> l.startsWith("rubric-spark: "))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("no-such-history"));
  }

  @Test
  void theJobsLoggingIsAppliedUnlessAConfigurationIsGiven() {
    java.util.Properties none = new java.util.Properties();
    assertThat(RubricJob.quietLogging(new String[] {"run", "--spark-log", "WARN"}, none)).isTrue();
    assertThat(none.getProperty(RubricJob.LEVEL_PROPERTY)).isEqualTo("warn");
    assertThat(none.getProperty("log4j2.configurationFile")).endsWith("log4j2-job.properties");
    java.util.Properties defaults = new java.util.Properties();
    assertThat(RubricJob.quietLogging(new String[] {"run"}, defaults)).isTrue();
    assertThat(defaults.getProperty(RubricJob.LEVEL_PROPERTY)).isEqualTo("error");
    java.util.Properties given = new java.util.Properties();
    given.setProperty("log4j2.configurationFile", "mine.properties");
    assertThat(RubricJob.quietLogging(new String[] {"run", "--spark-log", "info"}, given))
        .isFalse();
    assertThat(given.getProperty("log4j2.configurationFile")).isEqualTo("mine.properties");
    assertThat(given.getProperty(RubricJob.LEVEL_PROPERTY)).isNull();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(
            RubricJob.run(
                new String[] {
                  "run", "--plan", PLAN, "--history", "x", "--out", "y", "--spark-log", "loud"
                },
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "rubric-spark: --spark-log must be one of [off, fatal, error, warn, info, debug,"
                + " trace, all], not loud"
                + System.lineSeparator());
  }

  private static final String HEADER =
      "candidateId,interviewerId,panelRoleId,planFingerprint,submittedAt,recommendation,"
          + "competencyId,level,evidence";

  /** One history row, in the CSV order, with {@code level} and {@code evidence} as given. */
  private static String csvRow(String candidate, String level, String evidence) {
    return candidate
        + ",iv-1,deployment-depth,sha256:00,2026-01-05T10:00:00Z,YES,drift-detection,"
        + level
        + ","
        + evidence;
  }

  /**
   * In CSV, a result table's text cell that a spreadsheet would run as a formula is written after
   * an apostrophe, as {@code rubric export-ratings} writes ids; a history is written as it is, so
   * the job reads it back unchanged.
   */
  @Test
  void resultTablesInCsvKeepSpreadsheetsFromRunningACellAsAFormula(@TempDir Path dir)
      throws Exception {
    SparkSession spark = LocalSpark.session();
    List<String> ids = List.of("=HYPERLINK(\"x\")", "+1", "-2", "@sum", "'q", "plain", "a=b");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      rows.add(org.apache.spark.sql.RowFactory.create(i, ids.get(i), -i));
    }
    rows.add(org.apache.spark.sql.RowFactory.create(ids.size(), null, -1));
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("n", org.apache.spark.sql.types.DataTypes.IntegerType)
            .add("interviewerId", org.apache.spark.sql.types.DataTypes.StringType)
            .add("offset", org.apache.spark.sql.types.DataTypes.IntegerType);
    Dataset<Row> table = spark.createDataFrame(rows, schema).coalesce(1);
    String result = dir.resolve("result").toString();
    RubricJob.writeResult(table, result, "csv");
    assertThat(csvText(result).lines())
        .containsExactly(
            "n,interviewerId,offset",
            "0,\"'=HYPERLINK(\"\"x\"\")\",0",
            "1,'+1,-1",
            "2,'-2,-2",
            "3,'@sum,-3",
            "4,''q,-4",
            "5,plain,-5",
            "6,a=b,-6",
            "7,,-1");
    String plain = dir.resolve("plain").toString();
    RubricJob.write(table, plain, "csv");
    assertThat(csvText(plain).lines()).contains("1,+1,-1", "4,'q,-4", "3,@sum,-3");
  }

  private static String csvText(String written) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of(written))) {
      Path part =
          files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
      return Files.readString(part, StandardCharsets.UTF_8);
    }
  }

  /**
   * The job's CSV is RFC 4180 both ways: a quote inside a quoted cell is doubled, a cell may hold a
   * comma or a line break, white space at a cell's ends is kept. It read standard quoting as a
   * malformed record and wrote quotes escaped with backslashes (which R and Python misread).
   */
  @Test
  void theJobsCsvIsRfc4180BothWays(@TempDir Path dir) throws Exception {
    SparkSession spark = LocalSpark.session();
    List<String> evidence =
        List.of(
            "He said \"ship it\", then left",
            "line one\nline two\r\nline three",
            " spaces at both ends ",
            "a \\ backslash, \"quoted\\\"");
    List<Row> rows = new ArrayList<>();
    java.sql.Timestamp at =
        java.sql.Timestamp.from(java.time.Instant.parse("2026-01-05T10:00:00Z"));
    for (int i = 0; i < evidence.size(); i++) {
      rows.add(
          org.apache.spark.sql.RowFactory.create(
              "c" + i, "iv-1", "seat", "sha256:00", at, null, "k", i, evidence.get(i)));
    }
    Dataset<Row> history = spark.createDataFrame(rows, HistoryRows.REQUIRED).coalesce(1);
    String written = dir.resolve("written").toString();
    RubricJob.write(history, written, "csv");
    String text;
    try (java.util.stream.Stream<Path> files = Files.list(Path.of(written))) {
      Path part =
          files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
      text = Files.readString(part, StandardCharsets.UTF_8);
    }
    assertThat(text)
        .contains(",\"He said \"\"ship it\"\", then left\"\n")
        .contains(",\"line one\nline two\r\nline three\"\n")
        .contains(", spaces at both ends \n")
        .contains(",\"a \\ backslash, \"\"quoted\\\"\"\"\n");
    assertThat(RubricJob.read(spark, written, "csv").orderBy("candidateId").collectAsList())
        .isEqualTo(rows);

    // As a spreadsheet writes it: CRLF between records, a line feed inside a cell, quotes doubled.
    Path given = dir.resolve("given");
    Files.createDirectories(given);
    Files.writeString(
        given.resolve("h.csv"),
        HEADER
            + "\r\n"
            + csvRow("c1", "3", "\"He said \"\"ship it\"\", then left\"")
            + "\r\n"
            + csvRow("c2", "2", "\"line one\nline two\"")
            + "\r\n",
        StandardCharsets.UTF_8);
    assertThat(
            RubricJob.read(spark, given.toString(), "csv")
                .orderBy("candidateId")
                .select("level", "evidence")
                .collectAsList())
        .extracting(Row::toString)
        .containsExactly("[3,He said \"ship it\", then left]", "[2,line one\nline two]");
  }

  /**
   * The job finds a history's columns ignoring letter case and white space at either end of a name,
   * in CSV and Parquet alike, and refuses two names that are one column (a header of {@code
   * CandidateId} was refused as having no column candidateId; {@code level} given twice was
   * reported as a header without {@code level}).
   */
  @Test
  void historyColumnsAreFoundIgnoringLetterCaseAndSurroundingSpaces(@TempDir Path dir)
      throws Exception {
    SparkSession spark = LocalSpark.session();
    String rows = csvRow("c1", "3", "x") + "\n" + csvRow("c2", "2", "y") + "\n";
    Path exact = dir.resolve("exact");
    Files.createDirectories(exact);
    Files.writeString(exact.resolve("h.csv"), HEADER + "\n" + rows, StandardCharsets.UTF_8);
    List<Row> expected =
        RubricJob.read(spark, exact.toString(), "csv").orderBy("candidateId").collectAsList();
    assertThat(expected).hasSize(2);

    String folded =
        HEADER
            .replace("candidateId", "CANDIDATEID")
            .replace("interviewerId", " InterviewerId ")
            .replace("level", "Level");
    Path csv = dir.resolve("folded");
    Files.createDirectories(csv);
    Files.writeString(csv.resolve("h.csv"), folded + "\n" + rows, StandardCharsets.UTF_8);
    Dataset<Row> read = RubricJob.read(spark, csv.toString(), "csv");
    assertThat(read.columns()).containsExactly(HistoryRows.REQUIRED.fieldNames());
    assertThat(read.orderBy("candidateId").collectAsList()).isEqualTo(expected);

    // Parquet from a database that folds names to lower case.
    String parquet = dir.resolve("lower").toString();
    Dataset<Row> lower = RubricJob.read(spark, exact.toString(), "csv");
    for (String c : lower.columns()) {
      lower = lower.withColumnRenamed(c, c.toLowerCase(java.util.Locale.ROOT));
    }
    lower.write().parquet(parquet);
    assertThat(RubricJob.read(spark, parquet, "parquet").orderBy("candidateId").collectAsList())
        .isEqualTo(expected);

    // A refused value still names its row by the candidate, whatever the header's spelling.
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(
        bad.resolve("h.csv"),
        folded + "\n" + csvRow("c1", "three", "x") + "\n",
        StandardCharsets.UTF_8);
    Exception failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class, () -> RubricJob.read(spark, bad.toString(), "csv").collectAsList());
    assertThat(RubricJob.describe(failure))
        .endsWith(
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column level: 'three' is not an integer");

    Path twice = dir.resolve("twice");
    Files.createDirectories(twice);
    Files.writeString(
        twice.resolve("h.csv"),
        HEADER + ",LEVEL \n" + csvRow("c1", "3", "x") + ",3\n",
        StandardCharsets.UTF_8);
    assertThat(
            org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class,
                    () -> RubricJob.read(spark, twice.toString(), "csv"))
                .getMessage())
        .isEqualTo(
            twice
                + ": the header names the column level twice ('level' and 'LEVEL '; names are"
                + " matched ignoring letter case and white space at either end)");
  }

  /**
   * A CSV time is read as the scorecard reader reads one, with its offset: a time without one was
   * read in the session's time zone, and a part finer than a microsecond cut off
   * (theJobsErrorsNameTheOptionOrTheFileRowAndColumn shows both refused).
   */
  @Test
  void csvTimesAreTheInstantsTheyName(@TempDir Path dir) throws Exception {
    SparkSession spark = LocalSpark.session();
    // A time with an offset, or to the microsecond, is the instant it names.
    Path times = dir.resolve("times");
    Files.createDirectories(times);
    Files.writeString(
        times.resolve("h.csv"),
        HEADER
            + "\n"
            + csvRow("c1", "3", "x").replace("10:00:00Z", "11:30+01:00")
            + "\n"
            + csvRow("c2", "3", "x").replace(":00Z", ":00.123456000Z")
            + "\n"
            + csvRow("c3", "3", "x").replace("2026-01-05T10:00:00Z", "2026-01-05t12:00+02")
            + "\n"
            + csvRow("c4", "3", "x").replace("2026-01-05T10:00:00Z", "2026-01-05t10:00:00.5z")
            + "\n",
        StandardCharsets.UTF_8);
    assertThat(
            RubricJob.read(spark, times.toString(), "csv")
                .orderBy("candidateId")
                .select("submittedAt")
                .collectAsList())
        .extracting(r -> r.getTimestamp(0).toInstant().toString())
        .containsExactly(
            "2026-01-05T10:30:00Z",
            "2026-01-05T10:00:00.123456Z",
            "2026-01-05T10:00:00Z",
            "2026-01-05T10:00:00.500Z");
  }

  /** What {@link RubricJob#run} answers for {@code args}: its exit code and its error lines. */
  private static Console inProcess(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RubricJob.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Console(code, List.of(), err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  /**
   * Every failure is one line naming the option, or the file, row and column, and the exit code of
   * the {@code rubric} command line: 2 for the command line (an unknown option was accepted, a
   * number that was none was input rejected), 1 for input (a level of {@code three} was reported as
   * a bare NumberFormatException).
   */
  @Test
  void theJobsErrorsNameTheOptionOrTheFileRowAndColumn(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    String out = dir.resolve("out").toString();
    assertThat(
            inProcess(
                "generate", "--plan", PLAN, "--ratings", "10", "--out", out, "--mastr", "local[1]"))
        .isEqualTo(
            new Console(
                2,
                List.of(),
                List.of(
                    "rubric-spark: unknown option --mastr for generate (its options: --plan,"
                        + " --ratings, --out, --format, --seed, --interviewers-per-seat,"
                        + " --partitions, --master, --spark-log)")));
    assertThat(inProcess("generate", "--plan", PLAN, "--ratings", "lots", "--out", out))
        .isEqualTo(
            new Console(
                2, List.of(), List.of("rubric-spark: --ratings must be a whole number, not lots")));
    assertThat(
            inProcess(
                "generate", "--plan", PLAN, "--ratings", "10", "--out", out, "--partitions", "0"))
        .isEqualTo(
            new Console(
                2, List.of(), List.of("rubric-spark: --partitions must be at least 1, not 0")));
    assertThat(inProcess("run", "--plan", PLAN, "--history", "h", "--out", out, "--out", "b"))
        .isEqualTo(new Console(2, List.of(), List.of("rubric-spark: --out is given twice")));

    Map<String, String> histories = new java.util.LinkedHashMap<>();
    histories.put(
        "level", HEADER + "\n" + csvRow("c1", "three", "x") + "\n" + csvRow("c2", "2", "y") + "\n");
    histories.put(
        "submittedAt",
        HEADER + "\n" + csvRow("c1", "3", "x").replace("2026-01-05T10", "yesterday at 10") + "\n");
    histories.put(
        "header", HEADER.replace(",level", ",lvl") + "\n" + csvRow("c1", "3", "x") + "\n");
    histories.put("record", HEADER + "\n" + csvRow("c1", "3", "x,one too many") + "\n");
    histories.put(
        "zoneless",
        HEADER
            + "\n"
            + csvRow("c1", "3", "x").replace("2026-01-05T10:00:00Z", "2026-01-05 10:00:00")
            + "\n");
    histories.put(
        "nanoseconds",
        HEADER + "\n" + csvRow("c1", "3", "x").replace(":00Z", ":00.1234567Z") + "\n");
    histories.put(
        "offsetSeconds",
        HEADER + "\n" + csvRow("c1", "3", "x").replace(":00Z", ":00+01:00:30") + "\n");
    histories.put("unnamed", HEADER + ",\n" + csvRow("c1", "3", "x") + ",\n");
    histories.put("empty", "");
    Map<String, String> expected =
        Map.of(
            "offsetSeconds",
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column submittedAt: '2026-01-05T10:00:00+01:00:30' is not an ISO 8601 time"
                + " with its offset, to the microsecond (2026-01-05T10:00:00Z)",
            "unnamed",
            "unnamed: the header's column 10 has no name (every column needs one; the columns the"
                + " job does not read are ignored by name)",
            "empty",
            "empty: no header: the history's CSV files are empty",
            "level",
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column level: 'three' is not an integer",
            "submittedAt",
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column submittedAt: 'yesterday at 10:00:00Z' is not an ISO 8601 time with its"
                + " offset, to the microsecond (2026-01-05T10:00:00Z)",
            "zoneless",
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column submittedAt: '2026-01-05 10:00:00' is not an ISO 8601 time with its"
                + " offset, to the microsecond (2026-01-05T10:00:00Z)",
            "nanoseconds",
            "h.csv: the row of candidate 'c1', interviewer 'iv-1', competency 'drift-detection',"
                + " column submittedAt: '2026-01-05T10:00:00.1234567Z' is not an ISO 8601 time"
                + " with its offset, to the microsecond (2026-01-05T10:00:00Z)",
            "header",
            "header: the header has no column level (it has: candidateId, interviewerId,"
                + " panelRoleId, planFingerprint, submittedAt, recommendation, competencyId, lvl,"
                + " evidence; names are matched ignoring letter case and white space at either"
                + " end)",
            "record",
            "h.csv: a record that does not have the header's columns (a cell too many or too few,"
                + " or a quote left open; the job reads RFC 4180 CSV): c1,iv-1,");
    for (Map.Entry<String, String> h : histories.entrySet()) {
      Path history = dir.resolve(h.getKey());
      Files.createDirectories(history);
      Files.writeString(history.resolve("h.csv"), h.getValue(), StandardCharsets.UTF_8);
      Console c =
          inProcess(
              "run",
              "--plan",
              PLAN,
              "--history",
              history.toString(),
              "--out",
              out,
              "--format",
              "csv");
      assertThat(c.code()).as("%s", c).isEqualTo(1);
      assertThat(c.err())
          .as("%s", c)
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .startsWith("rubric-spark: " + dir)
                      .contains(expected.get(h.getKey()))
                      .doesNotContain("Exception"));
    }
  }

  /**
   * A Spark that cannot start (no master given) is a usage error on one line, not a stack trace.
   */
  @Test
  void aSparkThatCannotStartIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
    Console c =
        job(
            dir,
            "generate",
            "--plan",
            PLAN,
            "--ratings",
            "10",
            "--out",
            dir.resolve("h").toString());
    assertThat(c.code()).as("%s", c).isEqualTo(2);
    assertThat(c.err())
        .as("%s", c)
        .filteredOn(l -> !l.startsWith("spark "))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("rubric-spark: cannot start Spark: ")
                    .endsWith(
                        " (give --master, local[*] to run here, or run the job with"
                            + " spark-submit)"));
  }
}

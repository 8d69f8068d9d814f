package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import dev.rubric.scoring.calibration.InterviewerProfile;
import dev.rubric.scoring.calibration.Leniency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The calibration on Spark equals {@link InterviewerCalibration#calibrate} on the same history to
 * 1e-9, with several comparable groups (two histories that share no candidate, seats whose
 * interviewers share no competency) and more partitions than some of them need.
 */
class SparkCalibrationTest {
  static InterviewPlan plan() throws Exception {
    byte[] json = Files.readAllBytes(Path.of("../examples/plans/ml-engineer.json"));
    return RubricJson.standard().readPlan(json).orElseThrow();
  }

  @Test
  void leniencyEqualsTheSingleJvmCalibrationToOneInABillion() throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = plan();
    List<Scorecard> cards = new ArrayList<>();
    for (long c = 0; c < 300; c++) {
      cards.addAll(SyntheticHistory.candidate(plan, 7, c, 4));
    }
    // A second group: other interviewers (seed 8 draws other offsets; ids renamed).
    for (long c = 1000; c < 1040; c++) {
      for (Scorecard s : SyntheticHistory.candidate(plan, 8, c, 2)) {
        cards.add(
            Scorecard.builder()
                .from(s)
                .interviewerId("other-" + s.interviewerId())
                .candidateId("other-" + s.candidateId())
                .build());
      }
    }
    CalibrationReport expected = InterviewerCalibration.standard().calibrate(plan, cards);
    // The Spark calibration takes the ratings of the scorecards the evaluator uses.
    java.util.Set<Integer> rejected = new java.util.HashSet<>();
    expected.rejected().forEach(r -> rejected.add(r.index()));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      if (!rejected.contains(i)) {
        rows.addAll(HistoryRows.of(cards.get(i)));
      }
    }
    Dataset<Row> history = spark.createDataFrame(rows, HistoryRows.SCHEMA).repartition(9);

    CalibrationResult got = SparkCalibration.calibrate(history, InterviewerCalibration.standard());

    assertThat(got.estimates().groups())
        .isEqualTo(expected.comparableGroups())
        .isGreaterThanOrEqualTo(2);
    assertThat(got.estimates().residualVariance().value())
        .isCloseTo(expected.residualVariance().value(), within(1e-9));
    assertThat(got.interviewerIds()).hasSize(expected.interviewers().size());
    for (InterviewerProfile p : expected.interviewers()) {
      Leniency e = p.leniency();
      Leniency l = got.leniency(p.interviewerId());
      assertThat(l.group()).isEqualTo(e.group());
      assertThat(l.comparisons()).isEqualTo(e.comparisons());
      assertThat(l.flag()).as(p.interviewerId()).isEqualTo(e.flag());
      assertClose(l.offset(), e.offset());
      assertClose(l.standardError(), e.standardError());
      assertThat(l.shrunkOffset()).isCloseTo(e.shrunkOffset(), within(1e-9));
      assertClose(l.rawDifference(), e.rawDifference());
      assertClose(l.z(), e.z());
      assertClose(l.pValue(), e.pValue());
      assertClose(l.adjustedPValue(), e.adjustedPValue());
    }
    // Collecting converts every cell: an undefined figure is null, a defined one a Double.
    List<Row> table = got.toTable(spark).collectAsList();
    assertThat(table).hasSize(expected.interviewers().size());
    for (Row r : table) {
      Leniency l = got.leniency(r.getString(0));
      assertThat(r.isNullAt(11)).isEqualTo(!l.adjustedPValue().isDefined());
      if (l.adjustedPValue().isDefined()) {
        assertThat(r.getDouble(11)).isEqualTo(l.adjustedPValue().value());
      }
      assertThat(r.isNullAt(12)).isEqualTo(l.pValue().isDefined());
    }
  }

  /**
   * An interviewer who shares no candidate with another has no comparable group: its table row has
   * an empty group, as {@code rubric calibrate --format json} writes null (the table wrote 0).
   */
  @Test
  void anInterviewerWithoutAComparableGroupHasANullGroupInTheTable() throws Exception {
    SparkSession spark = LocalSpark.session();
    InterviewPlan plan = plan();
    List<Row> rows = new ArrayList<>();
    for (long c = 0; c < 3; c++) {
      rows.addAll(
          HistoryRows.of(
              Scorecard.builder()
                  .from(SyntheticHistory.candidate(plan, 7, c, 2).get(0))
                  .interviewerId("alone")
                  .candidateId("alone-" + c)
                  .build()));
    }
    for (long c = 0; c < 20; c++) {
      for (Scorecard s : SyntheticHistory.candidate(plan, 7, c, 2)) {
        rows.addAll(HistoryRows.of(s));
      }
    }
    CalibrationResult got =
        SparkCalibration.calibrate(
            spark.createDataFrame(rows, HistoryRows.SCHEMA).coalesce(1),
            InterviewerCalibration.standard(),
            plan.scale());
    assertThat(got.leniency("alone").group()).isZero();
    for (Row r : got.toTable(spark).collectAsList()) {
      int group = got.leniency(r.getString(0)).group();
      if (group == 0) {
        assertThat(r.isNullAt(1)).as(r.getString(0)).isTrue();
        // Sharing no candidate, the interviewer is not tested, and the table says why.
        assertThat(r.isNullAt(10)).isTrue();
        assertThat(r.getString(12))
            .isEqualTo(
                "This interviewer shared no candidate and competency with another interviewer, so"
                    + " nothing compares their ratings with anyone's.");
      } else {
        assertThat(r.getInt(1)).as(r.getString(0)).isEqualTo(group);
      }
    }
  }

  /** A null id or level, or a level that is not an integer, is refused with its column named. */
  @Test
  void badRatingsAreRefusedByColumn() throws Exception {
    SparkSession spark = LocalSpark.session();
    Scorecard card = SyntheticHistory.candidate(plan(), 2, 1, 3).get(0);
    Row row = HistoryRows.of(card).get(0);
    String who = "a rating of interviewer '" + card.interviewerId() + "' has a null ";
    for (String column : List.of("candidateId", "competencyId", "level")) {
      Row broken = RubricJobTest.withValue(row, HistoryRows.SCHEMA.fieldIndex(column), null);
      Dataset<Row> ratings =
          spark.createDataFrame(List.of(broken, row), RubricJobTest.nullable(HistoryRows.SCHEMA));
      assertThatThrownBy(
              () -> SparkCalibration.calibrate(ratings, InterviewerCalibration.standard()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(who + column + " (column " + column + ")");
    }
    Dataset<Row> ratings = spark.createDataFrame(List.of(row), HistoryRows.SCHEMA);
    assertThatThrownBy(
            () ->
                SparkCalibration.calibrate(
                    ratings.withColumn("level", ratings.col("level").plus(0.7)),
                    InterviewerCalibration.standard()))
        .hasMessage("column level must hold integers, not double");
  }

  /** Both defined and within 1e-9, or both undefined for the same reason. */
  private static void assertClose(Coefficient got, Coefficient expected) {
    if (expected.isDefined()) {
      assertThat(got.value()).isCloseTo(expected.value(), within(1e-9));
    } else {
      assertThat(got.undefinedReason()).isEqualTo(expected.undefinedReason());
    }
  }
}

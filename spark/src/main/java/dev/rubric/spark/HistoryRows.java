package dev.rubric.spark;

import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The history schema: scorecards in long form, one row per rating, the scorecard's fields repeated
 * on each of its rows. This is what {@link RubricJob} reads and {@link SyntheticHistory} writes.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>candidateId</td><td>string</td><td>the candidate</td></tr>
 *   <tr><td>interviewerId</td><td>string</td><td>who wrote the scorecard</td></tr>
 *   <tr><td>panelRoleId</td><td>string</td><td>the seat</td></tr>
 *   <tr><td>planFingerprint</td><td>string</td><td>the plan the scorecard was written against</td></tr>
 *   <tr><td>submittedAt</td><td>timestamp</td><td>submission time</td></tr>
 *   <tr><td>recommendation</td><td>string</td><td>STRONG_NO, NO, YES, STRONG_YES or null</td></tr>
 *   <tr><td>competencyId</td><td>string</td><td>the competency rated</td></tr>
 *   <tr><td>level</td><td>int</td><td>the level given</td></tr>
 *   <tr><td>evidence</td><td>string</td><td>the written evidence</td></tr>
 * </table>
 */
public final class HistoryRows {
  /** The schema of a history table. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("candidateId", DataTypes.StringType, false),
            DataTypes.createStructField("interviewerId", DataTypes.StringType, false),
            DataTypes.createStructField("panelRoleId", DataTypes.StringType, false),
            DataTypes.createStructField("planFingerprint", DataTypes.StringType, false),
            DataTypes.createStructField("submittedAt", DataTypes.TimestampType, false),
            DataTypes.createStructField("recommendation", DataTypes.StringType, true),
            DataTypes.createStructField("competencyId", DataTypes.StringType, false),
            DataTypes.createStructField("level", DataTypes.IntegerType, false),
            DataTypes.createStructField("evidence", DataTypes.StringType, false)
          });

  private HistoryRows() {}

  /**
   * The rows of one scorecard, one per rating, in the order of its ratings.
   *
   * @param card the scorecard
   * @return its rows in {@link #SCHEMA}
   */
  public static List<Row> of(Scorecard card) {
    List<Row> out = new ArrayList<>();
    Timestamp at = Timestamp.from(card.submittedAt());
    String recommendation = card.overallRecommendation().map(Recommendation::name).orElse(null);
    for (Rating r : card.ratings()) {
      out.add(
          RowFactory.create(
              card.candidateId(),
              card.interviewerId(),
              card.panelRoleId(),
              card.planFingerprint(),
              at,
              recommendation,
              r.competencyId(),
              r.level(),
              r.evidence()));
    }
    return out;
  }
}

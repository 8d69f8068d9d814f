package dev.rubric.spark;

import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

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
 *   <tr><td>planFingerprint</td><td>string</td><td>the plan the scorecard was written against: its
 *       scoring fingerprint or its fingerprint</td></tr>
 *   <tr><td>submittedAt</td><td>timestamp</td><td>submission time</td></tr>
 *   <tr><td>recommendation</td><td>string</td><td>STRONG_NO, NO, YES, STRONG_YES, or null or
 *       empty for none</td></tr>
 *   <tr><td>competencyId</td><td>string</td><td>the competency rated</td></tr>
 *   <tr><td>level</td><td>an integer type</td><td>the level given</td></tr>
 *   <tr><td>evidence</td><td>string</td><td>the written evidence; null or empty for none</td></tr>
 *   <tr><td>interviewedAt</td><td>timestamp</td><td>optional (the column may be absent): when the
 *       interview took place, null when not known</td></tr>
 * </table>
 *
 * <p>A Spark timestamp holds microseconds: {@link #of} refuses a scorecard whose times have a finer
 * part rather than cut it off.
 */
public final class HistoryRows {
  /** The optional column: when the interview took place. */
  static final String INTERVIEWED_AT = "interviewedAt";

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
            DataTypes.createStructField("evidence", DataTypes.StringType, true),
            DataTypes.createStructField(INTERVIEWED_AT, DataTypes.TimestampType, true)
          });

  /** The history schema without its optional column, for a table that has none. */
  static final StructType REQUIRED =
      new StructType(
          Arrays.stream(SCHEMA.fields())
              .filter(f -> !f.name().equals(INTERVIEWED_AT))
              .toArray(StructField[]::new));

  private HistoryRows() {}

  /**
   * The schema to read a table of {@code columns} with: {@link #SCHEMA} when it has the optional
   * column, else {@link #REQUIRED}.
   */
  static StructType schemaOf(List<String> columns) {
    return columns.contains(INTERVIEWED_AT) ? SCHEMA : REQUIRED;
  }

  /**
   * Checks that {@code schema} has every required column of the history, each of its type, and the
   * optional one of its type when present; the message names the column.
   *
   * @throws IllegalArgumentException when a column is missing or of another type
   */
  static void checkColumns(StructType schema, String what) {
    List<String> names = Arrays.asList(schema.fieldNames());
    for (StructField f : SCHEMA.fields()) {
      if (!names.contains(f.name())) {
        Checks.check(
            f.name().equals(INTERVIEWED_AT),
            "%s has no column %s (columns: %s)",
            what,
            f.name(),
            names);
        continue;
      }
      DataType type = schema.apply(f.name()).dataType();
      if (f.name().equals("level")) {
        checkLevel(type);
      } else if (f.dataType().equals(DataTypes.TimestampType)) {
        Checks.check(
            type.equals(DataTypes.TimestampType),
            "column %s must hold timestamps, not %s",
            f.name(),
            type.simpleString());
      } else {
        Checks.check(
            type.equals(DataTypes.StringType),
            "column %s must hold strings, not %s",
            f.name(),
            type.simpleString());
      }
    }
  }

  /** Refuses a level column that is not of an integer type, as {@link SparkAgreement} does. */
  static void checkLevel(DataType level) {
    Checks.check(
        level.equals(DataTypes.IntegerType)
            || level.equals(DataTypes.ShortType)
            || level.equals(DataTypes.ByteType)
            || level.equals(DataTypes.LongType),
        "column level must hold integers, not %s",
        level.simpleString());
  }

  /**
   * The instant of a timestamp cell: a {@link Timestamp}, or an {@link Instant} when the session
   * has {@code spark.sql.datetime.java8API.enabled}.
   */
  static @Nullable Instant instant(Row row, int i) {
    if (row.isNullAt(i)) {
      return null;
    }
    Object v = row.get(i);
    if (v instanceof Timestamp t) {
      return t.toInstant();
    }
    return (Instant) v;
  }

  /**
   * The rows of one scorecard, one per rating, in the order of its ratings.
   *
   * @param card the scorecard
   * @return its rows in {@link #SCHEMA}
   * @throws IllegalArgumentException when its submission or interview time has a part finer than a
   *     microsecond, which a Spark timestamp cannot hold
   */
  public static List<Row> of(Scorecard card) {
    List<Row> out = new ArrayList<>();
    Timestamp at = timestamp(card, "submittedAt", card.submittedAt());
    @Nullable Timestamp interviewed =
        card.interviewedAt().isPresent()
            ? timestamp(card, INTERVIEWED_AT, card.interviewedAt().get())
            : null;
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
              r.evidence(),
              interviewed));
    }
    return out;
  }

  private static Timestamp timestamp(Scorecard card, String field, Instant t) {
    Checks.check(
        t.truncatedTo(ChronoUnit.MICROS).equals(t),
        "the scorecard of interviewer '%s' for candidate '%s' (seat '%s') has %s %s, finer than"
            + " the microseconds a Spark timestamp holds; round it to microseconds first",
        VisibleText.of(card.interviewerId()),
        VisibleText.of(card.candidateId()),
        VisibleText.of(card.panelRoleId()),
        field,
        t);
    return Timestamp.from(t);
  }
}

package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.json.EvaluationJson;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Batch evaluation: a history in the {@link HistoryRows#SCHEMA} schema, grouped by plan and
 * candidate, each candidate's scorecards evaluated by {@link Evaluator#standard()} with one
 * evaluator per plan per partition. A candidate's result equals {@code
 * Evaluator.standard().forPlan(plan).evaluate(candidateId, scorecards)} exactly (an evaluation is a
 * pure function of its inputs, whatever their order).
 *
 * <p><b>Output</b>, one row per plan fingerprint and candidate: {@code candidateId}, {@code
 * planFingerprint}, {@code decision} (the outcome's name, null when no plan has that fingerprint),
 * {@code score} (the overall score, null when there is none), {@code reasonCodes} (the decision's
 * reason codes in order), {@code evaluationJson} (the evaluation as {@link EvaluationJson#write}
 * gives it; null, with the reason in {@code error}, when the evaluation holds a value no evaluation
 * document can carry, such as an evidence longer than the JSON limits) and {@code error} (null, or
 * why the candidate was not evaluated or its evaluation not written).
 *
 * <p>Rows with the same candidate, interviewer, seat, plan, submission time and recommendation are
 * one scorecard. Stateless and thread-safe.
 */
public final class SparkEvaluation {
  static final StructType OUTPUT =
      Aggregations.schema(
          "candidateId", DataTypes.StringType,
          "planFingerprint", DataTypes.StringType,
          "decision", DataTypes.StringType,
          "score", DataTypes.DoubleType,
          "reasonCodes", DataTypes.createArrayType(DataTypes.StringType, false),
          "evaluationJson", DataTypes.StringType,
          "error", DataTypes.StringType);

  private SparkEvaluation() {}

  /**
   * Evaluates every candidate of {@code history}.
   *
   * @param history scorecards in long form ({@link HistoryRows#SCHEMA})
   * @param plans the plans, matched to the scorecards by fingerprint
   * @return one row per plan fingerprint and candidate (see the class comment)
   * @throws IllegalArgumentException when a column is missing or a plan has validation errors
   */
  public static Dataset<Row> evaluate(Dataset<Row> history, List<InterviewPlan> plans) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(plans, "plans");
    List<String> names = java.util.Arrays.asList(history.schema().fieldNames());
    for (String c : HistoryRows.SCHEMA.fieldNames()) {
      Checks.check(names.contains(c), "history has no column %s (columns: %s)", c, names);
    }
    Map<String, String> planJson = new HashMap<>();
    for (InterviewPlan p : plans) {
      Objects.requireNonNull(p, "plans element");
      Checks.check(
          !p.validate().hasErrors(),
          "plan '%s' has validation errors: %s",
          VisibleText.of(p.id()),
          p.validate().errors());
      planJson.put(p.fingerprint(), RubricJson.standard().writePlan(p));
    }
    Dataset<Row> packets =
        history
            .groupBy(col("planFingerprint"), col("candidateId"))
            .agg(
                collect_list(
                        struct(
                            col("interviewerId"),
                            col("panelRoleId"),
                            col("submittedAt"),
                            col("recommendation"),
                            col("competencyId"),
                            col("level").cast("int"),
                            col("evidence")))
                    .as("ratings"));
    MapPartitionsFunction<Row, Row> evaluateAll = rows -> evaluatePartition(rows, planJson);
    return packets.mapPartitions(evaluateAll, Encoders.row(OUTPUT));
  }

  /**
   * The rows of one partition's packets, each evaluated when it is asked for: a partition holds
   * hundreds of thousands of candidates and each evaluation JSON tens of kilobytes, so the output
   * must stream to Spark rather than be gathered first. One evaluator per plan and partition.
   */
  static Iterator<Row> evaluatePartition(Iterator<Row> packets, Map<String, String> planJson) {
    Map<String, PlanEvaluator> evaluators = new HashMap<>();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return packets.hasNext();
      }

      @Override
      public Row next() {
        return evaluateOne(packets.next(), planJson, evaluators);
      }
    };
  }

  private static Row evaluateOne(
      Row packet, Map<String, String> planJson, Map<String, PlanEvaluator> evaluators) {
    String fingerprint = packet.getString(0);
    String candidateId = packet.getString(1);
    String json = planJson.get(fingerprint);
    if (json == null) {
      return RowFactory.create(
          candidateId,
          fingerprint,
          null,
          null,
          scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(),
          null,
          "no plan with fingerprint " + fingerprint + " was given");
    }
    PlanEvaluator evaluator =
        evaluators.computeIfAbsent(
            fingerprint,
            f -> Evaluator.standard().forPlan(RubricJson.standard().readPlan(json).orElseThrow()));
    List<Scorecard> cards;
    try {
      cards = scorecards(candidateId, fingerprint, packet.getList(2));
    } catch (RuntimeException broken) {
      return RowFactory.create(
          candidateId,
          fingerprint,
          null,
          null,
          scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(),
          null,
          "the scorecards of candidate " + candidateId + " cannot be read: " + broken.getMessage());
    }
    Evaluation e = evaluator.evaluate(candidateId, cards);
    List<String> codes = new ArrayList<>();
    for (Reason r : e.decision().reasons()) {
      codes.add(r.code().name());
    }
    @Nullable String written = null;
    @Nullable String error = null;
    try {
      written = EvaluationJson.write(e);
    } catch (IllegalArgumentException unwritable) { // a value no evaluation document can carry
      error =
          "the evaluation of candidate "
              + candidateId
              + " cannot be written as JSON: "
              + unwritable.getMessage();
    }
    return RowFactory.create(
        candidateId,
        fingerprint,
        e.decision().outcome().name(),
        e.findings().overall().score().isDefined() ? e.findings().overall().score().value() : null,
        scala.jdk.javaapi.CollectionConverters.asScala(codes).toSeq(),
        written,
        error);
  }

  /** The scorecards of one candidate's rows. */
  static List<Scorecard> scorecards(String candidateId, String fingerprint, List<Row> ratings) {
    Map<List<Object>, Scorecard.Builder> cards = new LinkedHashMap<>();
    for (Row r : ratings) {
      List<Object> key = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        key.add(r.isNullAt(i) ? "\u0000null" : r.get(i));
      }
      Scorecard.Builder card =
          cards.computeIfAbsent(
              key,
              k -> {
                Scorecard.Builder b =
                    Scorecard.builder()
                        .candidateId(candidateId)
                        .interviewerId(r.getString(0))
                        .panelRoleId(r.getString(1))
                        .planFingerprint(fingerprint)
                        .submittedAt(((Timestamp) r.get(2)).toInstant());
                if (!r.isNullAt(3)) {
                  b.overallRecommendation(Recommendation.valueOf(r.getString(3)));
                }
                return b;
              });
      card.addRatings(Rating.of(r.getString(4), r.getInt(5), r.getString(6)));
    }
    List<Scorecard> out = new ArrayList<>();
    for (Scorecard.Builder b : cards.values()) {
      out.add(b.build());
    }
    return out;
  }
}

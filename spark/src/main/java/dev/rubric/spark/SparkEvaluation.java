package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import dev.rubric.core.VisibleText;
import dev.rubric.core.json.RubricJson;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.PlanEvaluator;
import dev.rubric.scoring.Reason;
import dev.rubric.scoring.ScorecardAccount;
import dev.rubric.scoring.agreement.RatingMatrix;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.scoring.json.EvaluationJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Batch evaluation: a history in the {@link HistoryRows#SCHEMA} schema, grouped by plan and
 * candidate, each candidate's scorecards evaluated by {@link Evaluator#standard()} with one
 * evaluator per plan per partition. A candidate's result equals {@code
 * Evaluator.standard().forPlan(plan).evaluate(candidateId, scorecards)} exactly (an evaluation is a
 * pure function of its inputs, whatever their order).
 *
 * <p><b>Plans.</b> A scorecard belongs to the plan whose {@link InterviewPlan#scoringFingerprint()}
 * or {@link InterviewPlan#fingerprint()} it carries, as the single-JVM evaluator accepts either: a
 * candidate whose scorecards carry both fingerprints of one plan is one evaluation, and each
 * scorecard keeps the fingerprint it carries.
 *
 * <p><b>Output</b>, one row per plan and candidate: {@code candidateId}, {@code planFingerprint}
 * (the plan's {@link InterviewPlan#fingerprint()}, or the fingerprint the rows carry when no plan
 * given has it), {@code decision} (the outcome's name, null when the candidate was not evaluated),
 * {@code score} (the overall score, null when there is none), {@code reasonCodes} (the decision's
 * reason codes in order), {@code evaluationJson} (the evaluation as {@link EvaluationJson#write}
 * gives it; null, with the reason in {@code error}, when the evaluation holds a value no evaluation
 * document can carry, such as an evidence longer than the JSON limits) and {@code error} (null, or
 * why the candidate was not evaluated or its evaluation not written: no plan has the fingerprint,
 * or a row cannot be read, named by its column and scorecard).
 *
 * <p><b>Scorecards from rows.</b> Rows with the same candidate, interviewer, seat, plan
 * fingerprint, submission time, interview time and recommendation are one scorecard; a null or
 * empty recommendation is none, a null evidence is empty. Long form cannot tell two identical
 * copies of a scorecard from one scorecard that rated everything twice: when every rating of a
 * scorecard's rows appears {@code k} times (the largest such {@code k}), the rows are {@code k}
 * copies of the scorecard, which the evaluator counts once ({@code DUPLICATE_SCORECARD}), so a
 * history given twice counts once. Ratings of one competency within a scorecard are taken in order
 * of level, then evidence.
 *
 * <p>Stateless and thread-safe.
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

  /** One rating of a scorecard the evaluation used: what agreement and calibration take. */
  static final StructType USED_RATING =
      Aggregations.schema(
          "competencyId", DataTypes.StringType,
          "interviewerId", DataTypes.StringType,
          "level", DataTypes.IntegerType);

  /**
   * {@link #OUTPUT} and, per candidate, what the job's agreement and calibration take: {@code
   * agreementRatings} (the ratings of the scorecards the evaluation used, one per competency and
   * interviewer as {@link RatingMatrix#fromScorecards} keeps them), {@code calibrationRatings}
   * (every rating of the scorecards used and those used for calibration only, as {@link
   * dev.rubric.scoring.calibration.InterviewerCalibration} takes them), {@code leftOut} (the cause
   * of each scorecard the evaluation did not use), {@code used} (how many it used) and {@code
   * unreadRows} (the rows of a candidate not evaluated because a row cannot be read, else 0).
   */
  static final StructType EVALUATED =
      new StructType(
          java.util.stream.Stream.concat(
                  Arrays.stream(OUTPUT.fields()),
                  Arrays.stream(
                      Aggregations.schema(
                              "agreementRatings", DataTypes.createArrayType(USED_RATING, false),
                              "calibrationRatings", DataTypes.createArrayType(USED_RATING, false),
                              "leftOut", DataTypes.createArrayType(DataTypes.StringType, false),
                              "used", DataTypes.IntegerType,
                              "unreadRows", DataTypes.IntegerType)
                          .fields()))
              .toArray(StructField[]::new));

  /** The cause of a scorecard whose candidate's rows carry a fingerprint no plan given has. */
  static final String FINGERPRINT_MISMATCH = ProblemCodes.FINGERPRINT_MISMATCH;

  // The positions of a packet's rating fields.
  private static final int INTERVIEWER = 0;
  private static final int SEAT = 1;
  private static final int FINGERPRINT = 2;
  private static final int SUBMITTED = 3;
  private static final int INTERVIEWED = 4;
  private static final int RECOMMENDATION = 5;
  private static final int COMPETENCY = 6;
  private static final int LEVEL = 7;
  private static final int EVIDENCE = 8;

  private SparkEvaluation() {}

  /**
   * Evaluates every candidate of {@code history}.
   *
   * @param history scorecards in long form ({@link HistoryRows#SCHEMA}; {@code interviewedAt} may
   *     be absent)
   * @param plans the plans, matched to the scorecards by scoring fingerprint or fingerprint
   * @return one row per plan and candidate (see the class comment)
   * @throws IllegalArgumentException when a column is missing or of another type, a plan has
   *     validation errors, or two plans given share a fingerprint
   */
  public static Dataset<Row> evaluate(Dataset<Row> history, List<InterviewPlan> plans) {
    Column[] output = new Column[OUTPUT.size()];
    for (int i = 0; i < output.length; i++) {
      output[i] = col(OUTPUT.fields()[i].name());
    }
    return evaluated(history, plans).select(output);
  }

  /** The evaluations with what agreement and calibration take ({@link #EVALUATED}). */
  static Dataset<Row> evaluated(Dataset<Row> history, List<InterviewPlan> plans) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(plans, "plans");
    HistoryRows.checkColumns(history.schema(), "history");
    Map<String, String> planJson = new HashMap<>();
    Map<String, String> planOf = new LinkedHashMap<>(); // either fingerprint -> the plan's
    for (InterviewPlan p : plans) {
      Objects.requireNonNull(p, "plans element");
      Checks.check(
          !p.validate().hasErrors(),
          "plan '%s' has validation errors: %s",
          VisibleText.of(p.id()),
          p.validate().errors());
      planJson.put(p.fingerprint(), RubricJson.standard().writePlan(p));
      for (String f : List.of(p.fingerprint(), p.scoringFingerprint())) {
        String before = planOf.putIfAbsent(f, p.fingerprint());
        Checks.check(
            before == null || before.equals(p.fingerprint()),
            "plans %s and %s both have the fingerprint %s; a scorecard's fingerprint must name one"
                + " plan: evaluate them apart",
            before,
            p.fingerprint(),
            f);
      }
    }
    Column carried = col("planFingerprint");
    Column plan = carried;
    if (!planOf.isEmpty()) {
      Column chain = null;
      for (Map.Entry<String, String> e : planOf.entrySet()) {
        Column c = carried.equalTo(lit(e.getKey()));
        chain = chain == null ? when(c, lit(e.getValue())) : chain.when(c, lit(e.getValue()));
      }
      plan = Objects.requireNonNull(chain).otherwise(carried);
    }
    Column interviewed =
        Arrays.asList(history.schema().fieldNames()).contains(HistoryRows.INTERVIEWED_AT)
            ? col(HistoryRows.INTERVIEWED_AT)
            : lit(null).cast(DataTypes.TimestampType);
    Dataset<Row> packets =
        history
            .groupBy(plan.as("plan"), col("candidateId"))
            .agg(
                collect_list(
                        struct(
                            col("interviewerId"),
                            col("panelRoleId"),
                            col("planFingerprint"),
                            col("submittedAt"),
                            interviewed.as(HistoryRows.INTERVIEWED_AT),
                            col("recommendation"),
                            col("competencyId"),
                            col("level").cast(DataTypes.LongType),
                            col("evidence")))
                    .as("ratings"));
    MapPartitionsFunction<Row, Row> evaluateAll = rows -> evaluatePartition(rows, planJson);
    return packets.mapPartitions(evaluateAll, Encoders.row(EVALUATED));
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
    @Nullable String fingerprint = packet.isNullAt(0) ? null : packet.getString(0);
    @Nullable String candidateId = packet.isNullAt(1) ? null : packet.getString(1);
    List<Row> rows = packet.getList(2);
    if (candidateId == null) {
      return notEvaluated(
          null,
          fingerprint,
          rows.size()
              + (rows.size() == 1 ? " row has" : " rows have")
              + " a null candidateId (column candidateId) and cannot be evaluated: "
              + withoutCandidate(rows),
          rows.size());
    }
    if (fingerprint == null) {
      return notEvaluated(
          candidateId,
          null,
          "the rows of candidate '"
              + VisibleText.of(candidateId)
              + "' have a null planFingerprint (column planFingerprint): they cannot be evaluated",
          rows.size());
    }
    List<Scorecard> cards;
    try {
      cards = scorecards(candidateId, rows);
    } catch (IllegalArgumentException broken) {
      return notEvaluated(
          candidateId,
          fingerprint,
          "the scorecards of candidate '"
              + VisibleText.of(candidateId)
              + "' cannot be read: "
              + broken.getMessage(),
          rows.size());
    }
    String json = planJson.get(fingerprint);
    if (json == null) {
      return notEvaluated(
          candidateId,
          fingerprint,
          "no plan with fingerprint " + VisibleText.of(fingerprint) + " was given",
          java.util.Collections.nCopies(cards.size(), FINGERPRINT_MISMATCH),
          0);
    }
    PlanEvaluator evaluator =
        evaluators.computeIfAbsent(
            fingerprint,
            f -> Evaluator.standard().forPlan(RubricJson.standard().readPlan(json).orElseThrow()));
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
    List<Row> calibration = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (ScorecardAccount a : e.scorecards()) {
      if (a.used() || a.calibrationOnly()) { // shadow seats count in calibration
        for (Rating r : a.scorecard().ratings()) {
          calibration.add(
              RowFactory.create(r.competencyId(), a.scorecard().interviewerId(), r.level()));
        }
      }
      if (!a.used()) {
        leftOut.add(cause(a));
      }
    }
    List<Row> agreement = new ArrayList<>();
    RatingMatrix matrix = RatingMatrix.fromScorecards(e.used());
    int[][] cells = matrix.rows();
    for (int u = 0; u < cells.length; u++) {
      String competency = matrix.unitIds().get(u).substring(candidateId.length() + 1);
      for (int k = 0; k < cells[u].length; k++) {
        if (cells[u][k] != Ratings.MISSING) {
          agreement.add(RowFactory.create(competency, matrix.raterIds().get(k), cells[u][k]));
        }
      }
    }
    return RowFactory.create(
        candidateId,
        fingerprint,
        e.decision().outcome().name(),
        e.findings().overall().score().isDefined() ? e.findings().overall().score().value() : null,
        seq(codes),
        written,
        error,
        seq(agreement),
        seq(calibration),
        seq(leftOut),
        e.used().size(),
        0);
  }

  private static Row notEvaluated(
      @Nullable String candidateId, @Nullable String fingerprint, String error, int rows) {
    return notEvaluated(candidateId, fingerprint, error, List.of(), rows);
  }

  /** A candidate not evaluated: {@code error}, the causes of its scorecards left out, no rating. */
  private static Row notEvaluated(
      @Nullable String candidateId,
      @Nullable String fingerprint,
      String error,
      List<String> leftOut,
      int rows) {
    return RowFactory.create(
        candidateId,
        fingerprint,
        null,
        null,
        seq(List.of()),
        null,
        error,
        seq(List.of()),
        seq(List.of()),
        seq(leftOut),
        0,
        rows);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  /**
   * Why a scorecard was not used, as the single-JVM commands count it: the code of its first error,
   * else (a calibration-only scorecard) of its first problem, else {@code REJECTED}.
   */
  static String cause(ScorecardAccount account) {
    for (Problem p : account.problems()) {
      if (p.isError()) {
        return p.code();
      }
    }
    return account.problems().isEmpty() ? "REJECTED" : account.problems().get(0).code();
  }

  /**
   * The scorecards of one candidate's rows (each row: interviewer, seat, fingerprint, submission
   * time, interview time, recommendation, competency, level as a long, evidence).
   *
   * @throws IllegalArgumentException naming the column and the scorecard when a row cannot be read
   */
  static List<Scorecard> scorecards(String candidateId, List<Row> ratings) {
    Map<List<Object>, List<Rating>> cards = new LinkedHashMap<>();
    Map<List<Object>, Scorecard.Builder> heads = new HashMap<>();
    for (Row r : ratings) {
      String interviewer = required(r, INTERVIEWER, "interviewerId", null);
      String card =
          "the scorecard of interviewer '"
              + VisibleText.of(interviewer)
              + (r.isNullAt(SEAT) ? "" : "' for seat '" + VisibleText.of(r.getString(SEAT)))
              + "'";
      String seat = required(r, SEAT, "panelRoleId", card);
      String fingerprint = required(r, FINGERPRINT, "planFingerprint", card);
      Instant submitted = HistoryRows.instant(r, SUBMITTED);
      Checks.check(submitted != null, "%s has a row with a null submittedAt", card);
      Instant interviewed = HistoryRows.instant(r, INTERVIEWED);
      @Nullable Recommendation recommendation = recommendation(r, card);
      String competency = required(r, COMPETENCY, "competencyId", card);
      Checks.check(!r.isNullAt(LEVEL), "%s has a null level for %s", card, show(competency));
      long level = r.getLong(LEVEL);
      Checks.check(
          level == (int) level,
          "%s has level %s for %s, outside the int range",
          card,
          level,
          show(competency));
      String evidence = r.isNullAt(EVIDENCE) ? "" : r.getString(EVIDENCE);
      List<Object> key = new ArrayList<>();
      key.add(interviewer);
      key.add(seat);
      key.add(fingerprint);
      key.add(Objects.requireNonNull(submitted));
      key.add(interviewed == null ? "" : interviewed);
      key.add(recommendation == null ? "" : recommendation);
      cards
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(Rating.of(competency, (int) level, evidence));
      if (!heads.containsKey(key)) {
        Scorecard.Builder b =
            Scorecard.builder()
                .candidateId(candidateId)
                .interviewerId(interviewer)
                .panelRoleId(seat)
                .planFingerprint(fingerprint)
                .submittedAt(submitted)
                .interviewedAt(Optional.ofNullable(interviewed))
                .overallRecommendation(Optional.ofNullable(recommendation));
        heads.put(key, b);
      }
    }
    List<Scorecard> out = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Rating>> e : cards.entrySet()) {
      Scorecard.Builder head = Objects.requireNonNull(heads.get(e.getKey()));
      List<Rating> all = e.getValue();
      all.sort(BY_RATING);
      // How often each distinct rating appears: k copies when each appears a multiple of k times.
      Map<Rating, Integer> times = new LinkedHashMap<>();
      all.forEach(r -> times.merge(r, 1, Integer::sum));
      int copies = 0;
      for (int n : times.values()) {
        copies = gcd(copies, n);
      }
      List<Rating> one = new ArrayList<>();
      for (Map.Entry<Rating, Integer> t : times.entrySet()) {
        for (int i = 0; i < t.getValue() / copies; i++) {
          one.add(t.getKey());
        }
      }
      Scorecard scorecard = head.ratings(one).build();
      for (int i = 0; i < copies; i++) {
        out.add(scorecard);
      }
    }
    return out;
  }

  /** Ratings by competency, then level, then evidence. */
  private static final Comparator<Rating> BY_RATING =
      Comparator.comparing(Rating::competencyId)
          .thenComparingInt(Rating::level)
          .thenComparing(Rating::evidence);

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** The string in column {@code name} at {@code i}, refused by name when null. */
  private static String required(Row r, int i, String name, @Nullable String card) {
    Checks.check(
        !r.isNullAt(i),
        "%s a null %s",
        card == null ? "a row has" : card + " has a row with",
        name);
    return r.getString(i);
  }

  /** The recommendation of a row: null or empty for none, else one of the enum's names. */
  private static @Nullable Recommendation recommendation(Row r, String card) {
    if (r.isNullAt(RECOMMENDATION) || r.getString(RECOMMENDATION).isEmpty()) {
      return null;
    }
    String name = r.getString(RECOMMENDATION);
    for (Recommendation v : Recommendation.values()) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        card
            + " has recommendation '"
            + VisibleText.of(name)
            + "' (column recommendation), not one of STRONG_NO, NO, YES, STRONG_YES or empty");
  }

  /**
   * The rows without a candidate, named by interviewer, seat and competency so that a user can find
   * them: the first three in that order (the same whatever the partitions), and how many more.
   */
  private static String withoutCandidate(List<Row> rows) {
    List<String> named = new ArrayList<>();
    for (Row r : rows) {
      named.add(
          "the row of interviewer "
              + quotedOrEmpty(r, 0)
              + ", seat "
              + quotedOrEmpty(r, 1)
              + ", competency "
              + quotedOrEmpty(r, 6));
    }
    java.util.Collections.sort(named);
    String shown = String.join("; ", named.subList(0, Math.min(3, named.size())));
    return named.size() > 3 ? shown + "; and " + (named.size() - 3) + " more" : shown;
  }

  /** Cell {@code i} of {@code row} in quotes (control characters visible), or {@code (empty)}. */
  private static String quotedOrEmpty(Row row, int i) {
    return row.isNullAt(i) ? "(empty)" : "'" + VisibleText.of(row.getString(i)) + "'";
  }

  private static String show(String competency) {
    return "competency '" + VisibleText.of(competency) + "'";
  }
}

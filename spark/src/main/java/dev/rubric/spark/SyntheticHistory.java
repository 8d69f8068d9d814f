package dev.rubric.spark;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * A large synthetic history for a plan, generated in parallel by Spark in the {@link
 * HistoryRows#SCHEMA} schema: candidate {@code c} is drawn from its own random stream (seed and
 * {@code c}), so the history is the same on any cluster and any number of partitions.
 *
 * <p>The model: {@code ability(c, k) = g(c) + e(c, k)}, {@code g ~ N(2.7, 0.55^2)}, {@code e ~ N(0,
 * 0.35^2)}; {@code rating = clamp(round(ability + offset(i) + n), scale)}, {@code n ~ N(0, 0.4^2)}.
 * Each seat has {@code interviewersPerSeat} interviewers ({@code iv-<seat>-<n>}); each candidate
 * gets one interviewer per seat, and every fourth candidate a second one in every seat, so that
 * interviewers share candidates. Interviewer offsets are drawn once from {@code N(0, 0.3^2)}. The
 * scorecards carry the plan's {@link dev.rubric.core.InterviewPlan#scoringFingerprint()}, as new
 * scorecards do, and the interview's time.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticHistory {
  private SyntheticHistory() {}

  /**
   * The scorecards of candidate {@code c}.
   *
   * @param plan the plan
   * @param seed the history's seed
   * @param c the candidate number, from 0
   * @param interviewersPerSeat interviewers per seat (at least 2)
   * @return the candidate's scorecards
   */
  public static List<Scorecard> candidate(
      InterviewPlan plan, long seed, long c, int interviewersPerSeat) {
    Objects.requireNonNull(plan, "plan");
    Checks.check(
        interviewersPerSeat >= 2, "interviewersPerSeat (%s) must be >= 2", interviewersPerSeat);
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
    int lo = plan.scale().min();
    int hi = plan.scale().max();
    double general = 2.7 + 0.55 * gaussian(random);
    Map<String, Double> ability = new HashMap<>();
    for (Competency k : plan.competencies()) {
      ability.put(k.id(), general + 0.35 * gaussian(random));
    }
    String candidateId = String.format(Locale.ROOT, "c-%09d", c);
    Instant day = Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofMinutes(c));
    List<Scorecard> out = new ArrayList<>();
    for (int s = 0; s < plan.panelRoles().size(); s++) {
      PanelRole seat = plan.panelRoles().get(s);
      int rounds = c % 4 == 0 ? 2 : 1;
      for (int r = 0; r < rounds; r++) {
        int who = (int) ((c + r) % interviewersPerSeat);
        String interviewer = String.format(Locale.ROOT, "iv-%d-%03d", s + 1, who + 1);
        double offset = offset(seed, s, who);
        Scorecard.Builder card =
            Scorecard.builder()
                .candidateId(candidateId)
                .interviewerId(interviewer)
                .panelRoleId(seat.id())
                .planFingerprint(plan.scoringFingerprint()) // what new scorecards carry
                .interviewedAt(day)
                .submittedAt(day.plus(Duration.ofSeconds(10L * s + r)));
        int sum = 0;
        for (String k : seat.competencies()) {
          double raw = ability.getOrDefault(k, 2.5) + offset + 0.4 * gaussian(random);
          int level = (int) Math.max(lo, Math.min(hi, Math.round(raw)));
          sum += level;
          card.addRatings(Rating.of(k, level, "Generated evidence at level " + level + "."));
        }
        if (!seat.competencies().isEmpty()) {
          int overall = (int) Math.round((double) sum / seat.competencies().size());
          int index = Math.max(0, Math.min(3, overall - lo));
          card.overallRecommendation(Recommendation.values()[index]);
        }
        out.add(card.build());
      }
    }
    return out;
  }

  /** The ratings per candidate the history gives this plan on average. */
  static double ratingsPerCandidate(InterviewPlan plan) {
    int perRound = 0;
    for (PanelRole seat : plan.panelRoles()) {
      perRound += seat.competencies().size();
    }
    return perRound * 1.25;
  }

  /**
   * A history of about {@code ratings} ratings (whole candidates), generated on the executors.
   *
   * @param spark the session
   * @param plan the plan
   * @param ratings the number of ratings wanted
   * @param seed the seed
   * @param interviewersPerSeat interviewers per seat (at least 2)
   * @param partitions the partitions to generate in
   * @return the history in {@link HistoryRows#SCHEMA}
   */
  public static Dataset<Row> generate(
      SparkSession spark,
      InterviewPlan plan,
      long ratings,
      long seed,
      int interviewersPerSeat,
      int partitions) {
    Checks.check(ratings >= 0, "ratings (%s) must be >= 0", ratings);
    Checks.check(partitions >= 1, "partitions (%s) must be >= 1", partitions);
    long candidates = (long) Math.ceil(ratings / ratingsPerCandidate(plan));
    String planJson = dev.rubric.core.json.RubricJson.standard().writePlan(plan);
    FlatMapFunction<Long, Row> rows =
        new FlatMapFunction<>() {
          private static final long serialVersionUID = 1L;
          private transient @Nullable InterviewPlan parsed;

          @Override
          public java.util.Iterator<Row> call(Long c) {
            InterviewPlan p = parsed;
            if (p == null) {
              p = dev.rubric.core.json.RubricJson.standard().readPlan(planJson).orElseThrow();
              parsed = p;
            }
            List<Row> out = new ArrayList<>();
            for (Scorecard card : candidate(p, seed, c, interviewersPerSeat)) {
              out.addAll(HistoryRows.of(card));
            }
            return out.iterator();
          }
        };
    return spark
        .range(0, candidates, 1, partitions)
        .flatMap(rows, Encoders.row(HistoryRows.SCHEMA));
  }

  private static double offset(long seed, int seat, int who) {
    return 0.3 * gaussian(new SplittableRandom(seed ^ (31L * seat + who) * 0x9E3779B97F4A7C15L));
  }

  /** A standard normal deviate (Box-Muller), deterministic for the stream. */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

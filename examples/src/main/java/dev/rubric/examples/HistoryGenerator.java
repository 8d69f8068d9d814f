package dev.rubric.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic history of scorecards against {@link MlEngineerRubric#plan()}, for the process
 * analytics: inter-rater agreement and interviewer calibration.
 *
 * <p>The model, for candidate {@code c}, competency {@code k} in area {@code a}, interviewer {@code
 * i}:
 *
 * <pre>
 *   ability(c, k) = g(c) + u(c, a) + e(c, k),   g ~ N(2.7, 0.55^2), u ~ N(0, 0.35^2), e ~ N(0, 0.25^2)
 *   rating(c, k, i) = clamp(round(ability(c, k) + offset(i) + n), 1, 4),   n ~ N(0, 0.4^2)
 * </pre>
 *
 * <p>Twelve interviewers, {@code iv-01} to {@code iv-12}, staff the four seats three each in plan
 * order ({@code iv-01..03} deployment depth, {@code iv-04..06} infrastructure fluency, {@code
 * iv-07..09} stakeholder communication, {@code iv-10..12} scalability planning) and rotate from one
 * candidate to the next. Every fourth candidate is interviewed by two interviewers in each seat (a
 * shadowed interview), so every pair of interviewers in a seat rates some of the same
 * candidate-competencies. Every fourth candidate starting with the third ({@code c % 4 == 2}) has,
 * in each seat, a second interviewer from the next seat in plan order (a rotation shadow: {@code
 * iv-04..06} shadow deployment depth, ..., {@code iv-01..03} shadow scalability planning), so the
 * interviewers of different seats rate some of the same candidate-competencies and all twelve form
 * one comparable group for calibration. Two interviewers are planted: {@value #LENIENT_INTERVIEWER}
 * rates {@value #LENIENT_OFFSET} levels high and {@value #SEVERE_INTERVIEWER} {@value
 * #SEVERE_OFFSET} levels low, before rounding; everyone else has offset 0.
 *
 * <p>The random numbers come from {@link java.util.Random}, whose algorithm (including {@link
 * Random#nextGaussian()}) is fixed by its specification, so a seed gives the same history on every
 * JVM. The default history ({@link #generate()}) ships as {@code examples/data/history.json} and on
 * the classpath at {@value #RESOURCE}. Stateless and thread-safe.
 */
public final class HistoryGenerator {
  /** The classpath resource holding {@link #generate()} as JSON. */
  public static final String RESOURCE = "/dev/rubric/examples/data/history.json";

  /** The seed of the default history. */
  public static final long SEED = 20_261_126L;

  /** The number of candidates in the default history. */
  public static final int CANDIDATES = 80;

  /** The planted lenient interviewer. */
  public static final String LENIENT_INTERVIEWER = "iv-02";

  /** How many levels the lenient interviewer adds, before rounding. */
  public static final double LENIENT_OFFSET = 0.8;

  /** The planted severe interviewer. */
  public static final String SEVERE_INTERVIEWER = "iv-11";

  /** How many levels the severe interviewer adds (a negative number), before rounding. */
  public static final double SEVERE_OFFSET = -0.8;

  /** The interviewers per seat. */
  public static final int INTERVIEWERS_PER_SEAT = 3;

  /** Every this many candidates, each seat has a second, shadowing interviewer. */
  public static final int SHADOW_EVERY = 4;

  /**
   * Every this many candidates (starting with the third), each seat has a second interviewer from
   * the next seat.
   */
  public static final int ROTATE_EVERY = 4;

  private static final Instant FIRST_DAY = Instant.parse("2026-01-05T09:00:00Z");

  private HistoryGenerator() {}

  /** {@return the default history: {@value #CANDIDATES} candidates from seed {@value #SEED}} */
  public static ImmutableList<Scorecard> generate() {
    return generate(SEED, CANDIDATES);
  }

  /**
   * {@return a history of {@code candidates} candidates drawn from {@code seed}: one scorecard per
   * seat per candidate, two per seat for every {@value #SHADOW_EVERY}th candidate (starting with
   * the first, a shadow from the same seat) and for every {@value #ROTATE_EVERY}th starting with
   * the third (a shadow from the next seat)}
   *
   * @param seed the seed; the same seed always gives the same history
   * @param candidates how many candidates; not negative
   * @throws IllegalArgumentException if {@code candidates} is negative
   */
  public static ImmutableList<Scorecard> generate(long seed, int candidates) {
    if (candidates < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "candidates (%s) must be >= 0", candidates));
    }
    InterviewPlan plan = MlEngineerRubric.plan();
    String fingerprint = plan.scoringFingerprint();
    Random random = new Random(seed);
    ImmutableList.Builder<Scorecard> cards = ImmutableList.builder();
    for (int c = 0; c < candidates; c++) {
      Map<String, Double> ability = abilities(plan, random);
      String candidateId = String.format(Locale.ROOT, "h-%03d", c + 1);
      Instant day = FIRST_DAY.plus(Duration.ofDays(c));
      for (int s = 0; s < plan.panelRoles().size(); s++) {
        PanelRole seat = plan.panelRoles().get(s);
        boolean rotated = c % ROTATE_EVERY == 2;
        int rounds = c % SHADOW_EVERY == 0 || rotated ? 2 : 1;
        for (int r = 0; r < rounds; r++) {
          String interviewer =
              rotated && r == 1
                  ? interviewer(
                      (s + 1) % plan.panelRoles().size(),
                      (c / ROTATE_EVERY) % INTERVIEWERS_PER_SEAT)
                  : interviewer(s, (c + s + r) % INTERVIEWERS_PER_SEAT);
          Instant at = day.plus(Duration.ofHours(s)).plus(Duration.ofMinutes(10L * r));
          cards.add(card(candidateId, interviewer, seat, fingerprint, ability, random, at));
        }
      }
    }
    return cards.build();
  }

  /** {@return the interviewers, {@code iv-01} to {@code iv-12}, each with its planted offset} */
  public static ImmutableMap<String, Double> interviewerOffsets() {
    ImmutableMap.Builder<String, Double> offsets = ImmutableMap.builder();
    int seats = MlEngineerRubric.plan().panelRoles().size();
    for (int s = 0; s < seats; s++) {
      for (int k = 0; k < INTERVIEWERS_PER_SEAT; k++) {
        String id = interviewer(s, k);
        offsets.put(id, offset(id));
      }
    }
    return offsets.buildOrThrow();
  }

  private static Map<String, Double> abilities(InterviewPlan plan, Random random) {
    double general = 2.7 + 0.55 * random.nextGaussian();
    Map<String, Double> areaEffect = new HashMap<>();
    Map<String, Double> ability = new HashMap<>();
    for (Competency k : plan.competencies()) {
      double area = areaEffect.computeIfAbsent(k.area(), a -> 0.35 * random.nextGaussian());
      ability.put(k.id(), general + area + 0.25 * random.nextGaussian());
    }
    return ability;
  }

  private static Scorecard card(
      String candidateId,
      String interviewer,
      PanelRole seat,
      String fingerprint,
      Map<String, Double> ability,
      Random random,
      Instant at) {
    Scorecard.Builder card =
        Scorecard.builder()
            .candidateId(candidateId)
            .interviewerId(interviewer)
            .panelRoleId(seat.id())
            .planFingerprint(fingerprint)
            .interviewedAt(at)
            .submittedAt(at.plus(feedbackLatency(candidateId, interviewer)));
    int sum = 0;
    for (String competencyId : seat.competencies()) {
      double latent = ability.getOrDefault(competencyId, 2.5);
      double raw = latent + offset(interviewer) + 0.4 * random.nextGaussian();
      int level = (int) Math.max(1, Math.min(4, Math.round(raw)));
      sum += level;
      card.addRatings(
          Rating.of(
              competencyId,
              level,
              String.format(
                  Locale.ROOT,
                  "Generated rating: matches the level %d anchor of %s.",
                  level,
                  competencyId)));
    }
    int overall = (int) Math.round((double) sum / seat.competencies().size());
    card.overallRecommendation(Recommendation.values()[overall - 1]);
    return card.build();
  }

  /**
   * How long after the interview the scorecard is submitted: 2 to 31 hours, a fixed function of the
   * candidate and the interviewer (no random draw, so the ratings are those of the same seed), so
   * that some scorecards miss the technical panel's 24-hour deadline.
   */
  private static Duration feedbackLatency(String candidateId, String interviewer) {
    int h = Math.floorMod((candidateId + "/" + interviewer).hashCode(), 30);
    return Duration.ofHours(2 + h);
  }

  private static String interviewer(int seat, int k) {
    return String.format(Locale.ROOT, "iv-%02d", seat * INTERVIEWERS_PER_SEAT + k + 1);
  }

  private static double offset(String interviewer) {
    if (interviewer.equals(LENIENT_INTERVIEWER)) {
      return LENIENT_OFFSET;
    }
    if (interviewer.equals(SEVERE_INTERVIEWER)) {
      return SEVERE_OFFSET;
    }
    return 0.0;
  }
}

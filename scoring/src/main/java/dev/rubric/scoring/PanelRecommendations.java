package dev.rubric.scoring;

import dev.rubric.core.Recommendation;
import dev.rubric.core.internal.util.Elements;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The panel's overall recommendations: who gave which, how many of each, and how far they agree.
 * The {@link DecisionPolicy} receives it in {@link Findings#recommendations()}.
 *
 * <p>Figures, over the n recommendations given (levels 1 = strong no to 4 = strong yes):
 *
 * <ul>
 *   <li>{@link #counts()}: how many interviewers gave each recommendation; all four, in scale
 *       order.
 *   <li>{@link #split()}: at least one positive ({@code yes}, {@code strong_yes}) and at least one
 *       negative ({@code no}, {@code strong_no}) recommendation.
 *   <li>{@link #rwg()}: 1 - s^2 / sigma^2_EU with s^2 the sample variance of the levels and
 *       sigma^2_EU = (4^2 - 1) / 12 = 1.25, the uniform null over four levels (James, Demaree and
 *       Wolf 1984, doi:<a
 *       href="https://doi.org/10.1037/0021-9010.69.1.85">10.1037/0021-9010.69.1.85</a>), the same
 *       index as a competency's rwg; below 0 it is set to 0; empty with fewer than two
 *       recommendations. Unanimous recommendations give 1.
 * </ul>
 */
@Value.Immutable
@ValueStyle
public abstract class PanelRecommendations {
  private static final double UNIFORM_NULL_VARIANCE = (4.0 * 4.0 - 1.0) / 12.0;

  PanelRecommendations() {}

  /**
   * Every used scorecard's interviewer, in the evaluation's canonical scorecard order, with or
   * without a recommendation.
   *
   * @return the interviewers
   */
  @Value.Parameter
  public abstract List<InterviewerRecommendation> interviewers();

  /**
   * The interviewers who gave a recommendation.
   *
   * @return those interviewers, in the order of {@link #interviewers()}
   */
  public List<InterviewerRecommendation> given() {
    List<InterviewerRecommendation> out = new ArrayList<>();
    for (InterviewerRecommendation r : interviewers()) {
      if (r.recommendation().isPresent()) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * How many interviewers gave each recommendation.
   *
   * @return a map holding all four recommendations in scale order, each with its count
   */
  public Map<Recommendation, Integer> counts() {
    Map<Recommendation, Integer> counts = new EnumMap<>(Recommendation.class);
    for (Recommendation r : Recommendation.values()) {
      counts.put(r, 0);
    }
    for (InterviewerRecommendation r : given()) {
      counts.merge(r.recommendation().orElseThrow(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Whether the recommendations straddle the hire line.
   *
   * @return true when some are positive and some negative
   */
  public boolean split() {
    boolean positive = false;
    boolean negative = false;
    for (InterviewerRecommendation r : given()) {
      if (r.recommendation().orElseThrow().isPositive()) {
        positive = true;
      } else {
        negative = true;
      }
    }
    return positive && negative;
  }

  /**
   * The within-group agreement of the recommendations' levels; see the class documentation.
   *
   * @return rwg in [0, 1]; undefined without recommendations ({@link UndefinedReason#NO_RATINGS})
   *     or with one ({@link UndefinedReason#ONE_RATER})
   */
  public Coefficient rwg() {
    List<InterviewerRecommendation> given = given();
    int n = given.size();
    if (n == 0) {
      return Coefficient.undefined(
          UndefinedReason.NO_RATINGS, "No interviewer gave an overall recommendation.");
    }
    if (n < 2) {
      return Coefficient.undefined(
          UndefinedReason.ONE_RATER, "One recommendation only: rwg needs at least two.");
    }
    long sum = 0;
    long squares = 0;
    for (InterviewerRecommendation r : given) {
      int level = r.recommendation().orElseThrow().level();
      sum += level;
      squares += (long) level * level;
    }
    double variance = (double) (n * squares - sum * sum) / ((double) n * (n - 1));
    return Coefficient.of(Math.max(0, 1 - variance / UNIFORM_NULL_VARIANCE));
  }

  /**
   * The interviewers whose recommendation contradicts their own ratings ({@link
   * InterviewerRecommendation#contradictsRatings()}).
   *
   * @return those interviewers, in the order of {@link #interviewers()}
   */
  public List<InterviewerRecommendation> contradictions() {
    List<InterviewerRecommendation> out = new ArrayList<>();
    for (InterviewerRecommendation r : interviewers()) {
      if (r.contradictsRatings()) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the panel's recommendations.
   *
   * @param interviewers every used scorecard's interviewer
   * @return the value
   */
  public static PanelRecommendations of(
      Iterable<? extends InterviewerRecommendation> interviewers) {
    return ImmutablePanelRecommendations.of(Elements.copyOf(interviewers, "interviewers"));
  }

  /**
   * No interviewers: the recommendations of findings built without them.
   *
   * @return an empty value
   */
  public static PanelRecommendations none() {
    return of(List.of());
  }
}

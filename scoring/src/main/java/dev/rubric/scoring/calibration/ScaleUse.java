package dev.rubric.scoring.calibration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Rating;
import dev.rubric.core.RatingScale;
import dev.rubric.core.ScaleLevel;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * How one interviewer (or the whole panel) uses the scale, mutable while the used scorecards are
 * read; see {@link InterviewerCalibration} for the diagnostics' definitions. Confined to one call.
 */
final class ScaleUse {
  private final int min;
  private final int max;
  private final TreeMap<Integer, Integer> levels = new TreeMap<>();
  private int scorecards;
  private int withoutRecommendation;
  private long rated;
  private long assessed;
  private int ratings;
  private int middle;
  private double sum;
  private double sumSq;
  private int haloCards;
  private double haloSum;

  ScaleUse(RatingScale scale) {
    this.min = scale.min();
    this.max = scale.max();
    for (ScaleLevel level : scale.levels()) {
      levels.put(level.value(), 0);
    }
  }

  void add(Scorecard card, InterviewPlan plan) {
    scorecards++;
    if (card.overallRecommendation().isEmpty()) {
      withoutRecommendation++;
    }
    rated += card.ratings().size();
    assessed +=
        plan.panelRole(card.panelRoleId()).map(PanelRole::competencies).map(List::size).orElse(0);
    double cardSum = 0;
    double cardSumSq = 0;
    for (Rating r : card.ratings()) {
      int level = r.level();
      levels.merge(level, 1, Integer::sum);
      ratings++;
      if (level > min && level < max) {
        middle++;
      }
      sum += level;
      sumSq += (double) level * level;
      cardSum += level;
      cardSumSq += (double) level * level;
    }
    int n = card.ratings().size();
    if (n >= 2) {
      haloCards++;
      haloSum += sd(n, cardSum, cardSumSq);
    }
  }

  private static double sd(int n, double sum, double sumSq) {
    double mean = sum / n;
    return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  }

  double centralShare() {
    return ratings == 0 ? Double.NaN : (double) middle / ratings;
  }

  double spread() {
    return ratings < 2 ? Double.NaN : sd(ratings, sum, sumSq);
  }

  double halo() {
    return haloCards == 0 ? Double.NaN : haloSum / haloCards;
  }

  /** The central-tendency share at the API edge: undefined without a rating. */
  Coefficient centralShareFigure() {
    return Coefficient.ofFinite(
        centralShare(), UndefinedReason.NO_RATINGS, "No ratings: no share at the middle levels.");
  }

  /** The spread at the API edge: undefined with fewer than two ratings. */
  Coefficient spreadFigure() {
    return ratings == 0
        ? Coefficient.undefined(UndefinedReason.NO_RATINGS, "No ratings: no spread to describe.")
        : Coefficient.ofFinite(
            spread(),
            UndefinedReason.TOO_FEW_RATINGS,
            "One rating only: a standard deviation needs at least two.");
  }

  /** The halo index at the API edge: undefined without a scorecard carrying two ratings. */
  Coefficient haloFigure() {
    return ratings == 0
        ? Coefficient.undefined(UndefinedReason.NO_RATINGS, "No ratings: no halo to describe.")
        : Coefficient.ofFinite(
            halo(),
            UndefinedReason.TOO_FEW_RATINGS,
            "No scorecard carries two ratings, so no spread within a scorecard to describe.");
  }

  ImmutableList<Diagnostic> diagnostics(ScaleUse panel) {
    return ImmutableList.of(
        new Diagnostic(
            "central tendency",
            centralShareFigure(),
            panel.centralShareFigure(),
            ratings,
            ratings == 0
                ? "No ratings to describe."
                : String.format(
                    Locale.ROOT,
                    "%.0f%% of %d ratings sit at the middle levels (between %d and %d), against"
                        + " %.0f%% for the panel; a much higher share means ratings that separate"
                        + " candidates less.",
                    100 * centralShare(),
                    ratings,
                    min,
                    max,
                    100 * panel.centralShare())),
        new Diagnostic(
            "range restriction",
            spreadFigure(),
            panel.spreadFigure(),
            ratings,
            ratings < 2
                ? "Fewer than two ratings: no spread to describe."
                : String.format(
                    Locale.ROOT,
                    "The standard deviation of %d ratings is %.2f levels, against %.2f for the"
                        + " panel; a much smaller spread means little of the scale is used (or"
                        + " candidates who were alike).",
                    ratings,
                    spread(),
                    panel.spread())),
        new Diagnostic(
            "halo",
            haloFigure(),
            panel.haloFigure(),
            haloCards,
            haloCards == 0
                ? "No scorecard with two ratings: no halo to describe."
                : String.format(
                    Locale.ROOT,
                    "Within one scorecard, ratings spread %.2f levels across competencies on"
                        + " average over %d scorecards, against %.2f for the panel; a much"
                        + " smaller spread suggests one overall impression colouring every"
                        + " competency.",
                    halo(),
                    haloCards,
                    panel.halo())));
  }

  InterviewerProfile profile(String id, Leniency leniency, ScaleUse panel) {
    return new InterviewerProfile(
        id,
        scorecards,
        ImmutableSortedMap.copyOf(levels),
        scorecards == 0 ? 0 : (double) withoutRecommendation / scorecards,
        assessed == 0 ? 0 : (double) rated / assessed,
        leniency,
        diagnostics(panel));
  }
}

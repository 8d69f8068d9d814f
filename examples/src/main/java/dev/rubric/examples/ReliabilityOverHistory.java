package dev.rubric.examples;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.RatingMatrix;
import java.util.Locale;

/**
 * Integration example: how reliable is the panel over a history of scorecards? A unit is one
 * candidate's competency, a rater is an interviewer ({@link RatingMatrix}); ordinal Krippendorff's
 * alpha takes every unit rated twice or more, with missing ratings, and one-way ICC(1,1) takes the
 * units with two ratings (the shadowed interviews), since each unit has its own pair of
 * interviewers. Stateless and thread-safe.
 */
public final class ReliabilityOverHistory {
  private ReliabilityOverHistory() {}

  /**
   * {@return ordinal alpha over {@code history}, candidate x competency by interviewer}
   *
   * @param history the scorecards of many candidates
   */
  public static AlphaResult alpha(Iterable<Scorecard> history) {
    return KrippendorffAlpha.ordinal().compute(RatingMatrix.fromScorecards(history).rows());
  }

  /**
   * {@return ICC(1,1) over the units of {@code history} rated at least twice}
   *
   * @param history the scorecards of many candidates
   */
  public static IccEstimate icc(Iterable<Scorecard> history) {
    return IntraclassCorrelation.of()
        .compute(RatingMatrix.fromScorecards(history).firstRatings(2))
        .get(IccForm.ICC_1_1);
  }

  /**
   * {@return a two-line summary, for example for a hiring-process dashboard}
   *
   * @param history the scorecards of many candidates
   */
  public static String summary(Iterable<Scorecard> history) {
    AlphaResult alpha = alpha(history);
    IccEstimate icc = icc(history);
    return String.format(
        Locale.ROOT,
        "ordinal alpha %.3f over %d pairable units (%d raters)%nICC(1,1) %.3f",
        alpha.alpha().orElse(Double.NaN),
        alpha.pairableUnits(),
        alpha.raters(),
        icc.value().orElse(Double.NaN));
  }
}

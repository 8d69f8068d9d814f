package dev.rubric.examples;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.CompetencyAggregator;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.RatingSample;

/**
 * Integration example: plug a custom aggregator into the {@link Evaluator}. The "lower-half mean"
 * scores a competency by the mean of the lowest half of its ratings (rounded up: one of two, two of
 * three), a cautious rule for must-haves where one interviewer's doubt should count. It is monotone
 * (raising one rating never lowers the score) and stays on the scale, as the aggregator contract
 * asks.
 *
 * <p>On the split-panel candidate it turns a debrief into a no-hire: drift detection, rated 4 and
 * 2, scores 2 instead of 3 and misses its must-have bar. Stateless and thread-safe.
 */
public final class CustomAggregatorExample {
  private CustomAggregatorExample() {}

  /** {@return the lower-half mean, under the name {@code lower-half-mean}} */
  public static CompetencyAggregator lowerHalfMean() {
    return CompetencyAggregator.named("lower-half-mean", CustomAggregatorExample::aggregate);
  }

  /** {@return the standard evaluator with the lower-half mean in place of the mean} */
  public static Evaluator cautiousEvaluator() {
    return Evaluator.builder().aggregator(lowerHalfMean()).build();
  }

  /**
   * Evaluates {@code scorecards} against {@code plan} with {@link #cautiousEvaluator()}.
   *
   * @param plan the interview plan
   * @param scorecards the candidate's scorecards
   * @return the evaluation
   */
  public static Evaluation evaluate(InterviewPlan plan, Iterable<Scorecard> scorecards) {
    return cautiousEvaluator().evaluate(plan, scorecards);
  }

  private static double aggregate(RatingSample sample) {
    int half = (sample.size() + 1) / 2; // the sample's values are sorted, lowest first
    double sum = 0;
    for (int i = 0; i < half; i++) {
      sum += sample.value(i);
    }
    return sum / half;
  }
}

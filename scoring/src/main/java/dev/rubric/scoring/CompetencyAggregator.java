package dev.rubric.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * Turns the ratings that several interviewers gave one competency into one competency score.
 *
 * <p>Contract: {@link #aggregate} is called only with a non-empty sample; it must return a finite
 * number between the scale's lowest and highest level, must not depend on anything but the sample,
 * and should never decrease when one rating rises (every built-in is monotone in this way). The
 * {@link Evaluator} wraps every aggregator so that a breach is reported as a {@link
 * StrategyException} naming the aggregator.
 *
 * <p>Built-ins come from the static factories; a user's own is a lambda, best given a name with
 * {@link #named}.
 */
@FunctionalInterface
public interface CompetencyAggregator {
  /**
   * {@return the competency score for {@code sample}}
   *
   * @param sample the ratings of one competency, ascending by value
   */
  double aggregate(RatingSample sample);

  /**
   * The stable name shown in evaluations and error messages, read once when an {@link Evaluator} is
   * built. The default is the class name, which an evaluator refuses for a lambda (its class name
   * changes from run to run): give a lambda a name with {@code named}, or override this.
   *
   * @return the name, never blank
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * {@code aggregator} under the name {@code name}.
   *
   * @param name what is measured: {@code "central tendency"}, {@code "range restriction"} or {@code
   *     "halo"}
   * @param aggregator the aggregator to name
   * @return {@code aggregator} under the name {@code name}
   */
  static CompetencyAggregator named(String name, CompetencyAggregator aggregator) {
    return new BuiltInAggregators.Named(
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(aggregator, "aggregator"));
  }

  /**
   * {@return the arithmetic mean: (x1 + ..} + xn) / n, summed in canonical order. Ratings 2, 3, 4
   * give 3.0; 3, 4 give 3.5. Name {@code mean}.
   */
  static CompetencyAggregator mean() {
    return BuiltInAggregators.Simple.MEAN;
  }

  /**
   * {@return the median: the middle value of the sorted ratings, or the mean of the two middle
   * values when there is an even number} Ratings 1, 3, 4 give 3.0; 2, 3, 3, 4 give 3.0; 1, 4 give
   * 2.5. Name {@code median}.
   */
  static CompetencyAggregator median() {
    return BuiltInAggregators.Simple.MEDIAN;
  }

  /**
   * {@return the lowest rating: one interviewer's doubt is enough to hold the score down} Ratings
   * 2, 4, 4 give 2.0. Name {@code minimum}.
   */
  static CompetencyAggregator minimum() {
    return BuiltInAggregators.Simple.MINIMUM;
  }

  /**
   * {@return the trimmed mean: drops the k = floor(fraction * n) lowest and the k highest ratings
   * and takes the mean of the rest} With fraction 0.2, ratings 1, 3, 3, 4, 4 drop 1 and one 4 and
   * give (3 + 3 + 4) / 3 = 3.333...; with fewer than five ratings nothing is dropped (k = 0).
   * Fraction 0 is the mean. Name {@code trimmed-mean(0.2)}.
   *
   * @param fraction the share trimmed from each end, {@code 0 <= fraction < 0.5}
   * @throws IllegalArgumentException if {@code fraction} is outside {@code [0, 0.5)} or NaN
   */
  static CompetencyAggregator trimmedMean(double fraction) {
    Checks.checkArgument(
        fraction >= 0 && fraction < 0.5, "fraction (%s) must be >= 0 and < 0.5", fraction);
    return new BuiltInAggregators.TrimmedMean(fraction);
  }

  /**
   * Corrects each interviewer's leniency before aggregating: each rating's value is lowered by its
   * interviewer's offset (a lenient interviewer has a positive offset, a severe one a negative
   * offset; interviewers without an offset get 0), {@code base} aggregates the adjusted values and
   * the result is clamped to the scale. With offsets {alice: +0.5, bob: -0.5} and the mean, alice's
   * 4 and bob's 2 become 3.5 and 2.5 and give 3.0. Offsets come from interviewer calibration over
   * many candidates. Name {@code leniency-adjusted(mean)}.
   *
   * @param offsetsByInterviewer each interviewer's leniency offset in levels, by interviewer id
   *     (lenient positive, severe negative)
   * @param base aggregates the adjusted values
   * @return the leniency-adjusted aggregator
   * @throws IllegalArgumentException if an offset is not finite
   */
  static CompetencyAggregator leniencyAdjusted(
      Map<String, Double> offsetsByInterviewer, CompetencyAggregator base) {
    return BuiltInAggregators.LeniencyAdjusted.of(offsetsByInterviewer, base);
  }
}

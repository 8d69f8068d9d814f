package dev.rubric.scoring.agreement;

/**
 * A two-sided confidence interval.
 *
 * @param level the confidence level, for example 0.95
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record ConfidenceInterval(double level, double lower, double upper) {}

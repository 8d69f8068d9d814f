package dev.rubric.scoring.archfixture;

/**
 * Breaks "figures of a test are Coefficients": the shape {@code FTest} had before, whose {@code f}
 * could be {@code +Infinity} or {@code NaN} and whose {@code pValue} could be {@code NaN}, for
 * {@code ArchitectureRulesFailTest}. Test sources only.
 *
 * @param f the statistic
 * @param numeratorDf numerator degrees of freedom
 * @param denominatorDf denominator degrees of freedom
 * @param pValue the upper-tail probability
 */
public record RawFTest(double f, double numeratorDf, double denominatorDf, double pValue) {}

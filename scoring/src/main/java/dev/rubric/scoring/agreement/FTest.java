package dev.rubric.scoring.agreement;

/**
 * An F test of the null hypothesis that the intraclass correlation is 0.
 *
 * @param f the statistic, {@code +Infinity} when the error mean square is 0
 * @param numeratorDf numerator degrees of freedom
 * @param denominatorDf denominator degrees of freedom
 * @param pValue the upper-tail probability {@code P(F(df1, df2) >= f)}
 */
public record FTest(double f, double numeratorDf, double denominatorDf, double pValue) {}

package dev.rubric.scoring.agreement;

/**
 * An F test of the null hypothesis that the intraclass correlation is 0.
 *
 * <p>When the denominator mean square is 0 the ratio is not a number: with a positive numerator
 * {@code f} is {@code +Infinity} and {@code pValue} 0 (their limits as the denominator vanishes; no
 * error at all against real differences); with a numerator of 0 as well, {@code f} and {@code
 * pValue} are both {@code NaN}, since 0/0 tests nothing (this happens for ICC(2,1) and ICC(2,k)
 * when raters differ but targets and error do not).
 *
 * @param f the statistic; {@code +Infinity} or {@code NaN} as above
 * @param numeratorDf numerator degrees of freedom
 * @param denominatorDf denominator degrees of freedom
 * @param pValue the upper-tail probability {@code P(F(df1, df2) >= f)}; {@code NaN} when {@code f}
 *     is
 */
public record FTest(double f, double numeratorDf, double denominatorDf, double pValue) {}

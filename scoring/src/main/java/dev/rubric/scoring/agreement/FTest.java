package dev.rubric.scoring.agreement;

import static java.util.Objects.requireNonNull;

/**
 * An F test of the null hypothesis that an intraclass correlation is 0, as in Shrout and Fleiss
 * (1979) and McGraw and Wong (1996).
 *
 * <p><b>Formula.</b> {@code F = MS_num / MS_den}, the mean square between targets {@code BMS} over
 * the error mean square of the model: the mean square within targets {@code WMS} for the one-way
 * forms, on {@code (n - 1, n (k - 1))} degrees of freedom, the residual mean square {@code EMS} for
 * the two-way forms, on {@code (n - 1, (n - 1)(k - 1))}, with {@code n} targets and {@code k}
 * raters. The p-value is the upper tail {@code P(F(df1, df2) >= F)} of the F distribution (Apache
 * Commons Statistics' {@code FDistribution}).
 *
 * <p><b>Edges.</b> The figures the data may fail to define are {@link Coefficient}s: a defined
 * {@code f} is finite and {@code >= 0}, a defined {@code pValue} lies in {@code [0, 1]}.
 *
 * <ul>
 *   <li>Error mean square 0 with a positive numerator (every rater gives each target the same
 *       rating, or, for the two-way forms, raters differ only by a constant shift, while the
 *       targets differ): {@code F} is infinite, so {@code f} is undefined with {@link
 *       UndefinedReason#NO_ERROR_VARIANCE}. The {@code pValue} is <em>defined</em> and 0: it is the
 *       limit of {@code P(F(df1, df2) >= F)} as the error vanishes, it is a probability, not a
 *       ratio of the data, and 0 is the answer a test at any level gives (reject: no error at all
 *       against real differences between targets). A caller who filters on {@code p < 0.05} thus
 *       keeps perfect agreement.
 *   <li>Both mean squares 0 (0/0: the targets do not differ and there is no error; for ICC(2,1) and
 *       ICC(2,k) when raters differ but targets and error do not): no test at all, so {@code f} and
 *       {@code pValue} are both undefined with {@link UndefinedReason#NO_VARIANCE}.
 * </ul>
 *
 * <p>The degrees of freedom are always defined: a test exists only with {@code n >= 2} complete
 * targets and {@code k >= 2} raters, so both are finite and at least 1, never 0 or negative.
 *
 * <p><b>Sources.</b> Shrout, P. E. and Fleiss, J. L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin 86(2), 420-428.
 * doi:10.1037/0033-2909.86.2.420. McGraw, K. O. and Wong, S. P. (1996). Forming inferences about
 * some intraclass correlation coefficients. Psychological Methods 1(1), 30-46.
 * doi:10.1037/1082-989X.1.1.30.
 *
 * @param f the statistic {@code F}; undefined as above
 * @param numeratorDf numerator degrees of freedom, {@code n - 1}; finite and {@code >= 1}
 * @param denominatorDf denominator degrees of freedom; finite and {@code >= 1}
 * @param pValue the upper-tail probability {@code P(F(df1, df2) >= F)}; 0 when {@code f} is
 *     undefined for {@link UndefinedReason#NO_ERROR_VARIANCE}, undefined when {@code f} is 0/0
 */
public record FTest(Coefficient f, double numeratorDf, double denominatorDf, Coefficient pValue) {

  /**
   * Checks for nulls and the ranges of the figures.
   *
   * @param f the statistic {@code F}; undefined as above
   * @param numeratorDf numerator degrees of freedom, {@code n - 1}; finite and {@code >= 1}
   * @param denominatorDf denominator degrees of freedom; finite and {@code >= 1}
   * @param pValue the upper-tail probability {@code P(F(df1, df2) >= F)}; 0 when {@code f} is
   *     undefined for {@link UndefinedReason#NO_ERROR_VARIANCE}, undefined when {@code f} is 0/0
   * @throws IllegalArgumentException if a degree of freedom is below 1 or not finite, a defined
   *     {@code f} is negative or a defined {@code pValue} lies outside {@code [0, 1]}
   */
  public FTest {
    requireNonNull(f, "f");
    requireNonNull(pValue, "pValue");
    Checks.checkArgument(
        numeratorDf >= 1 && Double.isFinite(numeratorDf),
        "numeratorDf (%s) must be finite and >= 1",
        numeratorDf);
    Checks.checkArgument(
        denominatorDf >= 1 && Double.isFinite(denominatorDf),
        "denominatorDf (%s) must be finite and >= 1",
        denominatorDf);
    double fValue = f.orElse(0);
    Checks.checkArgument(fValue >= 0, "f (%s) must be >= 0", fValue);
    double p = pValue.orElse(0);
    Checks.checkArgument(p >= 0 && p <= 1, "pValue (%s) must be in [0, 1]", p);
  }
}

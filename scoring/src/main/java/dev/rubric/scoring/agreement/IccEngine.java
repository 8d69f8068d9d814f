package dev.rubric.scoring.agreement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.statistics.distribution.FDistribution;

/** Computes the intraclass correlations from the accumulator's exact sums. */
final class IccEngine {
  /* [1] Implementation notes.
   *
   * With n targets, k raters, G the grand sum, R_i the target sums and C_j the rater sums, the
   * sums of squares times nk are exact integers, formed with BigInteger once at the end:
   *   nk SS_total   = nk sum x^2 - G^2
   *   nk SS_targets = n sum R_i^2 - G^2
   *   nk SS_raters  = k sum C_j^2 - G^2
   *   nk SS_error   = nk sum x^2 - n sum R_i^2 - k sum C_j^2 + G^2
   *   k  SS_within  = k sum x^2 - sum R_i^2
   * so a zero variance is detected exactly, and the result does not depend on how the targets were
   * split or ordered. Confidence intervals follow Shrout and Fleiss (1979) as implemented in
   * psych::ICC: for forms 1 and 3, F_L = F / F(0.975; df1, df2) and F_U = F * F(0.975; df2, df1);
   * for form 2 the Satterthwaite degrees of freedom
   *   v = (k-1)(n-1) (k r F_j + n (1 + (k-1) r) - k r)^2
   *       / ((n-1) k^2 r^2 F_j^2 + (n (1 + (k-1) r) - k r)^2),  r = ICC(2,1), F_j = JMS / EMS,
   * and the average forms follow from the single ones by Spearman-Brown.
   *
   * [2] Edges. The two-way random forms are computed as exact integer ratios (numerator and
   * denominator of each multiplied by n^2 k (n-1)(k-1)), so they are defined exactly when their
   * denominators are not zero: ICC(2,k) = n((k-1)T - E) / (n(k-1)T + (n-1)J - E) with T, J, E the
   * numerators above, defined even without variance between targets, where ICC(2,1) may not be:
   * with BMS = 0 it is n EMS / (EMS - JMS), negative when JMS > EMS and above 1 when JMS < EMS
   * ({{2, 5}, {5, 2}}: BMS = JMS = 0, EMS = 9, ICC(2,k) = 2 while ICC(2,1) divides by zero), as
   * psych::ICC's formula gives. The denominators of ICC(2,1) and ICC(2,k) hold JMS - EMS and are negative when
   * raters differ less than the residual by enough: both estimates then lie outside [-1, 1] (for
   * {{1, 3}, {2, 0}}, ICC(2,1) = -3 and ICC(2,k) = 3, as psych::ICC gives). An F test whose denominator mean square is 0 has an infinite F, undefined with
   * NO_ERROR_VARIANCE, and p = 0 (its limit) when the numerator is positive; when the numerator is 0
   * too (0/0: no test) F and p are both undefined with NO_VARIANCE (see FTest). With F infinite the
   * Shrout-Fleiss bounds of forms 1 and 3 tend to 1, so the interval is [1, 1] (psych gives NaN for
   * the single forms). With EMS = 0 and JMS > 0 the Satterthwaite v tends to k - 1 as EMS -> 0 (for
   * r != 0), so ICC(2,1) keeps a finite interval: [n BMS / (F* k JMS + n BMS), n F' BMS / (k JMS +
   * n F' BMS)] with F* = qf(0.975, n-1, k-1), F' = qf(0.975, k-1, n-1); psych gives NaN there.
   *
   * [3] The bounds of ICC(2,1) are g(BMS / F*) and g(F' BMS) with g(x) = n (x - EMS) / (D + n x),
   * D = k JMS + (kn - k - n) EMS >= 0 (kn - k - n = (k-1)(n-1) - 1 >= 0). g increases (g'(x) = n
   * (D + n EMS) / (D + n x)^2 >= 0) and g(x) <= 1 (n x - n EMS <= D + n x), and F*, F' >= 1, so
   * lower <= upper <= 1, and both are 1 when D = EMS = 0 (perfect agreement). psych::ICC's two
   * expressions round differently: they gave [1, 1.0000000000000002] and [1, 0.9999999999999999]
   * under perfect agreement ({{1, 1, 1}, {2, 2, 2}, {4, 4, 4}}) and a lower bound one unit in the
   * last place above the upper one with BMS = 0. Rubric keeps psych's expressions, gives the limit
   * [1, 1] as it is, and sets a bound that rounding put above 1 or past the other back to it. The
   * interval of ICC(2,k) is the image of ICC(2,1)'s under the Spearman-Brown step-up s(r) = r k /
   * (1 + r (k - 1)), which increases on each side of its pole r = -1 / (k - 1). When ICC(2,1)'s lower
   * bound is at or below the pole and its upper bound above it, the image is unbounded below (s
   * tends to -infinity as r approaches the pole from above), so there is no finite interval and
   * none is given. psych::ICC steps up the two bounds as they fall and prints a lower bound above
   * the upper one ({{2, 2, 2}, {2, 1, 1}, {1, 2, 2}}: ICC(2,1) = 0 in [-0.828, 0.950], psych's
   * ICC(2,k) "interval" [3.784, 0.983]). McGraw and Wong's (1996) closed form for ICC(A,k), n (BMS
   * - F EMS) / (F (JMS - EMS) + n BMS), is the same step-up and has the same pole.
   */

  private static final double LEVEL = 0.95;
  private static final double TAIL = (1 - LEVEL) / 2;

  private IccEngine() {}

  static IccResult compute(
      long n,
      long dropped,
      int k,
      boolean rated,
      boolean pairable,
      BigInteger grandSum,
      BigInteger sumOfSquares,
      BigInteger sumOfSquaredRowSums,
      BigInteger sumOfSquaredColumnSums) {
    if (n < 2 || k < 2) {
      Coefficient why;
      if (!pairable) {
        why = Shapes.undefined("target", n + dropped, rated, k);
      } else if (n == 0) {
        why =
            Coefficient.undefined(
                UndefinedReason.MISSING_RATINGS,
                "every target misses a rating and was removed listwise");
      } else {
        why =
            Coefficient.undefined(
                UndefinedReason.TOO_FEW_UNITS,
                String.format(
                    Locale.ROOT, "complete targets (%s) must be >= 2 (%s removed)", n, dropped));
      }
      List<IccEstimate> all = new ArrayList<>();
      for (IccForm form : IccForm.values()) {
        all.add(new IccEstimate(form, why, Optional.empty(), Optional.empty()));
      }
      // A degree of freedom is 0: the mean squares are undefined for the estimates' reason.
      return new IccResult(n, dropped, k, why, why, why, why, List.copyOf(all));
    }
    BigInteger bn = BigInteger.valueOf(n);
    BigInteger bk = BigInteger.valueOf(k);
    BigInteger nk = bn.multiply(bk);
    BigInteger g2 = grandSum.pow(2);
    BigInteger sx2 = sumOfSquares;
    BigInteger sr2 = sumOfSquaredRowSums;
    BigInteger sc2 = sumOfSquaredColumnSums;
    BigInteger targetsNum = bn.multiply(sr2).subtract(g2);
    BigInteger ratersNum = bk.multiply(sc2).subtract(g2);
    BigInteger errorNum =
        nk.multiply(sx2).subtract(bn.multiply(sr2)).subtract(bk.multiply(sc2)).add(g2);
    BigInteger withinNum = bk.multiply(sx2).subtract(sr2);
    double dn = n;
    double dk = k;
    double nkd = dn * dk;
    double bms = targetsNum.doubleValue() / nkd / (dn - 1);
    double jms = ratersNum.doubleValue() / nkd / (dk - 1);
    double ems = errorNum.doubleValue() / nkd / ((dn - 1) * (dk - 1));
    double wms = withinNum.doubleValue() / dk / (dn * (dk - 1));
    boolean noTargetVariance = targetsNum.signum() == 0;
    boolean noError = errorNum.signum() == 0;

    FTest oneWay =
        test(
            bms,
            wms,
            noTargetVariance,
            withinNum.signum() == 0,
            dn - 1,
            dn * (dk - 1),
            "F = BMS / WMS",
            "within-target");
    FTest twoWay =
        test(
            bms,
            ems,
            noTargetVariance,
            noError,
            dn - 1,
            (dn - 1) * (dk - 1),
            "F = BMS / EMS",
            "residual");
    boolean noVariance = noTargetVariance && withinNum.signum() == 0;

    // The two-way random forms as exact ratios (see [2]): numerator n((k-1)T - E) over
    //   ICC(2,1): n(k-1)T + (nk - n - k)E + k(n-1)J     ICC(2,k): n(k-1)T + (n-1)J - E
    BigInteger randomNum =
        bn.multiply(BigInteger.valueOf(k - 1L).multiply(targetsNum).subtract(errorNum));
    BigInteger single2 =
        bn.multiply(BigInteger.valueOf(k - 1L))
            .multiply(targetsNum)
            .add(nk.subtract(bn).subtract(bk).multiply(errorNum))
            .add(bk.multiply(BigInteger.valueOf(n - 1)).multiply(ratersNum));
    BigInteger average2 =
        bn.multiply(BigInteger.valueOf(k - 1L))
            .multiply(targetsNum)
            .add(BigInteger.valueOf(n - 1).multiply(ratersNum))
            .subtract(errorNum);

    List<IccEstimate> all = new ArrayList<>();
    // ICC(1,1)
    double icc11 = (bms - wms) / (bms + (dk - 1) * wms);
    all.add(estimate(IccForm.ICC_1_1, icc11, noVariance, oneWay, single(oneWay, dk)));
    // ICC(2,1)
    double icc21 = ratio(randomNum, single2);
    double[] bounds2 = satterthwaite(icc21, bms, jms, ems, noError, dn, dk);
    all.add(
        estimate(
            IccForm.ICC_2_1,
            icc21,
            single2.signum() == 0,
            twoWay,
            interval(bounds2[0], bounds2[1])));
    // ICC(3,1)
    double icc31 = (bms - ems) / (bms + (dk - 1) * ems);
    boolean noTwoWayVariance = noTargetVariance && noError;
    all.add(estimate(IccForm.ICC_3_1, icc31, noTwoWayVariance, twoWay, single(twoWay, dk)));
    // ICC(1,k)
    all.add(
        estimate(IccForm.ICC_1_K, (bms - wms) / bms, noTargetVariance, oneWay, average(oneWay)));
    // ICC(2,k): the Spearman-Brown step-up of ICC(2,1), defined whenever its denominator is not 0
    all.add(
        estimate(
            IccForm.ICC_2_K,
            ratio(randomNum, average2),
            average2.signum() == 0,
            twoWay,
            steppedUp(bounds2, dk)));
    // ICC(3,k)
    all.add(
        estimate(IccForm.ICC_3_K, (bms - ems) / bms, noTargetVariance, twoWay, average(twoWay)));
    return new IccResult(
        n,
        dropped,
        k,
        Coefficient.of(bms),
        Coefficient.of(wms),
        Coefficient.of(jms),
        Coefficient.of(ems),
        List.copyOf(all));
  }

  /** {@code num / den} correctly rounded from the exact integers ({@code NaN} when den is 0). */
  private static double ratio(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      return Double.NaN;
    }
    return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(25)).doubleValue();
  }

  /**
   * The F test of {@code numerator / denominator}: F undefined ({@code NO_ERROR_VARIANCE}, F is
   * infinite) and {@code p = 0} when only the denominator is 0 (no error at all against real
   * differences between targets: the limit of p as the error vanishes); F and p undefined ({@code
   * NO_VARIANCE}) when both are 0, where no test is possible.
   *
   * @param ratio the ratio's formula for the sentences, e.g. {@code "F = BMS / EMS"}
   * @param error the kind of error mean square, e.g. {@code "residual"}
   */
  private static FTest test(
      double numerator,
      double denominator,
      boolean zeroNumerator,
      boolean zeroDenominator,
      double df1,
      double df2,
      String ratio,
      String error) {
    if (zeroDenominator) {
      if (zeroNumerator) {
        String why =
            ratio
                + " is 0/0: the between-target and "
                + error
                + " mean squares are both zero, so there is no test";
        return new FTest(
            Coefficient.undefined(UndefinedReason.NO_VARIANCE, why),
            df1,
            df2,
            Coefficient.undefined(UndefinedReason.NO_VARIANCE, why));
      }
      return new FTest(
          Coefficient.undefined(
              UndefinedReason.NO_ERROR_VARIANCE,
              ratio
                  + " is infinite: the "
                  + error
                  + " mean square is zero while the targets differ (p = 0, its limit)"),
          df1,
          df2,
          Coefficient.of(0));
    }
    double f = numerator / denominator;
    return new FTest(
        Coefficient.of(f),
        df1,
        df2,
        Coefficient.of(FDistribution.of(df1, df2).survivalProbability(f)));
  }

  /** Upper TAIL quantile of F(df1, df2), that is qf(0.975, df1, df2). */
  private static double upper(double df1, double df2) {
    return FDistribution.of(df1, df2).inverseSurvivalProbability(TAIL);
  }

  /** {@return whether the test's F is infinite: no error against real differences} */
  private static boolean infinite(FTest t) {
    return t.f().undefinedReason().filter(r -> r == UndefinedReason.NO_ERROR_VARIANCE).isPresent();
  }

  private static Optional<ConfidenceInterval> single(FTest t, double k) {
    if (infinite(t)) {
      return interval(1, 1); // the limit of both bounds as F grows without bound
    }
    if (!t.f().isDefined()) {
      return Optional.empty();
    }
    double f = t.f().value();
    double fl = f / upper(t.numeratorDf(), t.denominatorDf());
    double fu = f * upper(t.denominatorDf(), t.numeratorDf());
    return interval((fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1));
  }

  private static Optional<ConfidenceInterval> average(FTest t) {
    if (infinite(t)) {
      return interval(1, 1); // 1 - 1/F_L and 1 - 1/F_U as F grows without bound
    }
    if (!t.f().isDefined()) {
      return Optional.empty();
    }
    double f = t.f().value();
    double fl = f / upper(t.numeratorDf(), t.denominatorDf());
    double fu = f * upper(t.denominatorDf(), t.numeratorDf());
    return interval(1 - 1 / fl, 1 - 1 / fu);
  }

  private static double[] satterthwaite(
      double r, double bms, double jms, double ems, boolean noError, double n, double k) {
    double v;
    if (noError) {
      // F_j = JMS / EMS is infinite; as EMS -> 0 with r != 0, v tends to k - 1 (see [2]).
      v = r != 0 && Double.isFinite(r) ? k - 1 : Double.NaN;
    } else {
      double fj = jms / ems;
      double a = k * r * fj + n * (1 + (k - 1) * r) - k * r;
      double b = n * (1 + (k - 1) * r) - k * r;
      v = (k - 1) * (n - 1) * a * a / ((n - 1) * k * k * r * r * fj * fj + b * b);
    }
    if (!(v > 0) || !Double.isFinite(v)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    // Shrout and Fleiss's bounds, as psych::ICC writes them, with D = k JMS + (kn - k - n) EMS.
    // They
    // satisfy lower <= upper <= 1 exactly and are both 1 under perfect agreement (D = EMS = 0); the
    // two expressions round differently, so that limit is given as it is, and a bound that
    // rounding put past the other or above 1 is set back to it (see [3]).
    double fu = upper(n - 1, v);
    double fl = upper(v, n - 1);
    double d = k * jms + (k * n - k - n) * ems;
    if (d == 0 && ems == 0) {
      return new double[] {1, 1};
    }
    double lower = n * (bms - fu * ems) / (fu * d + n * bms);
    double upperBound = Math.min(n * (fl * bms - ems) / (d + n * fl * bms), 1);
    return new double[] {Math.min(lower, upperBound), upperBound};
  }

  /**
   * The interval of ICC(2,k): the Spearman-Brown step-up {@code r k / (1 + r (k - 1))} of
   * ICC(2,1)'s bounds, or none when ICC(2,1)'s lower bound lies at or below the step-up's pole
   * {@code -1 / (k - 1)} while its upper bound lies above it: the stepped-up interval is then
   * unbounded below (see [3]).
   */
  private static Optional<ConfidenceInterval> steppedUp(double[] single, double k) {
    double lowerDenominator = 1 + single[0] * (k - 1);
    double upperDenominator = 1 + single[1] * (k - 1);
    if (!(lowerDenominator > 0) && upperDenominator > 0) {
      return Optional.empty();
    }
    return interval(single[0] * k / lowerDenominator, single[1] * k / upperDenominator);
  }

  private static Optional<ConfidenceInterval> interval(double lower, double upper) {
    return Double.isFinite(lower) && Double.isFinite(upper)
        ? Optional.of(new ConfidenceInterval(LEVEL, lower, upper))
        : Optional.empty();
  }

  private static IccEstimate estimate(
      IccForm form,
      double value,
      boolean undefined,
      FTest test,
      Optional<ConfidenceInterval> interval) {
    if (undefined || !Double.isFinite(value)) {
      return new IccEstimate(
          form,
          Coefficient.undefined(
              UndefinedReason.NO_VARIANCE,
              form == IccForm.ICC_2_K
                  ? "the denominator of ICC(2,k), BMS + (JMS - EMS) / n, is zero"
                  : "the variance that "
                      + label(form)
                      + " divides by is zero: the targets are rated alike"),
          Optional.empty(),
          Optional.empty());
    }
    return new IccEstimate(form, Coefficient.of(value), Optional.of(test), interval);
  }

  /** The form as the literature writes it: {@code ICC(1,1)}, {@code ICC(2,k)}. */
  static String label(IccForm form) {
    String[] parts = form.name().split("_", -1);
    return "ICC(" + parts[1] + "," + parts[2].toLowerCase(java.util.Locale.ROOT) + ")";
  }
}

package dev.rubric.scoring.agreement;

import java.math.BigInteger;
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
   */

  private static final double LEVEL = 0.95;
  private static final double TAIL = (1 - LEVEL) / 2;

  private IccEngine() {}

  static IccResult compute(
      long n,
      long dropped,
      int k,
      long[] columnSums,
      long grandSum,
      long sumOfSquares,
      long sumOfSquaredRowSums) {
    if (n < 2 || k < 2) {
      UndefinedReason reason;
      String why;
      if (k < 2 && n + dropped > 0) {
        reason = UndefinedReason.ONE_RATER;
        why = String.format(Locale.ROOT, "raters (%s) must be >= 2", k);
      } else if (n + dropped == 0) {
        reason = UndefinedReason.NO_UNITS;
        why = "no target was added";
      } else if (n == 0) {
        reason = UndefinedReason.MISSING_RATINGS;
        why = "every target misses a rating and was removed listwise";
      } else {
        reason = UndefinedReason.TOO_FEW_UNITS;
        why =
            String.format(
                Locale.ROOT, "complete targets (%s) must be >= 2 (%s removed)", n, dropped);
      }
      List<IccEstimate> all = new ArrayList<>();
      for (IccForm form : IccForm.values()) {
        all.add(
            new IccEstimate(
                form, Coefficient.undefined(reason, why), Optional.empty(), Optional.empty()));
      }
      return new IccResult(
          n, dropped, k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.copyOf(all));
    }
    BigInteger bn = BigInteger.valueOf(n);
    BigInteger bk = BigInteger.valueOf(k);
    BigInteger nk = bn.multiply(bk);
    BigInteger g2 = BigInteger.valueOf(grandSum).pow(2);
    BigInteger sx2 = BigInteger.valueOf(sumOfSquares);
    BigInteger sr2 = BigInteger.valueOf(sumOfSquaredRowSums);
    BigInteger sc2 = BigInteger.ZERO;
    for (long c : columnSums) {
      sc2 = sc2.add(BigInteger.valueOf(c).pow(2));
    }
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

    FTest oneWay = test(bms, wms, withinNum.signum() == 0, dn - 1, dn * (dk - 1));
    FTest twoWay = test(bms, ems, errorNum.signum() == 0, dn - 1, (dn - 1) * (dk - 1));
    boolean noTargetVariance = targetsNum.signum() == 0;
    boolean noVariance = noTargetVariance && withinNum.signum() == 0;

    List<IccEstimate> all = new ArrayList<>();
    // ICC(1,1)
    double icc11 = (bms - wms) / (bms + (dk - 1) * wms);
    all.add(estimate(IccForm.ICC_1_1, icc11, noVariance, oneWay, single(oneWay, dk)));
    // ICC(2,1)
    double icc21 = (bms - ems) / (bms + (dk - 1) * ems + dk * (jms - ems) / dn);
    double[] bounds2 = satterthwaite(icc21, bms, jms, ems, dn, dk);
    all.add(
        estimate(
            IccForm.ICC_2_1,
            icc21,
            noVariance || !Double.isFinite(icc21),
            twoWay,
            interval(bounds2[0], bounds2[1])));
    // ICC(3,1)
    double icc31 = (bms - ems) / (bms + (dk - 1) * ems);
    boolean noTwoWayVariance = noTargetVariance && errorNum.signum() == 0;
    all.add(estimate(IccForm.ICC_3_1, icc31, noTwoWayVariance, twoWay, single(twoWay, dk)));
    // ICC(1,k)
    all.add(
        estimate(IccForm.ICC_1_K, (bms - wms) / bms, noTargetVariance, oneWay, average(oneWay)));
    // ICC(2,k)
    double icc2k = (bms - ems) / (bms + (jms - ems) / dn);
    all.add(
        estimate(
            IccForm.ICC_2_K,
            icc2k,
            noTargetVariance || !Double.isFinite(icc2k),
            twoWay,
            interval(spearmanBrown(bounds2[0], dk), spearmanBrown(bounds2[1], dk))));
    // ICC(3,k)
    all.add(
        estimate(IccForm.ICC_3_K, (bms - ems) / bms, noTargetVariance, twoWay, average(twoWay)));
    return new IccResult(n, dropped, k, bms, wms, jms, ems, List.copyOf(all));
  }

  private static FTest test(
      double numerator, double denominator, boolean zeroDenominator, double df1, double df2) {
    double f = zeroDenominator ? Double.POSITIVE_INFINITY : numerator / denominator;
    double p = zeroDenominator ? 0 : FDistribution.of(df1, df2).survivalProbability(f);
    return new FTest(f, df1, df2, p);
  }

  /** Upper TAIL quantile of F(df1, df2), that is qf(0.975, df1, df2). */
  private static double upper(double df1, double df2) {
    return FDistribution.of(df1, df2).inverseSurvivalProbability(TAIL);
  }

  private static Optional<ConfidenceInterval> single(FTest t, double k) {
    double fl = t.f() / upper(t.numeratorDf(), t.denominatorDf());
    double fu = t.f() * upper(t.denominatorDf(), t.numeratorDf());
    return interval((fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1));
  }

  private static Optional<ConfidenceInterval> average(FTest t) {
    double fl = t.f() / upper(t.numeratorDf(), t.denominatorDf());
    double fu = t.f() * upper(t.denominatorDf(), t.numeratorDf());
    return interval(1 - 1 / fl, 1 - 1 / fu);
  }

  private static double[] satterthwaite(
      double r, double bms, double jms, double ems, double n, double k) {
    double fj = jms / ems;
    double a = k * r * fj + n * (1 + (k - 1) * r) - k * r;
    double b = n * (1 + (k - 1) * r) - k * r;
    double v = (k - 1) * (n - 1) * a * a / ((n - 1) * k * k * r * r * fj * fj + b * b);
    if (!(v > 0) || !Double.isFinite(v)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double fu = upper(n - 1, v);
    double fl = upper(v, n - 1);
    double lower = n * (bms - fu * ems) / (fu * (k * jms + (k * n - k - n) * ems) + n * bms);
    double upperBound = n * (fl * bms - ems) / (k * jms + (k * n - k - n) * ems + n * fl * bms);
    return new double[] {lower, upperBound};
  }

  private static double spearmanBrown(double r, double k) {
    return r * k / (1 + r * (k - 1));
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
              "the variance that " + form + " divides by is zero: the targets are rated alike"),
          Optional.empty(),
          Optional.empty());
    }
    return new IccEstimate(form, Coefficient.of(value), Optional.of(test), interval);
  }
}

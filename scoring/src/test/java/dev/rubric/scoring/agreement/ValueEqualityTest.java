package dev.rubric.scoring.agreement;

import com.google.common.testing.EqualsTester;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Equality of every value type in this package, with values the statistics computed: equal inputs
 * give equal results, different inputs give different ones.
 */
class ValueEqualityTest {
  private static final int[][] A = Generated.correlated(new Random(1), 50, 4, 1, 5, 0.1);
  private static final int[][] B = Generated.correlated(new Random(2), 50, 4, 1, 5, 0.1);
  private static final int[][] PAIRS_A = Generated.correlated(new Random(3), 50, 2, 1, 5, 0.0);
  private static final int[][] PAIRS_B = Generated.correlated(new Random(4), 50, 2, 1, 5, 0.0);

  @Test
  void results() {
    IntraclassCorrelation icc = IntraclassCorrelation.of();
    new EqualsTester()
        .addEqualityGroup(icc.compute(A), icc.compute(A.clone()))
        .addEqualityGroup(icc.compute(B))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            icc.compute(A).get(IccForm.values()[0]), icc.compute(A).estimates().get(0))
        .addEqualityGroup(icc.compute(A).get(IccForm.values()[1]))
        .addEqualityGroup(icc.compute(B).get(IccForm.values()[0]))
        .testEquals();
    for (AlphaLevel level : AlphaLevel.values()) {
      KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
      new EqualsTester()
          .addEqualityGroup(alpha.compute(A), alpha.compute(A.clone()))
          .addEqualityGroup(alpha.compute(B))
          .testEquals();
    }
    new EqualsTester()
        .addEqualityGroup(FleissKappa.of().compute(PAIRS_A), FleissKappa.of().compute(PAIRS_A))
        .addEqualityGroup(FleissKappa.of().compute(PAIRS_B))
        .addEqualityGroup(
            CohenKappa.unweighted().compute(PAIRS_A), CohenKappa.unweighted().compute(PAIRS_A))
        .addEqualityGroup(CohenKappa.quadratic().compute(PAIRS_A))
        .testEquals();
  }

  @Test
  void smallRecords() {
    new EqualsTester()
        .addEqualityGroup(Coefficient.of(0.5), Coefficient.of(0.5))
        .addEqualityGroup(Coefficient.of(0.25))
        .addEqualityGroup(
            Coefficient.undefined(UndefinedReason.ONE_RATER, "one"),
            Coefficient.undefined(UndefinedReason.ONE_RATER, "one"))
        .addEqualityGroup(Coefficient.undefined(UndefinedReason.NO_RATINGS, "one"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ConfidenceInterval(0.95, 0.1, 0.9), new ConfidenceInterval(0.95, 0.1, 0.9))
        .addEqualityGroup(new ConfidenceInterval(0.9, 0.1, 0.9))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new FTest(Coefficient.of(2), 3, 4, Coefficient.of(0.2)),
            new FTest(Coefficient.of(2), 3, 4, Coefficient.of(0.2)))
        .addEqualityGroup(new FTest(Coefficient.of(2), 3, 4, Coefficient.of(0.3)))
        .addEqualityGroup(
            new FTest(
                Coefficient.undefined(UndefinedReason.NO_ERROR_VARIANCE, "infinite"),
                3,
                4,
                Coefficient.of(0)))
        .testEquals();
    double[] one = {1, 2, 2, 3};
    double[] two = {1, 1, 1, 3};
    new EqualsTester()
        .addEqualityGroup(
            WithinGroupAgreement.rwg(one, 5), WithinGroupAgreement.rwg(one.clone(), 5))
        .addEqualityGroup(WithinGroupAgreement.rwg(two, 5))
        .addEqualityGroup(WithinGroupAgreement.rwg(one, 7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            WithinGroupAgreement.rwgJ(new double[][] {one, two}, 5),
            WithinGroupAgreement.rwgJ(new double[][] {one, two}, 5))
        .addEqualityGroup(WithinGroupAgreement.rwgJ(new double[][] {one, one}, 5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            WithinGroupAgreement.averageDeviation(one), WithinGroupAgreement.averageDeviation(one))
        .addEqualityGroup(WithinGroupAgreement.averageDeviation(two))
        .testEquals();
  }
}

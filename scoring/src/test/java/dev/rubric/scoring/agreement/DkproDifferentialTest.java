package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential tests against DKPro Statistics 2.2.1 on seeded random matrices, to 1e-12: alpha at
 * all four levels, unweighted Cohen's kappa and Fleiss' kappa on complete data. DKPro's weighted
 * kappa has known bugs and is not compared; weighted kappa is checked against closed forms in
 * {@link KappaReferenceTest}.
 */
class DkproDifferentialTest {
  private static final int TRIALS = 30;

  // Units with one rating or none occur (25% missing cells); both drop them, also from the
  // ordinal marginals.
  @ParameterizedTest
  @EnumSource(AlphaLevel.class)
  void alphaMatchesDkpro(AlphaLevel level) {
    Random random = new Random(101 + level.ordinal());
    for (int t = 0; t < TRIALS; t++) {
      int raters = 2 + random.nextInt(5);
      int[][] m = Generated.correlated(random, 5 + random.nextInt(60), raters, 1, 6, 0.25);
      AlphaResult ours = KrippendorffAlpha.at(level).compute(m);
      if (!ours.alpha().isDefined()) {
        continue;
      }
      KrippendorffAlphaAgreement theirs =
          new KrippendorffAlphaAgreement(study(m, raters), distance(level));

      assertThat(ours.alpha().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
      assertThat(ours.observedDisagreement())
          .isCloseTo(theirs.calculateObservedDisagreement(), within(1e-12));
      assertThat(ours.expectedDisagreement())
          .isCloseTo(theirs.calculateExpectedDisagreement(), within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 6})
  void fleissMatchesDkproOnCompleteData(int raters) {
    Random random = new Random(200 + raters);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m = Generated.correlated(random, 2 + random.nextInt(60), raters, 1, 5, 0);
      FleissResult ours = FleissKappa.of().compute(m);
      FleissKappaAgreement theirs = new FleissKappaAgreement(study(m, raters));

      assertThat(ours.kappa().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
      assertThat(ours.observedAgreement())
          .isCloseTo(theirs.calculateObservedAgreement(), within(1e-12));
      assertThat(ours.expectedAgreement())
          .isCloseTo(theirs.calculateExpectedAgreement(), within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {301, 302, 303})
  void unweightedCohenMatchesDkpro(long seed) {
    Random random = new Random(seed);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m = Generated.correlated(random, 2 + random.nextInt(80), 2, 1, 5, 0);
      CohenResult ours = CohenKappa.unweighted().compute(m);
      CohenKappaAgreement theirs = new CohenKappaAgreement(study(m, 2));

      assertThat(ours.kappa().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
      assertThat(ours.expectedAgreement())
          .isCloseTo(theirs.calculateExpectedAgreement(), within(1e-12));
    }
  }

  private static CodingAnnotationStudy study(int[][] m, int raters) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
    for (int[] row : m) {
      Object[] cells = new Object[raters];
      for (int j = 0; j < raters; j++) {
        cells[j] = row[j] == Ratings.MISSING ? null : Integer.valueOf(row[j]);
      }
      study.addItemAsArray(cells);
    }
    return study;
  }

  private static IDistanceFunction distance(AlphaLevel level) {
    switch (level) {
      case NOMINAL:
        return new NominalDistanceFunction();
      case ORDINAL:
        return new OrdinalDistanceFunction();
      case INTERVAL:
        return new IntervalDistanceFunction();
      case RATIO:
        return new RatioDistanceFunction();
    }
    throw new AssertionError(level);
  }
}

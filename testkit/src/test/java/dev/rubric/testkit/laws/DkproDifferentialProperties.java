package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.FleissResult;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.domain.RubricGen;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;

/**
 * Differential properties against DKPro Statistics 2.2.1 (test scope only), to 1e-12 (relative for
 * alpha's disagreements, which grow with the squared distance between ratings): alpha at all four
 * levels with missing ratings, unweighted Cohen's and Fleiss' kappa on complete data. DKPro's
 * weighted kappa is not compared (see {@link AgreementLaws#weightedKappaEqualsTheClosedForm}).
 */
class DkproDifferentialProperties {
  static Gen<Pair<int[][], AlphaLevel>> alphaCases() {
    return Gen.zip(
        Gen.integers(2, 6).flatMap(r -> RubricGen.ratingMatrices(2, 60, r, 6, 0.25)),
        Gen.elements(AlphaLevel.values()));
  }

  static Gen<int[][]> complete() {
    return Gen.integers(2, 6).flatMap(r -> RubricGen.completeRatingMatrices(2, 60, r, 5));
  }

  static Gen<int[][]> completePairs() {
    return RubricGen.completeRatingMatrices(2, 80, 2, 5);
  }

  @Property(tries = 50)
  void alphaMatchesDkpro(@ForAll("alphaCases") Pair<int[][], AlphaLevel> p) {
    int[][] m = p.first();
    AlphaResult ours = KrippendorffAlpha.at(p.second()).compute(m);
    if (!ours.alpha().isDefined()) {
      return;
    }
    KrippendorffAlphaAgreement theirs =
        new KrippendorffAlphaAgreement(study(m), distance(p.second()));

    assertThat(ours.alpha().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
    double observed = theirs.calculateObservedDisagreement();
    double expected = theirs.calculateExpectedDisagreement();
    assertThat(ours.observedDisagreement())
        .isCloseTo(observed, within(1e-12 * Math.max(1, Math.abs(observed))));
    assertThat(ours.expectedDisagreement())
        .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
  }

  @Property(tries = 50)
  void fleissMatchesDkproOnCompleteData(@ForAll("complete") int[][] m) {
    FleissResult ours = FleissKappa.of().compute(m);
    if (!ours.kappa().isDefined()) {
      return;
    }
    FleissKappaAgreement theirs = new FleissKappaAgreement(study(m));

    assertThat(ours.kappa().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
    assertThat(ours.observedAgreement())
        .isCloseTo(theirs.calculateObservedAgreement(), within(1e-12));
    assertThat(ours.expectedAgreement())
        .isCloseTo(theirs.calculateExpectedAgreement(), within(1e-12));
  }

  @Property(tries = 50)
  void unweightedCohenMatchesDkpro(@ForAll("completePairs") int[][] m) {
    CohenResult ours = CohenKappa.unweighted().compute(m);
    if (!ours.kappa().isDefined()) {
      return;
    }
    CohenKappaAgreement theirs = new CohenKappaAgreement(study(m));

    assertThat(ours.kappa().value()).isCloseTo(theirs.calculateAgreement(), within(1e-12));
    assertThat(ours.expectedAgreement())
        .isCloseTo(theirs.calculateExpectedAgreement(), within(1e-12));
  }

  private static CodingAnnotationStudy study(int[][] m) {
    int raters = m[0].length;
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
    return switch (level) {
      case NOMINAL -> new NominalDistanceFunction();
      case ORDINAL -> new OrdinalDistanceFunction();
      case INTERVAL -> new IntervalDistanceFunction();
      case RATIO -> new RatioDistanceFunction();
    };
  }
}

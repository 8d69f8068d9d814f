package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.scoring.agreement.AlphaAccumulator;
import dev.rubric.scoring.agreement.AlphaLevel;
import dev.rubric.scoring.agreement.AlphaResult;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.CohenAccumulator;
import dev.rubric.scoring.agreement.CohenKappa;
import dev.rubric.scoring.agreement.CohenResult;
import dev.rubric.scoring.agreement.FleissAccumulator;
import dev.rubric.scoring.agreement.FleissKappa;
import dev.rubric.scoring.agreement.IccAccumulator;
import dev.rubric.scoring.agreement.IccEstimate;
import dev.rubric.scoring.agreement.IccForm;
import dev.rubric.scoring.agreement.IccResult;
import dev.rubric.scoring.agreement.IntraclassCorrelation;
import dev.rubric.scoring.agreement.KappaWeights;
import dev.rubric.scoring.agreement.KrippendorffAlpha;
import dev.rubric.scoring.agreement.Ratings;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import dev.rubric.testkit.Tuple.Pair;
import dev.rubric.testkit.Tuple.Quad;
import dev.rubric.testkit.domain.RubricGen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Laws of the agreement statistics over generated units-by-raters matrices: merging equals one pass
 * for any split, permutations of units and raters change nothing, perfect agreement gives 1, and
 * the identities ICC(3,k) = Cronbach's alpha and nominal alpha = 1 - (1 - Fleiss)(Nn - 1)/(Nn).
 */
class AgreementLaws {
  /** A matrix with missing cells (2-6 raters, levels 1..6) and a split point. */
  static Gen<Pair<int[][], Integer>> splitMatrices() {
    return Gen.integers(2, 6)
        .flatMap(r -> RubricGen.ratingMatrices(1, 60, r, 6, 0.3))
        .flatMap(m -> Gen.integers(0, m.length).map(cut -> new Pair<>(m, cut)));
  }

  /** A complete matrix (2-6 raters, levels 1..5) and a split point. */
  static Gen<Pair<int[][], Integer>> completeSplitMatrices() {
    return Gen.integers(2, 6)
        .flatMap(r -> RubricGen.completeRatingMatrices(1, 60, r, 5))
        .flatMap(m -> Gen.integers(0, m.length).map(cut -> new Pair<>(m, cut)));
  }

  /** A matrix, a level of measurement, and a seed for permuting its units and raters. */
  static Gen<Quad<int[][], AlphaLevel, Long, Boolean>> permutedMatrices() {
    return Gen.zip(
        Gen.integers(2, 6).flatMap(r -> RubricGen.ratingMatrices(1, 50, r, 6, 0.25)),
        Gen.elements(AlphaLevel.values()),
        Gen.longs(),
        Gen.booleans());
  }

  static Gen<int[][]> complete() {
    return Gen.integers(2, 6).flatMap(r -> RubricGen.completeRatingMatrices(2, 40, r, 5));
  }

  static Gen<int[][]> completeThreeUnits() {
    return Gen.integers(2, 6).flatMap(r -> RubricGen.completeRatingMatrices(3, 40, r, 5));
  }

  /** Two raters on 1..5 with a weighting scheme. */
  static Gen<Pair<int[][], KappaWeights>> pairs() {
    return Gen.zip(
        RubricGen.completeRatingMatrices(1, 60, 2, 5), Gen.elements(KappaWeights.values()));
  }

  /** Every row constant (rater agreement is perfect), missing cells kept. */
  static Gen<int[][]> perfect() {
    return Gen.integers(2, 6)
        .flatMap(r -> RubricGen.ratingMatrices(1, 40, r, 5, 0.2))
        .map(AgreementLaws::unanimous);
  }

  @Property
  void alphaMergeEqualsOnePassForAnySplit(@ForAll("splitMatrices") Pair<int[][], Integer> p) {
    for (AlphaLevel level : AlphaLevel.values()) {
      KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
      AlphaAccumulator left = alpha.accumulator();
      AlphaAccumulator right = alpha.accumulator();
      split(p, row -> left.addUnit(row), row -> right.addUnit(row));

      AlphaResult onePass = alpha.compute(p.first());
      assertThat(right.merge(left).result()).as(level.name()).isEqualTo(onePass);
      assertThat(Arrays.stream(p.first()).parallel().collect(alpha.collector())).isEqualTo(onePass);
    }
  }

  @Property
  void fleissAndIccMergeEqualsOnePassForAnySplit(
      @ForAll("completeSplitMatrices") Pair<int[][], Integer> p) {
    FleissAccumulator fl = FleissKappa.of().accumulator();
    FleissAccumulator fr = FleissKappa.of().accumulator();
    IccAccumulator il = IntraclassCorrelation.of().accumulator();
    IccAccumulator ir = IntraclassCorrelation.of().accumulator();
    split(
        p,
        row -> {
          fl.addUnit(row);
          il.addUnit(row);
        },
        row -> {
          fr.addUnit(row);
          ir.addUnit(row);
        });

    assertThat(fr.merge(fl).result()).isEqualTo(FleissKappa.of().compute(p.first()));
    assertThat(ir.merge(il).result()).isEqualTo(IntraclassCorrelation.of().compute(p.first()));
  }

  @Property
  void cohenMergeEqualsOnePassForAnySplit(@ForAll("pairs") Pair<int[][], KappaWeights> p) {
    CohenKappa kappa = CohenKappa.weighted(p.second());
    int cut = p.first().length / 2;
    CohenAccumulator left = kappa.accumulator();
    CohenAccumulator right = kappa.accumulator();
    split(new Pair<>(p.first(), cut), row -> left.addUnit(row), row -> right.addUnit(row));

    assertThat(right.merge(left).result()).isEqualTo(kappa.compute(p.first()));
  }

  @Property
  void alphaIsInvariantUnderPermutationOfUnitsAndRaters(
      @ForAll("permutedMatrices") Quad<int[][], AlphaLevel, Long, Boolean> p) {
    KrippendorffAlpha alpha = KrippendorffAlpha.at(p.second());
    int[][] permuted = permute(p.first(), p.third(), p.fourth());

    assertThat(alpha.compute(permuted)).isEqualTo(alpha.compute(p.first()));
  }

  @Property
  void fleissAndIccAreInvariantUnderPermutationOfUnitsAndRaters(
      @ForAll("complete") int[][] m, @ForAll long seed) {
    int[][] permuted = permute(m, seed, true);

    assertThat(FleissKappa.of().compute(permuted)).isEqualTo(FleissKappa.of().compute(m));
    IccResult expected = IntraclassCorrelation.of().compute(m);
    IccResult actual = IntraclassCorrelation.of().compute(permuted);
    for (IccForm form : IccForm.values()) {
      assertClose(actual.get(form).value(), expected.get(form).value(), 1e-12);
    }
  }

  @Property
  void cohenIsInvariantUnderPermutationOfUnitsAndSwapOfRaters(
      @ForAll("pairs") Pair<int[][], KappaWeights> p, @ForAll long seed) {
    CohenKappa kappa = CohenKappa.weighted(p.second()).onScale(1, 5);
    CohenResult expected = kappa.compute(p.first());

    assertThat(kappa.compute(permute(p.first(), seed, false))).isEqualTo(expected);
    assertClose(kappa.compute(permute(p.first(), seed, true)).kappa(), expected.kappa(), 1e-12);
  }

  @Property
  void perfectAgreementGivesOneWhereDefined(@ForAll("perfect") int[][] m) {
    for (AlphaLevel level : AlphaLevel.values()) {
      Coefficient alpha = KrippendorffAlpha.at(level).compute(m).alpha();
      if (alpha.isDefined()) {
        assertThat(alpha.value()).as(level.name()).isEqualTo(1.0);
      }
    }
    int[][] complete = Arrays.stream(m).filter(AgreementLaws::isComplete).toArray(int[][]::new);
    Coefficient fleiss = FleissKappa.of().compute(complete).kappa();
    if (fleiss.isDefined()) {
      assertThat(fleiss.value()).isEqualTo(1.0);
    }
    int[][] two = Arrays.stream(complete).map(r -> Arrays.copyOf(r, 2)).toArray(int[][]::new);
    for (KappaWeights w : KappaWeights.values()) {
      Coefficient kappa = CohenKappa.weighted(w).compute(two).kappa();
      if (kappa.isDefined()) {
        assertThat(kappa.value()).as(w.name()).isEqualTo(1.0);
      }
    }
    for (IccEstimate e : IntraclassCorrelation.of().compute(complete).estimates()) {
      if (e.value().isDefined()) {
        assertThat(e.value().value()).as(e.form().name()).isEqualTo(1.0);
      }
    }
  }

  // ICC(3,k) is Cronbach's alpha with raters as items (McGraw and Wong 1996, Table 4,
  // doi:10.1037/1082-989X.1.1.30); Cronbach computed here from item and total variances.
  @Property
  void iccThreeKEqualsCronbachsAlpha(@ForAll("completeThreeUnits") int[][] m) {
    int k = m[0].length;
    double items = 0;
    for (int j = 0; j < k; j++) {
      final int col = j;
      items += variance(Arrays.stream(m).mapToDouble(r -> r[col]).toArray());
    }
    double total = variance(Arrays.stream(m).mapToDouble(r -> Arrays.stream(r).sum()).toArray());
    Coefficient icc3k = IntraclassCorrelation.of().compute(m).get(IccForm.ICC_3_K).value();
    if (total == 0 || !icc3k.isDefined()) {
      return;
    }
    double cronbach = (double) k / (k - 1) * (1 - items / total);

    assertThat(icc3k.value()).isCloseTo(cronbach, within(1e-12));
  }

  // Complete data, N units with n ratings each: both share D_o, and D_e(alpha) = (1 - P_e) Nn/(Nn
  // - 1), so 1 - alpha = (1 - kappa)(Nn - 1)/(Nn).
  @Property
  void nominalAlphaAndFleissKappaIdentity(@ForAll("complete") int[][] m) {
    double nn = (double) m.length * m[0].length;
    Coefficient kappa = FleissKappa.of().compute(m).kappa();
    Coefficient alpha = KrippendorffAlpha.nominal().compute(m).alpha();
    assertThat(alpha.isDefined()).isEqualTo(kappa.isDefined());
    if (!kappa.isDefined()) {
      return;
    }

    assertThat(alpha.value()).isCloseTo(1 - (1 - kappa.value()) * (nn - 1) / nn, within(1e-12));
  }

  // Cohen (1968), doi:10.1037/h0026256: kappa_w = 1 - sum(w_ij o_ij) / sum(w_ij e_ij) with
  // disagreement weights w_ij = |i - j| / (k - 1) (linear) or ((i - j) / (k - 1))^2 (quadratic).
  @Property
  void weightedKappaEqualsTheClosedForm(@ForAll("pairs") Pair<int[][], KappaWeights> p) {
    int[][] m = p.first();
    int k = 5;
    double[][] o = new double[k][k];
    for (int[] row : m) {
      o[row[0] - 1][row[1] - 1] += 1.0 / m.length;
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double rowSum = Arrays.stream(o[i]).sum();
        final int col = j;
        double colSum = Arrays.stream(o).mapToDouble(r -> r[col]).sum();
        double w =
            switch (p.second()) {
              case NONE -> i == j ? 0 : 1;
              case LINEAR -> Math.abs(i - j) / (k - 1.0);
              case QUADRATIC -> Math.pow((i - j) / (k - 1.0), 2);
            };
        observed += w * o[i][j];
        expected += w * rowSum * colSum;
      }
    }
    Coefficient kappa = CohenKappa.weighted(p.second()).onScale(1, k).compute(m).kappa();
    assertThat(kappa.isDefined()).isEqualTo(expected > 0);
    if (expected > 0) {
      assertThat(kappa.value()).isCloseTo(1 - observed / expected, within(1e-12));
    }
  }

  static int[][] unanimous(int[][] m) {
    int[][] out = new int[m.length][];
    for (int u = 0; u < m.length; u++) {
      int[] row = m[u].clone();
      int value = Arrays.stream(row).filter(v -> v != Ratings.MISSING).findFirst().orElse(1);
      for (int j = 0; j < row.length; j++) {
        if (row[j] != Ratings.MISSING) {
          row[j] = value;
        }
      }
      out[u] = row;
    }
    return out;
  }

  static int[][] permute(int[][] m, long seed, boolean raters) {
    Random random = new Random(seed);
    List<int[]> rows = new ArrayList<>(Arrays.asList(m));
    Collections.shuffle(rows, random);
    int k = m.length == 0 ? 0 : m[0].length;
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      columns.add(j);
    }
    if (raters) {
      Collections.shuffle(columns, random);
    }
    return rows.stream()
        .map(r -> columns.stream().mapToInt(j -> r[j]).toArray())
        .toArray(int[][]::new);
  }

  private static void split(
      Pair<int[][], Integer> p,
      java.util.function.Consumer<int[]> left,
      java.util.function.Consumer<int[]> right) {
    for (int i = 0; i < p.first().length; i++) {
      (i < p.second() ? left : right).accept(p.first()[i]);
    }
  }

  private static boolean isComplete(int[] row) {
    return Arrays.stream(row).noneMatch(v -> v == Ratings.MISSING);
  }

  private static void assertClose(Coefficient actual, Coefficient expected, double tolerance) {
    assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.value()).isCloseTo(expected.value(), within(tolerance));
    }
  }

  private static double variance(double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
  }
}

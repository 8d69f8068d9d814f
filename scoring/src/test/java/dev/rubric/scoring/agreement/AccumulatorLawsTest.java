package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Laws of the accumulators on seeded random matrices: merging parts equals one pass exactly,
 * results are invariant under permutations of units and raters, parallel collectors equal
 * sequential ones, and state survives serialization.
 */
class AccumulatorLawsTest {
  private static final int TRIALS = 40;

  @ParameterizedTest
  @EnumSource(AlphaLevel.class)
  void alphaMergeEqualsOnePassAndIsOrderFree(AlphaLevel level) {
    Random random = new Random(20240601L + level.ordinal());
    KrippendorffAlpha alpha = KrippendorffAlpha.at(level);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m =
          Generated.matrix(random, 1 + random.nextInt(60), 2 + random.nextInt(5), 1, 6, 0.3);
      AlphaResult onePass = alpha.compute(m);
      int cut = random.nextInt(m.length + 1);
      AlphaAccumulator left = alpha.accumulator();
      AlphaAccumulator right = alpha.accumulator();
      for (int i = 0; i < m.length; i++) {
        (i < cut ? left : right).addUnit(m[i]);
      }
      assertThat(right.merge(left).result()).isEqualTo(onePass);
      assertThat(alpha.compute(Generated.shuffled(random, m))).isEqualTo(onePass);
      assertThat(Arrays.stream(m).parallel().collect(alpha.collector())).isEqualTo(onePass);
    }
  }

  @Test
  void fleissMergeEqualsOnePassAndIsOrderFree() {
    Random random = new Random(7);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m = Generated.matrix(random, 1 + random.nextInt(60), 2 + random.nextInt(5), 0, 4, 0);
      FleissResult onePass = FleissKappa.of().compute(m);
      int cut = random.nextInt(m.length + 1);
      FleissAccumulator left = FleissKappa.of().accumulator();
      FleissAccumulator right = FleissKappa.of().accumulator();
      for (int i = 0; i < m.length; i++) {
        (i < cut ? left : right).addUnit(m[i]);
      }
      assertThat(right.merge(left).result()).isEqualTo(onePass);
      assertThat(FleissKappa.of().compute(Generated.shuffled(random, m))).isEqualTo(onePass);
      assertThat(Arrays.stream(m).parallel().collect(FleissKappa.of().collector()))
          .isEqualTo(onePass);
    }
  }

  @ParameterizedTest
  @EnumSource(KappaWeights.class)
  void cohenMergeEqualsOnePass(KappaWeights weights) {
    Random random = new Random(11 + weights.ordinal());
    CohenKappa kappa = CohenKappa.weighted(weights);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m = Generated.correlated(random, 1 + random.nextInt(80), 2, 1, 5, 0.1);
      CohenResult onePass = kappa.compute(m);
      int cut = random.nextInt(m.length + 1);
      CohenAccumulator left = kappa.accumulator();
      CohenAccumulator right = kappa.accumulator();
      for (int i = 0; i < m.length; i++) {
        (i < cut ? left : right).addUnit(m[i]);
      }
      assertThat(right.merge(left).result()).isEqualTo(onePass);
      assertThat(Arrays.stream(m).parallel().collect(kappa.collector())).isEqualTo(onePass);
      // Swapping the raters transposes the table: the same kappa up to rounding.
      CohenResult swapped = kappa.compute(Generated.shuffled(new Random(t), m));
      assertThat(swapped.kappa().orElse(-9)).isCloseTo(onePass.kappa().orElse(-9), within(1e-12));
    }
  }

  @Test
  void iccMergeEqualsOnePassAndIsOrderFree() {
    Random random = new Random(13);
    for (int t = 0; t < TRIALS; t++) {
      int[][] m =
          Generated.correlated(random, 1 + random.nextInt(60), 2 + random.nextInt(5), 1, 7, 0.05);
      IccResult onePass = IntraclassCorrelation.of().compute(m);
      int cut = random.nextInt(m.length + 1);
      IccAccumulator left = IntraclassCorrelation.of().accumulator();
      IccAccumulator right = IntraclassCorrelation.of().accumulator();
      for (int i = 0; i < m.length; i++) {
        (i < cut ? left : right).addUnit(m[i]);
      }
      assertThat(right.merge(left).result()).isEqualTo(onePass);
      assertThat(IntraclassCorrelation.of().compute(Generated.shuffled(random, m)))
          .isEqualTo(onePass);
      assertThat(Arrays.stream(m).parallel().collect(IntraclassCorrelation.of().collector()))
          .isEqualTo(onePass);
    }
  }

  @Test
  void perfectAgreementGivesOneWhereDefined() {
    Random random = new Random(17);
    int[][] m = new int[30][4];
    for (int[] row : m) {
      Arrays.fill(row, 1 + random.nextInt(5));
    }
    m[3][2] = Ratings.MISSING;
    for (AlphaLevel level : AlphaLevel.values()) {
      assertThat(KrippendorffAlpha.at(level).compute(m).alpha().value()).isEqualTo(1);
    }
    int[][] complete = Arrays.copyOfRange(m, 4, 30);
    assertThat(FleissKappa.of().compute(complete).kappa().value()).isEqualTo(1);
    for (KappaWeights w : KappaWeights.values()) {
      int[][] two = Arrays.stream(complete).map(r -> Arrays.copyOf(r, 2)).toArray(int[][]::new);
      assertThat(CohenKappa.weighted(w).compute(two).kappa().value()).isEqualTo(1);
    }
    for (IccEstimate e : IntraclassCorrelation.of().compute(complete).estimates()) {
      assertThat(e.value().value()).isEqualTo(1);
    }
    assertThat(WithinGroupAgreement.rwg(complete[0], 5).value().value()).isEqualTo(1);
  }

  // ICC(3,k) is Cronbach's alpha with the raters as items (McGraw and Wong 1996, Table 4);
  // Cronbach computed here independently from item and total variances.
  @Test
  void iccThreeKEqualsCronbachsAlpha() {
    Random random = new Random(19);
    for (int t = 0; t < TRIALS; t++) {
      int k = 2 + random.nextInt(5);
      int[][] m = Generated.correlated(random, 3 + random.nextInt(40), k, 1, 5, 0);
      double itemVariances = 0;
      for (int j = 0; j < k; j++) {
        final int col = j;
        itemVariances += variance(Arrays.stream(m).mapToDouble(r -> r[col]).toArray());
      }
      double totalVariance = variance(Arrays.stream(m).mapToDouble(r -> sum(r)).toArray());
      double cronbach = (double) k / (k - 1) * (1 - itemVariances / totalVariance);

      Coefficient icc3k = IntraclassCorrelation.of().compute(m).get(IccForm.ICC_3_K).value();

      assertThat(icc3k.value()).isCloseTo(cronbach, within(1e-12));
    }
  }

  // For complete data (N units, n ratings each): 1 - alpha = (1 - kappa)(Nn - 1) / (Nn), because
  // both share D_o while D_e(alpha) = (1 - P_e) Nn / (Nn - 1). The identity holds as stated.
  @Test
  void nominalAlphaAndFleissKappaIdentity() {
    Random random = new Random(23);
    for (int t = 0; t < TRIALS; t++) {
      int n = 2 + random.nextInt(5);
      int[][] m = Generated.correlated(random, 2 + random.nextInt(40), n, 1, 4, 0);
      double nn = (double) m.length * n;
      double kappa = FleissKappa.of().compute(m).kappa().value();
      double alpha = KrippendorffAlpha.nominal().compute(m).alpha().value();

      assertThat(alpha).isCloseTo(1 - (1 - kappa) * (nn - 1) / nn, within(1e-12));
    }
  }

  @Test
  void accumulatorsSurviveSerialization() throws Exception {
    int[][] m = Generated.correlated(new Random(29), 25, 3, 1, 5, 0.1);
    AlphaAccumulator alpha = KrippendorffAlpha.ordinal().accumulator();
    FleissAccumulator fleiss = FleissKappa.of().accumulator();
    IccAccumulator icc = IntraclassCorrelation.of().accumulator();
    CohenAccumulator cohen = CohenKappa.quadratic().onScale(1, 5).accumulator();
    for (int[] row : m) {
      alpha.addUnit(row);
      fleiss.addUnit(row);
      icc.addUnit(row);
      cohen.addUnit(row[0], row[1]);
    }
    assertThat(roundTrip(alpha).result()).isEqualTo(alpha.result());
    assertThat(roundTrip(fleiss).result()).isEqualTo(fleiss.result());
    assertThat(roundTrip(icc).result()).isEqualTo(icc.result());
    assertThat(roundTrip(cohen).result()).isEqualTo(cohen.result());
  }

  @Test
  void doubleInputEqualsIntInput() {
    int[][] m = Generated.matrix(new Random(31), 30, 4, -2, 3, 0.2);
    double[][] d =
        Arrays.stream(m)
            .map(
                r ->
                    Arrays.stream(r)
                        .mapToDouble(v -> v == Ratings.MISSING ? Double.NaN : v)
                        .toArray())
            .toArray(double[][]::new);

    assertThat(KrippendorffAlpha.interval().compute(d))
        .isEqualTo(KrippendorffAlpha.interval().compute(m));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void argumentErrorsNameTheirValues() {
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().accumulator().addUnit(1.5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (1.5) must be an integer level or NaN for a missing rating");
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().accumulator().addUnit(0, 300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratings span the values [0, 300], 301 levels; at most 256 consecutive levels are"
                + " supported");
    assertThatThrownBy(() -> CohenKappa.unweighted().accumulator().addUnit(1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratings length (3) must be 2 for Cohen's kappa (or 0 for a unit nobody rated)");
    assertThatThrownBy(() -> CohenKappa.linear().onScale(1, 4).accumulator().addUnit(1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating (5) is not on the declared scale [1, 2, 3, 4]");
    assertThatThrownBy(() -> CohenKappa.linear().onScale(3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min (3) must be < max (3)");
    assertThatThrownBy(() -> IntraclassCorrelation.of().accumulator().addUnit(1, 2).addUnit(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings length (1) must equal the raters (2)");
    AlphaAccumulator acc = KrippendorffAlpha.nominal().accumulator();
    assertThatThrownBy(() -> acc.merge(acc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge an accumulator (alpha) into itself");
    assertThatThrownBy(() -> acc.addUnit((int[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ratings");
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  private static double sum(int[] row) {
    double s = 0;
    for (int v : row) {
      s += v;
    }
    return s;
  }

  private static double variance(double[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
  }
}

package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.Ratings.MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Law: every statistic gives the same reason code for the same degenerate data. The data of each
 * case go to Krippendorff's alpha at every level, Fleiss' kappa, Cohen's kappa (two columns only),
 * the six intraclass correlations, rwg(j) with each unit as an item, and, for one unit, rwg and the
 * average deviation of that unit.
 */
class ReasonCodesTest {
  private static final int M = MISSING;

  static Stream<Arguments> degenerate() {
    return Stream.of(
        Arguments.of(new int[0][], UndefinedReason.NO_UNITS),
        Arguments.of(new int[][] {{M, M}, {M, M}}, UndefinedReason.NO_RATINGS),
        Arguments.of(new int[][] {{M, M}}, UndefinedReason.NO_RATINGS),
        Arguments.of(new int[][] {{M}}, UndefinedReason.NO_RATINGS),
        Arguments.of(new int[][] {{1}, {2}, {3}}, UndefinedReason.ONE_RATER),
        Arguments.of(new int[][] {{3}}, UndefinedReason.ONE_RATER),
        Arguments.of(new int[][] {{1, M}, {M, 2}}, UndefinedReason.NO_PAIRABLE_UNITS),
        Arguments.of(
            new int[][] {{1, M, M}, {M, M, 2}, {M, M, M}}, UndefinedReason.NO_PAIRABLE_UNITS),
        Arguments.of(new int[][] {{3, M}}, UndefinedReason.NO_PAIRABLE_UNITS));
  }

  @ParameterizedTest
  @MethodSource("degenerate")
  void everyStatisticGivesTheSameCode(int[][] data, UndefinedReason expected) {
    Map<String, Coefficient> all = new LinkedHashMap<>();
    for (AlphaLevel level : AlphaLevel.values()) {
      all.put("alpha " + level, KrippendorffAlpha.at(level).compute(data).alpha());
    }
    all.put("fleiss", FleissKappa.of().compute(data).kappa());
    if (data.length == 0 || data[0].length == 2) {
      all.put("cohen", CohenKappa.unweighted().compute(data).kappa());
    }
    IccResult icc = IntraclassCorrelation.of().compute(data);
    for (IccEstimate e : icc.estimates()) {
      all.put(e.form().toString(), e.value());
    }
    double[][] items = toDoubles(data);
    for (MissingRatings missing : MissingRatings.values()) {
      RwgJ rwgJ = WithinGroupAgreement.rwgJ(items, 5, missing);
      all.put("rwg(j) " + missing, rwgJ.value());
      all.put("r*wg(j) " + missing, rwgJ.lindell());
    }
    if (items.length == 1) {
      all.put("rwg", WithinGroupAgreement.rwg(items[0], 5).value());
      AverageDeviation ad = WithinGroupAgreement.averageDeviation(items[0]);
      all.put("AD mean", ad.aroundMean());
      all.put("AD median", ad.aroundMedian());
    }
    List<String> wrong = new ArrayList<>();
    all.forEach(
        (name, c) -> {
          if (!c.undefinedReason().equals(java.util.Optional.of(expected))) {
            wrong.add(name + ": " + c);
          }
        });
    assertThat(wrong).as("data %s", Arrays.deepToString(data)).isEmpty();
  }

  private static double[][] toDoubles(int[][] data) {
    return Arrays.stream(data)
        .map(r -> Arrays.stream(r).mapToDouble(v -> v == M ? Double.NaN : v).toArray())
        .toArray(double[][]::new);
  }
}

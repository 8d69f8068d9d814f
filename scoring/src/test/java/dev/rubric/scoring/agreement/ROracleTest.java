package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.ROracleValues.check;
import static dev.rubric.scoring.agreement.ROracleValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every statistic of this package against R on fresh random data of awkward shapes (1 to 15 units,
 * 1 to 6 raters, all ties, one category, heavy missingness, units rated once, values near
 * -2,000,000,000 and 2,000,000,000, spans up to 256 levels), fixture {@code r-oracle.txt} with its
 * provenance in its header: R 4.2.2, psych 2.2.9, multilevel 2.7; Krippendorff's alpha (2011) and
 * Fleiss' kappa (1971) written in R from the papers, Cohen's kappa in R and checked against
 * psych::cohen.kappa. Where R gives no value the fixture names the reason the library must give.
 * Tolerance 1e-9 relative, 1e-12 absolute. Four ICC(2,k) rows where psych's lower bound exceeds its
 * upper one expect no interval.
 */
class ROracleTest {

  @Test
  void agreesWithROnFreshRandomData() throws Exception {
    List<String> lines;
    try (InputStream in = ROracleTest.class.getResourceAsStream("r-oracle.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSize(1221);
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      String statistic = f[0];
      String variant = f[1];
      String data = f[2];
      String expected = f[3];
      switch (statistic) {
        case "alpha" ->
            check(
                line,
                KrippendorffAlpha.at(AlphaLevel.valueOf(variant)).compute(rows(data)).alpha(),
                expected);
        case "fleiss" -> check(line, FleissKappa.of().compute(rows(data)).kappa(), expected);
        case "cohen" ->
            check(
                line,
                CohenKappa.weighted(KappaWeights.valueOf(variant)).compute(rows(data)).kappa(),
                expected);
        case "icc" ->
            ROracleValues.icc(
                line,
                IntraclassCorrelation.of().compute(rows(data)).get(IccForm.valueOf(variant)),
                expected.split(","));
        case "rwg" ->
            check(
                line,
                WithinGroupAgreement.rwg(rows(data)[0], Integer.parseInt(variant)).value(),
                expected);
        case "ad_mean" ->
            check(
                line, WithinGroupAgreement.averageDeviation(rows(data)[0]).aroundMean(), expected);
        case "ad_median" ->
            check(
                line,
                WithinGroupAgreement.averageDeviation(rows(data)[0]).aroundMedian(),
                expected);
        case "rwgj_listwise" ->
            check(
                line,
                WithinGroupAgreement.rwgJ(
                        doubles(rows(data)), Integer.parseInt(variant), MissingRatings.LISTWISE)
                    .value(),
                expected);
        default -> throw new AssertionError("unknown statistic in " + line);
      }
    }
  }

  private static double[][] doubles(int[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] =
          Arrays.stream(rows[i]).mapToDouble(v -> v == Ratings.MISSING ? Double.NaN : v).toArray();
    }
    return out;
  }
}

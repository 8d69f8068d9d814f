package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.ROracleValues.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The shapes {@link ROracleTest} does not reach, against R: intraclass correlations of 20 to 60
 * targets by 7 to 12 raters with their F tests and intervals, and rwg, the average deviation and
 * listwise rwg(j) of non-integer ratings. Fixture {@code r-oracle-wide.txt}, provenance (R 4.2.2,
 * psych 2.2.9, multilevel 2.7) in its header. Tolerance 1e-9 relative, 1e-12 absolute.
 */
class ROracleWideTest {

  @Test
  void agreesWithROnWideAndNonIntegerData() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("r-oracle-wide.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSize(72);
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      double[][] data = cells(f[2]);
      String expected = f[3];
      switch (f[0]) {
        case "icc" -> {
          ROracleValues.icc(
              line,
              IntraclassCorrelation.of().compute(data).get(IccForm.valueOf(f[1])),
              expected.split(","));
        }
        case "rwg" ->
            check(
                line, WithinGroupAgreement.rwg(data[0], Integer.parseInt(f[1])).value(), expected);
        case "ad_mean" ->
            check(line, WithinGroupAgreement.averageDeviation(data[0]).aroundMean(), expected);
        case "ad_median" ->
            check(line, WithinGroupAgreement.averageDeviation(data[0]).aroundMedian(), expected);
        case "rwgj_listwise" ->
            check(
                line,
                WithinGroupAgreement.rwgJ(data, Integer.parseInt(f[1]), MissingRatings.LISTWISE)
                    .value(),
                expected);
        default -> throw new AssertionError("unknown statistic in " + line);
      }
    }
  }

  private static double[][] cells(String data) {
    return Arrays.stream(data.split(";"))
        .map(
            row ->
                Arrays.stream(row.split(","))
                    .mapToDouble(c -> c.equals("NA") ? Double.NaN : Double.parseDouble(c))
                    .toArray())
        .toArray(double[][]::new);
  }
}

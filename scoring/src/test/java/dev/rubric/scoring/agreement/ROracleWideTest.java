package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;

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
          double[] e =
              Arrays.stream(expected.split(",")).mapToDouble(Double::parseDouble).toArray();
          IccEstimate estimate =
              IntraclassCorrelation.of().compute(data).get(IccForm.valueOf(f[1]));
          close(line + " value", estimate.value().value(), e[0]);
          FTest test = estimate.test().orElseThrow();
          close(line + " F", test.f().value(), e[1]);
          close(line + " p", test.pValue().value(), e[2]);
          ConfidenceInterval interval = estimate.interval().orElseThrow();
          close(line + " lower", interval.lower(), e[3]);
          close(line + " upper", interval.upper(), e[4]);
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

  private static void check(String line, Coefficient actual, String expected) {
    if (expected.startsWith("U:")) {
      assertThat(actual.undefinedReason())
          .as(line)
          .hasValue(UndefinedReason.valueOf(expected.substring(2)));
    } else {
      assertThat(actual.isDefined()).as(line).isTrue();
      close(line, actual.value(), Double.parseDouble(expected));
    }
  }

  private static void close(String what, double actual, double expected) {
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(Math.max(RELATIVE * Math.abs(expected), ABSOLUTE)));
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

package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * rwg, rwg(j), r*wg(j) and the average deviation against exact rational values (fixture {@code
 * within-group-exact.txt}, provenance in its header): ratings near 1e9, where a floating-point mean
 * moved AD by 1e-8 relative, and variances exactly at the uniform null variance, where rounding
 * reported rwg and rwg(j) as truncated and r*wg(j) as -2.2e-16. Tolerance 1e-15.
 */
class WithinGroupExactTest {
  private static final double TOLERANCE = 1e-15;

  @Test
  void agreesWithExactArithmetic() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("within-group-exact.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSize(10);
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      int levels = Integer.parseInt(f[1]);
      double[][] items = items(f[2]);
      Map<String, String> expected = new HashMap<>();
      for (String kv : f[3].split(" ")) {
        String[] p = kv.split("=");
        expected.put(p[0], p[1]);
      }
      switch (f[0]) {
        case "rwg" -> {
          Rwg r = WithinGroupAgreement.rwg(items[0], levels);
          close(line, r.value().value(), field(expected, "value"));
          assertThat(r.truncated())
              .as(line)
              .isEqualTo(Boolean.parseBoolean(field(expected, "truncated")));
        }
        case "rwgj" -> {
          RwgJ r = WithinGroupAgreement.rwgJ(items, levels);
          close(line, r.value().value(), field(expected, "value"));
          close(line, r.lindell().value(), field(expected, "rstar"));
          assertThat(r.truncated())
              .as(line)
              .isEqualTo(Boolean.parseBoolean(field(expected, "truncated")));
        }
        case "ad" -> {
          AverageDeviation d = WithinGroupAgreement.averageDeviation(items[0]);
          close(line, d.aroundMean().value(), field(expected, "mean"));
          close(line, d.aroundMedian().value(), field(expected, "median"));
        }
        default -> throw new AssertionError("unknown statistic in " + line);
      }
    }
  }

  private static String field(Map<String, String> expected, String name) {
    return Objects.requireNonNull(expected.get(name), name);
  }

  private static void close(String line, double actual, String fraction) {
    String[] p = fraction.split("/");
    double expected =
        p.length == 1
            ? Double.parseDouble(p[0])
            : new BigDecimal(p[0])
                .divide(new BigDecimal(p[1]), MathContext.DECIMAL128)
                .doubleValue();
    assertThat(actual)
        .as(line)
        .isCloseTo(expected, within(Math.max(TOLERANCE, TOLERANCE * Math.abs(expected))));
  }

  private static double[][] items(String data) {
    return Arrays.stream(data.split(";"))
        .map(
            item ->
                Arrays.stream(item.split(","))
                    .mapToDouble(v -> v.equals("NA") ? Double.NaN : Double.parseDouble(v))
                    .toArray())
        .toArray(double[][]::new);
  }
}

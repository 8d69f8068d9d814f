package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * rwg, rwg(j), r*wg(j), their variances and the average deviation are the exact values of their
 * definitions rounded once to the nearest double, as documented: compared bit for bit with the
 * fixture {@code within-group-rounding.txt}, written by {@code within-group-rounding.py} (Python
 * {@code fractions.Fraction}, exact rational arithmetic, one correct rounding; provenance in both
 * files' headers). Before, r*wg(j) was formed as {@code 1 - r} after rounding r, and AD was rounded
 * to 34 decimal digits and then to a double, so about one case in five was off by an ulp.
 */
class WithinGroupRoundingTest {

  @Test
  void everyFigureIsTheNearestDoubleToTheExactValue() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("within-group-rounding.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSizeGreaterThan(200);
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
          exact(line, r.value().value(), expected, "value");
          exact(line, r.variance(), expected, "variance");
          assertThat(r.truncated()).as(line).isEqualTo(flag(expected));
        }
        case "rwgj", "rwgjL" -> {
          RwgJ r =
              WithinGroupAgreement.rwgJ(
                  items,
                  levels,
                  f[0].equals("rwgj") ? MissingRatings.PER_ITEM : MissingRatings.LISTWISE);
          exact(line, r.value().value(), expected, "value");
          exact(line, r.lindell().value(), expected, "rstar");
          exact(line, r.meanVariance(), expected, "meanVariance");
          assertThat(r.truncated()).as(line).isEqualTo(flag(expected));
        }
        case "ad" -> {
          AverageDeviation d = WithinGroupAgreement.averageDeviation(items[0]);
          exact(line, d.aroundMean().value(), expected, "mean");
          exact(line, d.aroundMedian().value(), expected, "median");
        }
        default -> throw new AssertionError("unknown statistic in " + line);
      }
    }
  }

  @Test
  void theReviewersCases() {
    double no = Double.NaN;
    // r = 97/96 exactly (mean variance 97/48 over the null variance 2 of five levels), so
    // r*wg(j) = -1/96, whose nearest double -0.010416666666666666 is what Fraction(-1, 96) gives.
    RwgJ r =
        WithinGroupAgreement.rwgJ(
            new double[][] {{3, 2, 5, 4}, {no, no, 2, 1}, {5, 3, 4, 1}, {no, 2, 5, 5}}, 5);
    assertThat(r.lindell().value()).isEqualTo(-1.0 / 96);
    // Two ratings deviate from their mean by half their difference; that half is exact in binary,
    // 1.948216394828214 (Python: float((Fraction(5.313081933344954) - Fraction(1.4166491436885253))
    // / 2)).
    AverageDeviation d =
        WithinGroupAgreement.averageDeviation(1.4166491436885253, 5.3130819333449540);
    assertThat(d.aroundMean().value()).isEqualTo(1.948216394828214);
    assertThat(d.aroundMedian().value()).isEqualTo(1.948216394828214);
  }

  @Test
  void theNullVarianceOfAHugeScaleIsRoundedOnce() {
    // (A^2 - 1) / 12 for A = 1289464869, where A^2 is not a double: Python
    // float(Fraction(1289464869**2 - 1, 12)); rounding A^2 first gave 1.3855997069876558E17.
    assertThat(WithinGroupAgreement.uniformNullVariance(1289464869))
        .isEqualTo(1.385599706987656E17);
  }

  private static boolean flag(Map<String, String> expected) {
    return Boolean.parseBoolean(Objects.requireNonNull(expected.get("truncated")));
  }

  private static void exact(String line, double actual, Map<String, String> expected, String name) {
    double want = Double.parseDouble(Objects.requireNonNull(expected.get(name), name));
    assertThat(actual).as("%s in %s", name, line).isEqualTo(want);
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

package dev.rubric.scoring.agreement;

import static dev.rubric.scoring.agreement.ROracleValues.check;
import static dev.rubric.scoring.agreement.ROracleValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha, Fleiss' kappa, Cohen's kappa and the six intraclass correlations with their
 * F tests and intervals against R on the random designs that {@link ROracleTest} does not reach:
 * panels of 20 to 60 units by 7 to 12 raters with rater bias, units that all miss the same number
 * of ratings (complete in Fleiss' sense), a block of units repeated hundreds of times, Cohen's
 * kappa on sparse and negative category values, and values near 1,000,000. Fixture {@code
 * r-oracle-random.csv}, provenance (R 4.2.2, psych 2.2.9; the calls) in its header. Where R gives
 * no value the fixture names the reason the library must give. Tolerance 1e-9 relative, 1e-12
 * absolute.
 */
class ROracleRandomTest {

  @Test
  void agreesWithROnRandomPanels() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("r-oracle-random.csv")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines.get(0)).isEqualTo("statistic,variant,repeat,data,value,f,p,lower,upper");
    List<String> cases = lines.subList(1, lines.size());
    assertThat(cases).hasSizeGreaterThan(100);
    for (String line : cases) {
      // the data are the one quoted field: statistic,variant,repeat,"rows",value,f,p,lower,upper
      String[] parts = line.split("\"", -1);
      assertThat(parts).as(line).hasSize(3);
      String[] head = parts[0].split(",", -1);
      String[] tail = parts[2].substring(1).split(",", -1);
      int[][] rows = repeated(rows(parts[1]), Integer.parseInt(head[2]));
      String statistic = head[0];
      String variant = head[1];
      switch (statistic) {
        case "alpha" ->
            check(
                line,
                KrippendorffAlpha.at(AlphaLevel.valueOf(variant)).compute(rows).alpha(),
                tail[0]);
        case "fleiss" -> check(line, FleissKappa.of().compute(rows).kappa(), tail[0]);
        case "cohen" ->
            check(
                line,
                CohenKappa.weighted(KappaWeights.valueOf(variant)).compute(rows).kappa(),
                tail[0]);
        case "icc" ->
            ROracleValues.icc(
                line, IntraclassCorrelation.of().compute(rows).get(IccForm.valueOf(variant)), tail);
        default -> throw new AssertionError("unknown statistic in " + line);
      }
    }
  }

  /** The block of rows {@code times} times over, in order: the design R was given. */
  private static int[][] repeated(int[][] block, int times) {
    int[][] out = new int[block.length * times][];
    for (int i = 0; i < out.length; i++) {
      out[i] = block[i % block.length].clone();
    }
    return out;
  }
}

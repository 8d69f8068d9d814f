package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FisherExactTest {

  /**
   * An independent computation of R's two-sided fisher.test p-value: exact rational hypergeometric
   * probabilities from binomial coefficients in BigInteger, summed over the tables whose
   * probability is at most the observed one times (1 + 1e-7), R's relative tolerance.
   */
  static double reference(long a, long b, long c, long d) {
    int m = (int) (a + c);
    int n = (int) (b + d);
    int k = (int) (a + b);
    int lo = Math.max(0, k - n);
    int hi = Math.min(k, m);
    // weight(x) = C(m, x) C(n, k - x), exact, by the exact integer step from x to x + 1.
    BigInteger[] weight = new BigInteger[hi - lo + 1];
    weight[0] = binomial(m, lo).multiply(binomial(n, k - lo));
    for (int x = lo; x < hi; x++) {
      weight[x - lo + 1] =
          weight[x - lo]
              .multiply(BigInteger.valueOf((long) (m - x) * (k - x)))
              .divide(BigInteger.valueOf((long) (x + 1) * (n - k + x + 1)));
    }
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weight) {
      total = total.add(w);
    }
    // weight <= observed * (1 + 1e-7)  <=>  weight * 10^7 <= observed * (10^7 + 1)
    BigInteger bound = weight[(int) a - lo].multiply(BigInteger.valueOf(10_000_001L));
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger w : weight) {
      if (w.multiply(BigInteger.valueOf(10_000_000L)).compareTo(bound) <= 0) {
        sum = sum.add(w);
      }
    }
    return new BigDecimal(sum).divide(new BigDecimal(total), MathContext.DECIMAL128).doubleValue();
  }

  static BigInteger binomial(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return r;
  }

  @Test
  void ladyTastingTea() {
    // Fisher (1935): 3 of 4 cups right; R 4.x fisher.test(matrix(c(3,1,1,3),2))$p.value = 0.4857
    // exactly 34/70.
    assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(34.0 / 70, within(1e-15));
  }

  @Test
  void twinConvictionsThroughTheAudit() {
    // Lange's twins (Fisher 1935, doi:10.2307/2342435; the Convictions example of R's
    // ?fisher.test): 10 of 13 monozygotic twins of criminals convicted, 2 of 17 dizygotic. R 4.2.2
    // fisher.test(matrix(c(2, 10, 15, 3), 2))$p.value = 0.00053672411914343636; as an audit, the
    // dizygotic row against the monozygotic reference. Tolerance 1e-12 relative.
    SelectionTally tally =
        new SelectionTally()
            .addCounts(java.util.List.of("dizygotic"), 17, 2, 0, 0)
            .addCounts(java.util.List.of("monozygotic"), 13, 10, 0, 0);
    CategoryResult dizygotic =
        AdverseImpact.fromCounts(
                30,
                ScoreMedian.firstPass().secondPass().median(),
                java.util.List.of("zygosity"),
                java.util.Map.of(java.util.List.of("zygosity"), tally),
                AuditOptions.defaults())
            .dimensions()
            .get(0)
            .categories()
            .get(0);
    assertThat(dizygotic.fisherP().value())
        .isCloseTo(0.00053672411914343636, within(1e-12 * 0.00053672411914343636));
    assertThat(dizygotic.flags())
        .containsExactly(
            AuditFlag.BELOW_FOUR_FIFTHS, AuditFlag.SIGNIFICANT, AuditFlag.SMALL_COUNTS);
  }

  @Test
  void uniformGuidelinesExample() {
    // 12 of 40 against 48 of 80; exact rational sum (Python fractions) 0.003409221767849182.
    assertThat(FisherExact.twoSided(12, 28, 48, 32)).isCloseTo(0.003409221767849182, within(1e-12));
  }

  @Test
  void agreesWithTheExactRationalSumOnManyTables() {
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = 0; i < 400; i++) {
      int n1 = 1 + random.nextInt(i < 200 ? 30 : 400);
      int n2 = 1 + random.nextInt(i < 200 ? 30 : 400);
      int a = random.nextInt(n1 + 1);
      int c = random.nextInt(n2 + 1);
      double expected = reference(a, n1 - a, c, n2 - c);
      assertThat(FisherExact.twoSided(a, n1 - a, c, n2 - c))
          .as("table [[%d, %d], [%d, %d]]", a, n1 - a, c, n2 - c)
          .isCloseTo(expected, within(1e-10));
    }
  }

  /**
   * Fresh tables on every run (the seed is in the failure message), up to 1500 per group, against
   * the exact rational sum.
   */
  @Test
  void agreesWithTheExactRationalSumOnFreshRandomTables() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 150; i++) {
      int top = i < 50 ? 20 : i < 120 ? 300 : 1500;
      int n1 = 1 + random.nextInt(top);
      int n2 = 1 + random.nextInt(top);
      int a = random.nextInt(n1 + 1);
      int c = random.nextInt(n2 + 1);
      // Near the null half the time, where many tables tie with the observed one.
      if (i % 2 == 0) {
        c = (int) Math.min(n2, Math.round((double) a * n2 / n1));
      }
      double expected = reference(a, n1 - a, c, n2 - c);
      assertThat(FisherExact.twoSided(a, n1 - a, c, n2 - c))
          .as("seed %d, table [[%d, %d], [%d, %d]]", seed, a, n1 - a, c, n2 - c)
          .isCloseTo(expected, within(1e-10));
    }
  }

  /**
   * R's fisher.test on 146 tables (random, symmetric and tied), fixture {@code fisher-r.csv} with
   * its provenance in its header; agreement to 1e-10 absolute and 1e-9 relative.
   */
  @Test
  void agreesWithRFisherTest() throws Exception {
    List<String> lines;
    try (InputStream in = FisherExactTest.class.getResourceAsStream("fisher-r.csv")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSize(146);
    for (String line : lines) {
      String[] f = line.split(",");
      long a = Long.parseLong(f[0]);
      long b = Long.parseLong(f[1]);
      long c = Long.parseLong(f[2]);
      long d = Long.parseLong(f[3]);
      double r = Double.parseDouble(f[4]);
      double p = FisherExact.twoSided(a, b, c, d);
      assertThat(p).as(line).isCloseTo(r, within(1e-10));
      assertThat(p).as(line).isCloseTo(r, within(1e-9 * r + Double.MIN_NORMAL));
      assertThat(reference(a, b, c, d)).as(line).isCloseTo(r, within(1e-10));
    }
  }

  @Test
  void tiesWithinRsRelativeToleranceCount() {
    // [[1, 9], [9, 1]] and its mirror [[9, 1], [1, 9]] have the same probability: both tails
    // count. R: fisher.test(matrix(c(1, 9, 9, 1), 2))$p.value = 0.0010933339106713722.
    assertThat(FisherExact.twoSided(1, 9, 9, 1)).isCloseTo(0.0010933339106713722, within(1e-15));
    assertThat(FisherExact.twoSided(9, 1, 1, 9)).isEqualTo(FisherExact.twoSided(1, 9, 9, 1));
    // Every symmetric table: its mirror ties with it exactly, so p is the reference sum with both.
    for (int n = 2; n <= 60; n++) {
      for (int a = 0; a <= n; a++) {
        assertThat(FisherExact.twoSided(a, n - a, n - a, a))
            .as("n %d, a %d", n, a)
            .isCloseTo(reference(a, n - a, n - a, a), within(1e-12));
      }
    }
  }

  @Test
  void symmetricTablesKeepTiesTogether() {
    // Equal-probability tables must both count: [[2, 3], [3, 2]] has p = 1 in R.
    assertThat(FisherExact.twoSided(2, 3, 3, 2)).isCloseTo(reference(2, 3, 3, 2), within(1e-12));
    assertThat(FisherExact.twoSided(2, 3, 3, 2)).isEqualTo(1.0);
  }

  @Test
  void pValuesBelowTheNormalRangeAreZero() {
    // Before: recurrence terms that went subnormal summed to 1.17e-321 and 2.17e-322. The exact
    // p-values (Python mpmath, log-gamma at 40 digits) are 2.79e-383 and 1.57e-363, which round to
    // 0, and R 4.x fisher.test gives 0 for both.
    assertThat(FisherExact.twoSided(586141, 413859, 556834, 443166)).isZero();
    assertThat(FisherExact.twoSided(873067, 2126933, 23281, 76719)).isZero();
    // Near the bottom of the normal range p stays accurate: R gives 4.8521109830539065e-291.
    assertThat(FisherExact.twoSided(9296, 704, 7437, 2563))
        .isCloseTo(4.8521109830539065e-291, within(1e-9 * 4.8521109830539065e-291));
  }

  @Test
  void degenerateMarginsGiveOne() {
    assertThat(FisherExact.twoSided(0, 10, 0, 20)).isEqualTo(1.0);
    assertThat(FisherExact.twoSided(10, 0, 20, 0)).isEqualTo(1.0);
  }

  @Test
  void largeCountsStayFinite() {
    double p = FisherExact.twoSided(4000, 6000, 5000, 5000);
    assertThat(p).isBetween(0.0, 1e-40);
    assertThat(FisherExact.twoSided(5000, 5000, 5000, 5000)).isEqualTo(1.0);
  }

  @Test
  void aPValueOnTheLevelIsNotBelowIt() {
    // [[0, 2], [12, 2]]: p = C(4, 2) / C(16, 2) = 1/20 exactly. The floating-point sum gives
    // 0.04999999999999999, which read as significant at 0.05; [[0, 1], [19, 0]] is 1/20 too, and
    // R 4.2.2 fisher.test(matrix(c(0, 19, 1, 0), 2))$p.value gives 0.04999999999999999 there.
    for (long[] t : new long[][] {{0, 2, 12, 2}, {0, 1, 19, 0}, {2, 0, 2, 12}}) {
      FisherExact.Result r = FisherExact.test(t[0], t[1], t[2], t[3], 0.05);
      assertThat(r.p()).as("table %s", java.util.Arrays.toString(t)).isEqualTo(0.05);
      assertThat(r.significant()).as("table %s", java.util.Arrays.toString(t)).isFalse();
    }
    // [[0, 4], [1, 0]]: p = 1/5 at the level 0.2.
    assertThat(FisherExact.test(0, 4, 1, 0, 0.2).significant()).isFalse();
    assertThat(FisherExact.test(0, 4, 1, 0, 0.2).p()).isEqualTo(0.2);
    // [[0, 2], [3, 0]]: p = 2 / (5 * 4) = 1/10; R 4.2.2 fisher.test(matrix(c(0, 2, 3, 0), 2, byrow
    // =
    // TRUE))$p.value gives 0.099999999999999964, under 0.1 (as the README says).
    assertThat(FisherExact.test(0, 2, 3, 0, 0.1).p()).isEqualTo(0.1);
    assertThat(FisherExact.test(0, 2, 3, 0, 0.1).significant()).isFalse();
    assertThat(FisherExact.twoSided(0, 2, 3, 0)).isCloseTo(0.1, within(1e-15));
  }

  /**
   * The law: {@code significant} is exactly "the rational p-value is below the level as written in
   * decimal", and the p-value reported at the level is the fraction correctly rounded; checked on
   * small tables, at round levels and at each table's own p-value.
   */
  @Test
  void significanceIsDecidedExactlyAtEveryLevel() {
    double[] levels = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5};
    for (int n1 = 1; n1 <= 14; n1++) {
      for (int n2 = 1; n2 <= 14; n2++) {
        for (int a = 0; a <= n1; a++) {
          for (int c = 0; c <= n2; c++) {
            BigInteger[] exact = FisherExact.exact(a, n1 - a, c, n2 - c);
            BigDecimal num = new BigDecimal(exact[0]);
            BigDecimal den = new BigDecimal(exact[1]);
            double own = num.divide(den, MathContext.DECIMAL128).doubleValue();
            for (double level : append(levels, own)) {
              if (!(level > 0 && level < 1)) {
                continue;
              }
              FisherExact.Result r = FisherExact.test(a, n1 - a, c, n2 - c, level);
              boolean below = num.compareTo(BigDecimal.valueOf(level).multiply(den)) < 0;
              assertThat(r.significant())
                  .as("[[%d, %d], [%d, %d]] at %s", a, n1 - a, c, n2 - c, level)
                  .isEqualTo(below);
              assertThat(r.p()).isCloseTo(own, within(1e-14));
            }
          }
        }
      }
    }
  }

  private static double[] append(double[] values, double last) {
    double[] out = java.util.Arrays.copyOf(values, values.length + 1);
    out[values.length] = last;
    return out;
  }

  @Test
  void theExactFractionIsRsPValue() {
    // 12 of 40 against 48 of 80, as in uniformGuidelinesExample, and the tea tasting 34/70.
    assertThat(exactDouble(12, 28, 48, 32)).isCloseTo(0.003409221767849182, within(1e-15));
    BigInteger[] tea = FisherExact.exact(3, 1, 1, 3);
    assertThat(tea[0].multiply(BigInteger.valueOf(70)))
        .isEqualTo(tea[1].multiply(BigInteger.valueOf(34)));
  }

  private static double exactDouble(long a, long b, long c, long d) {
    BigInteger[] f = FisherExact.exact(a, b, c, d);
    return new BigDecimal(f[0]).divide(new BigDecimal(f[1]), MathContext.DECIMAL128).doubleValue();
  }
}

package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
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
    BigInteger total = binomial(m + n, k);
    BigInteger[] weight = new BigInteger[hi - lo + 1];
    for (int x = lo; x <= hi; x++) {
      weight[x - lo] = binomial(m, x).multiply(binomial(n, k - x));
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

  @Test
  void symmetricTablesKeepTiesTogether() {
    // Equal-probability tables must both count: [[2, 3], [3, 2]] has p = 1 in R.
    assertThat(FisherExact.twoSided(2, 3, 3, 2)).isCloseTo(reference(2, 3, 3, 2), within(1e-12));
    assertThat(FisherExact.twoSided(2, 3, 3, 2)).isEqualTo(1.0);
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
}

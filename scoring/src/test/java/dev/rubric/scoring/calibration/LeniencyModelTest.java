package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact fit against a least-squares regression computed independently here: a dense design
 * matrix with one dummy per unit and sum-to-zero (effect-coded) interviewer contrasts, solved by
 * Householder QR; the covariance of the coefficients is {@code s^2 (X'X)^-1} with {@code s^2 = RSS
 * / (n - p)}. Offsets and standard errors agree to 1e-9.
 */
class LeniencyModelTest {
  private static final double TOL = 1e-9;

  @Test
  void offsetsAndErrorsEqualTheDummyVariableRegression() {
    Random random = new Random(13);
    for (int trial = 0; trial < 20; trial++) {
      int k = 3 + random.nextInt(8);
      List<LeniencyModel.Unit> units = connectedUnits(random, k, 20 + random.nextInt(40));
      LeniencyModel m = LeniencyModel.fit(k, units);
      Regression r = Regression.fit(k, units);

      assertThat(m.groups).isEqualTo(1);
      assertThat(m.degreesOfFreedom).isEqualTo(r.df);
      assertThat(m.residualVariance).isCloseTo(r.sigma2, within(TOL));
      for (int i = 0; i < k; i++) {
        assertThat(m.offset[i]).as("offset %d", i).isCloseTo(r.b[i], within(TOL));
        assertThat(m.standardError[i]).as("se %d", i).isCloseTo(r.se[i], within(TOL));
        assertThat(m.group[i]).isEqualTo(1);
      }
    }
  }

  /** A chain of 80 interviewers, each candidate seen by two neighbours: the hard case for ALS. */
  @Test
  void aLongChainIsSolvedExactly() {
    Random random = new Random(80);
    List<LeniencyModel.Unit> units = new ArrayList<>();
    int k = 80;
    for (int c = 0; c < 400; c++) {
      int first = c % (k - 1);
      double ability = 1 + random.nextInt(4);
      units.add(
          new LeniencyModel.Unit(
              new int[] {first, first + 1},
              new double[] {
                ability + (first >= 40 ? 1 : 0), ability + random.nextInt(2) + (first >= 39 ? 1 : 0)
              }));
    }
    LeniencyModel m = LeniencyModel.fit(k, units);
    Regression r = Regression.fit(k, units);
    for (int i = 0; i < k; i++) {
      assertThat(m.offset[i]).as("offset %d", i).isCloseTo(r.b[i], within(TOL));
      assertThat(m.standardError[i]).as("se %d", i).isCloseTo(r.se[i], within(TOL));
    }
  }

  @Test
  void groupsThatShareNoCandidateAreCentredApart() {
    // Interviewers 0, 1 share candidates; 2, 3 share others, all rating a level higher; 4 alone.
    List<LeniencyModel.Unit> units = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      int level = 1 + c % 3;
      units.add(new LeniencyModel.Unit(new int[] {0, 1}, new double[] {level + 1, level}));
      units.add(new LeniencyModel.Unit(new int[] {2, 3}, new double[] {level + 1, level + 1}));
      units.add(new LeniencyModel.Unit(new int[] {4}, new double[] {level}));
    }
    LeniencyModel m = LeniencyModel.fit(5, units);

    assertThat(m.groups).isEqualTo(2);
    assertThat(m.group).containsExactly(1, 1, 2, 2, 0);
    assertThat(m.offset[0]).isCloseTo(0.5, within(TOL));
    assertThat(m.offset[1]).isCloseTo(-0.5, within(TOL));
    assertThat(m.offset[2]).isCloseTo(0, within(TOL));
    assertThat(m.offset[3]).isCloseTo(0, within(TOL));
    assertThat(m.offset[4]).isNaN();
    assertThat(m.comparisons).containsExactly(6, 6, 6, 6, 0);
    // Each group is its own regression: compare group 1 with a fit of its units alone.
    Regression first = Regression.fit(2, units.stream().filter(u -> u.who()[0] == 0).toList());
    assertThat(m.offset[0]).isCloseTo(first.b[0], within(TOL));
  }

  /** Random units over k interviewers; the first k - 1 link the chain 0-1-2-... so it connects. */
  static List<LeniencyModel.Unit> connectedUnits(Random random, int k, int extra) {
    double[] bias = new double[k];
    for (int i = 0; i < k; i++) {
      bias[i] = random.nextGaussian() * 0.5;
    }
    List<LeniencyModel.Unit> units = new ArrayList<>();
    for (int u = 0; u < k - 1 + extra; u++) {
      int size = 1 + random.nextInt(4);
      int[] who = new int[size];
      for (int j = 0; j < size; j++) {
        who[j] = random.nextInt(k);
      }
      if (u < k - 1) {
        who = new int[] {u, u + 1};
      }
      Arrays.sort(who);
      double ability = 2.5 + random.nextGaussian();
      double[] level = new double[who.length];
      for (int j = 0; j < who.length; j++) {
        level[j] =
            Math.max(
                1, Math.min(4, Math.round(ability + bias[who[j]] + random.nextGaussian() * 0.5)));
      }
      units.add(new LeniencyModel.Unit(who, level));
    }
    return units;
  }

  /** Ordinary least squares with unit dummies and effect-coded interviewers, by Householder QR. */
  static final class Regression {
    final double[] b;
    final double[] se;
    final double sigma2;
    final long df;

    private Regression(double[] b, double[] se, double sigma2, long df) {
      this.b = b;
      this.se = se;
      this.sigma2 = sigma2;
      this.df = df;
    }

    static Regression fit(int k, List<LeniencyModel.Unit> units) {
      int n = units.stream().mapToInt(u -> u.who().length).sum();
      int p = units.size() + k - 1;
      double[][] x = new double[n][p];
      double[] y = new double[n];
      int row = 0;
      for (int u = 0; u < units.size(); u++) {
        LeniencyModel.Unit unit = units.get(u);
        for (int o = 0; o < unit.who().length; o++) {
          x[row][u] = 1;
          int i = unit.who()[o];
          if (i < k - 1) {
            x[row][units.size() + i] = 1;
          } else {
            for (int j = 0; j < k - 1; j++) {
              x[row][units.size() + j] = -1;
            }
          }
          y[row] = unit.level()[o];
          row++;
        }
      }
      // Householder QR of x, applied to y as well.
      double[][] a = new double[n][];
      for (int i = 0; i < n; i++) {
        a[i] = x[i].clone();
      }
      double[] qy = y.clone();
      for (int c = 0; c < p; c++) {
        double norm = 0;
        for (int i = c; i < n; i++) {
          norm += a[i][c] * a[i][c];
        }
        norm = Math.sqrt(norm);
        double alpha = a[c][c] > 0 ? -norm : norm;
        double[] v = new double[n];
        for (int i = c; i < n; i++) {
          v[i] = a[i][c];
        }
        v[c] -= alpha;
        double vv = 0;
        for (int i = c; i < n; i++) {
          vv += v[i] * v[i];
        }
        for (int j = c; j < p; j++) {
          double dot = 0;
          for (int i = c; i < n; i++) {
            dot += v[i] * a[i][j];
          }
          for (int i = c; i < n; i++) {
            a[i][j] -= 2 * dot / vv * v[i];
          }
        }
        double dot = 0;
        for (int i = c; i < n; i++) {
          dot += v[i] * qy[i];
        }
        for (int i = c; i < n; i++) {
          qy[i] -= 2 * dot / vv * v[i];
        }
      }
      double[] beta = new double[p];
      for (int i = p - 1; i >= 0; i--) {
        double s = qy[i];
        for (int j = i + 1; j < p; j++) {
          s -= a[i][j] * beta[j];
        }
        beta[i] = s / a[i][i];
      }
      double rss = 0;
      for (int i = p; i < n; i++) {
        rss += qy[i] * qy[i];
      }
      long df = (long) n - p;
      double sigma2 = rss / df;
      // (X'X)^-1 = R^-1 R^-T: invert the upper triangle R.
      double[][] rInv = new double[p][p];
      for (int c = 0; c < p; c++) {
        for (int i = c; i >= 0; i--) {
          double s = i == c ? 1 : 0;
          for (int j = i + 1; j <= c; j++) {
            s -= a[i][j] * rInv[j][c];
          }
          rInv[i][c] = s / a[i][i];
        }
      }
      int first = units.size();
      double[][] cov = new double[k - 1][k - 1];
      for (int i = 0; i < k - 1; i++) {
        for (int j = 0; j < k - 1; j++) {
          double s = 0;
          for (int c = 0; c < p; c++) {
            s += rInv[first + i][c] * rInv[first + j][c];
          }
          cov[i][j] = s;
        }
      }
      double[] b = new double[k];
      double[] se = new double[k];
      double last = 0;
      double lastVar = 0;
      for (int i = 0; i < k - 1; i++) {
        b[i] = beta[first + i];
        last -= b[i];
        se[i] = Math.sqrt(sigma2 * cov[i][i]);
        for (int j = 0; j < k - 1; j++) {
          lastVar += cov[i][j];
        }
      }
      b[k - 1] = last;
      se[k - 1] = Math.sqrt(sigma2 * lastVar);
      return new Regression(b, se, sigma2, df);
    }
  }
}

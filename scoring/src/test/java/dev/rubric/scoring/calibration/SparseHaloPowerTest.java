package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.ColleaguesOfBiasedInterviewersTest.Design;
import dev.rubric.scoring.calibration.ColleaguesOfBiasedInterviewersTest.Panel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Why a lenient and a severe interviewer of 8 are found less often in sparse histories with a halo
 * since offsets are measured from the Huber location of the group instead of its mean, and how many
 * scorecards per interviewer restore the power; histories of {@link
 * ColleaguesOfBiasedInterviewersTest} (same generator and seeds).
 *
 * <p>The diagnosis ({@link #diagnose()}, run with {@code -Drubric.calibration.study=true}) flags
 * the same fitted histories under variants that change one ingredient at a time. Over the study's
 * 200 sparse halo histories of the lenient (+0.8) and severe (-0.8) pair of 8: the mean finds them
 * in 65.5% / 55.5%, the Huber location in 46% / 43%; Huber offsets with the mean's standard errors
 * in 64% / 55.5% (the whole drop is the standard error); dropping the minimum offset, 46.5% / 43%;
 * the residual degrees of freedom (151.6 on average) instead of the scorecards' (32.6, the same for
 * both references), 52% / 44.5%. The offsets themselves do not move (0.653 against 0.649 on average
 * for the lenient one), and the standard errors are as honest as before: over the histories the
 * offsets' spread is 0.222 / 0.230 against reported 0.239 / 0.240 (0.193 / 0.198 against 0.204 /
 * 0.205 for the mean). The errors grow because the reference changes: the mean counts the
 * interviewer themself and their mirror (their biases cancel in it, so the offset is not shrunk),
 * with variance {@code sigma^2 (1 - 1/8)}; the Huber location leaves both out, {@code sigma^2 (1 +
 * 1/6)}, a ratio of {@code sqrt((7/6) / (7/8)) = 1.155} in the standard error (measured 1.17). The
 * best reference that leaves the biased out, the mean of the six fair ones (known here, with its
 * delta-method error), finds them in 46.5% / 43%: the Huber location does as well as knowing who is
 * fair. The mean's power here came from the symmetric pair cancelling in it, and the mean is what
 * named fair colleagues of a lenient quarter in half of dense histories. (A lone lenient one of 8:
 * mean 41.5%, mean of the fair 41.5%, Huber 35.5%, the rest of the lenient one's pull on the
 * location. With 4 lenient of 20 the pulls add up: mean 20.5 to 32%, Huber 21 to 33%, mean of the
 * fair 32.5 to 49%.)
 */
class SparseHaloPowerTest {
  private static final double K = 0.25;
  private static final Panel PAIR = ColleaguesOfBiasedInterviewersTest.PANELS.get(1);
  private static final Design SPARSE_HALO = ColleaguesOfBiasedInterviewersTest.DESIGNS.get(2);
  private static final long SEED = ColleaguesOfBiasedInterviewersTest.seed(PAIR, SPARSE_HALO);
  private static final int HISTORIES = 100;

  /**
   * Law: with about 20 candidates met per interviewer (25 scorecards each, a second interviewer a
   * quarter of the time), the lenient and the severe interviewer of 8 are each found in at least
   * 38% of sparse histories with a halo (measured 46% / 41% over these 100 histories, 46% / 43%
   * over the study's 200), and nobody fair is named in more than 5% (measured 2%).
   */
  @Test
  void thePairIsFoundInTwoFifthsOfSparseHaloHistories() {
    Power p = power(20, HISTORIES);
    assertThat(p.found(0)).as("lenient").isGreaterThanOrEqualTo(0.38);
    assertThat(p.found(1)).as("severe").isGreaterThanOrEqualTo(0.38);
    assertThat(p.fairNamed()).isLessThanOrEqualTo(0.05);
  }

  /**
   * Law: 30 candidates met per interviewer (37.5 scorecards each) restore the power the mean had
   * with 20: each of the pair is found in at least 66% of sparse histories with a halo (measured
   * 72% / 74% over these 100 histories, 71% / 71.5% over the study's 200), and nobody fair is named
   * in more than 5% (measured 0%).
   */
  @Test
  void halfAgainAsManyScorecardsRestoreThePower() {
    Power p = power(30, HISTORIES);
    assertThat(p.found(0)).as("lenient").isGreaterThanOrEqualTo(0.66);
    assertThat(p.found(1)).as("severe").isGreaterThanOrEqualTo(0.66);
    assertThat(p.fairNamed()).isLessThanOrEqualTo(0.05);
  }

  /**
   * Law: the power is lost in the standard error, not in the offset: over the sparse halo histories
   * of the pair, the average Huber offset of each of them is within 0.02 levels of the average
   * offset against the group's mean, and the average ratio of their standard errors is within 0.05
   * of {@code sqrt((1 + 1/6) / (1 - 1/8)) = 1.155}, the ratio for a reference of the six fair ones
   * against the mean of all eight (measured: offsets 0.657 against 0.649 and -0.585 against -0.593,
   * ratios 1.171 and 1.173).
   */
  @Test
  void theReferenceLeavingTheBiasedOutCostsTheStandardErrorOnly() {
    double[] offsetMean = new double[2];
    double[] offsetHuber = new double[2];
    double[] ratio = new double[2];
    for (int h = 0; h < HISTORIES; h++) {
      LeniencyModel mean = model(history(20, h));
      LeniencyModel huber = mean.robust(K);
      for (int i = 0; i < 2; i++) {
        offsetMean[i] += mean.offset[i] / HISTORIES;
        offsetHuber[i] += huber.offset[i] / HISTORIES;
        ratio[i] += huber.standardError[i] / mean.standardError[i] / HISTORIES;
      }
    }
    double structural = Math.sqrt((1 + 1.0 / 6) / (1 - 1.0 / 8));
    for (int i = 0; i < 2; i++) {
      assertThat(Math.abs(offsetHuber[i] - offsetMean[i])).as("offset %s", i).isLessThan(0.02);
      assertThat(Math.abs(ratio[i] - structural)).as("SE ratio %s", i).isLessThan(0.05);
    }
  }

  /**
   * Law: the Huber offsets' standard errors are honest, not inflated: for each of the pair, the
   * root mean square of the reported standard error lies within 0.9 to 1.2 times the spread of the
   * offset over the histories (measured 1.05 and 1.01 over these 100, 1.08 and 1.04 over 200; 100
   * histories estimate the spread to about 7%).
   */
  @Test
  void theStandardErrorsMatchTheSpreadOfTheOffsets() {
    double[] sum = new double[2];
    double[] sumSq = new double[2];
    double[] se = new double[2];
    for (int h = 0; h < HISTORIES; h++) {
      LeniencyModel huber = model(history(20, h)).robust(K);
      for (int i = 0; i < 2; i++) {
        sum[i] += huber.offset[i];
        sumSq[i] += huber.offset[i] * huber.offset[i];
        se[i] += huber.standardError[i] * huber.standardError[i];
      }
    }
    for (int i = 0; i < 2; i++) {
      double mean = sum[i] / HISTORIES;
      double spread = Math.sqrt((sumSq[i] - HISTORIES * mean * mean) / (HISTORIES - 1));
      double reported = Math.sqrt(se[i] / HISTORIES);
      assertThat(reported / spread).as("interviewer %s", i).isBetween(0.9, 1.2);
    }
  }

  /** How often the planted pair and anyone fair were flagged by the standard calibration. */
  record Power(int histories, int[] found, int fairNamedCount) {
    double found(int i) {
      return (double) found[i] / histories;
    }

    double fairNamed() {
      return (double) fairNamedCount / histories;
    }
  }

  private static Power power(int perInterviewer, int histories) {
    int[] found = new int[2];
    int fairNamed = 0;
    for (int h = 0; h < histories; h++) {
      CalibrationReport report =
          InterviewerCalibration.standard()
              .calibrate(ColleaguesOfBiasedInterviewersTest.PLAN, history(perInterviewer, h));
      boolean fair = false;
      for (int i = 0; i < PAIR.size(); i++) {
        LeniencyFlag flag =
            report
                .interviewer(ColleaguesOfBiasedInterviewersTest.id(i))
                .orElseThrow()
                .leniency()
                .flag();
        if (PAIR.fair(i)) {
          fair |= flag == LeniencyFlag.LENIENT || flag == LeniencyFlag.SEVERE;
        } else if (flag == (PAIR.offsets()[i] > 0 ? LeniencyFlag.LENIENT : LeniencyFlag.SEVERE)) {
          found[i]++;
        }
      }
      fairNamed += fair ? 1 : 0;
    }
    return new Power(histories, found, fairNamed);
  }

  private static List<Scorecard> history(int perInterviewer, int h) {
    return ColleaguesOfBiasedInterviewersTest.history(
        new SplittableRandom(SEED + h), PAIR, SPARSE_HALO, perInterviewer);
  }

  /** The fitted model of a history, every scorecard used, as {@link InterviewerCalibration}. */
  static LeniencyModel model(List<Scorecard> history) {
    TreeMap<String, Integer> index = new TreeMap<>();
    history.forEach(c -> index.put(c.interviewerId(), 0));
    int n = 0;
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      e.setValue(n++);
    }
    return InterviewerCalibration.model(history, index);
  }

  /**
   * The flags of {@code offsets} with standard errors {@code se} on {@code df} degrees of freedom,
   * as the calibration computes them (Holm at 0.05, at least 5 comparisons, shrinkage by {@code
   * tau}, |shrunk| at least 0.25): +1 lenient, -1 severe, 0 neither. {@code minOffset} false drops
   * the minimum offset, {@code holm} false leaves the p-values unadjusted.
   */
  static int[] flags(
      LeniencyModel m,
      double[] offsets,
      double[] se,
      double df,
      double tau,
      boolean minOffset,
      boolean holm) {
    int k = m.interviewers;
    double[] p = new double[k];
    for (int i = 0; i < k; i++) {
      p[i] = m.comparisons[i] >= 5 ? StudentT.twoSidedP(offsets[i] / se[i], df) : Double.NaN;
    }
    double[] adjusted = holm ? Multiplicity.HOLM.adjust(p) : p;
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      double shrunk = tau > 0 ? offsets[i] * tau / (tau + se[i] * se[i]) : 0;
      boolean big = !minOffset || Math.abs(shrunk) >= K;
      out[i] = adjusted[i] < 0.05 && big ? (offsets[i] > 0 ? 1 : -1) : 0;
    }
    return out;
  }

  /** The shrinkage's {@code tau^2} from the sum-to-zero offsets, as the calibration computes it. */
  static double tau(LeniencyModel m) {
    double sum = 0;
    double squares = 0;
    double errors = 0;
    int n = 0;
    for (int i = 0; i < m.interviewers; i++) {
      if (m.comparisons[i] >= 5 && m.standardError[i] > 0) {
        sum += m.offset[i];
        squares += m.offset[i] * m.offset[i];
        errors += m.standardError[i] * m.standardError[i];
        n++;
      }
    }
    double mean = sum / n;
    return Math.max(0, (squares - n * mean * mean) / (n - 1) - errors / n);
  }

  /**
   * Prints the diagnosis: for sparse halo histories of several panels, the share of histories in
   * which each planted interviewer is found and someone fair is named, under the mean, the Huber
   * location, and variants changing one ingredient, and against the mean of the fair interviewers
   * (known here); and the spread of each offset over the histories against its reported standard
   * error. Only panels whose every interviewer appears in every history (the panel's index is then
   * the model's).
   */
  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.study", matches = "true")
  void diagnose() {
    int histories = Integer.getInteger("rubric.calibration.histories", 200);
    String[] names = {
      "mean",
      "huber",
      "huber offset, mean SE",
      "mean offset, huber SE",
      "huber, residual df",
      "mean, no min offset",
      "huber, no min offset",
      "huber unadjusted",
      "mean unadjusted",
      "oracle: mean of the fair"
    };
    for (int p : new int[] {0, 1, 6, 7, 4}) {
      Panel panel = ColleaguesOfBiasedInterviewersTest.PANELS.get(p);
      long seed = ColleaguesOfBiasedInterviewersTest.seed(panel, SPARSE_HALO);
      int v = names.length;
      int[][] found = new int[v][panel.size()];
      int[] fairNamed = new int[v];
      double[][] acc = new double[6][panel.size()];
      double inliers = 0;
      double ratio = 0;
      double df = 0;
      double residualDf = 0;
      int planted = 0;
      for (int h = 0; h < histories; h++) {
        List<Scorecard> history =
            ColleaguesOfBiasedInterviewersTest.history(
                new SplittableRandom(seed + h), panel, SPARSE_HALO);
        LeniencyModel mean = model(history);
        LeniencyModel huber = mean.robust(K);
        double tau = tau(mean);
        double tdf = mean.testDegreesOfFreedom;
        df += tdf;
        residualDf += mean.degreesOfFreedom;
        for (int i = 0; i < panel.size(); i++) {
          inliers += Math.abs(huber.offset[i]) <= K ? 1 : 0;
          acc[0][i] += mean.offset[i];
          acc[1][i] += mean.offset[i] * mean.offset[i];
          acc[2][i] += mean.standardError[i] * mean.standardError[i];
          acc[3][i] += huber.offset[i];
          acc[4][i] += huber.offset[i] * huber.offset[i];
          acc[5][i] += huber.standardError[i] * huber.standardError[i];
          if (!panel.fair(i)) {
            ratio += huber.standardError[i] / mean.standardError[i];
            planted++;
          }
        }
        int[][] f = {
          flags(mean, mean.offset, mean.standardError, tdf, tau, true, true),
          flags(huber, huber.offset, huber.standardError, tdf, tau, true, true),
          flags(huber, huber.offset, mean.standardError, tdf, tau, true, true),
          flags(mean, mean.offset, huber.standardError, tdf, tau, true, true),
          flags(
              huber,
              huber.offset,
              huber.standardError,
              (double) mean.degreesOfFreedom,
              tau,
              true,
              true),
          flags(mean, mean.offset, mean.standardError, tdf, tau, false, true),
          flags(huber, huber.offset, huber.standardError, tdf, tau, false, true),
          flags(huber, huber.offset, huber.standardError, tdf, tau, true, false),
          flags(mean, mean.offset, mean.standardError, tdf, tau, true, false),
          oracle(mean, panel, tdf, tau),
        };
        for (int x = 0; x < v; x++) {
          boolean fairHere = false;
          for (int i = 0; i < panel.size(); i++) {
            if (panel.fair(i)) {
              fairHere |= f[x][i] != 0;
            } else if (f[x][i] == Math.signum(panel.offsets()[i])) {
              found[x][i]++;
            }
          }
          fairNamed[x] += fairHere ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "DIAG | %s | inliers %.2f of %d | planted SE huber/mean %.3f | test df %.1f | residual"
              + " df %.1f%n",
          panel.name(),
          inliers / histories,
          panel.size(),
          ratio / Math.max(1, planted),
          df / histories,
          residualDf / histories);
      StringBuilder spread = new StringBuilder();
      for (int i = 0; i < panel.size(); i++) {
        double vm = acc[1][i] / histories - Math.pow(acc[0][i] / histories, 2);
        double vh = acc[4][i] / histories - Math.pow(acc[3][i] / histories, 2);
        spread.append(
            String.format(
                Locale.ROOT,
                " [%d mean %.3f sd %.3f se %.3f | huber %.3f sd %.3f se %.3f]",
                i,
                acc[0][i] / histories,
                Math.sqrt(vm),
                Math.sqrt(acc[2][i] / histories),
                acc[3][i] / histories,
                Math.sqrt(vh),
                Math.sqrt(acc[5][i] / histories)));
      }
      System.out.println("DIAG | offsets" + spread);
      for (int x = 0; x < v; x++) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < panel.size(); i++) {
          if (!panel.fair(i)) {
            s.append(String.format(Locale.ROOT, " %.1f%%", 100.0 * found[x][i] / histories));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "DIAG |   %-24s | fair named %5.1f%% | found%s%n",
            names[x],
            100.0 * fairNamed[x] / histories,
            s);
      }
    }
  }

  /**
   * The flags against the best reference that leaves the biased out, known here: the mean of the
   * fair interviewers' offsets, {@code d_i = b_i - c'b} with {@code c = 1/f} on the {@code f} fair
   * ones, and {@code SE(d_i)^2 = (e_i - c)' Var(b) (e_i - c)}. The history must be one group.
   */
  static int[] oracle(LeniencyModel m, Panel panel, double df, double tau) {
    int k = m.interviewers;
    assertThat(m.groups).isEqualTo(1);
    double[][] v = m.covariance[0];
    double[] c = new double[k];
    double centre = 0;
    for (int i = 0; i < k; i++) {
      c[i] = panel.fair(i) ? 1.0 / panel.fairCount() : 0;
      centre += c[i] * m.offset[i];
    }
    double[] vc = LeniencyModel.multiply(v, c);
    double cvc = 0;
    for (int i = 0; i < k; i++) {
      cvc += c[i] * vc[i];
    }
    double[] offsets = new double[k];
    double[] se = new double[k];
    for (int i = 0; i < k; i++) {
      offsets[i] = m.offset[i] - centre;
      se[i] = Math.sqrt(Math.max(0, v[i][i] - 2 * vc[i] + cvc));
    }
    return flags(m, offsets, se, df, tau, true, true);
  }

  /**
   * Prints the power against the number of candidates each interviewer meets: the lenient and
   * severe pair and the lone lenient of 8, sparse with and without a halo, 20 to 80 per
   * interviewer.
   */
  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.study", matches = "true")
  void scorecardsPerInterviewer() {
    int histories = Integer.getInteger("rubric.calibration.histories", 200);
    for (int p : new int[] {1, 0}) {
      for (int d : new int[] {2, 3}) {
        for (int per : new int[] {20, 30, 40, 50, 60, 80}) {
          Panel panel = ColleaguesOfBiasedInterviewersTest.PANELS.get(p);
          Design design = ColleaguesOfBiasedInterviewersTest.DESIGNS.get(d);
          long seed = ColleaguesOfBiasedInterviewersTest.seed(panel, design);
          int[][] found = new int[2][panel.size()];
          int[] fair = new int[2];
          double scorecards = 0;
          for (int h = 0; h < histories; h++) {
            List<Scorecard> history =
                ColleaguesOfBiasedInterviewersTest.history(
                    new SplittableRandom(seed + h), panel, design, per);
            scorecards += history.size();
            LeniencyModel mean = model(history);
            LeniencyModel huber = mean.robust(K);
            double tau = tau(mean);
            double tdf = mean.testDegreesOfFreedom;
            int[][] f = {
              flags(mean, mean.offset, mean.standardError, tdf, tau, true, true),
              flags(huber, huber.offset, huber.standardError, tdf, tau, true, true)
            };
            for (int x = 0; x < 2; x++) {
              boolean fairHere = false;
              for (int i = 0; i < panel.size(); i++) {
                if (panel.fair(i)) {
                  fairHere |= f[x][i] != 0;
                } else if (f[x][i] == Math.signum(panel.offsets()[i])) {
                  found[x][i]++;
                }
              }
              fair[x] += fairHere ? 1 : 0;
            }
          }
          StringBuilder out = new StringBuilder();
          for (int x = 0; x < 2; x++) {
            out.append(x == 0 ? " | mean:" : " | huber:");
            for (int i = 0; i < panel.size(); i++) {
              if (!panel.fair(i)) {
                out.append(String.format(Locale.ROOT, " %.1f%%", 100.0 * found[x][i] / histories));
              }
            }
            out.append(String.format(Locale.ROOT, " fair %.1f%%", 100.0 * fair[x] / histories));
          }
          System.out.printf(
              Locale.ROOT,
              "SCAN | %s | %s | %d per interviewer | %.1f scorecards per interviewer%s%n",
              panel.name(),
              design.name(),
              per,
              scorecards / histories / panel.size(),
              out);
        }
      }
    }
  }
}

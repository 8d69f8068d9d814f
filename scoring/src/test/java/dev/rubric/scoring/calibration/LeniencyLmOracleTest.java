package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The leniency fit against an independent oracle, R's {@code lm()}, on random designs.
 *
 * <p>Provenance of {@code lm-oracle.txt}: {@link #dump()} (run with {@code
 * -Drubric.calibration.oracle=DIR}) writes each design's ratings; {@code lm-oracle.R}, beside the
 * fixture, fits them with R 4.2 (Debian bookworm's r-base) and writes one line per interviewer:
 * {@code plain|design|interviewer|offset|se|df} from {@code lm(level ~ unit + iv)} with {@code
 * contr.sum} interviewer contrasts (the offsets {@code L b}, {@code L = [I; -1']}, their errors
 * {@code sqrt(diag(L vcov L'))}, {@code df.residual}); and {@code
 * halo|design|interviewer|offset|se} from the same fit with the halo model's covariance {@code
 * (X'X)^-1 X' (s_e^2 I + s_h^2 ZZ') X (X'X)^-1}, {@code s_e^2, s_h^2} the method-of-moments
 * solution written out densely ({@code M = I - X (X'X)^-1 X'}, {@code E[e'e] = s_e^2 tr(M) + s_h^2
 * tr(Z'MZ)}, {@code E[|Z'e|^2] = s_e^2 tr(Z'MZ) + s_h^2 |Z'MZ|_F^2}, the same clamping as {@link
 * LeniencyHalo}), {@code Z} the indicator of interviewer and candidate. 300 plain designs (2 to 15
 * interviewers, 5 to 304 units of 1 to 5 ratings, an interviewer may rate a unit twice) and 56 halo
 * designs (3 to 8 interviewers, 4 competencies, 45 with a positive halo estimate) were compared
 * when the fixture was made: largest deviation 3.9e-14 levels in an offset and 6.0e-14 in a
 * standard error (plain), 1.6e-14 and 9.7e-15 (halo), and every residual df equal. The fixture
 * keeps the first 60 plain and 30 halo designs; the test allows 1e-9.
 */
class LeniencyLmOracleTest {
  private static final double TOLERANCE = 1e-9;
  private static final InterviewerCalibration MEAN =
      InterviewerCalibration.builder().minOffset(0).build();
  private static final InterviewPlan PLAN = Histories.plan(4, 4, 1, true);

  /** A plain design: {@code k} interviewers and its units ({interviewers, levels}). */
  record Plain(int design, int k, List<int[][]> units) {}

  /**
   * Plain design {@code d}, or null when it is not one connected group of compared interviewers
   * with residual degrees of freedom.
   */
  static @Nullable Plain plain(int d) {
    SplittableRandom r = new SplittableRandom(90_000 + d);
    int k = 2 + r.nextInt(14);
    int units = 5 + r.nextInt(300);
    double[] bias = new double[k];
    for (int i = 0; i < k; i++) {
      bias[i] = r.nextDouble() < 0.3 ? (r.nextDouble() - 0.5) * 3 : 0;
    }
    List<int[][]> all = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      int n = 1 + r.nextInt(r.nextDouble() < 0.5 ? 2 : 5);
      int[] who = new int[n];
      int[] level = new int[n];
      double effect = r.nextDouble() * 4;
      for (int o = 0; o < n; o++) {
        who[o] = r.nextInt(k);
        level[o] =
            (int)
                Math.max(
                    1, Math.min(10, Math.round(1 + effect + bias[who[o]] + r.nextDouble() * 2)));
      }
      all.add(new int[][] {who, level});
    }
    LeniencyEstimates est = estimate(k, all);
    boolean usable =
        est.groups() == 1
            && est.degreesOfFreedom() > 0
            && est.interviewers().stream().allMatch(l -> l.comparisons() > 0);
    return usable ? new Plain(d, k, all) : null;
  }

  static LeniencyEstimates estimate(int k, List<int[][]> units) {
    LeniencyEquations eq = LeniencyEquations.over(k);
    units.forEach(u -> eq.addUnit(u[0], u[1]));
    LeniencyFit f = eq.solve();
    double rss = 0;
    for (int[][] u : units) {
      rss += f.residualSquares(u[0], u[1]);
    }
    return MEAN.estimate(f, rss);
  }

  /** Halo design {@code d}: a generated history, or null when it is not one connected group. */
  static @Nullable List<Scorecard> halo(int d) {
    SplittableRandom r = new SplittableRandom(50_000 + d);
    int k = 3 + r.nextInt(6);
    double[] bias = new double[k];
    bias[0] = r.nextDouble() - 0.5;
    Histories.Recipe recipe =
        new Histories.Recipe(
            PLAN,
            bias,
            10 + r.nextInt(50),
            Histories.pairs(k, 0.3 + 0.7 * r.nextDouble()),
            (c, m) -> 0,
            r.nextDouble(),
            Histories.ids(k));
    List<Scorecard> h = Histories.generate(r, recipe);
    CalibrationReport report = MEAN.calibrate(PLAN, h);
    boolean usable =
        report.comparableGroups() == 1
            && report.interviewers().size() == k
            && report.interviewers().stream().allMatch(p -> p.leniency().comparisons() > 0);
    return usable ? h : null;
  }

  /**
   * Law: the offsets (sum to zero over the group, {@code minOffset(0)}), their standard errors and
   * the residual degrees of freedom equal R's {@code lm()} to 1e-9, through {@link
   * LeniencyEquations} and {@link InterviewerCalibration#estimate(LeniencyFit, double)} without a
   * halo and through {@link InterviewerCalibration#calibrate} with one.
   */
  @Test
  void offsetsAndErrorsEqualRsLm() throws IOException {
    Map<String, double[]> expected = fixture();
    int plainChecked = 0;
    int haloChecked = 0;
    for (int d = 0; plainChecked < 60; d++) {
      Plain p = plain(d);
      if (p == null) {
        continue;
      }
      LeniencyEstimates est = estimate(p.k(), p.units());
      for (int i = 0; i < p.k(); i++) {
        double[] r = Objects.requireNonNull(expected.get("plain|" + d + "|" + i), "design " + d);
        Leniency l = est.interviewers().get(i);
        String where = "plain design " + d + ", interviewer " + i;
        assertThat(l.offset().value()).as(where).isCloseTo(r[0], within(TOLERANCE));
        assertThat(l.standardError().value()).as(where).isCloseTo(r[1], within(TOLERANCE));
        assertThat(est.degreesOfFreedom()).as(where).isEqualTo((long) r[2]);
      }
      plainChecked++;
    }
    for (int d = 0; haloChecked < 30; d++) {
      List<Scorecard> h = halo(d);
      if (h == null) {
        continue;
      }
      for (InterviewerProfile p : MEAN.calibrate(PLAN, h).interviewers()) {
        String key = "halo|" + d + "|" + p.interviewerId();
        double[] r = Objects.requireNonNull(expected.get(key), key);
        assertThat(p.leniency().offset().value()).as(key).isCloseTo(r[0], within(TOLERANCE));
        assertThat(p.leniency().standardError().value()).as(key).isCloseTo(r[1], within(TOLERANCE));
      }
      haloChecked++;
    }
    assertThat(expected).hasSizeGreaterThan(plainChecked + haloChecked);
  }

  private static Map<String, double[]> fixture() throws IOException {
    Map<String, double[]> out = new HashMap<>();
    try (InputStream in =
        Objects.requireNonNull(LeniencyLmOracleTest.class.getResourceAsStream("lm-oracle.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|");
        double[] v = Arrays.stream(f, 3, f.length).mapToDouble(Double::parseDouble).toArray();
        out.put(f[0] + "|" + f[1] + "|" + f[2], v);
      }
    }
    return out;
  }

  /** Writes the designs' ratings for {@code lm-oracle.R}. */
  @Test
  @EnabledIfSystemProperty(named = "rubric.calibration.oracle", matches = ".+")
  void dump() throws IOException {
    Path dir = Path.of(System.getProperty("rubric.calibration.oracle", "."));
    Files.createDirectories(dir);
    try (PrintWriter data =
        new PrintWriter(Files.newBufferedWriter(dir.resolve("data.csv"), StandardCharsets.UTF_8))) {
      data.println("design,unit,interviewer,level");
      for (int d = 0, written = 0; written < 300; d++) {
        Plain p = plain(d);
        if (p == null) {
          continue;
        }
        written++;
        for (int u = 0; u < p.units().size(); u++) {
          int[][] unit = p.units().get(u);
          for (int o = 0; o < unit[0].length; o++) {
            data.printf(Locale.ROOT, "%d,%d,%d,%d%n", d, u, unit[0][o], unit[1][o]);
          }
        }
      }
    }
    try (PrintWriter data =
        new PrintWriter(
            Files.newBufferedWriter(dir.resolve("halo-data.csv"), StandardCharsets.UTF_8))) {
      data.println("design,candidate,competency,interviewer,level");
      for (int d = 0; d < 60; d++) {
        List<Scorecard> h = halo(d);
        if (h == null) {
          continue;
        }
        for (Scorecard c : h) {
          for (var x : c.ratings()) {
            data.printf(
                Locale.ROOT,
                "%d,%s,%s,%s,%d%n",
                d,
                c.candidateId(),
                x.competencyId(),
                c.interviewerId(),
                x.level());
          }
        }
      }
    }
  }
}

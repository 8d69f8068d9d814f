package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normal equations summed over any split of the units, in any order, give the fit of one pass:
 * the law that lets a distributed engine fit the leniency model.
 */
class LeniencyEquationsTest {
  private static final double TOL = 1e-12;

  @Test
  void equationsSummedOverPartsInAnyOrderGiveTheFitOfOnePass() throws Exception {
    Random random = new Random(19);
    for (int trial = 0; trial < 25; trial++) {
      int k = 4 + random.nextInt(8);
      List<LeniencyModel.Unit> units =
          new ArrayList<>(LeniencyModelTest.connectedUnits(random, k, 30));
      // A second, separate group and an interviewer who is never compared.
      int k2 = k + 3;
      for (int u = 0; u < 6; u++) {
        units.add(new LeniencyModel.Unit(new int[] {k, k + 1}, new double[] {2 + u % 2, 3}));
      }
      units.add(new LeniencyModel.Unit(new int[] {k + 2}, new double[] {4}));
      LeniencyModel one = LeniencyModel.fit(k2, units);

      int parts = 1 + random.nextInt(6);
      List<LeniencyEquations> equations = new ArrayList<>();
      List<List<LeniencyModel.Unit>> split = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        equations.add(LeniencyEquations.over(k2));
        split.add(new ArrayList<>());
      }
      for (LeniencyModel.Unit u : units) {
        int p = random.nextInt(parts);
        split.get(p).add(u);
        equations.get(p).addUnit(u.who(), levels(u));
      }
      Collections.shuffle(equations, random);
      LeniencyEquations total = roundTrip(equations.get(0));
      for (LeniencyEquations e : equations.subList(1, parts)) {
        total.merge(roundTrip(e));
      }
      LeniencyFit fit = roundTrip(total.solve());
      double rss = 0;
      for (List<LeniencyModel.Unit> part : split) {
        double partial = 0;
        for (LeniencyModel.Unit u : part) {
          partial += fit.residualSquares(u.who(), levels(u));
        }
        rss += partial;
      }
      LeniencyEstimates estimates = InterviewerCalibration.standard().estimate(fit, rss);
      LeniencyModel parted = fit.model(rss);
      LeniencyEquations whole = LeniencyEquations.over(k2);
      units.forEach(whole::add);
      LeniencyFit wholeFit = whole.solve();
      double wholeRss = 0;
      for (LeniencyModel.Unit u : units) {
        wholeRss = wholeFit.addResidualSquares(wholeRss, u);
      }
      LeniencyEstimates onePass = InterviewerCalibration.standard().estimate(wholeFit, wholeRss);

      assertThat(estimates.groups()).isEqualTo(one.groups).isEqualTo(2);
      assertThat(estimates.degreesOfFreedom()).isEqualTo(one.degreesOfFreedom);
      assertThat(estimates.residualVariance().value()).isCloseTo(one.residualVariance, within(TOL));
      for (int i = 0; i < k2; i++) {
        Leniency l = estimates.interviewers().get(i);
        assertThat(l.group()).isEqualTo(one.group[i]);
        assertThat(l.comparisons()).isEqualTo(one.comparisons[i]);
        if (one.comparisons[i] == 0) {
          assertThat(l.offset().isDefined()).isFalse();
          assertThat(l.standardError().isDefined()).isFalse();
          continue;
        }
        assertThat(parted.offset[i]).as("offset %d", i).isCloseTo(one.offset[i], within(TOL));
        assertThat(parted.standardError[i])
            .as("se %d", i)
            .isCloseTo(one.standardError[i], within(TOL));
        Leniency o = onePass.interviewers().get(i);
        assertThat(l.flag()).as("flag %d", i).isEqualTo(o.flag());
        assertThat(l.offset().value())
            .as("estimated offset %d", i)
            .isCloseTo(o.offset().value(), within(TOL));
        assertThat(l.standardError().value())
            .as("estimated se %d", i)
            .isCloseTo(o.standardError().value(), within(TOL));
        assertThat(l.rawDifference().value()).as("raw %d", i).isCloseTo(one.raw[i], within(TOL));
      }
    }
  }

  @Test
  void unitsInAnyOrderOfTheirRatingsAreTheSameUnit() {
    LeniencyEquations a =
        LeniencyEquations.over(3).addUnit(new int[] {2, 0, 1}, new int[] {4, 1, 3});
    LeniencyEquations b =
        LeniencyEquations.over(3).addUnit(new int[] {0, 1, 2}, new int[] {1, 3, 4});
    LeniencyFit fa = a.solve();
    LeniencyFit fb = b.solve();
    for (int i = 0; i < 3; i++) {
      assertThat(fa.offset(i)).isEqualTo(fb.offset(i));
    }
  }

  @Test
  void refusesMismatchedEquationsAndBadUnits() {
    LeniencyEquations e = LeniencyEquations.over(2);
    assertThatThrownBy(() -> e.merge(LeniencyEquations.over(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other equations have 3 interviewers, these 2");
    assertThatThrownBy(() -> e.merge(e)).hasMessage("cannot merge equations into themselves");
    assertThatThrownBy(() -> e.addUnit(new int[] {0, 2}, new int[] {1, 1}))
        .hasMessage("interviewer index (2) must be in [0, 2)");
    assertThatThrownBy(() -> e.addUnit(new int[] {0}, new int[] {1, 1}))
        .hasMessage("interviewers (1) and levels (2) must have the same length");
    assertThatThrownBy(() -> LeniencyEquations.over(-1))
        .hasMessage("interviewers (-1) must be in [0, 4096]");
    assertThatThrownBy(() -> InterviewerCalibration.standard().estimate(e.solve(), Double.NaN))
        .hasMessage("residual sum of squares (NaN) must be >= 0");
  }

  private static int[] levels(LeniencyModel.Unit u) {
    int[] out = new int[u.level().length];
    for (int o = 0; o < out.length; o++) {
      out[o] = (int) u.level()[o];
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}

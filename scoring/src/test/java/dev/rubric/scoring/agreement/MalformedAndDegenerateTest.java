package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line between malformed input (a shape a statistic cannot take: refused with an exception
 * naming the row) and degenerate data (an {@code Undefined} coefficient with a reason code), as the
 * README ("Measuring agreement") and the package Javadoc state it.
 */
class MalformedAndDegenerateTest {
  // --- an empty unit is a unit without ratings, for every statistic ---

  @Test
  void anEmptyUnitIsNoRatingsForEveryStatistic() {
    int[][] empty = {{}};
    for (AlphaLevel level : AlphaLevel.values()) {
      assertThat(KrippendorffAlpha.at(level).compute(empty).alpha().undefinedReason())
          .contains(UndefinedReason.NO_RATINGS);
    }
    assertThat(FleissKappa.of().compute(empty).kappa().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
    assertThat(CohenKappa.unweighted().compute(empty).kappa().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
    IccResult icc = IntraclassCorrelation.of().compute(empty);
    for (IccForm form : IccForm.values()) {
      assertThat(icc.get(form).value().undefinedReason()).contains(UndefinedReason.NO_RATINGS);
    }
    assertThat(IntraclassCorrelation.of().compute(new double[][] {{}}).droppedTargets())
        .isEqualTo(1);
    assertThat(WithinGroupAgreement.rwgJ(new double[][] {{}}, 5).value().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
    assertThat(WithinGroupAgreement.rwg(new double[0], 5).value().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
    assertThat(WithinGroupAgreement.averageDeviation().aroundMean().undefinedReason())
        .contains(UndefinedReason.NO_RATINGS);
  }

  @Test
  void anEmptyUnitAmongOthersIsCountedAndChangesNothingElse() {
    int[][] data = {{1, 2}, {2, 2}, {3, 1}, {3, 3}};
    int[][] withEmpty = {{1, 2}, {}, {2, 2}, {3, 1}, {3, 3}};
    IccResult icc = IntraclassCorrelation.of().compute(withEmpty);
    IccResult plain = IntraclassCorrelation.of().compute(data);
    assertThat(icc.droppedTargets()).isEqualTo(1);
    assertThat(icc.estimates()).isEqualTo(plain.estimates());
    // An empty first target fixes no raters.
    assertThat(IntraclassCorrelation.of().compute(new int[][] {{}, {1, 2}, {2, 2}}).raters())
        .isEqualTo(2);
    CohenResult kappa = CohenKappa.linear().compute(withEmpty);
    assertThat(kappa.units()).isEqualTo(5);
    assertThat(kappa.kappa()).isEqualTo(CohenKappa.linear().compute(data).kappa());
    CohenAccumulator doubles = CohenKappa.linear().accumulator().addUnit(new double[0]);
    assertThat(doubles.result().units()).isEqualTo(1);
  }

  // An empty unit is a unit nobody rated, like one of missing cells: among rated units it makes
  // Fleiss' kappa MISSING_RATINGS, as {MISSING, MISSING} does. It was UNEQUAL_RATERS_PER_UNIT,
  // whose sentence says nothing is missing.
  @Test
  void anEmptyUnitIsAUnitOfMissingRatingsForFleiss() {
    int no = Ratings.MISSING;
    for (int[][] data : List.of(new int[][] {{1, 2}, {}}, new int[][] {{1, 2}, {no, no}})) {
      FleissResult r = FleissKappa.of().compute(data);
      assertThat(r.kappa().undefinedReason())
          .as(Arrays.deepToString(data))
          .contains(UndefinedReason.MISSING_RATINGS);
    }
    assertThat(
            FleissKappa.of()
                .accumulator()
                .addUnit(1, 2, 2)
                .merge(FleissKappa.of().accumulator().addUnit(new double[0]))
                .result()
                .kappa()
                .undefinedReason())
        .contains(UndefinedReason.MISSING_RATINGS);
    assertThat(FleissKappa.of().compute(new int[][] {{1, 2, 2}, {1, 2}}).kappa().undefinedReason())
        .contains(UndefinedReason.UNEQUAL_RATERS_PER_UNIT);
  }

  // --- malformed input is refused, naming the row ---

  @Test
  void cohenRefusesUnitsOfOtherThanTwoCellsNamingTheRow() {
    assertThatThrownBy(() -> CohenKappa.unweighted().compute(new int[][] {{1}, {2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unitsByRaters[0]: ratings length (1) must be 2 for Cohen's kappa (or 0 for a unit"
                + " nobody rated)");
    assertThatThrownBy(() -> CohenKappa.unweighted().compute(new int[][] {{1, 2}, {1, 2, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unitsByRaters[1]: ratings length (3) must be 2");
  }

  @Test
  void iccRefusesATargetOfAnotherLengthNamingTheRow() {
    assertThatThrownBy(() -> IntraclassCorrelation.of().compute(new int[][] {{1, 2, 2}, {1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetsByRaters[1]: ratings length (2) must equal the raters (3)");
    assertThatThrownBy(
            () -> IntraclassCorrelation.of().compute(new double[][] {{1, 2}, {}, {1, 2, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetsByRaters[2]: ratings length (3) must equal the raters (2)");
  }

  @Test
  void otherRefusalsNameTheRowToo() {
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().compute(new double[][] {{1, 2}, {1.5, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unitsByRaters[1]: rating (1.5) must be an integer level or NaN for a missing rating");
    assertThatThrownBy(() -> FleissKappa.of().compute(new int[][] {{0, 0}, {0, 300}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unitsByRaters[1]: ratings span the values [0, 300]");
  }

  @Test
  @SuppressWarnings("NullAway") // null rows on purpose
  void aNullRowIsNamed() {
    int[][] ints = {{1, 2}, {2, 2}, null};
    double[][] doubles = {{1, 2}, null};
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().compute(ints))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitsByRaters[2]");
    assertThatThrownBy(() -> KrippendorffAlpha.nominal().compute(doubles))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitsByRaters[1]");
    assertThatThrownBy(() -> FleissKappa.of().compute(ints))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitsByRaters[2]");
    assertThatThrownBy(() -> CohenKappa.unweighted().compute(ints))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unitsByRaters[2]");
    assertThatThrownBy(() -> IntraclassCorrelation.of().compute(ints))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("targetsByRaters[2]");
    assertThatThrownBy(() -> IntraclassCorrelation.of().compute(doubles))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("targetsByRaters[1]");
    assertThatThrownBy(() -> WithinGroupAgreement.rwgJ(doubles, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items[1]");
  }
}

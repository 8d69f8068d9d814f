package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Fleiss' and Cohen's kappa against published values and their full-precision recomputation. */
class KappaReferenceTest {

  // Fleiss (1971), Psychological Bulletin 76(5):378-382: 30 subjects x 6 raters, 5 categories.
  // Full values: R 4.2.2, irr 0.84.1 (kappam.fleiss) and DKPro Statistics 2.2.1.
  @Test
  void fleiss1971Diagnoses() {
    FleissResult result = FleissKappa.of().compute(ReferenceData.read("fleiss1971_diagnoses.csv"));

    assertThat(result.kappa().value()).isCloseTo(0.430244520060141, within(1e-12));
    assertThat(result.kappa().value()).isCloseTo(0.430, within(0.0005));
    assertThat(result.observedAgreement()).isCloseTo(0.555555555556, within(1e-12));
    assertThat(result.expectedAgreement()).isCloseTo(0.219938271605, within(1e-12));
    assertThat(result.units()).isEqualTo(30);
    assertThat(result.ratingsPerUnit()).isEqualTo(6);
    assertThat(result.categories()).isEqualTo(5);
  }

  // Cohen (1960), Educational and Psychological Measurement 20(1):37-46, p. 45: 200 subjects x 2
  // raters; published kappa .492 with p_o = .70 and p_e = .41; full value 29/59.
  @Test
  void cohen1960Example2() {
    CohenResult result =
        CohenKappa.unweighted().compute(ReferenceData.read("cohen1960_example2_raw.csv"));

    assertThat(result.kappa().value()).isCloseTo(29.0 / 59, within(1e-12));
    assertThat(result.kappa().value()).isCloseTo(0.491525423728813, within(1e-12));
    assertThat(result.kappa().value()).isCloseTo(0.492, within(0.0005));
    assertThat(result.observedAgreement()).isCloseTo(0.70, within(0.005));
    assertThat(result.expectedAgreement()).isCloseTo(0.41, within(0.005));
    assertThat(result.pairedUnits()).isEqualTo(200);
  }

  // Same data, value-based disagreement weights over the categories 1-3 (reference README:
  // linear 0.473684210526316, quadratic 0.454545454545455).
  @Test
  void cohen1960Example2Weighted() {
    int[][] data = ReferenceData.read("cohen1960_example2_raw.csv");

    assertThat(CohenKappa.linear().onScale(1, 3).compute(data).kappa().value())
        .isCloseTo(0.473684210526316, within(1e-12));
    assertThat(CohenKappa.quadratic().onScale(1, 3).compute(data).kappa().value())
        .isCloseTo(0.454545454545455, within(1e-12));
    // The normaliser max - min cancels: the observed range gives the same kappa.
    assertThat(CohenKappa.linear().compute(data).kappa().value())
        .isCloseTo(0.473684210526316, within(1e-12));
    assertThat(CohenKappa.quadratic().onCategories(1, 2, 3).compute(data).kappa().value())
        .isCloseTo(0.454545454545455, within(1e-12));
  }
}

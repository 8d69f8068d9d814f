package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Krippendorff's alpha against published values and their full-precision recomputation (R 4.2.2,
 * irr 0.84.1 and DKPro Statistics 2.2.1, see shared/data/reference/README.md).
 */
class KrippendorffAlphaReferenceTest {

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C (4 coders x 12
  // units, unit 12 not pairable, n = 40).
  @ParameterizedTest
  @CsvSource({
    "NOMINAL, 0.743, 0.743421052631579",
    "ORDINAL, 0.815, 0.815387503754881",
    "INTERVAL, 0.849, 0.849107142857143",
    "RATIO, 0.797, 0.797402774711612"
  })
  void krippendorff2011ExampleC(AlphaLevel level, double published, double full) {
    AlphaResult result =
        KrippendorffAlpha.at(level)
            .compute(ReferenceData.read("krippendorff2011_reliability_C.csv"));

    assertThat(result.alpha().value()).isCloseTo(full, within(1e-12));
    assertThat(result.alpha().value()).isCloseTo(published, within(0.0005));
    assertThat(result.pairableValues()).isEqualTo(40);
    assertThat(result.units()).isEqualTo(12);
    assertThat(result.droppedUnits()).isEqualTo(1);
    assertThat(result.raters()).isEqualTo(4);
  }

  // Wikipedia, "Krippendorff's alpha", worked example: 3 coders x 15 units, units 2 and 14 empty,
  // unit 1 with one value.
  @ParameterizedTest
  @CsvSource({"NOMINAL, 0.691, 0.691358024691358", "INTERVAL, 0.811, 0.810844892812106"})
  void wikipediaWorkedExample(AlphaLevel level, double published, double full) {
    AlphaResult result =
        KrippendorffAlpha.at(level).compute(ReferenceData.readDoubles("wikipedia_kalpha_3x15.csv"));

    assertThat(result.alpha().value()).isCloseTo(full, within(1e-12));
    assertThat(result.alpha().value()).isCloseTo(published, within(0.0005));
    assertThat(result.units()).isEqualTo(15);
    assertThat(result.droppedUnits()).isEqualTo(3);
  }
}

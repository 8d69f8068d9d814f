package dev.rubric.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979), Psychological Bulletin
 * 86(2):420-428, Tables 2 and 4 (6 targets x 4 judges). Full values: R 4.2.2, psych 2.2.9 ICC.
 */
class IntraclassCorrelationReferenceTest {

  private static final IccResult RESULT =
      IntraclassCorrelation.of().compute(ReferenceData.read("shrout_fleiss1979.csv"));

  @ParameterizedTest
  @CsvSource({
    "ICC_1_1, .17, 0.165741768405475",
    "ICC_2_1, .29, 0.289763779527559",
    "ICC_3_1, .71, 0.714840714840715",
    "ICC_1_K, .44, 0.442797133679269",
    "ICC_2_K, .62, 0.620050547598989",
    "ICC_3_K, .91, 0.909315542377069"
  })
  void shroutFleissTable4(IccForm form, double published, double full) {
    double value = RESULT.get(form).value().value();

    assertThat(value).isCloseTo(full, within(1e-12));
    assertThat(value).isCloseTo(published, within(0.005));
  }

  // Shrout and Fleiss (1979), Table 2 / reference README: one-way F 1.7947 on (5, 18), two-way F
  // for targets 11.0272 on (5, 15).
  @Test
  void shroutFleissTable2FTests() {
    FTest oneWay = RESULT.get(IccForm.ICC_1_1).test().orElseThrow();
    FTest twoWay = RESULT.get(IccForm.ICC_3_1).test().orElseThrow();

    assertThat(oneWay.f().value()).isCloseTo(1.7947, within(0.00005));
    assertThat(oneWay.numeratorDf()).isEqualTo(5);
    assertThat(oneWay.denominatorDf()).isEqualTo(18);
    assertThat(twoWay.f().value()).isCloseTo(11.0272, within(0.00005));
    assertThat(twoWay.numeratorDf()).isEqualTo(5);
    assertThat(twoWay.denominatorDf()).isEqualTo(15);
    assertThat(RESULT.get(IccForm.ICC_2_1).test()).contains(twoWay);
    assertThat(RESULT.targets()).isEqualTo(6);
    assertThat(RESULT.droppedTargets()).isZero();
    assertThat(RESULT.raters()).isEqualTo(4);
  }

  // Cross-check, not in the bundled reference README: the 95% bounds and p-values printed (2-3
  // digits) by R psych::ICC on these data (its help-page example, psych 2.2.9).
  @ParameterizedTest
  @CsvSource({
    "ICC_1_1, -0.133, 0.72, 0.16477",
    "ICC_2_1, 0.019, 0.76, 0.00013",
    "ICC_3_1, 0.342, 0.95, 0.00013",
    "ICC_1_K, -0.884, 0.91, 0.16477",
    "ICC_2_K, 0.071, 0.93, 0.00013",
    "ICC_3_K, 0.676, 0.99, 0.00013"
  })
  void psychConfidenceBoundsAndPValues(IccForm form, double lower, double upper, double p) {
    IccEstimate estimate = RESULT.get(form);
    ConfidenceInterval interval = estimate.interval().orElseThrow();

    assertThat(interval.level()).isEqualTo(0.95);
    assertThat(interval.lower()).isCloseTo(lower, within(0.0005));
    assertThat(interval.upper()).isCloseTo(upper, within(0.005));
    assertThat(estimate.test().orElseThrow().pValue().value()).isCloseTo(p, within(0.000005));
  }
}

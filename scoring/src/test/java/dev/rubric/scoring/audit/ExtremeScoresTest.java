package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Finite scores at the ends of the double range, which {@link CandidateOutcome} accepts: the median
 * and Hedges' g must stay finite and right where a plain difference overflows.
 */
class ExtremeScoresTest {

  // Before: hi - lo overflowed, the median was infinite, and the audit threw "value (Infinity)
  // must be finite" for two finite scores.
  @Test
  void medianOfScoresFarApartOnBothSidesOfZero() {
    assertThat(ScoreMedian.of(-1.7e308, 1.7e308).value()).isZero();
    assertThat(ScoreMedian.of(-1.7e308, 1.0e308).value()).isCloseTo(-3.5e307, within(1e292));
    assertThat(ScoreMedian.of(1.0, 3.0).value()).isEqualTo(2.0); // the usual path, unchanged

    AuditReport report =
        AdverseImpact.audit(
            List.of(
                CandidateOutcome.of("a", true, 1.7e308), CandidateOutcome.of("b", false, -1.7e308)),
            new GroupMembership(
                List.of("g"), Map.of("a", Map.of("g", "A"), "b", Map.of("g", "B"))));
    assertThat(report.medianScore().value()).isZero();
    assertThat(report.dimensions().get(0).categories().get(0).scoredAbove()).isEqualTo(1);
  }

  // Found by a review: the middle scores 0.9999999999999999 and 1 have an exact median of
  // 1 - 2^-54, which rounds to 1; compared with the rounded median, neither group scored above it,
  // so the scoring ratio was undefined and A's scoring rate of 0 against B's 1 was not flagged.
  @Test
  void scoresEqualToTheUpperMiddleScoreAreAboveTheExactMedian() {
    AuditReport report =
        AdverseImpact.audit(
            List.of(
                CandidateOutcome.of("a1", true, 0.9999999999999999),
                CandidateOutcome.of("a2", true, 0.9999999999999999),
                CandidateOutcome.of("b1", true, 1.0),
                CandidateOutcome.of("b2", true, 1.0)),
            new GroupMembership(
                List.of("g"),
                Map.of(
                    "a1", Map.of("g", "A"),
                    "a2", Map.of("g", "A"),
                    "b1", Map.of("g", "B"),
                    "b2", Map.of("g", "B"))));

    assertThat(report.medianScore().value()).isEqualTo(1.0); // the exact median, rounded
    CategoryResult a = report.dimensions().get(0).categories().get(0);
    CategoryResult b = report.dimensions().get(0).categories().get(1);
    assertThat(b.scoredAbove()).isEqualTo(2);
    assertThat(a.scoredAbove()).isZero();
    assertThat(a.scoringImpactRatio().value()).isZero();
    assertThat(a.flags()).contains(AuditFlag.SCORING_BELOW_FOUR_FIFTHS);
  }

  // Before: the squared deviations overflowed and g read TOO_FEW_SCORES although both samples have
  // a spread. Expected: Python 3.11 decimal, 50 digits, from Borenstein et al. (2009) eq.
  // 4.18-4.24:
  // g = -0.51110125199995193060781112428143456810071276791121,
  // lower = g - 1.959963984540054 SE = -1.6857455771887717875305628192424925293897934396092.
  @Test
  void hedgesGOfScoresNearTheLargestDouble() {
    Map<String, Map<String, String>> groups =
        Map.of(
            "a",
            Map.of("g", "A"),
            "b",
            Map.of("g", "A"),
            "c",
            Map.of("g", "B"),
            "d",
            Map.of("g", "B"));
    List<CandidateOutcome> outcomes =
        List.of(
            competency("a", true, 1.5e308),
            competency("b", true, 1.7e308),
            competency("c", false, 1.6e308),
            competency("d", false, 1.2e308));
    CompetencyDifference d =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("g"), groups),
                AuditOptions.defaults().withMinShare(0))
            .dimensions()
            .get(0)
            .competencies()
            .get(0);

    assertThat(d.reference()).containsExactly("A");
    assertThat(d.g().value()).isCloseTo(-0.51110125199995193, within(1e-12));
    assertThat(d.ciLower().value()).isCloseTo(-1.6857455771887718, within(1e-12));
  }

  /**
   * Hedges' g of the category B (not selected) against the reference A (selected), for one
   * competency.
   */
  private static CompetencyDifference difference(double[] reference, double[] other) {
    List<CandidateOutcome> outcomes = new java.util.ArrayList<>();
    Map<String, Map<String, String>> groups = new java.util.HashMap<>();
    for (int i = 0; i < reference.length; i++) {
      outcomes.add(competency("a" + i, true, reference[i]));
      groups.put("a" + i, Map.of("g", "A"));
    }
    for (int i = 0; i < other.length; i++) {
      outcomes.add(competency("b" + i, false, other[i]));
      groups.put("b" + i, Map.of("g", "B"));
    }
    CompetencyDifference d =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("g"), groups),
                AuditOptions.defaults().withMinShare(0))
            .dimensions()
            .get(0)
            .competencies()
            .get(0);
    assertThat(d.reference()).containsExactly("A");
    return d;
  }

  // Expected values of the three tests below: Python 3 fractions (exact means and squared
  // deviations of the doubles) and mpmath at 60 digits (square root, critical z), from Borenstein
  // et al. (2009) eq. 4.18-4.24; tolerance 1e-12 relative.

  // Before: the squared deviations of scores near 1e-300 underflowed to 0, so two samples with a
  // spread read as TOO_FEW_SCORES.
  @Test
  void hedgesGOfScoresNearTheSmallestDouble() {
    CompetencyDifference d =
        difference(new double[] {1e-300, 3e-300, 2e-300}, new double[] {-1e-300, 2e-300, 0.5e-300});

    assertThat(d.g().value()).isCloseTo(-0.94135744866328336391, within(1e-12));
    assertThat(d.ciLower().value()).isCloseTo(-2.3279718107804042982, within(1e-12));
    assertThat(d.ciUpper().value()).isCloseTo(0.44525691345383757036, within(1e-12));
  }

  // Before: a spread of 1e-160 against a difference of 1 gave a d whose square overflowed, an
  // infinite interval, and the whole audit threw "value (-Infinity) must be finite".
  @Test
  void aDifferenceFarLargerThanTheSpreadKeepsAFiniteInterval() {
    CompetencyDifference d = difference(new double[] {0, 1e-160}, new double[] {1, 1});

    assertThat(d.g().value()).isCloseTo(1.1428571428571428701e160, within(1e148));
    assertThat(d.ciLower().value()).isCloseTo(3.5091210037161261628e159, within(1e147));
    assertThat(d.ciUpper().value()).isCloseTo(1.934802185342673124e160, within(1e148));
  }

  // Before: the means, each rounded, differed by a residue that gave g = -1.5e-16, of the wrong
  // sign and twelve times too large. The doubles 0.1, 0.2, 0.3 and 0.6 sum to just above 1.2, so
  // their mean exceeds the other side's by 2^-57 / 3 exactly: g is -1.26e-17. Equal means, as
  // doubles, give 0 exactly.
  @Test
  void nearlyEqualMeansGiveTheGOfTheirExactDifference() {
    CompetencyDifference near =
        difference(new double[] {0.1, 0.2, 0.3, 0.6}, new double[] {0.3, 0.3, 0.3, 0.3, 0.1, 0.5});
    assertThat(near.g().value()).isCloseTo(-1.2597923970706762129e-17, within(1e-29));
    assertThat(near.ciLower().value()).isCloseTo(-1.1427173139576285588, within(1e-12));
    assertThat(near.ciUpper().value()).isCloseTo(1.1427173139576285336, within(1e-12));

    CompetencyDifference equal =
        difference(new double[] {1e9 + 0.5, 1.0 / 3, 0.7}, new double[] {0.7, 1e9 + 0.5, 1.0 / 3});
    assertThat(equal.g().value()).isEqualTo(0.0);
  }

  private static CandidateOutcome competency(String id, boolean selected, double score) {
    return new CandidateOutcome(id, selected, OptionalDouble.empty(), Map.of("c", score));
  }
}

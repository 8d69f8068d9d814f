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

  private static CandidateOutcome competency(String id, boolean selected, double score) {
    return new CandidateOutcome(id, selected, OptionalDouble.empty(), Map.of("c", score));
  }
}

package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Counts from a distributed aggregation may run into the billions: every figure of the audit from
 * counts stays exact where it is an integer or a comparison of rates, and a count that no long can
 * hold is refused naming what overflowed, never wrapped or thrown as a bare ArithmeticException.
 */
class HugeCountsTest {
  private static final List<String> SEX = List.of("sex");
  private static final long THREE_BILLION = 3_000_000_000L;

  private static AuditReport audit(long fApplicants, long fSelected, long mApplicants, long mSel) {
    SelectionTally tally =
        new SelectionTally()
            .addCounts(List.of("F"), fApplicants, fSelected, 0, 0)
            .addCounts(List.of("M"), mApplicants, mSel, 0, 0);
    return AdverseImpact.fromCounts(
        fApplicants + mApplicants,
        ScoreMedian.of(),
        SEX,
        Map.of(SEX, tally),
        AuditOptions.defaults());
  }

  private static CategoryResult row(AuditReport report, String category) {
    return report.dimensions().get(0).categories().stream()
        .filter(c -> c.category().equals(List.of(category)))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Three billion a side: 4 s2 n1 is 2.4e19, past a long. Before, the shortfall threw "long
   * overflow"; the fewest extra selections is ceil(4 x 2e9 x 3e9 / (5 x 3e9)) - 1e9 = 6e8 exactly.
   */
  @Test
  void billionsOfCandidatesGiveExactRatiosAndShortfalls() {
    AuditReport report = audit(3_000_000_000L, 1_000_000_000L, 3_000_000_000L, 2_000_000_000L);

    CategoryResult f = row(report, "F");
    assertThat(f.impactRatio().value()).isEqualTo(0.5);
    assertThat(f.shortfall().getAsLong()).isEqualTo(600_000_000L);
    assertThat(f.flags()).contains(AuditFlag.BELOW_FOUR_FIFTHS, AuditFlag.SIGNIFICANT);
    assertThat(f.fisherP().value()).isZero(); // under 2.2e-308
    assertThat(row(report, "M").flags()).contains(AuditFlag.REFERENCE);
  }

  /** A ratio of exactly four fifths at counts past a long's products is not below it. */
  @Test
  void fourFifthsIsDecidedExactlyInTheBillions() {
    // 2.4e9 / 3e9 = 0.8 x (3e9 / 3e9): exactly at the line.
    CategoryResult atLine =
        row(audit(3_000_000_000L, 2_400_000_000L, THREE_BILLION, THREE_BILLION), "F");
    assertThat(atLine.impactRatio().value()).isEqualTo(0.8);
    assertThat(atLine.flags()).doesNotContain(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(atLine.shortfall().getAsLong()).isZero();

    CategoryResult justUnder =
        row(audit(3_000_000_000L, 2_399_999_999L, THREE_BILLION, THREE_BILLION), "F");
    assertThat(justUnder.flags()).contains(AuditFlag.BELOW_FOUR_FIFTHS);
    assertThat(justUnder.shortfall().getAsLong()).isEqualTo(1);
  }

  /**
   * A hundred million a side with rates 0.02 points apart: the exact test walks the terms around
   * the mode only (before, it kept an array of a hundred million doubles), and at this size its
   * p-value is the normal approximation's, 2 Q(|z|), to well within 1% (the law of large numbers
   * for the hypergeometric distribution).
   */
  @Test
  void aHundredMillionASideIsTestedExactlyAndAgreesWithTheNormalLimit() {
    CategoryResult f = row(audit(100_000_000L, 50_000_000L, 100_000_000L, 50_020_000L), "F");

    double z = f.z().value();
    double normal = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
    assertThat(z).isLessThan(-2.8);
    assertThat(f.fisherP().value()).isCloseTo(normal, within(0.01 * normal));
  }

  @Test
  void countsPastALongAreRefusedNamingTheCount() {
    SelectionTally one = new SelectionTally().addCounts(List.of("F"), Long.MAX_VALUE - 1, 0, 0, 0);
    assertThatThrownBy(() -> one.addCounts(List.of("F"), 2, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "category [F]: applicants counts more than 9223372036854775807 (Long.MAX_VALUE):"
                + " 9223372036854775806 + 2");

    SelectionTally other = new SelectionTally().addCounts(List.of("F"), 2, 1, 0, 0).addUnknown(5);
    assertThatThrownBy(() -> one.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("category [F]: applicants counts more than");
    // A merge that would overflow leaves the tally as it was.
    assertThat(one.counts()).containsOnlyKeys(List.of("F"));
    assertThat(one.unknown()).isZero();
    assertThat(one.merge(new SelectionTally().addUnknown(3)).unknown()).isEqualTo(3);

    SelectionTally unknown = new SelectionTally().addUnknown(Long.MAX_VALUE);
    assertThatThrownBy(unknown::addUnknown).isInstanceOf(IllegalArgumentException.class);

    SelectionTally wide =
        new SelectionTally()
            .addCounts(List.of("F"), Long.MAX_VALUE / 2 + 1, 0, 0, 0)
            .addCounts(List.of("M"), Long.MAX_VALUE / 2 + 1, 0, 0, 0);
    assertThatThrownBy(
            () ->
                AdverseImpact.fromCounts(
                    Long.MAX_VALUE,
                    ScoreMedian.of(),
                    SEX,
                    Map.of(SEX, wide),
                    AuditOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("grouping [sex] counts more than 9223372036854775807");
  }
}

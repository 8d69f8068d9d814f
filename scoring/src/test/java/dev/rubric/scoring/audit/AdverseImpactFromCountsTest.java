package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The audit from counts is the audit from candidates, less the drill-down: rows, rates, ratios,
 * tests, intervals, flags and suppression come out equal for any population, because both run the
 * same code on the same counts.
 */
class AdverseImpactFromCountsTest {
  private static final List<String> DIMS = List.of("sex", "race");

  /** The tallies {@link AdverseImpact#fromCounts} takes, counted candidate by candidate. */
  static Map<List<String>, SelectionTally> tallies(
      List<CandidateOutcome> outcomes, GroupMembership membership, AuditReport report) {
    Map<List<String>, SelectionTally> out = new HashMap<>();
    List<List<String>> groupings = new ArrayList<>();
    membership.dimensions().forEach(d -> groupings.add(List.of(d)));
    groupings.addAll(AdverseImpact.combinations(membership.dimensions()));
    for (List<String> g : groupings) {
      // Built from per-category counts with addCounts, as a distributed aggregation hands them
      // over.
      Map<List<String>, long[]> counts = new LinkedHashMap<>();
      long unknown = 0;
      for (CandidateOutcome o : outcomes) {
        Optional<List<String>> c = membership.categoriesOf(o.candidateId(), g);
        if (c.isEmpty()) {
          unknown++;
          continue;
        }
        long[] n = counts.computeIfAbsent(c.get(), k -> new long[4]);
        n[0]++;
        n[1] += o.selected() ? 1 : 0;
        n[2] += o.score().isPresent() ? 1 : 0;
        n[3] +=
            o.score().isPresent()
                    && report.medianScore().isDefined()
                    && o.score().getAsDouble() > report.medianScore().value()
                ? 1
                : 0;
      }
      SelectionTally t = new SelectionTally().addUnknown(unknown);
      counts.forEach((c, n) -> t.addCounts(c, n[0], n[1], n[2], n[3]));
      out.put(g, t);
    }
    return out;
  }

  private static AuditReport withoutDrillDown(AuditReport r) {
    return new AuditReport(
        r.candidates(),
        r.medianScore(),
        r.dimensions().stream().map(AdverseImpactFromCountsTest::strip).toList(),
        r.intersections().stream().map(AdverseImpactFromCountsTest::strip).toList());
  }

  private static GroupingResult strip(GroupingResult g) {
    return new GroupingResult(
        g.dimensions(), g.categories(), g.unknown(), g.suppressedCategories(), List.of());
  }

  @Test
  void auditFromCountsEqualsTheAuditFromCandidatesLessTheDrillDown() {
    List<AuditOptions> options =
        List.of(
            AuditOptions.defaults(),
            AuditOptions.defaults().withSuppressBelow(12).withSmallCount(40),
            AuditOptions.defaults().withMinShare(0.1).withSignificanceLevel(0.01));
    for (long seed = 1; seed <= 40; seed++) {
      Map<String, Map<String, String>> groups = new LinkedHashMap<>();
      List<CandidateOutcome> outcomes = AdverseImpactTest.population(seed, groups);
      GroupMembership membership = new GroupMembership(DIMS, groups);
      for (AuditOptions o : options) {
        AuditReport expected = AdverseImpact.audit(outcomes, membership, o);
        AuditReport got =
            AdverseImpact.fromCounts(
                outcomes.size(),
                expected.medianScore(),
                DIMS,
                tallies(outcomes, membership, expected),
                o);
        assertThat(got).as("seed %s, %s", seed, o).isEqualTo(withoutDrillDown(expected));
      }
    }
  }

  @Test
  void noCandidatesGiveEmptyGroupings() {
    AuditReport report =
        AdverseImpact.fromCounts(
            0,
            ScoreMedian.of(),
            DIMS,
            Map.of(
                List.of("sex"), new SelectionTally(),
                List.of("race"), new SelectionTally(),
                List.of("sex", "race"), new SelectionTally()),
            AuditOptions.defaults());
    assertThat(report)
        .isEqualTo(
            AdverseImpact.audit(
                List.of(), new GroupMembership(DIMS, Map.of()), AuditOptions.defaults()));
  }

  @Test
  void addCountsEqualsAddingEachCandidate() {
    Random random = new Random(7);
    SelectionTally one = new SelectionTally();
    SelectionTally bulk = new SelectionTally();
    for (String c : List.of("A", "B", "C")) {
      long[] n = new long[4];
      int size = 1 + random.nextInt(50);
      for (int i = 0; i < size; i++) {
        boolean selected = random.nextBoolean();
        boolean scored = random.nextInt(4) > 0;
        boolean above = random.nextBoolean();
        one.add(List.of(c), selected, scored, above);
        n[0]++;
        n[1] += selected ? 1 : 0;
        n[2] += scored ? 1 : 0;
        n[3] += scored && above ? 1 : 0;
      }
      bulk.addCounts(List.of(c), n[0], n[1], n[2], n[3]);
    }
    one.addUnknown().addUnknown();
    bulk.addUnknown(2);
    assertThat(bulk.counts()).isEqualTo(one.counts());
    assertThat(bulk.unknown()).isEqualTo(one.unknown());
  }

  @Test
  void inconsistentCountsAreRefusedNamingTheGrouping() {
    Map<List<String>, SelectionTally> tallies = new HashMap<>();
    tallies.put(List.of("sex"), new SelectionTally().addCounts(List.of("F"), 3, 1, 3, 1));
    tallies.put(List.of("race"), new SelectionTally().addCounts(List.of("A"), 4, 1, 3, 1));
    AuditOptions d = AuditOptions.defaults();
    assertThatThrownBy(() -> AdverseImpact.fromCounts(3, ScoreMedian.of(1), DIMS, tallies, d))
        .hasMessage("grouping [race] counts 4 candidates (applicants and unknown), not 3");
    tallies.put(List.of("race"), new SelectionTally().addCounts(List.of("A"), 3, 1, 3, 1));
    assertThatThrownBy(() -> AdverseImpact.fromCounts(3, ScoreMedian.of(1), DIMS, tallies, d))
        .hasMessage("tallies have no tally for grouping [sex, race]");
    tallies.put(List.of("sex", "race"), new SelectionTally().addCounts(List.of("F"), 3, 1, 3, 1));
    assertThatThrownBy(() -> AdverseImpact.fromCounts(3, ScoreMedian.of(1), DIMS, tallies, d))
        .hasMessage("grouping [sex, race] has category [F], which names 1 dimensions");
    tallies.put(List.of("race", "sex"), new SelectionTally());
    assertThatThrownBy(() -> AdverseImpact.fromCounts(3, ScoreMedian.of(1), DIMS, tallies, d))
        .hasMessage("tallies name [race, sex], which is no grouping of [sex, race]");
    assertThatThrownBy(() -> new SelectionTally().addCounts(List.of("F"), 3, 4, 3, 1))
        .hasMessage("category [F]: selected (4) must be 0 to applicants (3)");
    assertThatThrownBy(() -> new SelectionTally().addCounts(List.of("F"), 3, 1, 2, 3))
        .hasMessage("category [F]: scoredAbove (3) must be 0 to scored (2)");
    assertThatThrownBy(() -> new SelectionTally().addCounts(List.of("F"), 0, 0, 0, 0))
        .hasMessage("category [F]: applicants (0) must be at least 1");
    assertThatThrownBy(() -> new SelectionTally().addUnknown(-1))
        .hasMessage("unknown candidates (-1) must be at least 0");
  }
}

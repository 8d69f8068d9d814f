package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.scoring.agreement.UndefinedReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AdverseImpactTest {

  /** A random audit population: two dimensions, some unknowns, scores with ties. */
  static List<CandidateOutcome> population(long seed, Map<String, Map<String, String>> groups) {
    Random random = new Random(seed);
    List<CandidateOutcome> outcomes = new ArrayList<>();
    String[] sexes = {"F", "M", "X"};
    String[] races = {"A", "B", "H", "W"};
    int n = 50 + random.nextInt(300);
    for (int i = 0; i < n; i++) {
      String id = "c" + i;
      Map<String, String> row = new LinkedHashMap<>();
      if (random.nextInt(20) > 0) {
        row.put("sex", sexes[random.nextInt(random.nextInt(10) == 0 ? 3 : 2)]);
      }
      if (random.nextInt(15) > 0) {
        row.put("race", races[random.nextInt(4)]);
      }
      groups.put(id, row);
      OptionalDouble score =
          random.nextInt(10) == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextInt(7));
      outcomes.add(
          new CandidateOutcome(
              id,
              random.nextDouble() < 0.3 + 0.1 * row.getOrDefault("race", "A").charAt(0) % 3,
              score,
              Map.of("deployment", (double) random.nextInt(4) + 1)));
    }
    return outcomes;
  }

  static List<CategoryResult> allRows(AuditReport report) {
    List<CategoryResult> rows = new ArrayList<>();
    report.dimensions().forEach(g -> rows.addAll(g.categories()));
    report.intersections().forEach(g -> rows.addAll(g.categories()));
    return rows;
  }

  /**
   * The most dimensions, 12 (4,095 groupings): every grouping counts its cells by the category
   * numbers looked up once per candidate, and gets every count right. Every candidate is in
   * category A or B in all dimensions but one, where a tenth of them are unknown. (How long an
   * audit of this size takes is measured by {@code AuditBenchmark} in the bench module.)
   */
  @Test
  void twelveDimensionsCountTheCellsOfEveryGrouping() {
    List<String> dims = new ArrayList<>();
    for (int d = 0; d < GroupMembership.MAX_DIMENSIONS; d++) {
      dims.add("d" + d);
    }
    Random random = new Random(12);
    Map<String, Map<String, String>> groups = new HashMap<>();
    List<CandidateOutcome> outcomes = new ArrayList<>();
    int n = 2_000;
    int[] ofA = new int[2]; // candidates in A: all of them, and those known in d11
    for (int i = 0; i < n; i++) {
      String id = "c" + i;
      String category = random.nextBoolean() ? "A" : "B";
      Map<String, String> row = new HashMap<>();
      for (String d : dims) {
        row.put(d, category);
      }
      boolean unknown = i % 10 == 0;
      if (unknown) {
        row.remove("d11");
      }
      if (category.equals("A")) {
        ofA[0]++;
        ofA[1] += unknown ? 0 : 1;
      }
      groups.put(id, row);
      outcomes.add(CandidateOutcome.of(id, random.nextInt(3) == 0));
    }
    GroupMembership membership = new GroupMembership(dims, groups);
    AuditReport report = AdverseImpact.audit(outcomes, membership, AuditOptions.defaults());
    assertThat(report.intersections()).hasSize(4083);
    for (GroupingResult g : report.intersections()) {
      boolean withD11 = g.dimensions().contains("d11");
      assertThat(g.unknown()).isEqualTo(withD11 ? n / 10 : 0);
      assertThat(g.categories()).hasSize(2);
      assertThat(g.categories().get(0).category()).hasSize(g.dimensions().size()).containsOnly("A");
      assertThat(g.categories().get(0).applicants()).isEqualTo(ofA[withD11 ? 1 : 0]);
    }
  }

  @Test
  void ratiosAreAtMostOneExactlyOneForTheReferenceAndInvariantToOrder() {
    for (long seed = 1; seed <= 40; seed++) {
      Map<String, Map<String, String>> groups = new LinkedHashMap<>();
      List<CandidateOutcome> outcomes = population(seed, groups);
      GroupMembership membership = new GroupMembership(List.of("sex", "race"), groups);
      AuditReport report = AdverseImpact.audit(outcomes, membership);
      for (CategoryResult r : allRows(report)) {
        r.impactRatio().toOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        r.scoringImpactRatio().toOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        if (r.isReference()) {
          assertThat(r.impactRatio().value()).isEqualTo(1.0);
          assertThat(r.shortfall().getAsLong()).isZero();
        }
        r.fisherP().toOptional().ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
      }
      List<CandidateOutcome> shuffled = new ArrayList<>(outcomes);
      Collections.shuffle(shuffled, new Random(seed * 31));
      Map<String, Map<String, String>> reversed = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(groups.keySet());
      Collections.reverse(keys);
      keys.forEach(k -> reversed.put(k, groups.get(k)));
      assertThat(
              AdverseImpact.audit(shuffled, new GroupMembership(List.of("sex", "race"), reversed)))
          .as("seed %d", seed)
          .isEqualTo(report);
    }
  }

  @Test
  void everyCandidateIsCountedOnceInEachGroupingOrAsUnknown() {
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    List<CandidateOutcome> outcomes = population(7, groups);
    AuditReport report =
        AdverseImpact.audit(
            outcomes,
            new GroupMembership(List.of("sex", "race"), groups),
            AuditOptions.defaults().withMinShare(0));
    for (GroupingResult g : report.dimensions()) {
      long counted = g.categories().stream().mapToLong(CategoryResult::applicants).sum();
      assertThat(counted + g.unknown()).isEqualTo(outcomes.size());
    }
    GroupingResult both = report.intersections().get(0);
    assertThat(both.dimensions()).containsExactly("sex", "race");
    assertThat(both.categories().get(0).category()).hasSize(2);
    long counted = both.categories().stream().mapToLong(CategoryResult::applicants).sum();
    assertThat(counted + both.unknown()).isEqualTo(outcomes.size());
  }

  @Test
  void unknownCategoryIsCountedButNeverInARatio() {
    List<CandidateOutcome> outcomes =
        List.of(
            CandidateOutcome.of("a", true),
            CandidateOutcome.of("b", false),
            CandidateOutcome.of("c", true),
            CandidateOutcome.of("d", true));
    GroupMembership membership =
        new GroupMembership(
            List.of("sex"),
            Map.of("a", Map.of("sex", "F"), "b", Map.of("sex", "M"), "c", Map.of()));
    GroupingResult sex = AdverseImpact.audit(outcomes, membership).dimensions().get(0);
    assertThat(sex.unknown()).isEqualTo(2);
    assertThat(sex.categories())
        .extracting(CategoryResult::category)
        .containsExactly(List.of("F"), List.of("M"));
    assertThat(sex.categories().get(1).impactRatio().value()).isZero();
  }

  @Test
  void smallShareIsExcludedFromRatiosButReportedWithItsReason() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    WorkedExamplesTest.add(outcomes, groups, "race", "W", 60, 20, false);
    WorkedExamplesTest.add(outcomes, groups, "race", "B", 39, 10, false);
    WorkedExamplesTest.add(outcomes, groups, "race", "N", 1, 1, false);
    GroupingResult race =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("race"), groups))
            .dimensions()
            .get(0);
    CategoryResult n = WorkedExamplesTest.row(race, "N");
    assertThat(n.selectionRate().value()).isEqualTo(1.0);
    assertThat(n.impactRatio().undefinedReason()).hasValue(UndefinedReason.EXCLUDED_SMALL_SHARE);
    assertThat(n.undefined()).containsEntry("impactRatio", AdverseImpact.EXCLUDED_SMALL_SHARE);
    assertThat(n.excluded()).hasValue("1 of 100 candidates is under the minimum share 0.02");
    assertThat(n.flags()).containsExactly(AuditFlag.EXCLUDED_SMALL_SHARE);
    // The excluded category's 100% does not become the reference.
    assertThat(WorkedExamplesTest.row(race, "W").isReference()).isTrue();
  }

  @Test
  void suppressionRemovesSmallCategoriesFromEveryOutputAndSaysHowMany() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    WorkedExamplesTest.add(outcomes, groups, "race", "W", 60, 20, false);
    WorkedExamplesTest.add(outcomes, groups, "race", "N", 4, 4, false);
    GroupingResult race =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("race"), groups),
                AuditOptions.defaults().withSuppressBelow(5))
            .dimensions()
            .get(0);
    assertThat(race.categories())
        .extracting(CategoryResult::category)
        .containsExactly(List.of("W"));
    assertThat(race.suppressedCategories()).isEqualTo(1);
    // 64 candidates less the 60 shown is not N's count alone: it is reported with the unknown.
    assertThat(race.unknown()).isEqualTo(4);
  }

  @Test
  void drillDownLeavesOutSuppressedCategoriesAndTheirScores() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      outcomes.add(
          new CandidateOutcome(
              "w" + i, i < 10, OptionalDouble.empty(), Map.of("modeling", (double) (i % 4))));
      groups.put("w" + i, Map.of("race", "W"));
      outcomes.add(
          new CandidateOutcome(
              "b" + i, i < 5, OptionalDouble.empty(), Map.of("modeling", (double) (i % 3))));
      groups.put("b" + i, Map.of("race", "B"));
    }
    for (int i = 0; i < 3; i++) {
      outcomes.add(
          new CandidateOutcome("n" + i, true, OptionalDouble.empty(), Map.of("secret", 1.0 + i)));
      groups.put("n" + i, Map.of("race", "N"));
    }
    GroupingResult race =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("race"), groups),
                AuditOptions.defaults().withSuppressBelow(5))
            .dimensions()
            .get(0);
    assertThat(race.competencies())
        .extracting(CompetencyDifference::competencyId)
        .containsExactly("modeling");
    assertThat(race.unknown()).isEqualTo(3);
  }

  @Test
  void drillDownPerStageAndPerSeat() {
    // Same figures as drillDownGivesHedgesGAgainstTheReference, on a stage and on a seat.
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    double[] ref = {2, 4, 4, 5, 6, 7};
    double[] other = {1, 2, 3, 4, 5};
    for (int i = 0; i < ref.length; i++) {
      outcomes.add(
          new CandidateOutcome(
              "r" + i,
              true,
              OptionalDouble.empty(),
              Map.of(),
              Map.of("technical", ref[i]),
              Map.of("deployment-depth", ref[i])));
      groups.put("r" + i, Map.of("g", "ref"));
    }
    for (int i = 0; i < other.length; i++) {
      outcomes.add(
          new CandidateOutcome(
              "o" + i,
              i < 2,
              OptionalDouble.empty(),
              Map.of(),
              Map.of("technical", other[i]),
              Map.of("deployment-depth", other[i])));
      groups.put("o" + i, Map.of("g", "other"));
    }
    GroupingResult g =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("g"), groups))
            .dimensions()
            .get(0);
    assertThat(g.competencies()).isEmpty();
    for (ScoreDifference d : List.of(g.stages().get(0), g.seats().get(0))) {
      assertThat(d.category()).containsExactly("other");
      assertThat(d.reference()).containsExactly("ref");
      assertThat(d.n()).isEqualTo(5);
      assertThat(d.referenceN()).isEqualTo(6);
      assertThat(d.g().value()).isCloseTo(-0.9082507591303159, within(1e-12));
      assertThat(d.ciLower().value()).isCloseTo(-2.0577988590533076, within(1e-9));
      assertThat(d.ciUpper().value()).isCloseTo(0.24129734079267595, within(1e-9));
    }
    assertThat(g.stages().get(0).scoreId()).isEqualTo("technical");
    assertThat(g.seats().get(0).scoreId()).isEqualTo("deployment-depth");
  }

  @Test
  void nobodySelectedLeavesRatiosUndefinedWithAReason() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    WorkedExamplesTest.add(outcomes, groups, "sex", "F", 10, 0, false);
    WorkedExamplesTest.add(outcomes, groups, "sex", "M", 10, 0, false);
    AuditReport report = AdverseImpact.audit(outcomes, new GroupMembership(List.of("sex"), groups));
    assertThat(report.medianScore().undefinedReason()).hasValue(UndefinedReason.NO_SCORES);
    GroupingResult sex = report.dimensions().get(0);
    for (CategoryResult r : sex.categories()) {
      assertThat(r.impactRatio().undefinedReason()).hasValue(UndefinedReason.REFERENCE_RATE_ZERO);
      assertThat(r.scoringRate().undefinedReason()).hasValue(UndefinedReason.NO_SCORES);
      assertThat(r.undefined()).containsEntry("impactRatio", AdverseImpact.REFERENCE_RATE_ZERO);
      assertThat(r.undefined()).containsEntry("scoringRate", AdverseImpact.NO_SCORES);
    }
    CategoryResult other =
        sex.categories().stream().filter(r -> !r.isReference()).findFirst().get();
    assertThat(other.fisherP().value()).isEqualTo(1.0);
    assertThat(other.undefined()).containsEntry("z", AdverseImpact.NO_VARIATION);
    assertThat(other.z().undefinedReason()).hasValue(UndefinedReason.NO_VARIANCE);
    CategoryResult reference =
        sex.categories().stream().filter(r -> r.isReference()).findFirst().get();
    assertThat(reference.fisherP().undefinedReason()).hasValue(UndefinedReason.REFERENCE_CATEGORY);
    assertThat(other.flags()).containsExactly(AuditFlag.SMALL_COUNTS);
  }

  @Test
  void medianIsExactAndScoringRateCountsStrictlyAbove() {
    List<CandidateOutcome> outcomes =
        List.of(
            CandidateOutcome.of("a", false, 1),
            CandidateOutcome.of("b", false, 2),
            CandidateOutcome.of("c", false, 3),
            CandidateOutcome.of("d", false, 4),
            CandidateOutcome.of("e", false, 3));
    assertThat(AdverseImpact.scores(outcomes).median().value()).isEqualTo(3.0);
    assertThat(AdverseImpact.scores(outcomes.subList(0, 4)).median().value()).isEqualTo(2.5);
    GroupMembership membership =
        new GroupMembership(
            List.of("g"),
            Map.of(
                "a", Map.of("g", "x"),
                "b", Map.of("g", "x"),
                "c", Map.of("g", "y"),
                "d", Map.of("g", "y"),
                "e", Map.of("g", "y")));
    AuditReport report = AdverseImpact.audit(outcomes, membership);
    CategoryResult y = WorkedExamplesTest.row(report.dimensions().get(0), "y");
    assertThat(y.scored()).isEqualTo(3);
    assertThat(y.scoredAbove()).isEqualTo(1);
    assertThat(report.medianScore().value()).isEqualTo(3.0);
  }

  @Test
  void badInputNamesTheCandidate() {
    GroupMembership membership = new GroupMembership(List.of("sex"), Map.of("zed", Map.of()));
    assertThatThrownBy(
            () ->
                AdverseImpact.audit(
                    List.of(CandidateOutcome.of("a", true), CandidateOutcome.of("a", false)),
                    new GroupMembership(List.of("sex"), Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate a has more than one outcome");
    assertThatThrownBy(
            () -> AdverseImpact.audit(List.of(CandidateOutcome.of("a", true)), membership))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate zed has a group membership but no outcome");
    assertThatThrownBy(() -> new GroupMembership(List.of("sex"), Map.of("a", Map.of("race", "W"))))
        .hasMessage("candidate a has a category for unknown dimension (race)");
    assertThatThrownBy(() -> CandidateOutcome.of("a", true, Double.NaN))
        .hasMessage("score (OptionalDouble[NaN]) of candidate a must be finite");
    List<String> thirteen = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      thirteen.add("d" + i);
    }
    assertThatThrownBy(() -> new GroupMembership(thirteen, Map.of()))
        .hasMessage("dimensions (13 of them) must be at most 12");
    assertThatThrownBy(() -> AuditOptions.defaults().withMinShare(1))
        .hasMessage("minShare (1.0) must be in [0, 1)");
  }

  @Test
  void categoriesAndDimensionsThatWouldPrintLikeAnotherAreRefused() {
    // "F " beside "F" was a category of its own, splitting the group in every ratio while both
    // printed as F.
    assertThatThrownBy(() -> new GroupMembership(List.of("sex"), Map.of("a", Map.of("sex", "F "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "candidate a has the category (F ) for dimension sex, which begins or ends with white"
                + " space or holds a space other than U+0020: it would be a category of its own"
                + " that prints like another; trim it");
    assertThatThrownBy(
            () ->
                new GroupMembership(List.of("sex"), Map.of("a", Map.of("sex", "Prefer\u00a0not"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("candidate a has the category (Prefer\u00a0not)");
    // "cafe\u0301" (e and a combining accent) prints exactly like "caf\u00e9": two categories,
    // one name on the page.
    assertThatThrownBy(
            () -> new GroupMembership(List.of("site"), Map.of("a", Map.of("site", "cafe\u0301"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "candidate a has the category (cafe\u0301) for dimension site, which is not in Unicode"
                + " normalization form C (a letter followed by a combining accent, say): it would"
                + " be a category of its own that prints like another; write it in NFC");
    assertThatThrownBy(() -> new GroupMembership(List.of("re\u0301gion"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dimension (re\u0301gion) is not in Unicode normalization form C: it would print like"
                + " another dimension; write it in NFC");
    assertThat(
            new GroupMembership(List.of("site"), Map.of("a", Map.of("site", "caf\u00e9")))
                .categoryOf("a", "site"))
        .contains("caf\u00e9");
    assertThatThrownBy(() -> new GroupMembership(List.of(" sex"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dimension ( sex) must not begin or end with white space or hold a space other than"
                + " U+0020: it would print like another dimension");
    assertThat(
            new GroupMembership(
                    List.of("race ethnicity"),
                    Map.of("a", Map.of("race ethnicity", "Prefer not to say")))
                .categoryOf("a", "race ethnicity"))
        .contains("Prefer not to say");
  }

  @Test
  void shortfallBringsTheRatioToFourFifthsAndNoFurther() {
    for (long s2 = 1; s2 <= 30; s2++) {
      for (long s1 = 0; s1 <= 25; s1++) {
        long n1 = 25;
        long n2 = 30;
        if (s1 * n2 > s2 * n1) {
          continue;
        }
        long x = Proportions.shortfall(s1, n1, s2, n2);
        assertThat(Proportions.ratio(s1 + x, n1, s2, n2)).isGreaterThanOrEqualTo(0.8 - 1e-15);
        if (x > 0) {
          assertThat(5 * (s1 + x - 1) * n2).isLessThan(4 * s2 * n1);
        }
      }
    }
  }

  @Test
  void tallyCountsAreTheSameForAnySplitAndOrder() {
    Random random = new Random(3);
    List<List<String>> cats = List.of(List.of("F", "A"), List.of("M", "B"), List.of("F", "B"));
    SelectionTally whole = new SelectionTally();
    SelectionTally left = new SelectionTally();
    SelectionTally right = new SelectionTally();
    for (int i = 0; i < 500; i++) {
      List<String> c = cats.get(random.nextInt(3));
      boolean s = random.nextBoolean();
      boolean scored = random.nextBoolean();
      boolean above = random.nextBoolean();
      whole.add(c, s, scored, above);
      (random.nextBoolean() ? left : right).add(c, s, scored, above);
      if (i % 50 == 0) {
        whole.addUnknown();
        right.addUnknown();
      }
    }
    SelectionTally rightThenLeft = new SelectionTally().merge(right).merge(left);
    assertThat(rightThenLeft.counts()).isEqualTo(whole.counts());
    assertThat(rightThenLeft.unknown()).isEqualTo(whole.unknown());
    assertThat(new SelectionTally().merge(left).merge(right).counts()).isEqualTo(whole.counts());
  }

  @Test
  void drillDownGivesHedgesGAgainstTheReference() {
    // Reference scores on "modeling": 2, 4, 4, 5, 6, 7; the other category: 1, 2, 3, 4, 5.
    // Python 3.12 (statistics, Borenstein et al. 2009 eq. 4.18-4.24): g = -0.9082507591303159,
    // 95% interval (-2.0577988590533076, 0.24129734079267595).
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    double[] ref = {2, 4, 4, 5, 6, 7};
    double[] other = {1, 2, 3, 4, 5};
    for (int i = 0; i < ref.length; i++) {
      outcomes.add(
          new CandidateOutcome("r" + i, true, OptionalDouble.empty(), Map.of("modeling", ref[i])));
      groups.put("r" + i, Map.of("g", "ref"));
    }
    for (int i = 0; i < other.length; i++) {
      outcomes.add(
          new CandidateOutcome(
              "o" + i, i < 2, OptionalDouble.empty(), Map.of("modeling", other[i])));
      groups.put("o" + i, Map.of("g", "other"));
    }
    GroupingResult g =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("g"), groups))
            .dimensions()
            .get(0);
    assertThat(g.competencies()).hasSize(1);
    CompetencyDifference d = g.competencies().get(0);
    assertThat(d.category()).containsExactly("other");
    assertThat(d.reference()).containsExactly("ref");
    assertThat(d.n()).isEqualTo(5);
    assertThat(d.referenceN()).isEqualTo(6);
    assertThat(d.g().value()).isCloseTo(-0.9082507591303159, within(1e-12));
    assertThat(d.ciLower().value()).isCloseTo(-2.0577988590533076, within(1e-9));
    assertThat(d.ciUpper().value()).isCloseTo(0.24129734079267595, within(1e-9));
  }

  @Test
  void drillDownIsUndefinedWithoutSpread() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      outcomes.add(new CandidateOutcome("a" + i, true, OptionalDouble.empty(), Map.of("x", 3.0)));
      groups.put("a" + i, Map.of("g", "a"));
      outcomes.add(new CandidateOutcome("b" + i, false, OptionalDouble.empty(), Map.of("x", 3.0)));
      groups.put("b" + i, Map.of("g", "b"));
    }
    CompetencyDifference d =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("g"), groups))
            .dimensions()
            .get(0)
            .competencies()
            .get(0);
    assertThat(d.g().undefinedReason()).hasValue(UndefinedReason.TOO_FEW_SCORES);
    assertThat(d.ciLower().undefinedReason()).hasValue(UndefinedReason.TOO_FEW_SCORES);
    assertThat(d.reason()).hasValue(AdverseImpact.TOO_FEW_SCORES);
  }

  @Test
  void stageDrillDownIsUndefinedWithItsReasonWithoutSpread() {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      outcomes.add(
          new CandidateOutcome(
              "a" + i, true, OptionalDouble.empty(), Map.of(), Map.of("onsite", 3.0), Map.of()));
      groups.put("a" + i, Map.of("g", "a"));
      outcomes.add(
          new CandidateOutcome(
              "b" + i, false, OptionalDouble.empty(), Map.of(), Map.of("onsite", 3.0), Map.of()));
      groups.put("b" + i, Map.of("g", "b"));
    }
    ScoreDifference d =
        AdverseImpact.audit(outcomes, new GroupMembership(List.of("g"), groups))
            .dimensions()
            .get(0)
            .stages()
            .get(0);
    assertThat(d.g().undefinedReason()).hasValue(UndefinedReason.TOO_FEW_SCORES);
    assertThat(d.ciUpper().undefinedReason()).hasValue(UndefinedReason.TOO_FEW_SCORES);
    assertThat(d.reason()).hasValue(AdverseImpact.TOO_FEW_SCORES);
  }

  @Test
  void aFisherPValueEqualToTheLevelIsNotFlaggedSignificant() {
    // Found against R 4.2.2 fisher.test on random audits: 0 of 2 selected against 12 of 14 gives
    // p = C(4, 2) / C(16, 2) = 1/20 exactly (fisher.test(matrix(c(0, 12, 2, 2), 2))$p.value
    // prints 0.05), which is not below the level 0.05; the floating-point sum alone gave
    // 0.04999999999999999 and the SIGNIFICANT flag.
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < 14; i++) {
      outcomes.add(new CandidateOutcome("r" + i, i < 12, OptionalDouble.empty(), Map.of()));
      groups.put("r" + i, Map.of("g", "ref"));
    }
    for (int i = 0; i < 2; i++) {
      outcomes.add(new CandidateOutcome("o" + i, false, OptionalDouble.empty(), Map.of()));
      groups.put("o" + i, Map.of("g", "other"));
    }
    CategoryResult other =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("g"), groups),
                AuditOptions.defaults().withMinShare(0))
            .dimensions()
            .get(0)
            .categories()
            .get(0);
    assertThat(other.category()).containsExactly("other");
    assertThat(other.fisherP().value()).isEqualTo(0.05);
    assertThat(other.flags()).doesNotContain(AuditFlag.SIGNIFICANT);
  }

  /** The drill-down of one competency "x" with these reference and other scores. */
  private static CompetencyDifference difference(double[] ref, double[] other) {
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < ref.length; i++) {
      outcomes.add(
          new CandidateOutcome("r" + i, true, OptionalDouble.empty(), Map.of("x", ref[i])));
      groups.put("r" + i, Map.of("g", "ref"));
    }
    for (int i = 0; i < other.length; i++) {
      outcomes.add(
          new CandidateOutcome("o" + i, false, OptionalDouble.empty(), Map.of("x", other[i])));
      groups.put("o" + i, Map.of("g", "other"));
    }
    List<CompetencyDifference> d =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(List.of("g"), groups),
                AuditOptions.defaults().withMinShare(0))
            .dimensions()
            .get(0)
            .competencies();
    assertThat(d).hasSize(1);
    return d.get(0);
  }

  /**
   * Hedges' g of large scores that differ little, against exact decimal arithmetic (BigDecimal
   * means and squares, square root to 40 digits): relative error at most 1e-10. Found against R
   * 4.2.2 on random audits (scores 1e9 +- 1e6, 10,000 a side), where plain sums were off by up to
   * 7.5e-7 relative.
   */
  @Test
  void hedgesGKeepsTheDigitsOfLargeScores() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261201L);
    for (int round = 0; round < 6; round++) {
      double[] ref = new double[3000 + random.nextInt(8000)];
      double[] other = new double[3000 + random.nextInt(8000)];
      double shift = random.nextDouble() * 4;
      for (int i = 0; i < ref.length; i++) {
        ref[i] = 1e9 + 1e6 * gaussian(random);
      }
      for (int i = 0; i < other.length; i++) {
        other[i] = 1e9 + shift + 1e6 * gaussian(random);
      }
      double expected = exactHedgesG(other, ref);
      CompetencyDifference d = difference(ref, other);
      assertThat(d.g().value())
          .as("round %d", round)
          .isCloseTo(expected, within(1e-10 * Math.abs(expected)));
    }
  }

  @Test
  void equalScoresHaveNoSpreadExactly() {
    // 0.1 three times sums to 0.30000000000000004: a mean from that sum leaves a spread of 1e-17
    // and a g near 1e16 where the scores do not vary at all.
    CompetencyDifference d = difference(new double[] {0.1, 0.1, 0.1}, new double[] {0.7, 0.7, 0.7});
    assertThat(d.g().undefinedReason()).hasValue(UndefinedReason.TOO_FEW_SCORES);
  }

  private static double gaussian(java.util.SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** g = J (m1 - m2) / s_within from exact decimal sums; Borenstein et al. (2009) eq. 4.18-4.24. */
  private static double exactHedgesG(double[] a, double[] b) {
    java.math.MathContext mc = new java.math.MathContext(60);
    java.math.BigDecimal[] ma = exactMoments(a, mc);
    java.math.BigDecimal[] mb = exactMoments(b, mc);
    long df = (long) a.length + b.length - 2;
    java.math.BigDecimal s = ma[1].add(mb[1]).divide(java.math.BigDecimal.valueOf(df), mc).sqrt(mc);
    java.math.BigDecimal d = ma[0].subtract(mb[0]).divide(s, mc);
    double j = 1 - 3.0 / (4.0 * df - 1);
    return j * d.doubleValue();
  }

  private static java.math.BigDecimal[] exactMoments(double[] x, java.math.MathContext mc) {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (double v : x) {
      sum = sum.add(new java.math.BigDecimal(v));
    }
    java.math.BigDecimal mean = sum.divide(java.math.BigDecimal.valueOf(x.length), mc);
    java.math.BigDecimal ss = java.math.BigDecimal.ZERO;
    for (double v : x) {
      java.math.BigDecimal e = new java.math.BigDecimal(v).subtract(mean);
      ss = ss.add(e.multiply(e));
    }
    return new java.math.BigDecimal[] {mean, ss};
  }

  @Test
  void aCategoryExactlyAtTheMinimumShareIsCompared() {
    // 7 of 100 candidates is 7%, not under a minimum share of 0.07, although 0.07 * 100 is
    // 7.000000000000001 in floating point; 6 of 100 is under it.
    for (int small : new int[] {6, 7}) {
      List<CandidateOutcome> outcomes = new ArrayList<>();
      Map<String, Map<String, String>> groups = new LinkedHashMap<>();
      for (int i = 0; i < 100; i++) {
        outcomes.add(new CandidateOutcome("c" + i, i % 2 == 0, OptionalDouble.empty(), Map.of()));
        groups.put("c" + i, Map.of("g", i < small ? "few" : "many"));
      }
      CategoryResult few =
          AdverseImpact.audit(
                  outcomes,
                  new GroupMembership(List.of("g"), groups),
                  AuditOptions.defaults().withMinShare(0.07))
              .dimensions()
              .get(0)
              .categories()
              .get(0);
      assertThat(few.category()).containsExactly("few");
      assertThat(few.flags().contains(AuditFlag.EXCLUDED_SMALL_SHARE))
          .as("%d of 100", small)
          .isEqualTo(small == 6);
    }
  }
}

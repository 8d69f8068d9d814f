package dev.rubric.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.audit.AdverseImpact;
import dev.rubric.scoring.audit.AuditOptions;
import dev.rubric.scoring.audit.AuditReport;
import dev.rubric.scoring.audit.CandidateOutcome;
import dev.rubric.scoring.audit.CategoryResult;
import dev.rubric.scoring.audit.CompetencyDifference;
import dev.rubric.scoring.audit.GroupMembership;
import dev.rubric.scoring.audit.GroupingResult;
import dev.rubric.scoring.audit.ScoreDifference;
import dev.rubric.scoring.audit.ScoreMedian;
import dev.rubric.scoring.audit.SelectionTally;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;

/**
 * Laws of the adverse-impact audit over generated populations: impact ratios are at most 1, exactly
 * 1 for the reference, and do not depend on the order of the candidates; tallies merged over any
 * split equal the one-pass tally, and the two-pass median over any split equals the median of all
 * scores; a suppressed category is in no row and no drill-down of its grouping, and its grouping's
 * total less its rows is the unknown figure it reports. (Suppression is per grouping: rows of
 * another grouping can give a suppressed category's counts back, as the README says.)
 */
class AuditLaws {
  private static final List<String> DIMENSIONS = List.of("sex", "race", "site");

  /** One generated candidate: categories (empty for unknown), selected, score, three scores. */
  record Person(
      Optional<String> sex,
      Optional<String> race,
      Optional<String> site,
      boolean selected,
      Optional<Integer> score,
      int competency,
      int stage,
      int seat) {}

  static Gen<Person> persons() {
    Gen<Optional<String>> sex =
        Gen.frequency(
            Gen.weighted(10, Gen.elements("F", "M").map(Optional::of)),
            Gen.weighted(1, Gen.constant(Optional.of("X"))),
            Gen.weighted(1, Gen.constant(Optional.<String>empty())));
    Gen<Optional<String>> race =
        Gen.frequency(
            Gen.weighted(10, Gen.elements("A", "B", "H", "W").map(Optional::of)),
            Gen.weighted(1, Gen.constant(Optional.<String>empty())));
    Gen<Optional<String>> site = Gen.optionals(Gen.elements("north", "south"));
    Gen<Optional<Integer>> score = Gen.optionals(Gen.integers(0, 9));
    return Gen.zip(Gen.zip(sex, race, site), Gen.booleans(), score, Gen.integers(1, 4))
        .flatMap(
            q ->
                Gen.zip(Gen.integers(1, 4), Gen.integers(1, 4))
                    .map(
                        ss ->
                            new Person(
                                q.first().first(),
                                q.first().second(),
                                q.first().third(),
                                q.second(),
                                q.third(),
                                q.fourth(),
                                ss.first(),
                                ss.second())));
  }

  static Gen<List<Person>> populations() {
    return Gen.lists(persons(), 1, 150);
  }

  static List<CandidateOutcome> outcomes(List<Person> people) {
    List<CandidateOutcome> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      out.add(
          new CandidateOutcome(
              "c" + i,
              p.selected(),
              p.score().map(s -> OptionalDouble.of(s)).orElse(OptionalDouble.empty()),
              Map.of("deployment", (double) p.competency()),
              Map.of("technical", (double) p.stage()),
              Map.of("seat-" + (i % 2), (double) p.seat())));
    }
    return out;
  }

  static Map<String, Map<String, String>> groups(List<Person> people) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      Map<String, String> row = new HashMap<>();
      p.sex().ifPresent(v -> row.put("sex", v));
      p.race().ifPresent(v -> row.put("race", v));
      p.site().ifPresent(v -> row.put("site", v));
      out.put("c" + i, row);
    }
    return out;
  }

  static List<GroupingResult> groupings(AuditReport report) {
    List<GroupingResult> all = new ArrayList<>(report.dimensions());
    all.addAll(report.intersections());
    return all;
  }

  @Property(tries = 200)
  void ratiosAreAtMostOneExactlyOneForTheReferenceAndIgnoreOrder(
      @ForAll("populations") List<Person> people, @ForAll long seed) {
    List<CandidateOutcome> outcomes = outcomes(people);
    Map<String, Map<String, String>> groups = groups(people);
    AuditOptions options = AuditOptions.defaults().withMinShare(0.05);
    AuditReport report = AdverseImpact.audit(outcomes, new GroupMembership(DIMENSIONS, groups));

    for (GroupingResult g : groupings(report)) {
      long references = 0;
      double highestScoring = -1;
      for (CategoryResult r : g.categories()) {
        r.impactRatio().toOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        r.scoringImpactRatio().toOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        r.fisherP().toOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        if (r.isReference()) {
          references++;
          assertThat(r.impactRatio().isDefined()).isEqualTo(r.selected() > 0);
          r.impactRatio().toOptional().ifPresent(v -> assertThat(v).isEqualTo(1.0));
          assertThat(r.shortfall().orElse(0)).isZero();
        }
        if (r.excluded().isEmpty() && r.scoringRate().isDefined()) {
          highestScoring = Math.max(highestScoring, r.scoringRate().value());
        }
      }
      assertThat(references).isLessThanOrEqualTo(1);
      for (CategoryResult r : g.categories()) {
        if (r.scoringImpactRatio().isDefined() && r.scoringRate().value() == highestScoring) {
          assertThat(r.scoringImpactRatio().value()).isEqualTo(1.0);
        }
      }
    }

    List<CandidateOutcome> shuffled = new ArrayList<>(outcomes);
    Collections.shuffle(shuffled, new Random(seed));
    List<String> ids = new ArrayList<>(groups.keySet());
    Collections.shuffle(ids, new Random(~seed));
    Map<String, Map<String, String>> reordered = new LinkedHashMap<>();
    ids.forEach(id -> reordered.put(id, groups.get(id)));
    assertThat(AdverseImpact.audit(shuffled, new GroupMembership(DIMENSIONS, reordered), options))
        .isEqualTo(AdverseImpact.audit(outcomes, new GroupMembership(DIMENSIONS, groups), options));
  }

  @Property(tries = 200)
  void mergedTalliesAndMediansOverAnySplitEqualOnePass(
      @ForAll("populations") List<Person> people, @ForAll long seed) {
    List<CandidateOutcome> outcomes = outcomes(people);
    Random random = new Random(seed);
    int parts = 1 + random.nextInt(5);
    int[] part = new int[outcomes.size()];
    for (int i = 0; i < part.length; i++) {
      part[i] = random.nextInt(parts);
    }

    // Pass one: the median from merged first passes, against the median of all scores sorted.
    List<ScoreMedian.FirstPass> firsts = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      firsts.add(ScoreMedian.firstPass());
    }
    double[] all =
        outcomes.stream()
            .filter(o -> o.score().isPresent())
            .mapToDouble(o -> o.score().getAsDouble())
            .toArray();
    for (int i = 0; i < outcomes.size(); i++) {
      outcomes.get(i).score().ifPresent(firsts.get(part[i])::add);
    }
    Collections.shuffle(firsts, random);
    ScoreMedian.FirstPass first = ScoreMedian.firstPass();
    firsts.forEach(first::merge);
    List<ScoreMedian.SecondPass> seconds = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      seconds.add(first.secondPass());
    }
    for (int i = 0; i < outcomes.size(); i++) {
      outcomes.get(i).score().ifPresent(seconds.get(part[i])::add);
    }
    Collections.shuffle(seconds, random);
    ScoreMedian.SecondPass second = first.secondPass();
    seconds.forEach(second::merge);
    Coefficient median = second.median();
    assertThat(median.toOptional()).isEqualTo(sortedMedian(all));

    // Pass two: counts per category from merged tallies, against one pass over all candidates.
    Map<String, Map<String, String>> groups = groups(people);
    SelectionTally whole = new SelectionTally();
    List<SelectionTally> tallies = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      tallies.add(new SelectionTally());
    }
    for (int i = 0; i < outcomes.size(); i++) {
      CandidateOutcome o = outcomes.get(i);
      Map<String, String> row = groups.get(o.candidateId());
      Coefficient line = second.scoringLine();
      boolean above =
          o.score().isPresent() && line.isDefined() && o.score().getAsDouble() > line.value();
      if (row.containsKey("sex") && row.containsKey("race")) {
        List<String> category = List.of(row.get("sex"), row.get("race"));
        whole.add(category, o.selected(), o.score().isPresent(), above);
        tallies.get(part[i]).add(category, o.selected(), o.score().isPresent(), above);
      } else {
        whole.addUnknown();
        tallies.get(part[i]).addUnknown();
      }
    }
    Collections.shuffle(tallies, random);
    SelectionTally merged = new SelectionTally();
    tallies.forEach(merged::merge);
    assertThat(merged.counts()).isEqualTo(whole.counts());
    assertThat(merged.unknown()).isEqualTo(whole.unknown());
    assertThat(merged.categories()).isEqualTo(whole.categories());

    // And the audit's own counts are those of the merged tallies.
    GroupingResult sexRace =
        AdverseImpact.audit(
                outcomes,
                new GroupMembership(DIMENSIONS, groups),
                AuditOptions.defaults().withMinShare(0))
            .intersections()
            .get(0);
    assertThat(sexRace.dimensions()).containsExactly("sex", "race");
    Map<List<String>, List<Long>> fromAudit = new TreeMap<>(AuditLaws::compare);
    for (CategoryResult r : sexRace.categories()) {
      fromAudit.put(
          r.category(), List.of(r.applicants(), r.selected(), r.scored(), r.scoredAbove()));
    }
    assertThat(fromAudit).isEqualTo(merged.counts());
    assertThat(sexRace.unknown()).isEqualTo(merged.unknown());
  }

  @Property(tries = 200)
  void suppressedCategoriesAreInNoRowOfTheirGrouping(
      @ForAll("populations") List<Person> people, @ForAll("thresholds") Integer k) {
    List<CandidateOutcome> outcomes = outcomes(people);
    Map<String, Map<String, String>> groups = groups(people);
    AuditReport report =
        AdverseImpact.audit(
            outcomes,
            new GroupMembership(DIMENSIONS, groups),
            AuditOptions.defaults().withMinShare(0).withSuppressBelow(k));
    for (GroupingResult g : groupings(report)) {
      Map<List<String>, Long> counts = new HashMap<>();
      for (Map<String, String> row : groups.values()) {
        List<String> category = new ArrayList<>();
        for (String d : g.dimensions()) {
          category.add(row.get(d));
        }
        if (!category.contains(null)) {
          counts.merge(category, 1L, Long::sum);
        }
      }
      List<List<String>> suppressed =
          counts.entrySet().stream().filter(e -> e.getValue() < k).map(Map.Entry::getKey).toList();
      assertThat(g.suppressedCategories()).isEqualTo(suppressed.size());
      long shown = 0;
      for (CategoryResult r : g.categories()) {
        assertThat(suppressed).doesNotContain(r.category());
        assertThat(r.applicants()).isGreaterThanOrEqualTo(k);
        shown += r.applicants();
      }
      for (CompetencyDifference d : g.competencies()) {
        assertThat(suppressed).doesNotContain(d.category(), d.reference());
      }
      for (ScoreDifference d : g.stages()) {
        assertThat(suppressed).doesNotContain(d.category(), d.reference());
      }
      for (ScoreDifference d : g.seats()) {
        assertThat(suppressed).doesNotContain(d.category(), d.reference());
      }
      // The total less the rows is the reported unknown figure: within this grouping, the
      // suppressed candidates are counted with those of unknown category.
      assertThat(report.candidates() - shown).isEqualTo(g.unknown());
    }
  }

  static Gen<Integer> thresholds() {
    return Gen.integers(1, 12);
  }

  private static OptionalDouble sortedMedian(double[] scores) {
    if (scores.length == 0) {
      return OptionalDouble.empty();
    }
    double[] s = scores.clone();
    Arrays.sort(s);
    int h = s.length / 2;
    return s.length % 2 == 1 ? OptionalDouble.of(s[h]) : OptionalDouble.of((s[h - 1] + s[h]) / 2);
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

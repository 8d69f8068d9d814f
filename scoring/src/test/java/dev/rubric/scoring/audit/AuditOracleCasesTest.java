package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.scoring.agreement.Coefficient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole audits (every row of two dimensions and their intersection, every figure, every flag, the
 * median and the Hedges' g drill-down) against an oracle written apart from the library in R, on
 * the random audits of fixture {@code audit-oracle-cases.txt}, whose header gives the R version,
 * the calls and where R and the audit differ by design. Tolerance 1e-9 relative, 1e-12 absolute;
 * counts, shortfalls and flags exactly; an undefined figure where the oracle has none (NA).
 */
class AuditOracleCasesTest {
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;

  /** One audit of the fixture: its options, candidates and expected lines. */
  private record Case(
      String name,
      AuditOptions options,
      List<CandidateOutcome> outcomes,
      Map<String, Map<String, String>> groups,
      List<String[]> rows,
      List<String[]> drills) {}

  @Test
  void everyFigureAndFlagAgreesWithTheOracle() throws Exception {
    List<Case> cases = read();
    assertThat(cases).hasSize(40);
    int rows = 0;
    int drills = 0;
    for (Case c : cases) {
      AuditReport report =
          AdverseImpact.audit(
              c.outcomes(), new GroupMembership(List.of("g1", "g2"), c.groups()), c.options());
      Map<String, CategoryResult> got = new LinkedHashMap<>();
      Map<String, GroupingResult> groupings = new HashMap<>();
      List<GroupingResult> all = new ArrayList<>(report.dimensions());
      all.addAll(report.intersections());
      for (GroupingResult g : all) {
        String grouping = String.join("*", g.dimensions());
        groupings.put(grouping, g);
        for (CategoryResult r : g.categories()) {
          got.put(grouping + "|" + String.join("*", r.category()), r);
        }
      }
      assertThat(got).as(c.name()).hasSameSizeAs(c.rows());
      for (String[] e : c.rows()) {
        String at = c.name() + " " + e[1] + " " + e[2];
        CategoryResult r = got.get(e[1] + "|" + e[2]);
        if (r == null) {
          throw new AssertionError(at + ": no such row");
        }
        GroupingResult g = Objects.requireNonNull(groupings.get(e[1]));
        assertThat(
                new long[] {
                  r.applicants(),
                  r.selected(),
                  r.scored(),
                  r.scoredAbove(),
                  g.unknown(),
                  g.suppressedCategories()
                })
            .as(at + " counts")
            .containsExactly(
                Long.parseLong(e[3]),
                Long.parseLong(e[4]),
                Long.parseLong(e[5]),
                Long.parseLong(e[6]),
                Long.parseLong(e[7]),
                Long.parseLong(e[8]));
        check(at + " median", report.medianScore(), e[9]);
        check(at + " selectionRate", r.selectionRate(), e[10]);
        check(at + " impactRatio", r.impactRatio(), e[11]);
        check(at + " scoringRate", r.scoringRate(), e[12]);
        check(at + " scoringImpactRatio", r.scoringImpactRatio(), e[13]);
        check(at + " fisherP", r.fisherP(), e[14]);
        check(at + " z", r.z(), e[15]);
        if (e[16].equals("NA")) {
          assertThat(r.shortfall()).as(at + " shortfall").isEmpty();
        } else {
          assertThat(r.shortfall()).as(at + " shortfall").hasValue(Long.parseLong(e[16]));
        }
        check(at + " ciLower", r.ciLower(), e[17]);
        check(at + " ciUpper", r.ciUpper(), e[18]);
        assertThat(r.flags().stream().map(Enum::name).collect(Collectors.joining(" ")))
            .as(at + " flags")
            .isEqualTo(e[19]);
        rows++;
      }
      List<CompetencyDifference> gotDrills = new ArrayList<>();
      all.forEach(g -> gotDrills.addAll(g.competencies()));
      assertThat(gotDrills).as(c.name() + " drill-down").hasSameSizeAs(c.drills());
      for (String[] e : c.drills()) {
        String at = c.name() + " drill " + e[1] + " " + e[2];
        CompetencyDifference d =
            Objects.requireNonNull(groupings.get(e[1])).competencies().stream()
                .filter(x -> String.join("*", x.category()).equals(e[2]))
                .findFirst()
                .orElseThrow(() -> new AssertionError(at + " missing"));
        assertThat(String.join("*", d.reference())).as(at + " reference").isEqualTo(e[3]);
        assertThat(new long[] {d.n(), d.referenceN()})
            .as(at + " n")
            .containsExactly(Long.parseLong(e[4]), Long.parseLong(e[5]));
        check(at + " g", d.g(), e[6]);
        check(at + " ciLower", d.ciLower(), e[7]);
        check(at + " ciUpper", d.ciUpper(), e[8]);
        drills++;
      }
    }
    assertThat(rows).isEqualTo(408);
    assertThat(drills).isEqualTo(152);
  }

  private static void check(String what, Coefficient actual, String expected) {
    if (expected.equals("NA")) {
      assertThat(actual.isDefined()).as(what + " undefined, was " + actual).isFalse();
      return;
    }
    double e = Double.parseDouble(expected);
    assertThat(actual.isDefined()).as(what + " defined, expected " + expected).isTrue();
    assertThat(actual.value())
        .as(what)
        .isCloseTo(e, within(Math.max(ABSOLUTE, RELATIVE * Math.abs(e))));
  }

  private List<Case> read() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("audit-oracle-cases.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    List<Case> cases = new ArrayList<>();
    String[] head = null;
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<String[]> drills = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      switch (f[0]) {
        case "audit" -> {
          if (head != null) {
            cases.add(build(head, outcomes, groups, rows, drills));
          }
          head = f;
          outcomes = new ArrayList<>();
          groups = new HashMap<>();
          rows = new ArrayList<>();
          drills = new ArrayList<>();
        }
        case "c" -> {
          Map<String, String> g = new HashMap<>();
          if (!f[2].isEmpty()) {
            g.put("g1", f[2]);
          }
          if (!f[3].isEmpty()) {
            g.put("g2", f[3]);
          }
          groups.put(f[1], g);
          outcomes.add(
              new CandidateOutcome(
                  f[1],
                  f[4].equals("1"),
                  f[5].equals("NA")
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(Double.parseDouble(f[5])),
                  f[6].equals("NA") ? Map.of() : Map.of("comp", Double.parseDouble(f[6]))));
        }
        case "row" -> rows.add(f);
        case "drill" -> drills.add(f);
        default -> throw new AssertionError("unknown line " + line);
      }
    }
    cases.add(build(Objects.requireNonNull(head), outcomes, groups, rows, drills));
    return cases;
  }

  private static Case build(
      String[] head,
      List<CandidateOutcome> outcomes,
      Map<String, Map<String, String>> groups,
      List<String[]> rows,
      List<String[]> drills) {
    AuditOptions options =
        AuditOptions.defaults()
            .withSignificanceLevel(Double.parseDouble(head[2]))
            .withMinShare(Double.parseDouble(head[3]))
            .withSuppressBelow(Integer.parseInt(head[4]));
    return new Case(head[1], options, outcomes, groups, rows, drills);
  }
}

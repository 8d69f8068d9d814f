package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.scoring.agreement.Coefficient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The audit's impact ratio, pooled z, Fisher p, Katz interval, shortfall and Hedges' g with its
 * interval against R on fresh random counts and scores of awkward shapes, through the public entry
 * points ({@link AdverseImpact#fromCounts} and {@link AdverseImpact#audit}); fixture {@code
 * audit-r.txt} with the R code and version in its header. Tolerance 1e-9 relative, 1e-12 absolute.
 */
class AuditROracleTest {
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;

  @Test
  void agreesWithR() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("audit-r.txt")) {
      lines =
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .toList();
    }
    assertThat(lines).hasSize(54);
    for (String line : lines) {
      String[] f = line.split("\\|", -1);
      double alpha = Double.parseDouble(f[1]);
      String[] expected = f[3].split(",");
      if (f[0].equals("counts")) {
        counts(line, alpha, f[2], expected);
      } else {
        hedges(line, alpha, f[2], expected);
      }
    }
  }

  private static void counts(String line, double alpha, String data, String[] e) {
    long[] v = java.util.Arrays.stream(data.split(",")).mapToLong(Long::parseLong).toArray();
    SelectionTally tally =
        new SelectionTally()
            .addCounts(List.of("a"), v[1], v[0], 0, 0)
            .addCounts(List.of("b"), v[3], v[2], 0, 0);
    AuditReport report =
        AdverseImpact.fromCounts(
            v[1] + v[3],
            ScoreMedian.firstPass().secondPass().median(),
            List.of("g"),
            Map.of(List.of("g"), tally),
            AuditOptions.defaults().withMinShare(0).withSignificanceLevel(alpha));
    List<CategoryResult> rows = report.dimensions().get(0).categories();
    assertThat(rows.get(1).isReference()).as(line).isTrue();
    CategoryResult a = rows.get(0);
    check(line + " ratio", a.impactRatio(), e[0], a);
    check(line + " z", a.z(), e[1], a);
    check(line + " fisherP", a.fisherP(), e[2], a);
    check(line + " ciLower", a.ciLower(), e[3], a);
    check(line + " ciUpper", a.ciUpper(), e[4], a);
    assertThat(a.shortfall()).as(line + " shortfall").hasValue(Long.parseLong(e[5]));
  }

  private static void hedges(String line, double alpha, String data, String[] e) {
    String[] sides = data.split(";");
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new HashMap<>();
    for (int s = 0; s < 2; s++) {
      String[] scores = sides[s].split(",");
      for (int i = 0; i < scores.length; i++) {
        String id = (s == 0 ? "a" : "b") + i;
        // the reference (b) is selected throughout, the category (a) never
        outcomes.add(
            new CandidateOutcome(
                id, s == 1, OptionalDouble.empty(), Map.of("c", Double.parseDouble(scores[i]))));
        groups.put(id, Map.of("g", s == 0 ? "a" : "b"));
      }
    }
    AuditReport report =
        AdverseImpact.audit(
            outcomes,
            new GroupMembership(List.of("g"), groups),
            AuditOptions.defaults().withMinShare(0).withSignificanceLevel(alpha));
    CompetencyDifference d = report.dimensions().get(0).competencies().get(0);
    assertThat(d.reference()).as(line).containsExactly("b");
    checkCode(line + " g", d.g(), e[0], d.reason().orElse(""));
    checkCode(line + " lower", d.ciLower(), e[1], d.reason().orElse(""));
    checkCode(line + " upper", d.ciUpper(), e[2], d.reason().orElse(""));
  }

  private static void check(String what, Coefficient actual, String expected, CategoryResult row) {
    String field = what.substring(what.lastIndexOf(' ') + 1);
    checkCode(what, actual, expected, row.undefined().getOrDefault(field, ""));
  }

  private static void checkCode(String what, Coefficient actual, String expected, String code) {
    if (expected.startsWith("U:")) {
      assertThat(actual.isDefined()).as(what).isFalse();
      assertThat(code).as(what).isEqualTo(expected.substring(2));
    } else {
      double x = Double.parseDouble(expected);
      assertThat(actual.isDefined()).as(what).isTrue();
      assertThat(actual.value())
          .as(what)
          .isCloseTo(x, within(Math.max(ABSOLUTE, RELATIVE * Math.abs(x))));
    }
  }
}

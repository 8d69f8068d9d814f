package dev.rubric.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.scoring.agreement.Coefficient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Auditing adverse impact" snippet compiles, runs, and appears verbatim there. */
class ReadmeSnippetTest {

  @Test
  void auditSnippet() {
    // snippet:audit start
    // An illustration of the four-fifths rule: 48 of 80 white applicants selected, 12 of 40 Black.
    List<CandidateOutcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> groups = new HashMap<>();
    for (int i = 0; i < 120; i++) {
      String id = "c" + i;
      boolean white = i < 80;
      boolean selected = white ? i < 48 : i < 92;
      outcomes.add(CandidateOutcome.of(id, selected)); // or CandidateOutcome.fromEvaluations(...)
      groups.put(id, Map.of("race", white ? "White" : "Black"));
    }
    AuditReport report =
        AdverseImpact.audit(
            outcomes, new GroupMembership(List.of("race"), groups), AuditOptions.defaults());
    CategoryResult black = report.dimensions().get(0).categories().get(0); // categories sorted
    double ratio = black.impactRatio().value(); // 0.30 / 0.60 = 0.5
    long shortfall = black.shortfall().orElseThrow(); // 8 more selections reach 0.8
    double p = black.fisherP().value(); // 0.0034, two-sided Fisher exact
    // snippet:audit end
    assertThat(black.category()).containsExactly("Black");
    assertThat(ratio).isEqualTo(0.5);
    assertThat(shortfall).isEqualTo(8);
    assertThat(p).isBetween(0.0034, 0.0035);
    assertThat(black.flags()).contains(AuditFlag.BELOW_FOUR_FIFTHS, AuditFlag.SIGNIFICANT);
  }

  @Test
  void medianSnippet() {
    // snippet:median start
    List<Double> scores = List.of(3.0, 1.0, 4.0, 1.5, 9.0, 2.5); // or a part of them
    ScoreMedian.FirstPass first = ScoreMedian.firstPass(); // per part, then first.merge(other)
    scores.forEach(first::add);
    ScoreMedian.SecondPass second = first.secondPass(); // per part, then second.merge(other)
    scores.forEach(second::add);
    Coefficient median = second.median(); // the exact median, as reported
    Coefficient line = second.scoringLine(); // then SelectionTally.add(..., score > line)
    // snippet:median end
    assertThat(median.value()).isEqualTo(2.75);
    assertThat(line.value()).isEqualTo(2.5);
  }

  @Test
  void readmeHoldsTheSnippetsVerbatim() throws Exception {
    Path source = Path.of("src/test/java/dev/rubric/scoring/audit/ReadmeSnippetTest.java");
    Path readme = Path.of("..", "README.md");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String stripped = text.lines().map(String::strip).collect(Collectors.joining("\n"));
    for (String name : List.of("audit", "median")) {
      int start = indexOf(lines, "// snippet:" + name + " start");
      int end = indexOf(lines, "// snippet:" + name + " end");
      String snippet =
          lines.subList(start + 1, end).stream()
              .map(String::strip)
              .collect(Collectors.joining("\n"));
      assertThat(stripped).as(name).contains(snippet);
    }
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}

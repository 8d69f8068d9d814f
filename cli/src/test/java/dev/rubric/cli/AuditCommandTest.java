package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path dir;

  @Test
  void jsonFollowsTheContract() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun run = AuditInputs.outcomes(files, "--format", "json");
    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("candidates").asInt()).isEqualTo(120);
    JsonNode race = json.get("dimensions").get(0);
    assertThat(race.get("dimension").asText()).isEqualTo("race");
    JsonNode black = race.get("categories").get(0);
    assertThat(black.get("category").asText()).isEqualTo("Black");
    assertThat(black.get("applicants").asInt()).isEqualTo(40);
    assertThat(black.get("selected").asInt()).isEqualTo(12);
    assertThat(black.get("selectionRate").asDouble()).isEqualTo(0.3);
    assertThat(black.get("impactRatio").asDouble()).isEqualTo(0.5);
    assertThat(black.get("fisherP").asDouble()).isCloseTo(0.003409221767849182, within(1e-12));
    assertThat(black.get("shortfall").asInt()).isEqualTo(8);
    assertThat(black.get("excluded").asBoolean()).isFalse();
    for (String field :
        new String[] {"scoringRate", "scoringImpactRatio", "z", "ciLower", "ciUpper", "flags"}) {
      assertThat(black.has(field)).as(field).isTrue();
    }
    assertThat(black.get("flags").toString()).contains("BELOW_FOUR_FIFTHS", "SIGNIFICANT");
    JsonNode white = race.get("categories").get(1);
    assertThat(white.get("impactRatio").asDouble()).isEqualTo(1.0);
    assertThat(white.get("fisherP").isNull()).isTrue();
    assertThat(white.get("reasons").get("fisherP").asText()).isEqualTo("REFERENCE");
    JsonNode inter = json.get("intersections").get(0);
    assertThat(inter.get("dimensions").toString()).isEqualTo("[\"race\",\"sex\"]");
    assertThat(inter.get("categories").get(0).get("category").toString())
        .isEqualTo("[\"Black\",\"F\"]");
  }

  /**
   * 398 of 1,000 against 500 of 1,000 is an impact ratio of 0.796, under four fifths and flagged:
   * two decimals would read "0.80", on the line, so it is shown in full in the text table, the HTML
   * table and the chart; 3 of 9 against 26 of 36 has p = 0.049997, under 0.05 and flagged, which
   * four decimals would read as the level. The HTML escapes "&lt;0.0001".
   */
  @Test
  void aRatioOrPValueThatWouldRoundOntoItsLineIsShownInFull() throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,g,h\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 2000; i++) {
      boolean a = i < 1000;
      int j = a ? i : i - 1000;
      // In h, of A's candidates: X holds 3 selected and 6 not, Y 26 selected and 10 not.
      String h = j < 3 || (j >= 990 && j < 996) ? "X" : j < 29 || (j >= 980 && j < 990) ? "Y" : "";
      boolean selected = j < (a ? 398 : 500);
      groups.append('c').append(i).append(',').append(a ? "A" : "B").append(',');
      groups.append(a ? h : "").append('\n');
      outcomes.append('c').append(i).append(',').append(selected ? 1 : 0).append(",\n");
    }
    String[] files = AuditInputs.write(dir, groups, outcomes);
    CommandRun text = AuditInputs.outcomes(files, "--min-share", "0");
    assertThat(text.exitCode).isZero();
    assertThat(text.out)
        .containsPattern("\\nA +1000 +398 +39\\.8% +0\\.796 .*BELOW_FOUR_FIFTHS SIGNIFICANT")
        .containsPattern("\\nX +9 +3 +33\\.3% +0\\.46 .* 0\\.049997055000488136 .*SIGNIFICANT")
        .doesNotContain("0.0500");
    Path html = dir.resolve("lines.html");
    CommandRun page =
        AuditInputs.outcomes(
            files, "--min-share", "0", "--format", "html", "--out", html.toString());
    assertThat(page.exitCode).isZero();
    assertThat(Files.readString(html))
        .contains("<td>398</td><td>39.8%</td><td>0.796</td>")
        .contains(">0.796</text>")
        .contains("<td>&lt;0.0001</td>")
        .contains("<td>0.049997055000488136</td>")
        .doesNotContain("<td><0.0001")
        .doesNotContain(">0.80<");
  }

  @Test
  void theHeaderShowsOptionsAsAUserWritesThemAndCountsInTheRightNumber() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun text =
        AuditInputs.outcomes(
            files,
            "--min-share",
            "0.00001",
            "--significance-level",
            "5e-324",
            "--small-below",
            "1");
    assertThat(text.exitCode).isZero();
    assertThat(text.out.lines().findFirst().orElseThrow())
        .isEqualTo(
            "Adverse-impact audit: 120 candidates; median score 3.00; categories under 0.00001 of"
                + " the candidates excluded from ratios; Fisher tests at the 4.9e-324 level; small"
                + " counts under 1 applicant.");
    Path html = dir.resolve("options.html");
    CommandRun page =
        AuditInputs.outcomes(
            files, "--min-share", "0", "--format", "html", "--out", html.toString());
    assertThat(page.exitCode).isZero();
    assertThat(Files.readString(html))
        .contains("Categories under 0 of the candidates")
        .contains("Fisher exact tests at the 0.05 level;");
  }

  @Test
  void optionValuesAndCountsAreWrittenPlainly() {
    assertThat(AuditCommandReports.option(0.02)).isEqualTo("0.02");
    assertThat(AuditCommandReports.option(1e-5)).isEqualTo("0.00001");
    assertThat(AuditCommandReports.option(0.0)).isEqualTo("0");
    assertThat(AuditCommandReports.option(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(AuditCommandReports.option(Double.MIN_VALUE)).isEqualTo("4.9e-324");
    assertThat(AuditCommandReports.count(1, "candidate")).isEqualTo("1 candidate");
    assertThat(AuditCommandReports.count(0, "candidate")).isEqualTo("0 candidates");
    assertThat(AuditCommandReports.count(2, "applicant")).isEqualTo("2 applicants");
  }

  @Test
  void aWideIntervalKeepsTheColumnsInLine() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun text = AuditInputs.outcomes(files, "--significance-level", "5e-324");
    assertThat(text.exitCode).isZero();
    List<String> lines = text.out.lines().toList();
    int header = 0;
    while (!lines.get(header).startsWith("category ")) {
      header++;
    }
    int end = lines.get(header).indexOf("ratio interval") + "ratio interval".length();
    int rows = 0;
    for (int i = header + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      if (lines.get(i).contains("]")) {
        assertThat(lines.get(i).indexOf(']') + 1).as(lines.get(i)).isEqualTo(end);
        rows++;
      }
    }
    assertThat(rows).isPositive();
    assertThat(text.out).containsPattern("\\[0\\.\\d\\d, \\d{3,}\\.\\d\\d\\]");
  }

  @Test
  void textAndHtmlShowTheTables() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun text = AuditInputs.outcomes(files);
    assertThat(text.exitCode).isZero();
    assertThat(text.out).startsWith("Adverse-impact audit: 120 candidates;");
    assertThat(text.out).contains("it is not a finding of discrimination");
    assertThat(text.out).containsPattern("\nBlack +40 +12 +30.0% +0.50 ");
    Path html = dir.resolve("audit.html");
    CommandRun page = AuditInputs.outcomes(files, "--format", "html", "--out", html.toString());
    assertThat(page.exitCode).isZero();
    String written = Files.readString(html);
    // The shape of a published bias-audit summary: a table per dimension and per intersection
    // with applicants, selected, selection rate and impact ratio, and the note of unknowns.
    assertThat(written)
        .contains(
            "<h2>race Categories</h2>",
            "<h2>Intersectional Categories: race \u00d7 sex</h2>",
            "<th># of Applicants</th><th># Selected</th><th>Selection Rate</th><th>Impact Ratio</th>",
            "<td class=\"c\">Black</td><td>40</td><td>12</td><td>30.0%</td><td>0.50</td>",
            "Note: 0 individuals with an unknown category are not included in the calculations",
            "<svg",
            ">0.8<");
  }

  @Test
  void significanceLevelAndSmallCountsAreOptions() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun strict =
        AuditInputs.outcomes(
            files, "--format", "json", "--significance-level", "0.001", "--small-below", "50");
    assertThat(strict.err).isEmpty();
    JsonNode black =
        new ObjectMapper().readTree(strict.out).get("dimensions").get(0).get("categories").get(0);
    // p = 0.0034 is not under 0.001; 40 Black applicants are under 50.
    assertThat(black.get("flags").toString()).isEqualTo("[\"BELOW_FOUR_FIFTHS\",\"SMALL_COUNTS\"]");
    // The interval is at 1 - 0.001 = 99.9%: wider than the 95% one.
    assertThat(black.get("ciLower").asDouble()).isLessThan(0.3014329410455969);
    CommandRun text = AuditInputs.outcomes(files, "--significance-level", "0.01");
    assertThat(text.out).contains("Fisher tests at the 0.01 level; small counts under 30");
    CommandRun bad = AuditInputs.outcomes(files, "--significance-level", "1");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err)
        .contains("Invalid value for option '--significance-level': '1' is not in (0, 1)");
    CommandRun negative = AuditInputs.outcomes(files, "--small-below", "-1");
    assertThat(negative.exitCode).isEqualTo(2);
    assertThat(negative.err).contains("Invalid value for option '--small-below': -1 is < 0");
  }

  /** A category of 3 under --suppress-below 5 leaves no trace in text, JSON or HTML. */
  @Test
  void suppressedCategoryLeavesNoTraceInAnyFormat() throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,race,sex\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 63; i++) {
      String race = i < 3 ? "Zeta" : i % 2 == 0 ? "White" : "Black";
      groups.append("c").append(i).append(',').append(race).append(i % 3 == 0 ? ",F\n" : ",M\n");
      outcomes.append("c").append(i).append(i % 4 == 0 ? ",1," : ",0,").append(i % 9).append('\n');
    }
    String[] files = AuditInputs.write(dir, groups, outcomes);
    String json = "";
    for (String format : new String[] {"text", "json", "html"}) {
      CommandRun run = AuditInputs.outcomes(files, "--suppress-below", "5", "--format", format);
      assertThat(run.exitCode).isZero();
      assertThat(run.out).as(format).doesNotContain("Zeta");
      if (format.equals("json")) {
        json = run.out;
      }
    }
    JsonNode report = new ObjectMapper().readTree(json);
    for (JsonNode grouping : report.get("dimensions")) {
      long shown = 0;
      for (JsonNode row : grouping.get("categories")) {
        shown += row.get("applicants").asLong();
      }
      // No total less the rows gives the suppressed count on its own.
      assertThat(report.get("candidates").asLong() - shown)
          .isEqualTo(grouping.get("unknown").asLong());
    }
  }

  @Test
  void evaluatesScorecardsAgainstAPlan() throws IOException {
    CommandRun run = AuditInputs.scorecards(AuditInputs.sites(dir, false), "json");
    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("candidates").asInt()).isEqualTo(80);
    assertThat(json.get("dimensions").get(0).get("unknown").asInt()).isEqualTo(40);
    assertThat(json.get("dimensions").get(0).get("categories").get(0).get("applicants").asInt())
        .isEqualTo(40);
    // With one category there is no comparison; the drill-down fields are there, per competency,
    // stage and seat.
    JsonNode site = json.get("dimensions").get(0);
    assertThat(site.has("competencies")).isTrue();
    assertThat(site.has("stages")).isTrue();
    assertThat(site.has("seats")).isTrue();
  }

  @Test
  void jsonFromScorecardsHasEveryContractKeyAndIntersectionsInDimensionOrder() throws IOException {
    // The contract's keys (DESIGN.md, "The command line") for the --plan form, whose
    // intersections no other test reaches: two dimensions, the second named first in sort order.
    StringBuilder groups = new StringBuilder("candidateId,site,band\n");
    for (int i = 1; i <= 80; i++) {
      groups.append(
          String.format(
              java.util.Locale.ROOT,
              "h-%03d,%s,%s%n",
              i,
              i % 2 == 0 ? "north" : "south",
              i % 3 == 0 ? "a" : "b"));
    }
    Path file = Files.writeString(dir.resolve("groups.csv"), groups);

    CommandRun run = AuditInputs.scorecards(file.toString(), "json");

    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("candidates").asInt()).isEqualTo(80);
    String[] keys = {
      "category",
      "applicants",
      "selected",
      "selectionRate",
      "impactRatio",
      "scoringRate",
      "scoringImpactRatio",
      "fisherP",
      "z",
      "shortfall",
      "ciLower",
      "ciUpper",
      "excluded",
      "flags"
    };
    assertThat(json.get("dimensions").findValuesAsText("dimension"))
        .containsExactly("site", "band");
    for (JsonNode dimension : json.get("dimensions")) {
      assertThat(dimension.get("categories")).isNotEmpty();
      for (JsonNode category : dimension.get("categories")) {
        assertThat(category.has("category") && category.get("category").isTextual()).isTrue();
        for (String key : keys) {
          assertThat(category.has(key)).as(key).isTrue();
        }
      }
    }
    JsonNode intersection = json.get("intersections").get(0);
    assertThat(intersection.get("dimensions").toString()).isEqualTo("[\"site\",\"band\"]");
    assertThat(intersection.get("categories")).hasSize(4);
    for (JsonNode category : intersection.get("categories")) {
      for (String key : keys) {
        assertThat(category.has(key)).as(key).isTrue();
      }
      JsonNode pair = category.get("category");
      assertThat(pair.isArray()).isTrue();
      assertThat(pair.get(0).asText()).isIn("north", "south");
      assertThat(pair.get(1).asText()).isIn("a", "b");
    }
  }

  @Test
  void drillDownPerStageAndSeatFromScorecards() throws IOException {
    CommandRun run = AuditInputs.scorecards(AuditInputs.sites(dir, true), "json");
    assertThat(run.err).isEmpty();
    JsonNode site = new ObjectMapper().readTree(run.out).get("dimensions").get(0);
    assertThat(site.get("stages").findValuesAsText("stageId"))
        .contains("technical-panel", "cross-functional-panel");
    assertThat(site.get("seats").findValuesAsText("seatId"))
        .contains("deployment-depth", "stakeholder-communication");
    assertThat(site.get("competencies").size()).isPositive();
    JsonNode stage = site.get("stages").get(0);
    assertThat(stage.get("n").asInt()).isPositive();
    assertThat(stage.has("hedgesG")).isTrue();
  }

  /** The example scorecards of cand-avery, written against another version of the plan. */
  private static final String OLD_PLAN_CARDS = "../examples/broken/old-plan-scorecards.json";

  @Test
  void aCandidateWithNoUsableScorecardIsOneLineNotAnUnexpectedError() throws IOException {
    // Found by the command-line audit: this printed "unexpected error: IllegalArgumentException:
    // evaluations[0] names no candidate".
    Path groups = dir.resolve("groups.csv");
    StringBuilder rows = new StringBuilder(Files.readString(Path.of(AuditInputs.sites(dir, true))));
    Files.writeString(groups, rows.append("cand-avery,north\n"));

    CommandRun run =
        CommandRun.of(
            "audit",
            "--groups",
            groups.toString(),
            "--plan",
            AuditInputs.PLAN,
            AuditInputs.HISTORY,
            OLD_PLAN_CARDS);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith(
            "rubric: "
                + OLD_PLAN_CARDS
                + ": candidate cand-avery: None of the 4 scorecards can be used with plan"
                + " 'ml-engineer-senior', so nothing was rated: 4 FINGERPRINT_MISMATCH")
        .hasLineCount(1)
        .doesNotContain("Exception");
  }

  @Test
  void candidatesWithNoUsableScorecardAreNamedOneLineEachUpToTwenty() throws IOException {
    String card = Files.readString(Path.of(OLD_PLAN_CARDS));
    StringBuilder groups = new StringBuilder("candidateId,site\n");
    StringBuilder cards = new StringBuilder("[");
    for (int i = 0; i < 23; i++) {
      String id = String.format(java.util.Locale.ROOT, "c-%02d", i);
      groups.append(id).append(",north\n");
      JsonNode first = new ObjectMapper().readTree(card).get("scorecards").get(0);
      ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("candidateId", id);
      cards.append(i == 0 ? "" : ",").append(first);
    }
    Path groupsFile = Files.writeString(dir.resolve("groups.csv"), groups);
    Path cardsFile = Files.writeString(dir.resolve("cards.json"), cards.append("]"));

    CommandRun run =
        CommandRun.of(
            "audit",
            "--groups",
            groupsFile.toString(),
            "--plan",
            AuditInputs.PLAN,
            cardsFile.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.lines()).hasSize(21);
    assertThat(run.err.lines().limit(20))
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("rubric: " + cardsFile + ": candidate c-")
                    .contains("so nothing was rated: 1 FINGERPRINT_MISMATCH"));
    assertThat(run.err).endsWith("rubric: ... and 3 more candidates with no usable scorecard\n");
  }

  /**
   * The smallest positive double is a significance level the option accepts: the audit reports
   * finite intervals in every format (it failed with "value (Infinity) must be finite", exit 1,
   * since half of it is 0).
   */
  @Test
  void theSmallestPositiveSignificanceLevelGivesAReportInEveryFormat() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    for (String level :
        new String[] {"5e-324", "4.9e-324", "1.5e-323", "2.2250738585072014e-308"}) {
      for (String format : new String[] {"text", "json", "html"}) {
        CommandRun run =
            AuditInputs.outcomes(files, "--significance-level", level, "--format", format);
        assertThat(run.err).as(level + " " + format).isEmpty();
        assertThat(run.exitCode).as(level + " " + format).isZero();
      }
    }
    CommandRun json =
        AuditInputs.outcomes(files, "--significance-level", "5e-324", "--format", "json");
    JsonNode black =
        new ObjectMapper().readTree(json.out).get("dimensions").get(0).get("categories").get(0);
    assertThat(black.get("ciLower").asDouble()).isPositive();
    assertThat(black.get("ciUpper").isNumber()).isTrue();
    assertThat(black.get("ciUpper").asDouble()).isFinite().isGreaterThan(1);
    // Next to the other ends of the option ranges, the audit runs too.
    for (String[] options :
        new String[][] {
          {"--significance-level", "0.9999999999999999"},
          {"--min-share", "5e-324"},
          {"--min-share", "0.9999999999999999"},
          {"--suppress-below", "2147483647"},
          {"--small-below", "2147483647"}
        }) {
      CommandRun run = AuditInputs.outcomes(files, options);
      assertThat(run.err).as(String.join(" ", options)).isEmpty();
      assertThat(run.exitCode).as(String.join(" ", options)).isZero();
    }
  }

  /**
   * A line break or a tab inside a category is named as what it is, and every such character is
   * reported in the order it stands (a line break was "the space U+000A ... which prints like a
   * plain space").
   */
  @Test
  void aLineBreakOrTabInACategoryIsNamedForWhatItIs() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\n";
    assertThat(runWith("candidateId,sex\na,\"A\u001bB\nC\"\nb,F\n", ok).err)
        .endsWith(
            "g.csv: row 2, column 2: the category 'A\\u001bB\\nC' holds a line break (U+000A) at"
                + " character 3; write it on one line, with plain spaces only\n")
        .hasLineCount(1);
    assertThat(runWith("candidateId,sex\na,\"A\tB\nC\u00a0D\"\nb,F\n", ok).err)
        .endsWith(
            "g.csv: row 2, column 2: the category 'A\\tB\\nC\u00a0D' holds a tab (U+0009) at"
                + " character 1, a line break (U+000A) at character 3 and the space U+00A0 at"
                + " character 5; write it on one line, with plain spaces only\n");
    assertThat(runWith("candidateId,\"s\u2028x\"\na,F\nb,F\n", ok).err)
        .endsWith(
            "g.csv: row 1, column 2: the dimension name 's\\u2028x' holds a line separator"
                + " (U+2028) at character 1; write it on one line, with plain spaces only\n");
  }

  /**
   * The typed text {@code Asian\}{@code u200b} and {@code Asian} with a real U+200B are two
   * categories, and the text and HTML reports show them differently (both printed {@code
   * Asian\}{@code u200b}).
   */
  @Test
  void categoriesThatDifferByATypedEscapePrintDifferently() throws IOException {
    String[] files =
        AuditInputs.write(
            dir,
            "candidateId,race\na,Asian\\u200b\nb,Asian\u200b\nc,White\n",
            "candidateId,selected,score\na,1,\nb,0,\nc,1,\n");
    CommandRun text = AuditInputs.outcomes(files, "--min-share", "0");
    assertThat(text.exitCode).isZero();
    assertThat(text.out)
        .containsPattern("\nAsian\\\\\\\\u200b +1 +1 ")
        .containsPattern("\nAsian\\\\u200b +1 +0 ");
    CommandRun html = AuditInputs.outcomes(files, "--min-share", "0", "--format", "html");
    assertThat(html.out)
        .contains("<td class=\"c\">Asian\\\\u200b</td><td>1</td><td>1</td>")
        .contains("<td class=\"c\">Asian\\u200b</td><td>1</td><td>0</td>");
  }

  private CommandRun runWith(String groups, String outcomes) throws IOException {
    String[] files = AuditInputs.write(dir, groups, outcomes);
    return AuditInputs.outcomes(files);
  }

  /** A candidate spelled in capitals in one file: both lines name the other file's spelling. */
  @Test
  void aCandidateWhoseIdDiffersOnlyInCaseIsNamedInBothLines() throws IOException {
    CommandRun run =
        runWith(
            "candidateId,sex\nCAND-1,F\nb,M\n", "candidateId,selected,score\ncand-1,1,3\nb,0,\n");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains(
            "o.csv: row 2: candidate cand-1 is not in "
                + dir.resolve("g.csv")
                + " (it holds candidate CAND-1, whose id differs only in letter case)\n")
        .contains(
            "g.csv: row 2: candidate CAND-1 has no outcome in "
                + dir.resolve("o.csv")
                + " (it holds candidate cand-1, whose id differs only in letter case)\n");
  }

  @Test
  void badInputIsOneLocatedLine() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\n";
    assertThat(runWith("candidateId,sex\na,F\nb,M\na,F\n", ok).err)
        .endsWith("g.csv: row 4: candidate a appears twice (first on row 2)\n");
    assertThat(
            runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,1,3\nb,2,\n").err)
        .endsWith("o.csv: row 3, column 2: selected (2) must be 0 or 1\n");
    assertThat(runWith("candidateId,sex\na,F\n", ok).err)
        .endsWith("o.csv: row 3: candidate b is not in " + dir.resolve("g.csv") + "\n");
    assertThat(runWith("candidateId,sex\na,F\nb,M\nc,F\n", ok).err)
        .endsWith("g.csv: row 4: candidate c has no outcome in " + dir.resolve("o.csv") + "\n");
    assertThat(
            runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,1,x\nb,0,\n").err)
        .endsWith(
            "o.csv: row 2, column 3: score (x) must be a finite decimal number a double can hold\n");
    CommandRun bad = runWith("id,sex\na,F\n", ok);
    assertThat(bad.exitCode).isEqualTo(1);
    assertThat(bad.err)
        .startsWith("rubric: ")
        .endsWith("row 1: the header must start with candidateId, not 'id'\n");
    assertThat(bad.err.lines()).hasSize(1);
  }

  @Test
  void groupsWithEveryCategoryUnknownLeaveNothingToCompare() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\n";
    for (String format : new String[] {"text", "json", "html"}) {
      CommandRun none =
          AuditInputs.outcomes(
              AuditInputs.write(dir, "candidateId,sex,race\na,,\nb, ,\n", ok), "--format", format);
      assertThat(none.exitCode).isEqualTo(1);
      assertThat(none.out).isEmpty();
      assertThat(none.err)
          .startsWith("rubric: ")
          .endsWith(
              "g.csv: no candidate has a known category in any dimension (every cell after"
                  + " candidateId is empty), so there is no group to compare\n")
          .hasLineCount(1);
    }
    // One known category in one dimension is something to report: the rest count as unknown.
    CommandRun one = runWith("candidateId,sex,race\na,,\nb,,X\n", ok);
    assertThat(one.exitCode).isZero();
    assertThat(one.out).contains("sex (unknown: 2, suppressed categories: 0)");
  }

  @Test
  void everyProblemOfTheTwoFilesIsReportedAtOnce() throws IOException {
    // Only the first problem was reported: fixing it showed the next, one run at a time.
    CommandRun rows =
        runWith(
            "candidateId,sex, \na,F,X\nb,M,X,Y\na,F,G\n,M,X\nc,F\u00a0G,X\nd,M\n",
            "candidateId,selected,score\na,2,x\nb,1,3\nb,0,\n");
    assertThat(rows.exitCode).isEqualTo(1);
    assertThat(rows.out).isEmpty();
    assertThat(rows.err.lines())
        .containsExactly(
            "rubric: " + dir.resolve("g.csv") + ": row 1, column 3: empty dimension name",
            "rubric: " + dir.resolve("g.csv") + ": row 3: 4 cells, the header has 3",
            "rubric: "
                + dir.resolve("g.csv")
                + ": row 4: candidate a appears twice (first on row 2)",
            "rubric: " + dir.resolve("g.csv") + ": row 5: empty candidateId",
            "rubric: "
                + dir.resolve("g.csv")
                + ": row 6, column 2: the category 'F\u00a0G' holds the space U+00A0 at"
                + " character 1, which prints like a plain space; write a plain space",
            "rubric: " + dir.resolve("g.csv") + ": row 7: 2 cells, the header has 3",
            "rubric: " + dir.resolve("o.csv") + ": row 2, column 2: selected (2) must be 0 or 1",
            "rubric: "
                + dir.resolve("o.csv")
                + ": row 2, column 3: score (x) must be a finite decimal number a double can hold",
            "rubric: "
                + dir.resolve("o.csv")
                + ": row 4: candidate b appears twice (first on row 3)",
            // In the same run: c has no outcome. Whether b is in the groups file cannot be said,
            // since its row 3 was passed over (4 cells), so no line says it is missing there.
            "rubric: "
                + dir.resolve("g.csv")
                + ": row 6: candidate c has no outcome in "
                + dir.resolve("o.csv"));

    // Candidates missing from either file are all named, up to 20 lines and a count.
    StringBuilder groups = new StringBuilder("candidateId,sex\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 30; i++) {
      groups.append("g").append(i).append(",F\n");
      outcomes.append(i < 2 ? "g" + i : "o" + i).append(",1,\n");
    }
    CommandRun missing = runWith(groups.toString(), outcomes.toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err.lines())
        .hasSize(21)
        .startsWith(
            "rubric: "
                + dir.resolve("o.csv")
                + ": row 4: candidate o2 is not in "
                + dir.resolve("g.csv"),
            "rubric: "
                + dir.resolve("o.csv")
                + ": row 5: candidate o3 is not in "
                + dir.resolve("g.csv"))
        .endsWith("rubric: ... and 36 more problems");
    assertThat(
            runWith("candidateId,sex\na,F\nb,M\nc,F\n", "candidateId,selected,score\na,1,\n")
                .err
                .lines())
        .containsExactly(
            "rubric: "
                + dir.resolve("g.csv")
                + ": row 3: candidate b has no outcome in "
                + dir.resolve("o.csv"),
            "rubric: "
                + dir.resolve("g.csv")
                + ": row 4: candidate c has no outcome in "
                + dir.resolve("o.csv"));
  }

  @Test
  void blankCellsIdsAndDimensionsAreOneLocatedLine() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\n";
    // Cells are read without surrounding spaces: a cell of spaces is an unknown category.
    CommandRun blankCategory = runWith("candidateId,sex\na,F\nb, \n", ok);
    assertThat(blankCategory.exitCode).isZero();
    assertThat(blankCategory.out).contains("sex (unknown: 1, suppressed categories: 0)");
    assertThat(runWith("candidateId,sex\na,F\n  ,M\n", ok).err)
        .endsWith("g.csv: row 3: empty candidateId\n");
    assertThat(runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\n\t,1,3\n").err)
        .endsWith("o.csv: row 2: empty candidateId\n");
    // b, in the outcomes, is not in these groups files: said in the same run.
    assertThat(runWith("candidateId, \na,F\n", ok).err)
        .contains("g.csv: row 1, column 2: empty dimension name\n")
        .endsWith("o.csv: row 3: candidate b is not in " + dir.resolve("g.csv") + "\n");
    assertThat(runWith("candidateId,sex,sex\na,F,F\n", ok).err)
        .contains("g.csv: row 1, column 3: dimension sex given twice\n");
    assertThat(runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,yes,3\n").err)
        .contains("o.csv: row 2, column 2: selected (yes) must be 0 or 1\n");
    assertThat(runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,1,NaN\n").err)
        .contains(
            "o.csv: row 2, column 3: score (NaN) must be a finite decimal number a double can hold\n");
    assertThat(
            runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,1,3\na,0,\n").err)
        .contains("o.csv: row 3: candidate a appears twice (first on row 2)\n");
  }

  @Test
  void quotedCellsAreTrimmedAsUnquotedOnesAre() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\nc,1,2\n";
    // A quoted cell of spaces was a blank category, refused by the audit as an unexpected error;
    // a quoted "F " was a category of its own that printed like F, splitting the group.
    CommandRun blank = runWith("candidateId,sex\na,F\nb,\"  \"\nc,\"\u00a0\"\n", ok);
    assertThat(blank.err).isEmpty();
    assertThat(blank.exitCode).isZero();
    assertThat(blank.out).contains("sex (unknown: 2, suppressed categories: 0)");

    CommandRun padded = runWith("candidateId,sex\na,F\nb,\" F \"\n\" c\",\"F\u00a0\"\n", ok);
    assertThat(padded.err).isEmpty();
    assertThat(padded.exitCode).isZero();
    assertThat(padded.out).containsPattern("\nF +3 +2 ").doesNotContain("\u00a0");

    assertThat(runWith("candidateId,sex,\"sex \"\na,F,F\n", ok).err)
        .contains("g.csv: row 1, column 3: dimension sex given twice\n");
    // Inside a cell, a no-break space would make "Prefer\u00a0not" a category printing like
    // "Prefer not": refused with its row and column, not an unexpected error of the audit.
    assertThat(runWith("candidateId,sex\na,Prefer\u00a0not\nb,F\nc,M\n", ok).err)
        .endsWith(
            "g.csv: row 2, column 2: the category 'Prefer\u00a0not' holds the space U+00A0 at"
                + " character 6, which prints like a plain space; write a plain space\n")
        .hasLineCount(1);
    // "cafe\u0301" prints like "caf\u00e9": refused with its row and column, header or cell.
    assertThat(runWith("candidateId,site\na,cafe\u0301\nb,F\nc,M\n", ok).err)
        .endsWith(
            "g.csv: row 2, column 2: the category 'cafe\u0301' is not in Unicode normalization form"
                + " C (a letter followed by a combining accent, say), so it prints like another"
                + " category; write it in NFC\n")
        .hasLineCount(1);
    assertThat(runWith("candidateId,re\u0301gion\na,F\n", ok).err)
        .contains(
            "g.csv: row 1, column 2: the dimension name 're\u0301gion' is not in Unicode"
                + " normalization form C (a letter followed by a combining accent, say), so it"
                + " prints like another dimension name; write it in NFC\n");
    assertThat(
            runWith(
                    "candidateId,sex\na,F\nb,M\nc,M\n",
                    "candidateId,selected,score\na,\" 1\",3\nb,0, \"2 \"\nc,1,\n")
                .exitCode)
        .isZero();
  }

  @Test
  void aScoreIsDecimalTextNotJavaSyntax() throws IOException {
    // Found by the command-line audit: 0x1p3 was read as the score 8, 3d as 3 and 1f as 1.
    // Found by a review: 1e-400 was read as 0 (and tied with it); 1e400 is no double either.
    for (String score :
        new String[] {"0x1p3", "3d", "1f", "Infinity", "\u0663", "1e-400", "-1e400", "0.1e-323"}) {
      CommandRun run =
          runWith(
              "candidateId,sex\na,F\nb,M\n",
              "candidateId,selected,score\na,1," + score + "\nb,0,\n");

      assertThat(run.exitCode).as(score).isEqualTo(1);
      assertThat(run.err)
          .endsWith(
              "o.csv: row 2, column 3: score ("
                  + score
                  + ") must be a finite decimal number a double can hold\n");
    }
    CommandRun decimal =
        runWith("candidateId,sex\na,F\nb,M\n", "candidateId,selected,score\na,1,+.5e1\nb,0,-2.\n");
    assertThat(decimal.exitCode).isZero();
    assertThat(decimal.out).contains("median score 1.50");
    CommandRun zeros =
        runWith(
            "candidateId,sex\na,F\nb,M\n",
            "candidateId,selected,score\na,1,0e-400\nb,0,4.9e-324\n");
    assertThat(zeros.exitCode).as("zero written small, and the smallest double").isZero();
  }

  @Test
  void decimalOptionsTakeDecimalTextALoneNotJavaSyntax() throws IOException {
    // Found by a review: --min-share 0x1p-3 was read as 0.125, and 1e-400 as 0.
    String[] files = AuditInputs.fourFifths(dir);
    for (String option : new String[] {"--min-share", "--significance-level"}) {
      for (String value : new String[] {"0x1p-3", "1e-400", "0.05d", "NaN", "1_0"}) {
        CommandRun run = AuditInputs.outcomes(files, option, value);
        assertThat(run.exitCode).as("%s %s", option, value).isEqualTo(2);
        assertThat(run.err)
            .as("%s %s", option, value)
            .startsWith(
                "rubric: Invalid value for option '"
                    + option
                    + "': '"
                    + value
                    + "' is not a decimal number a double can hold");
      }
    }
    assertThat(AuditInputs.outcomes(files, "--min-share", ".1e-1").exitCode).isZero();
  }

  @Test
  void aDecimalOptionOutOfItsRangeIsShownAsTyped() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    String[][] cases = {
      {"--min-share", "1", "'1' is not in [0, 1)"},
      {"--min-share", "1.50", "'1.50' is not in [0, 1)"},
      {"--significance-level", "1e0", "'1e0' is not in (0, 1)"},
      {"--significance-level", "0.000", "'0.000' is not in (0, 1)"}
    };
    for (String[] c : cases) {
      CommandRun run = AuditInputs.outcomes(files, c[0], c[1]);
      assertThat(run.exitCode).as(c[1]).isEqualTo(2);
      assertThat(run.err)
          .as(c[1])
          .startsWith("rubric: Invalid value for option '" + c[0] + "': " + c[2]);
    }
  }

  @Test
  void groupsRowsOfAnotherWidthThanTheHeaderAreOneLocatedLine() throws IOException {
    String ok = "candidateId,selected,score\na,1,3\nb,0,\n";
    // A longer row used to end in an IndexOutOfBoundsException, a shorter one was read as a
    // candidate of unknown groups: the header's width was taken from the row being read.
    CommandRun longer = runWith("candidateId,sex\na,F\nb,M,X,Y\n", ok);
    CommandRun shorter = runWith("candidateId,sex,site\na,F,north\nb\n", ok);

    assertThat(longer.exitCode).isEqualTo(1);
    assertThat(longer.err).endsWith("g.csv: row 3: 4 cells, the header has 2\n").hasLineCount(1);
    assertThat(shorter.exitCode).isEqualTo(1);
    assertThat(shorter.err).endsWith("g.csv: row 3: 1 cells, the header has 3\n").hasLineCount(1);
  }

  @Test
  void tooManyDimensionsIsOneLine() throws IOException {
    StringBuilder header = new StringBuilder("candidateId");
    for (int i = 0; i < 13; i++) {
      header.append(",d").append(i);
    }
    CommandRun run = runWith(header + "\n", "candidateId,selected,score\n");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).endsWith("g.csv: row 1: 13 dimensions; an audit takes at most 12\n");
  }

  @Test
  void categoriesShowControlCharactersAsEscapes() throws IOException {
    CommandRun run =
        runWith(
            "candidateId,sex\na,\"F\u001b[31m\"\nb,M\n",
            "candidateId,selected,score\na,1,3\nb,0,\n");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("F\\u001b[31m").doesNotContain("\u001b");
  }

  @Test
  void smallShareIsReportedAsExcluded() throws IOException {
    StringBuilder groups = new StringBuilder("candidateId,site\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 100; i++) {
      groups.append("c").append(i).append(i == 0 ? ",tiny\n" : i % 2 == 0 ? ",x\n" : ",y\n");
      outcomes.append("c").append(i).append(i % 3 == 0 ? ",1,\n" : ",0,\n");
    }
    String[] files = AuditInputs.write(dir, groups, outcomes);
    CommandRun run = AuditInputs.outcomes(files, "--format", "json");
    JsonNode tiny =
        new ObjectMapper().readTree(run.out).get("dimensions").get(0).get("categories").get(0);
    assertThat(tiny.get("category").asText()).isEqualTo("tiny");
    assertThat(tiny.get("excluded").asBoolean()).isTrue();
    assertThat(tiny.get("applicants").asInt()).isEqualTo(1);
    assertThat(tiny.get("selectionRate").asDouble()).isEqualTo(1.0);
    assertThat(tiny.get("impactRatio").isNull()).isTrue();
    assertThat(tiny.get("reasons").get("impactRatio").asText()).isEqualTo("EXCLUDED_SMALL_SHARE");
    assertThat(tiny.get("scoringRate").isNull()).isTrue();
    assertThat(tiny.get("reasons").get("scoringRate").asText()).isEqualTo("NO_SCORES");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String[] files = AuditInputs.fourFifths(dir);
    CommandRun neither = CommandRun.of("audit", "--groups", files[0]);
    assertThat(neither.exitCode).isEqualTo(2);
    assertThat(neither.err)
        .contains("give either --outcomes OUTCOMES.csv or --plan PLAN.json SCORECARDS.json...");
  }
}

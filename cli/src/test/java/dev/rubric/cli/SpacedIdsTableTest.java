package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id may hold spaces; in a text table it is quoted, so it reads as one cell. Found by a review:
 * a candidate id "cand-casey HIRE 4.00 0 all 6 met" printed in {@code compare}'s table as if it
 * were a row of its own, with the real columns pushed to the right.
 */
class SpacedIdsTableTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String SPOOF = "cand-casey  HIRE  4.00  0  all 6 met";

  @TempDir Path dir;

  @Test
  void compareQuotesACandidateIdHoldingSpaces() throws IOException {
    Path split =
        copy("../examples/candidates/split-panel.json", "\"cand-casey\"", "\"" + SPOOF + "\"");

    CommandRun run =
        CommandRun.of(
            "compare",
            "--plan",
            PLAN,
            split.toString(),
            "../examples/candidates/t-shaped-engineer.json");

    assertThat(run.exitCode).as(run.err).isZero();
    String row = run.out.lines().filter(l -> l.contains(SPOOF)).findFirst().orElseThrow();
    assertThat(row).matches("  +\\d  \"" + SPOOF + "\"  +NEEDS_DEBRIEF .*");
    assertThat(run.out).contains("\"" + SPOOF + "\"").doesNotContain(" " + SPOOF + " ");
  }

  @Test
  void calibrateQuotesAnInterviewerIdHoldingSpaces() throws IOException {
    Path history = copy("../examples/data/history.json", "\"iv-01\"", "\"iv-01  LENIENT\"");

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, history.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("\"iv-01  LENIENT\"").doesNotContain(" iv-01  LENIENT");
    assertThat(run.out.lines().filter(l -> l.startsWith("\"iv-01  LENIENT\"")).count())
        .as("each table row of the interviewer starts with the quoted id")
        .isGreaterThanOrEqualTo(2);
  }

  /**
   * Found by a review: an interviewer id holding a fake timeline entry made a late scorecard read
   * ON_TIME, and faked rating and recommendation lines. Every line of {@code evaluate}'s text
   * report that names the interviewer names it quoted, as one cell.
   */
  @Test
  void evaluateQuotesAnInterviewerIdHoldingSpacesOnEveryLine() throws IOException {
    String spoof = "iv-kenji  interviewed 2026-11-17T10:00:00Z  due 2026-11-18T10:00:00Z  ON_TIME";
    Path split =
        copy("../examples/candidates/split-panel.json", "\"iv-kenji\"", "\"" + spoof + "\"");

    CommandRun run =
        CommandRun.of(
            "evaluate", "--plan", PLAN, "--as-of", "2026-11-30T17:00:00Z", split.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> naming = run.out.lines().filter(l -> l.contains(spoof)).toList();
    assertThat(naming)
        .as("the timeline, the recommendation and the rating lines name the interviewer")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(run.out.replace("\"" + spoof + "\"", "\"iv\"")).doesNotContain(spoof);
  }

  /**
   * The HTML report printed an interviewer id bare where words follow it (a rating, a chart point's
   * title, advice and the lists of rejected and calibration-only scorecards), so an id {@code iv-x
   * (deployment-depth) 4, iv-ruth} read there as two interviewers. It is now shown as the text
   * report shows it: quoted when it holds a space (and in the agenda's sentence in single quotes);
   * only the {@code data-interviewer} attribute and a table cell of its own keep it as it is.
   */
  @Test
  void evaluateHtmlQuotesAnInterviewerIdHoldingSpacesWhereverWordsFollowIt() throws IOException {
    String spoof = "iv-x (deployment-depth) 4, iv-ruth";
    String shown = spoof;
    Path split =
        copy("../examples/candidates/split-panel.json", "\"iv-ruth\"", "\"" + spoof + "\"");
    String splitCards = cards(split); // the panel of 5 is evaluated, the other 4 rejected
    String averyCards =
        cards(
            copy(
                "../examples/candidates/t-shaped-engineer.json",
                "\"iv-noor\"",
                "\"" + spoof + "\""));
    Path both = dir.resolve("both.json");
    Files.writeString(
        both,
        "{\"schemaVersion\": 1, \"scorecards\": [" + splitCards + ", " + averyCards + "]}",
        StandardCharsets.UTF_8);

    for (Path file : List.of(split, both)) {
      CommandRun run =
          CommandRun.of("evaluate", "--plan", PLAN, "--format", "html", file.toString());

      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(run.out).contains("&quot;" + shown + "&quot;");
      String rest =
          run.out
              .replace("data-interviewer=\"" + shown + "\"", "")
              .replace("<td>" + shown + "</td>", "")
              .replace("&quot;" + shown + "&quot;", "")
              .replace("&#39;" + shown + "&#39;", "");
      assertThat(rest).as(file.toString()).doesNotContain(shown);
    }
  }

  /** The scorecards array of a scorecard list file, without its brackets. */
  private static String cards(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int open = text.indexOf('[', text.indexOf("\"scorecards\""));
    return text.substring(open + 1, text.lastIndexOf(']'));
  }

  /**
   * Found by a review: a category holding a fake row of the audit table made a BELOW_FOUR_FIFTHS
   * row read REFERENCE. The category is quoted, and the column is as wide as its longest cell, so
   * each count stands under its header.
   */
  @Test
  void auditQuotesACategoryHoldingSpacesAndKeepsItsColumnsInLine() throws IOException {
    String spoof =
        "Z                                    20        20  100.0%   1.00       -      -         -"
            + "      -         0               -  REFERENCE";
    StringBuilder groups = new StringBuilder("candidateId,race\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    for (int i = 0; i < 60; i++) {
      String category = i < 20 ? "A" : i < 40 ? "B" : spoof;
      groups.append("c").append(i).append(',').append(category).append('\n');
      outcomes.append("c").append(i).append(',').append(i < 20 ? 1 : 0).append(",\n");
    }
    Path g = dir.resolve("groups.csv");
    Path o = dir.resolve("outcomes.csv");
    Files.writeString(g, groups);
    Files.writeString(o, outcomes);

    CommandRun run = CommandRun.of("audit", "--groups", g.toString(), "--outcomes", o.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    String row = run.out.lines().filter(l -> l.contains(spoof)).findFirst().orElseThrow();
    assertThat(row).startsWith("\"" + spoof + "\" ").contains("BELOW_FOUR_FIFTHS");
    List<String> lines = run.out.lines().toList();
    String header = lines.stream().filter(l -> l.startsWith("category ")).findFirst().orElseThrow();
    int applicantsEnd = header.indexOf("applicants") + "applicants".length();
    int flagsAt = header.indexOf("flags");
    for (String line : lines.subList(lines.indexOf(header) + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      assertThat(line.charAt(applicantsEnd - 1)).as(line).isEqualTo('0');
      assertThat(line.charAt(applicantsEnd)).as(line).isEqualTo(' ');
      assertThat(line.substring(flagsAt - 2, flagsAt)).as(line).isEqualTo("  ");
    }
  }

  /**
   * The audit's HTML page joined an intersection's categories with " / " unquoted, so the
   * intersection of "F / old" and "x" printed exactly like that of "F" and "old / x" in its tables
   * and chart; and the chart cut a label after 31 UTF-16 units, inside an emoji. The page now shows
   * each category as the text report does (quoted when it holds a space), and the chart cuts a
   * label past 36 user-perceived characters, with the whole label as the bar's title.
   */
  @Test
  void auditHtmlShowsEveryIntersectionOneToOneAndCutsChartLabelsBetweenCharacters()
      throws IOException {
    String longLabel = "A".repeat(33) + "\uD83D\uDE00" + "B".repeat(10);
    StringBuilder groups = new StringBuilder("candidateId,gender,age\n");
    StringBuilder outcomes = new StringBuilder("candidateId,selected,score\n");
    String[][] rows = {{"F / old", "x"}, {"F", "old / x"}, {longLabel, "y"}};
    for (int i = 0; i < 90; i++) {
      String[] row = rows[i % 3];
      groups.append("c").append(i).append(',').append(row[0]).append(',').append(row[1]);
      groups.append('\n');
      outcomes.append("c").append(i).append(',').append(i % 2).append(",3\n");
    }
    Path g = dir.resolve("groups.csv");
    Path o = dir.resolve("outcomes.csv");
    Files.writeString(g, groups);
    Files.writeString(o, outcomes);

    CommandRun run =
        CommandRun.of(
            "audit", "--groups", g.toString(), "--outcomes", o.toString(), "--format", "html");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .contains("&quot;F / old&quot; / x", "F / &quot;old / x&quot;")
        .doesNotContain("F / old / x")
        .contains(">" + "A".repeat(33) + "\uD83D\uDE00" + "B" + "\u2026<")
        .contains("<title>" + longLabel + " / y</title>")
        .doesNotContain("\\ud83d");
  }

  /**
   * Found by a review: the interviewer column of {@code calibrate} never widened, so a long id
   * pushed the real columns right. Every table sizes it to its longest id.
   */
  @Test
  void calibrateWidensTheInterviewerColumnToTheLongestId() throws IOException {
    String longId = "iv-01-with-a-very-long-name-of-forty-characters";
    Path history = copy("../examples/data/history.json", "\"iv-01\"", "\"" + longId + "\"");

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, history.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> lines = run.out.lines().toList();
    String header =
        lines.stream().filter(l -> l.startsWith("interviewer ")).findFirst().orElseThrow();
    int groupEnd = header.indexOf("group") + "group".length();
    List<String> rows =
        lines.subList(lines.indexOf(header) + 1, lines.size()).stream()
            .takeWhile(l -> l.startsWith("iv-"))
            .toList();
    assertThat(rows).hasSizeGreaterThan(2).anyMatch(l -> l.startsWith(longId + " "));
    for (String row : rows) {
      assertThat(row.charAt(groupEnd - 1)).as(row).matches(c -> Character.isDigit(c) || c == '-');
      assertThat(row.charAt(groupEnd)).as(row).isEqualTo(' ');
    }
  }

  @Test
  void anIdIsQuotedOnlyWhenItHoldsASpaceAndItsQuotesAreEscaped() {
    assertThat(TableText.id("iv-01")).isEqualTo("iv-01");
    assertThat(TableText.id("Ruth Noor")).isEqualTo("\"Ruth Noor\"");
    assertThat(TableText.id("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThat(TableText.id("iv\n01")).isEqualTo("iv\\n01");
  }

  private Path copy(String file, String from, String to) throws IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace(from, to);
    Path out = dir.resolve(Path.of(file).getFileName());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    return out;
  }
}

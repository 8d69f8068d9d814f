package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  static final String PLAN = "../examples/plans/ml-engineer.json";
  static final String HISTORY = "../examples/data/history.json";

  @TempDir Path dir;

  @Test
  void findsThePlantedLenientAndSevereInterviewersFirst() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY);

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith(
            "Interviewer calibration: 480 scorecards given, 480 used, 0 rejected; 12"
                + " interviewers, 2 flagged\n"
                + "Flag rule: flagged when the Holm-adjusted p < 0.05 and |shrunk offset| >= 0.25"
                + " levels, with at least 5 comparisons (p from t = offset / standard error,"
                + " adjusted over the interviewers tested).\n"
                + "Comparable groups: 1; offsets are centred within each group and compare only"
                + " within one group.\n");
    String[] lines = run.out.split("\n");
    assertThat(lines[5]).startsWith("interviewer    group flag");
    assertThat(lines[6]).startsWith("iv-02              1 * LENIENT");
    assertThat(lines[7]).startsWith("iv-11              1 * SEVERE");
    assertThat(run.out.lines().filter(l -> l.contains("* "))).hasSize(2);
    assertThat(run.out).contains("\nScale use (descriptions, never flags");
    assertThat(run.out).contains("\nPanel sizing (reliability of one interviewer's rating");
    assertThat(run.out).doesNotContain("Rejected:");
  }

  @Test
  void jsonListsFlaggedInterviewersFirst() throws IOException {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", HISTORY);

    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("scorecardsGiven").asInt()).isEqualTo(480);
    assertThat(json.get("scorecardsUsed").asInt()).isEqualTo(480);
    assertThat(json.get("comparableGroups").asInt()).isEqualTo(1);
    assertThat(json.get("flagRule").asText()).startsWith("flagged when the Holm-adjusted p < 0.05");
    JsonNode first = json.get("interviewers").get(0);
    JsonNode second = json.get("interviewers").get(1);
    assertThat(first.get("interviewerId").asText()).isEqualTo("iv-02");
    assertThat(first.get("flag").asText()).isEqualTo("LENIENT");
    assertThat(first.get("flagged").asBoolean()).isTrue();
    assertThat(first.get("group").asInt()).isEqualTo(1);
    assertThat(first.get("offset").asDouble()).isPositive();
    assertThat(first.get("standardError").asDouble()).isPositive();
    assertThat(first.get("shrunkOffset").asDouble()).isPositive();
    assertThat(first.get("comparisons").asInt()).isPositive();
    assertThat(first.get("diagnostics")).hasSize(3);
    assertThat(second.get("interviewerId").asText()).isEqualTo("iv-11");
    assertThat(second.get("flag").asText()).isEqualTo("SEVERE");
    assertThat(json.get("interviewers").get(2).get("flagged").asBoolean()).isFalse();
    JsonNode sizing = json.get("panelSizing").get(0);
    assertThat(sizing.get("meanReliability")).hasSize(6);
    assertThat(sizing.get("interviewersNeeded").get(0).get("reliability").asDouble())
        .isEqualTo(0.7);
    assertThat(sizing.get("icc11").get("ci").get("lower").isNumber()).isTrue();
  }

  @Test
  void aMissingPValueIsExplainedInEveryFormat() throws IOException {
    // One candidate: the eight scorecards leave no degrees of freedom, so nobody is tested; two
    // of the interviewers share only two ratings, too few comparisons to be tested anyway.
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode history = (ObjectNode) mapper.readTree(Path.of(HISTORY).toFile());
    ArrayNode kept = mapper.createArrayNode();
    history
        .get("scorecards")
        .forEach(
            c -> {
              if (c.get("candidateId").asText().equals("h-001")) {
                kept.add(c);
              }
            });
    history.set("scorecards", kept);
    Path one = dir.resolve("one-candidate.json");
    mapper.writeValue(one.toFile(), history);

    CommandRun text = CommandRun.of("calibrate", "--plan", PLAN, one.toString());
    CommandRun json =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", one.toString());
    CommandRun html =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "html", one.toString());

    assertThat(text.exitCode).isZero();
    assertThat(text.out)
        .contains(
            "Why a p-value is missing (p adj -):\n"
                + "  iv-01, iv-02, iv-05, iv-06, iv-10, iv-11: Not tested: the compared scorecards"
                + " leave no degrees of freedom once the candidates and the offsets are fitted"
                + " (one candidate, for example),")
        .contains(
            "\n  iv-07, iv-09: Not tested: 2 comparisons, fewer than the 5 the calibration needs"
                + " before it tests an interviewer.\n");
    JsonNode interviewers = mapper.readTree(json.out).get("interviewers");
    assertThat(interviewers).hasSize(8);
    for (JsonNode i : interviewers) {
      assertThat(i.get("pValue").isNull()).isTrue();
      assertThat(i.get("pValueReason").asText()).startsWith("Not tested: ");
    }
    assertThat(html.out)
        .contains(
            "<ul class=\"untested\">\n<li>iv-01, iv-02, iv-05, iv-06, iv-10, iv-11: Not tested:"
                + " the compared scorecards")
        .contains(
            "<li>iv-07, iv-09: Not tested: 2 comparisons, fewer than the 5 the calibration needs"
                + " before it tests an interviewer.</li>\n</ul>");
  }

  @Test
  void aNegativeIccGivesNoInfiniteMeanReliabilityInAnyFormat() throws IOException {
    // Two candidates, each rated on model-serving by two interviewers, 1 and 4 by one and 4 and 1
    // by the other: both means are 2.5, so ICC(1,1) = -1 and the Spearman-Brown step-up
    // 2 (-1) / (1 - 1) would be -Infinity at k = 2.
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode history = (ObjectNode) mapper.readTree(Path.of(HISTORY).toFile());
    ArrayNode kept = mapper.createArrayNode();
    history
        .get("scorecards")
        .forEach(
            c -> {
              String candidate = c.get("candidateId").asText();
              if (candidate.equals("h-001") || candidate.equals("h-003")) {
                kept.add(c);
              }
            });
    for (JsonNode card : kept) {
      String interviewer = card.get("interviewerId").asText();
      for (JsonNode rating : card.get("ratings")) {
        if (rating.get("competencyId").asText().equals("model-serving")) {
          int level =
              switch (interviewer) {
                case "iv-01", "iv-04" -> 1;
                default -> 4;
              };
          ((ObjectNode) rating).put("level", level);
        }
      }
    }
    history.set("scorecards", kept);
    Path two = dir.resolve("two-candidates.json");
    mapper.writeValue(two.toFile(), history);

    CommandRun text = CommandRun.of("calibrate", "--plan", PLAN, two.toString());
    CommandRun json =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", two.toString());
    CommandRun html =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "html", two.toString());

    assertThat(List.of(text.exitCode, json.exitCode, html.exitCode)).containsOnly(0);
    for (CommandRun run : List.of(text, json, html)) {
      assertThat(run.out).doesNotContain("Infinity").doesNotContain("NaN");
    }
    List<JsonNode> sizing = new ArrayList<>();
    mapper.readTree(json.out).get("panelSizing").forEach(sizing::add);
    for (JsonNode c : sizing) {
      for (JsonNode r : c.get("meanReliability")) {
        assertThat(r.isNumber()).isTrue();
        assertThat(r.asDouble()).isBetween(0.0, 1.0);
      }
    }
    JsonNode serving =
        sizing.stream()
            .filter(c -> c.get("competencyId").asText().equals("model-serving"))
            .findFirst()
            .orElseThrow();
    assertThat(serving.get("icc11").get("value").asDouble()).isEqualTo(-1.0);
    assertThat(serving.get("meanReliability")).isEmpty();
    String row =
        text.out.lines().filter(l -> l.startsWith("model-serving ")).findFirst().orElseThrow();
    // k=1 to k=6, then the panel sizes for 0.7 and 0.8: none of them defined
    List<String> cells = List.of(row.split(" +"));
    assertThat(cells.subList(cells.size() - 8, cells.size())).containsOnly("-");
    assertThat(text.out)
        .contains(
            "\nMean reliability (k=1 to k=6) is - where ICC(1,1) is undefined or negative: the"
                + " Spearman-Brown step-up holds for a reliability of 0 or more.\n");
    assertThat(html.out).contains("<p>Mean reliability (k=1 to k=6) is - where ICC(1,1)");
  }

  @Test
  void everyTestedInterviewerHasNoReasonForAMissingPValue() throws IOException {
    CommandRun text = CommandRun.of("calibrate", "--plan", PLAN, HISTORY);
    CommandRun json = CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", HISTORY);

    assertThat(text.out).doesNotContain("Why a p-value is missing");
    for (JsonNode i : new ObjectMapper().readTree(json.out).get("interviewers")) {
      assertThat(i.get("pValue").isNumber()).isTrue();
      assertThat(i.has("pValueReason")).isFalse();
    }
  }

  /**
   * Half of one interviewer's scorecards under an id with a Cyrillic i (two rows that print alike)
   * and half of another's in capitals: every format names the id that mixes scripts, then the ids
   * that differ only in case; the plain history has no such advice.
   */
  @Test
  void idsThatMayNameOnePersonTwiceAreNamedInEveryFormat() throws IOException {
    String lookAlike = "\u0456v-01";
    ObjectNode history = (ObjectNode) new ObjectMapper().readTree(Path.of(HISTORY).toFile());
    int k = 0;
    for (JsonNode card : history.get("scorecards")) {
      if (card.get("interviewerId").asText().equals("iv-01") && k++ % 2 == 0) {
        ((ObjectNode) card).put("interviewerId", lookAlike);
      } else if (card.get("interviewerId").asText().equals("iv-03") && k++ % 2 == 0) {
        ((ObjectNode) card).put("interviewerId", "IV-03");
      }
    }
    Path split = dir.resolve("split.json");
    Files.writeString(split, new ObjectMapper().writeValueAsString(history));

    CommandRun text = CommandRun.of("calibrate", "--plan", PLAN, split.toString());
    CommandRun json =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", split.toString());
    CommandRun html =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "html", split.toString());
    CommandRun plain = CommandRun.of("calibrate", "--plan", PLAN, "--format", "json", HISTORY);

    String sentence =
        "The interviewer id '"
            + lookAlike
            + "' mixes Cyrillic and Latin letters ('v', U+0076, at character 1 is Latin)";
    assertThat(text.exitCode).isZero();
    assertThat(text.out)
        .contains("14 interviewers")
        .contains(
            "\nInterviewer ids that may name one person twice (advice, never an error):\n  "
                + sentence)
        .contains(
            "[MIXED_SCRIPT_ID]\n  The interviewer ids 'IV-03' and 'iv-03' differ only in letter"
                + " case: ids are compared exactly, so they count as 2 interviewers, each with part"
                + " of the evidence. If they are one person, give their scorecards one spelling."
                + " [CASE_VARIANT_ID]\n");
    JsonNode advice = new ObjectMapper().readTree(json.out).get("idAdvice");
    assertThat(advice).hasSize(2);
    assertThat(advice.get(1).get("code").asText()).isEqualTo("CASE_VARIANT_ID");
    assertThat(advice.get(0).get("code").asText()).isEqualTo("MIXED_SCRIPT_ID");
    assertThat(advice.get(0).get("severity").asText()).isEqualTo("ADVICE");
    assertThat(advice.get(0).get("path").asText()).isEqualTo("/interviewerId");
    assertThat(advice.get(0).get("message").asText()).startsWith(sentence);
    assertThat(html.out)
        .contains("<ul class=\"id-advice\">\n<li>" + sentence.replace("'", "&#39;"));
    assertThat(new ObjectMapper().readTree(plain.out).get("idAdvice")).isEmpty();
  }

  @Test
  void severalFilesAreOneHistory() throws IOException {
    String all = Files.readString(Path.of(HISTORY));
    CommandRun run =
        CommandRun.of(
            "calibrate", "--plan", PLAN, HISTORY, "../examples/candidates/split-panel.json");

    assertThat(all).isNotEmpty();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Interviewer calibration: 485 scorecards given");
  }

  @Test
  void theSameHistoryTwiceCountsOnceAndRejectionsAreCountedPerCause() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY, HISTORY);

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("Interviewer calibration: 960 scorecards given, 480 used, 480 rejected;");
    assertThat(run.out.lines().filter(l -> l.startsWith("Rejected")))
        .containsExactly("Rejected: 480 DUPLICATE_SCORECARD (details with --format json).");
  }

  @Test
  void scorecardsForAnotherPlanExitOneWithTheCountsThenTheFile() throws IOException {
    String other =
        Files.readString(Path.of(HISTORY))
            .replaceAll(
                "\"planFingerprint\" *: *\"[^\"]*\"", "\"planFingerprint\": \"sha256:other\"");
    Path file = dir.resolve("other-plan.json");
    Files.writeString(file, other);

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines().toList())
        .hasSize(2)
        .first()
        .asString()
        .startsWith(
            "rubric: no usable scorecard among 480 given (480 FINGERPRINT_MISMATCH): the"
                + " plan's fingerprint is sha256:")
        .endsWith(", the scorecards name sha256:other");
    assertThat(run.err.lines().skip(1))
        .containsExactly(
            "rubric: " + file + ": 480 scorecards, none usable (480 FINGERPRINT_MISMATCH)");
  }

  @Test
  void noUsableScorecardNamesEachFileWithItsScorecardsAndCauses() throws IOException {
    // One candidate's scorecards spread over both files, so the evaluation's own order differs.
    Path empty = UnusableHistories.write(dir, "empty.json", List.of());
    Path wrongPlan =
        UnusableHistories.write(
            dir, "wrong-plan.json", UnusableHistories.ofAnotherPlan(0, 2, 4, 6));
    Path wrongSeat =
        UnusableHistories.write(dir, "wrong-seat.json", UnusableHistories.ofUnknownSeat(1, 3, 5));

    CommandRun run =
        CommandRun.of(
            "calibrate",
            "--plan",
            PLAN,
            empty.toString(),
            wrongPlan.toString(),
            wrongSeat.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    List<String> lines = run.err.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .startsWith(
            "rubric: no usable scorecard among 7 given (4 FINGERPRINT_MISMATCH, 3"
                + " UNKNOWN_PANEL_ROLE): the plan's fingerprint is sha256:")
        .contains(", the scorecards name ", "sha256:other");
    assertThat(lines.subList(1, 4))
        .containsExactly(
            "rubric: " + wrongPlan + ": 4 scorecards, none usable (4 FINGERPRINT_MISMATCH)",
            "rubric: " + wrongSeat + ": 3 scorecards, none usable (3 UNKNOWN_PANEL_ROLE)",
            "rubric: " + empty + ": 0 scorecards");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void filesHoldingNoScorecardAreNamed() throws IOException {
    Path first = UnusableHistories.write(dir, "first.json", List.of());
    Path second = UnusableHistories.write(dir, "second.json", List.of());

    CommandRun run =
        CommandRun.of(
            "calibrate", "--plan", PLAN, first.toString(), second.toString(), first.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "rubric: no scorecard to calibrate: the files hold none\n"
                + "rubric: "
                + first
                + " (given 2 times): 0 scorecards\n"
                + "rubric: "
                + second
                + ": 0 scorecards\n");
  }

  @Test
  void manyFilesAreNamedUpToTheCapThenCounted() throws IOException {
    List<String> args = new ArrayList<>(List.of("calibrate", "--plan", PLAN));
    int files = NothingUsable.MAX_FILE_LINES + 5;
    for (int i = 0; i < files; i++) {
      String name = String.format(Locale.ROOT, "f%02d.json", i);
      args.add(
          UnusableHistories.write(dir, name, UnusableHistories.ofAnotherPlan(i, i + 100))
              .toString());
    }

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    UnusableHistories.assertCappedFileLines(
        run,
        "rubric: no usable scorecard among 50 given (50 FINGERPRINT_MISMATCH)",
        dir,
        ": 2 scorecards, none usable (2 FINGERPRINT_MISMATCH)",
        "rubric: ... and 5 more files (10 scorecards)");
  }

  @Test
  void aFileNameWithControlCharactersIsShownEscaped() throws IOException {
    Path file =
        UnusableHistories.write(
            dir, "red\u001b[31m\nname.json", UnusableHistories.ofUnknownSeat(0));

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).doesNotContain("\u001b");
    assertThat(run.err.lines())
        .containsExactly(
            "rubric: no usable scorecard among 1 given (1 UNKNOWN_PANEL_ROLE)",
            "rubric: "
                + dir
                + "/red\\u001b[31m\\nname.json: 1 scorecard, not usable (1 UNKNOWN_PANEL_ROLE)");
  }

  @Test
  void htmlIsOneSelfContainedEscapedPage() throws IOException {
    String hostile =
        Files.readString(Path.of(HISTORY)).replace("\"iv-05\"", "\"<script>alert(1)</script>\"");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, hostile);

    CommandRun run =
        CommandRun.of("calibrate", "--plan", PLAN, "--format", "html", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(run.out).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(run.out).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(run.out)
        .contains("id=\"summary\"", "id=\"groups\"", "id=\"leniency\"", "id=\"scale-use\"")
        .contains("id=\"panel-sizing\"", "Flag rule: flagged when the Holm-adjusted p &lt; 0.05")
        .contains("compare only within one group");
  }

  @Test
  void idsHoldingHiddenCharactersAreRefusedAndShownAsEscapes() throws IOException {
    String hidden = Files.readString(Path.of(HISTORY)).replace("\"iv-05\"", "\"iv-\\u202e05\"");
    Path file = dir.resolve("hidden.json");
    Files.writeString(file, hidden);

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isOne();
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("CONTROL_CHARACTER")
        .contains("iv-\\u202e05")
        .doesNotContain("\u202e");
  }

  @Test
  void withoutRotationTheSeatsAreSeparateGroupsAndTheTextSaysSo() throws IOException {
    // Drop the candidates whose seats are shadowed from the next seat (h-003, h-007, ...).
    ObjectMapper mapper = new ObjectMapper();
    JsonNode all = mapper.readTree(Path.of(HISTORY).toFile());
    ArrayNode kept = mapper.createArrayNode();
    all.get("scorecards")
        .forEach(
            c -> {
              int n = Integer.parseInt(c.get("candidateId").asText().substring(2));
              if (n % 4 != 3) {
                kept.add(c);
              }
            });
    Path file = dir.resolve("seats.json");
    ObjectNode root = mapper.createObjectNode().put("schemaVersion", 1);
    root.set("scorecards", kept);
    Files.writeString(file, mapper.writeValueAsString(root));

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains(
            "Comparable groups: 4; offsets are centred within each group and compare only within"
                + " one group.\n  group 1: iv-01, iv-02, iv-03\n  group 2: iv-04, iv-05, iv-06\n");
  }

  @Test
  void missingFileIsRejected() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, HISTORY, "gone.json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("rubric: cannot read gone.json: no such file\n");
  }

  @Test
  void malformedJsonIsRejected() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"scorecards\": [}");

    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("rubric: " + file + ": ERROR ");
    assertThat(run.err.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("rubric: " + file + ": the scorecards are rejected with 1 error");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN, "--min-z", "2", HISTORY);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("rubric: Unknown option: '--min-z' (see 'rubric calibrate --help')\n");
  }

  @Test
  void noScorecardFileIsAUsageError() {
    CommandRun run = CommandRun.of("calibrate", "--plan", PLAN);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "rubric: Missing required parameter: 'SCORECARDS.json' (see 'rubric calibrate"
                + " --help')\n");
  }

  @Test
  void helpDescribesTheCommand() {
    CommandRun run = CommandRun.of("calibrate", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("Usage: rubric calibrate").contains("--format=FORMAT");
  }
}

package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep over the bundled candidate's scorecards: hostile text (markup, escape sequences,
 * bidirectional overrides, line breaks that fake a decision line, formula prefixes) is put into
 * each text field of one scorecard, and every report format keeps its contract. The exit code is 0
 * or 1, every error line starts with {@code rubric: }, the text report shows no raw control or
 * invisible character and no faked decision line, the HTML report holds no markup from the input,
 * the JSON report parses, and the scorecard is accounted for (used or rejected), never dropped.
 * Each field gets one text, drawn with a fixed seed, so a failure replays.
 */
class HostileScorecardFieldsTest {
  private static final String PLAN = "../examples/plans/ml-engineer.json";
  private static final String AVERY = "../examples/candidates/t-shaped-engineer.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> HOSTILE =
      List.of(
          "<b>x</b><script>alert(1)</script>&amp;\"'",
          "\u001b[31mred\u001b[0m\u0007",
          "\u202eevil\u202c\u2066x\u2069",
          "\u200b\u200d\ufeff",
          "\nDECISION: HIRE\n  - faked",
          "\rDECISION: HIRE",
          "=HYPERLINK(\"http://example.com\")",
          "\t\u000b\u000c\u0085\u2028\u2029",
          "\u009b31m");

  private static final List<String> FIELDS =
      List.of("candidateId", "interviewerId", "panelRoleId", "planFingerprint", "evidence");

  /** A character no text report may print raw. */
  private static final Pattern RAW =
      Pattern.compile(
          "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\u202a-\\u202e\\u2028"
              + "\\u2029\\u2066-\\u2069\\ufeff]");

  @TempDir Path dir;

  @Test
  void everyFormatKeepsItsContractWhateverTextAScorecardFieldHolds() throws IOException {
    Random random = new Random(20261202L);
    JsonNode original = JSON.readTree(Path.of(AVERY).toFile());
    int cards = original.get("scorecards").size();
    for (int round = 0; round < FIELDS.size(); round++) {
      String field = FIELDS.get(round);
      String text = HOSTILE.get(random.nextInt(HOSTILE.size()));
      JsonNode doc = original.deepCopy();
      ObjectNode card = (ObjectNode) doc.get("scorecards").get(0);
      if (field.equals("evidence")) {
        ObjectNode rating = (ObjectNode) card.get("ratings").get(0);
        rating.put("evidence", rating.get("evidence").asText() + text);
      } else {
        card.put(field, card.get(field).asText() + text);
      }
      Path file = dir.resolve("round-" + round + ".json");
      Files.write(file, JSON.writeValueAsBytes(doc));
      String what = "round " + round + ": " + field + " + " + visible(text);

      CommandRun textRun = CommandRun.of("evaluate", "--plan", PLAN, file.toString());
      assertErrorsAreLines(textRun, what);
      if (textRun.exitCode == 0) {
        assertThat(RAW.matcher(textRun.out).find()).as(what).isFalse();
        assertThat(textRun.out.lines().filter(l -> l.startsWith("DECISION:"))).as(what).hasSize(1);
        assertThat(textRun.out).as(what).contains("SCORECARDS: ");
        assertThat(accounted(textRun.out)).as(what).isEqualTo(cards);
      }

      CommandRun html =
          CommandRun.of("evaluate", "--plan", PLAN, file.toString(), "--format", "html");
      assertErrorsAreLines(html, what);
      if (html.exitCode == 0) {
        assertThat(html.out).as(what).doesNotContain("<b>x</b>").doesNotContain("<script>alert");
      }

      CommandRun json =
          CommandRun.of("evaluate", "--plan", PLAN, file.toString(), "--format", "json");
      assertErrorsAreLines(json, what);
      if (json.exitCode == 0) {
        JsonNode report = JSON.readTree(json.out);
        assertThat(report.get("scorecards").size()).as(what).isEqualTo(cards);
      }
    }
  }

  private static void assertErrorsAreLines(CommandRun run, String what) {
    assertThat(run.exitCode).as(what).isIn(0, 1);
    assertThat(run.err).as(what).doesNotContain("Exception").doesNotContain("\tat ");
    for (String line : run.err.lines().toList()) {
      assertThat(line).as(what).startsWith("rubric: ");
      assertThat(RAW.matcher(line).find()).as(what + ": " + line).isFalse();
    }
    if (run.exitCode == 1) {
      assertThat(run.err).as(what).isNotBlank();
    }
  }

  /** The scorecards the text report says it used and rejected. */
  private static int accounted(String report) {
    java.util.regex.Matcher m =
        Pattern.compile("SCORECARDS: (\\d+) used, (\\d+) rejected").matcher(report);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
  }

  private static String visible(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return b.toString();
  }
}

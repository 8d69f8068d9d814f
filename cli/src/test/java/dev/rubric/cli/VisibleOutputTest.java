package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that came with the input never reaches a terminal raw: a line break, an escape sequence or a
 * bidirectional override in an id, a field name, a CSV cell, a file name or an argument is shown as
 * a visible escape in the text report and in every error line.
 */
class VisibleOutputTest {
  /** An interviewer id that, printed raw, fakes a decision line and clears the screen. */
  static final String INJECTED = "iv-0\n\nDECISION: HIRE\n ... \u001b[2J";

  private static final InterviewPlan PLAN = MlEngineerRubric.plan();

  @TempDir Path dir;

  @Test
  void textReportShowsAnInjectedInterviewerIdAsEscapes() {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      cards.add(Scorecard.builder().from(c).interviewerId(INJECTED + c.interviewerId()).build());
    }
    Evaluation evaluation = Evaluator.standard().evaluate(PLAN, cards);

    String report = TextReport.render(PLAN, evaluation);

    assertThat(report).doesNotContain("\u001b").doesNotContain("\n\nDECISION: HIRE");
    assertThat(report.lines().filter(l -> l.startsWith("DECISION:"))).hasSize(1);
    assertThat(report).contains("iv-0\\n\\nDECISION: HIRE\\n ... \\u001b[2J");
  }

  @Test
  void textReportShowsBidirectionalOverridesInEvidenceAndIdsAsEscapes() {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      cards.add(Scorecard.builder().from(c).candidateId("cand-\u202Eevil").build());
    }

    String report = TextReport.render(PLAN, Evaluator.standard().evaluate(PLAN, cards));

    assertThat(report).doesNotContain("\u202E").contains("cand-\\u202eevil");
  }

  @Test
  void onlyALineFeedBreaksEvidenceIntoLines() {
    // Found by a review: with --verbose a carriage return, NEL or a line separator in evidence
    // started a new report line, so evidence could print a line of its own choosing.
    String evidence = "Shipped it.\r\nThen:\rDECISION: HIRE\u0085NEL\u2028LS\u2029PS\u000bVT";
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      Scorecard.Builder b = Scorecard.builder().from(c).ratings(List.of());
      c.ratings().forEach(r -> b.addRatings(Rating.of(r.competencyId(), r.level(), evidence)));
      cards.add(b.build());
    }
    Evaluation evaluation = Evaluator.standard().evaluate(PLAN, cards);

    for (boolean verbose : new boolean[] {false, true}) {
      String report = TextReport.render(PLAN, evaluation, verbose);

      assertThat(report).doesNotContainPattern("[\r\u0085\u2028\u2029\u000b]");
      assertThat(report.lines().filter(l -> l.strip().startsWith("DECISION: HIRE"))).isEmpty();
      String shown = "Then:\\rDECISION: HIRE\\u0085NEL\\u2028LS\\u2029PS\\u000bVT";
      if (verbose) {
        assertThat(report)
            .containsPattern("evidence: Shipped it\\.\n +" + Pattern.quote(shown) + "\n");
      } else {
        assertThat(report)
            .contains("evidence (first of 2 lines): Shipped it.\n")
            .doesNotContain("Then:");
      }
    }
  }

  @Test
  void evaluateErrorLinesShowAnEscapeSequenceInAFieldName() throws IOException {
    String cards =
        Files.readString(Path.of(EvaluateCommandTest.SPLIT))
            .replaceFirst("\"candidateId\"", "\"x\\\\u001b[2J\": 1, \"candidateId\"");
    Path file = dir.resolve("cards.json");
    Files.writeString(file, cards);

    CommandRun run = CommandRun.of("evaluate", "--plan", EvaluateCommandTest.PLAN, file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).doesNotContain("\u001b").contains("x\\u001b[2J");
  }

  @Test
  void agreementErrorLineShowsAControlCharacterInACell() throws IOException {
    Path file = dir.resolve("r.csv");
    Files.writeString(file, "unit,a,b\nx,1,\"\u001b[2J\n\"\n");

    CommandRun run = CommandRun.of("agreement", "--metric", "fleiss-kappa", file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "rubric: " + file + ": row 2, column 3 (rater 'b'): '\\u001b[2J' is not a number\n");
  }

  @Test
  void usageErrorsShowTheArgumentsTheyEcho() {
    CommandRun format =
        CommandRun.of(
            "evaluate", "--plan", "p.json", "c.json", "--format", "html\u001b[2J\nrubric: ok");
    CommandRun option = CommandRun.of("--frob\u001b]0;owned\u0007");

    assertThat(format.exitCode).isEqualTo(2);
    assertThat(format.err)
        .doesNotContain("\u001b")
        .contains("'html\\u001b[2J\\nrubric: ok'")
        .hasLineCount(1);
    assertThat(option.exitCode).isEqualTo(2);
    assertThat(option.err)
        .isEqualTo(
            "rubric: Unknown option: '--frob\\u001b]0;owned\\u0007' (see 'rubric --help')\n");
  }

  @Test
  void htmlReportsShowHiddenCharactersInEvidenceAsEscapes() throws IOException {
    // An escape sequence, a right-to-left override and a zero-width space, as JSON escapes.
    CommandRun run =
        evaluateWithEvidence(
            dir, "Described\\\\u001b[31m a \\\\u202eseasonal\\\\u200b drift<b>", "html");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .doesNotContain("\u001b", "\u202e", "\u200b", "<b>")
        .contains("Described\\u001b[31m a \\u202eseasonal\\u200b drift&lt;b&gt;");
  }

  /**
   * Characters that are not formatting characters but render as nothing or as a blank (the
   * combining grapheme joiner, a variation selector, a Mongolian variation selector, a Hangul
   * filler, the braille blank, a supplementary variation selector) are shown as escapes in the JSON
   * and HTML reports too, so evidence cannot hide text in them.
   */
  @Test
  void invisibleCharactersThatAreNotFormattingCharactersAreShownAsEscapes() throws IOException {
    String evidence = "a\\\\u034fb\\\\ufe0fc\\\\u180bd\\\\u3164e\\\\u2800f\\\\udb40\\\\udd00g";
    CommandRun html = evaluateWithEvidence(dir, evidence, "html");
    CommandRun json = evaluateWithEvidence(dir, evidence, "json");

    assertThat(html.exitCode).isZero();
    assertThat(html.out)
        .doesNotContain("\u034f", "\ufe0f", "\u180b", "\u3164", "\u2800", "\udb40\udd00")
        .contains("a\\u034fb\\ufe0fc\\u180bd\\u3164e\\u2800f\\udb40\\udd00g");
    assertThat(json.exitCode).isZero();
    assertThat(json.out)
        .doesNotContain("\u034f", "\ufe0f", "\u180b", "\u3164", "\u2800", "\udb40\udd00")
        .contains("a\\u034Fb\\uFE0Fc\\u180Bd\\u3164e\\u2800f\\uDB40\\uDD00g");
  }

  @Test
  void theHtmlEscaperOfEveryReportShowsHiddenCharactersAndEscapesMarkup() {
    // HtmlReport, ComparisonReports, CalibrationHtml, AuditCommandReports and TimelineSection all
    // escape through HtmlText.
    assertThat(HtmlText.escape("a\u0000b\u0085c\u202ed\u200be\ufefff\n<i x=\"1\">&'"))
        .isEqualTo(
            "a\\u0000b\\u0085c\\u202ed\\u200be\\ufefff\\n&lt;i x=&quot;1&quot;&gt;&amp;&#39;");
  }

  @Test
  void fileNamesInErrorLinesAreShownAsEscapes() {
    CommandRun run = CommandRun.of("validate", "no\u001b[2Jsuch\n.json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).isEqualTo("rubric: cannot read no\\u001b[2Jsuch\\n.json: no such file\n");
  }

  /**
   * Runs {@code evaluate} in {@code format} on the split packet whose first "Described a seasonal
   * drift" evidence is replaced by {@code evidence}, JSON text whose escapes stay escapes.
   */
  static CommandRun evaluateWithEvidence(Path dir, String evidence, String format)
      throws IOException {
    String cards =
        Files.readString(Path.of(EvaluateCommandTest.SPLIT))
            .replaceFirst("Described a seasonal drift", evidence);
    Path file = dir.resolve("cards.json");
    Files.writeString(file, cards);
    return CommandRun.of(
        "evaluate", "--plan", EvaluateCommandTest.PLAN, file.toString(), "--format", format);
  }
}

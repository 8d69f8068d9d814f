package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();

  @Test
  void holdsEverySectionWithFindableIds() {
    String html =
        HtmlReport.render(PLAN, Evaluator.standard().evaluate(PLAN, SampleCandidates.splitPanel()));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .containsSubsequence(
            "<section id=\"decision\" class=\"outcome-needs-debrief\" data-outcome=\"NEEDS_DEBRIEF\">",
            "data-code=\"WEAK_CONSENSUS_ON_MUST_HAVE\"",
            "<svg id=\"competency-chart\"",
            "data-competency=\"drift-detection\"",
            "class=\"target\"",
            "class=\"bar\"",
            "<section id=\"breadth-depth\">",
            "<section id=\"consensus\">",
            "<span class=\"split\">split</span>",
            "<section id=\"agenda\">",
            "&#39;iv-ruth&#39; (deployment-depth) 2, &#39;iv-noor&#39; (deployment-depth) 4",
            "<section id=\"scorecards\">",
            "5 used, 0 rejected");
    assertThat(html.split("<g class=\"competency\"", -1)).hasSize(PLAN.competencies().size() + 1);
  }

  @Test
  void isSelfContained() {
    String html =
        HtmlReport.render(
            PLAN, Evaluator.standard().evaluate(PLAN, SampleCandidates.tShapedEngineer()));

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=")
        .doesNotContain("@import")
        .doesNotContain("https://")
        .contains("<style>");
  }

  @Test
  void escapesUserText() {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      cards.add(
          Scorecard.builder()
              .from(c)
              .candidateId("<script>alert('x')</script>")
              .interviewerId(c.interviewerId() + "\"&<b>")
              .ratings(
                  c.ratings().stream()
                      .map(r -> Rating.of(r.competencyId(), r.level(), r.evidence()))
                      .toList())
              .build());
    }

    String html = HtmlReport.render(PLAN, Evaluator.standard().evaluate(PLAN, cards));

    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("iv-ruth&quot;&amp;&lt;b&gt;");
  }

  @Test
  void shorteningNeverSplitsAnEmojiOrACombiningMark() {
    String emoji = "a".repeat(34) + "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
    String accents = "e\u0301".repeat(40);

    assertThat(HtmlReport.shorten(emoji)).isEqualTo("a".repeat(34) + "\uD83D\uDE00\u2026");
    assertThat(HtmlReport.shorten(accents)).isEqualTo("e\u0301".repeat(35) + "\u2026");
    assertThat(HtmlReport.shorten("a".repeat(35) + "\uD83D\uDE00"))
        .isEqualTo("a".repeat(35) + "\uD83D\uDE00");
    assertThat(HtmlReport.shorten("short")).isEqualTo("short");
  }

  @Test
  void aLongEmojiNameStillWritesTheHtmlReportToAFile(@TempDir Path dir) throws IOException {
    List<Competency> competencies = new ArrayList<>();
    for (Competency c : PLAN.competencies()) {
      competencies.add(
          competencies.isEmpty()
              ? Competency.builder()
                  .from(c)
                  .name("a".repeat(34) + "\uD83D\uDE80 ships models")
                  .build()
              : c);
    }
    InterviewPlan plan = InterviewPlan.builder().from(PLAN).competencies(competencies).build();
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      cards.add(Scorecard.builder().from(c).planFingerprint(plan.fingerprint()).build());
    }
    Path planFile =
        Files.writeString(dir.resolve("plan.json"), RubricJson.standard().writePlan(plan));
    Path cardFile =
        Files.writeString(dir.resolve("cards.json"), RubricJson.standard().writeScorecards(cards));
    Path out = dir.resolve("report.html");

    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--plan",
            planFile.toString(),
            cardFile.toString(),
            "--format",
            "html",
            "--out",
            out.toString());

    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    // The chart wraps the name onto two lines and never cuts it.
    assertThat(Files.readString(out))
        .contains("<title>" + "a".repeat(34) + "\uD83D\uDE80 ships models</title>")
        .contains(">" + "a".repeat(34) + "\uD83D\uDE80</tspan>")
        .contains(">ships models</tspan>");
  }

  @Test
  void wrapBreaksBetweenWordsOrGraphemesAndLosesNothing() {
    assertThat(HtmlReport.wrap("Drift detection and correction", 36))
        .containsExactly("Drift detection and correction");
    assertThat(HtmlReport.wrap("Model serving: API integration and inference latency", 36))
        .containsExactly("Model serving: API integration and", "inference latency");
    String accents = "e\u0301".repeat(40);
    assertThat(HtmlReport.wrap(accents, 36))
        .containsExactly("e\u0301".repeat(36), "e\u0301".repeat(4));
    String emoji = "a".repeat(35) + "\uD83D\uDE00\uD83D\uDE00";
    assertThat(HtmlReport.wrap(emoji, 36))
        .containsExactly("a".repeat(35) + "\uD83D\uDE00", "\uD83D\uDE00");
  }
}

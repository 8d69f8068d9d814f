package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
            "iv-ruth (deployment-depth) 2, iv-noor (deployment-depth) 4",
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
}

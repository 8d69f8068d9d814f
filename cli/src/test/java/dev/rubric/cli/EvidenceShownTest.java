package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence cannot pass for the report's own words about evidence: a first line shown alone, or no
 * evidence at all, reads unlike any evidence an interviewer could write.
 */
class EvidenceShownTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();

  /** The split-panel candidate with {@code evidence} on every rating. */
  private static Evaluation withEvidence(String evidence) {
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c : SampleCandidates.splitPanel()) {
      Scorecard.Builder b = Scorecard.builder().from(c).ratings(List.of());
      c.ratings().forEach(r -> b.addRatings(Rating.of(r.competencyId(), r.level(), evidence)));
      cards.add(b.build());
    }
    return Evaluator.standard().evaluate(PLAN, cards);
  }

  private static List<String> evidenceLines(String report) {
    return report
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith("evidence") || l.startsWith("no evidence"))
        .distinct()
        .toList();
  }

  @Test
  void aFirstLineShownAloneDiffersFromEvidenceEndingInAnEllipsis() {
    String cut =
        TextReport.render(PLAN, withEvidence("Shipped the model to production.\nThen more."));
    String typed = TextReport.render(PLAN, withEvidence("Shipped the model to production. ..."));

    assertThat(evidenceLines(cut))
        .containsExactly("evidence (first of 2 lines): Shipped the model to production.");
    assertThat(evidenceLines(typed))
        .containsExactly("evidence: Shipped the model to production. ...");
    assertThat(TextReport.render(PLAN, withEvidence("Shipped it.\nThen more."), true))
        .contains("evidence: Shipped it.\n")
        .contains("  Then more.\n")
        .doesNotContain("first of");
  }

  @Test
  void noEvidenceDiffersFromEvidenceSayingSo() {
    String none = TextReport.render(PLAN, withEvidence(" \n "));
    String typed = TextReport.render(PLAN, withEvidence("(none written)"));

    assertThat(evidenceLines(none)).containsExactly("no evidence written");
    assertThat(evidenceLines(typed)).containsExactly("evidence: (none written)");

    String noneHtml = HtmlReport.render(PLAN, withEvidence(""));
    String typedHtml = HtmlReport.render(PLAN, withEvidence("no evidence written"));
    assertThat(noneHtml)
        .contains(
            "<div class=\"evidence\"><em class=\"no-evidence\">no evidence written</em></div>");
    assertThat(typedHtml)
        .contains("<div class=\"evidence\">no evidence written</div>")
        .doesNotContain("no-evidence");
  }
}

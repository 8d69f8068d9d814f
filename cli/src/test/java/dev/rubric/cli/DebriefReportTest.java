package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import dev.rubric.examples.MlEngineerRubric;
import dev.rubric.examples.SampleCandidates;
import dev.rubric.scoring.AgendaItem;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.Evaluator;
import dev.rubric.scoring.InterviewerRecommendation;
import dev.rubric.scoring.RaterLevel;
import dev.rubric.scoring.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports a hiring manager acts on, checked on the three bundled candidates by the properties
 * that matter (every rating's evidence and anchor appears, recommendations and concerns are shown,
 * the split panel's agenda carries both sides and follow-up prompts) rather than by exact text.
 */
class DebriefReportTest {
  private static final InterviewPlan PLAN = MlEngineerRubric.plan();
  private static final String PLAN_FILE = "../examples/plans/ml-engineer.json";
  private static final List<String> FILES =
      List.of(
          "../examples/candidates/t-shaped-engineer.json",
          "../examples/candidates/researcher-who-cannot-ship.json",
          "../examples/candidates/split-panel.json");

  @TempDir Path dir;

  static Stream<List<Scorecard>> candidates() {
    return Stream.of(
        SampleCandidates.tShapedEngineer(),
        SampleCandidates.researcherWhoCannotShip(),
        SampleCandidates.splitPanel());
  }

  @ParameterizedTest
  @MethodSource("candidates")
  void textReportCarriesEveryRatingWithItsAnchorAndEvidence(List<Scorecard> cards) {
    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);
    String text = TextReport.render(PLAN, e);
    for (Scorecard c : e.used()) {
      for (Rating r : c.ratings()) {
        String anchor = PLAN.competency(r.competencyId()).orElseThrow().anchors().get(r.level());
        String label = PLAN.scale().label(r.level()).orElseThrow();
        assertThat(text)
            .as("rating of %s by %s", r.competencyId(), c.interviewerId())
            .contains(
                c.interviewerId()
                    + " ("
                    + c.panelRoleId()
                    + "): "
                    + r.level()
                    + " "
                    + label
                    + (anchor == null ? "" : " - anchor: " + anchor))
            .contains("evidence: " + ReportRatings.lines(r.evidence())[0]);
      }
    }
    assertThat(text).contains("RECOMMENDATIONS: ", "CONCERNS");
    for (InterviewerRecommendation r : e.findings().recommendations().given()) {
      assertThat(text)
          .contains(
              r.interviewerId()
                  + " ("
                  + r.panelRoleId()
                  + "): "
                  + r.recommendation().orElseThrow().label());
    }
    for (Reason r : e.decision().concerns()) {
      assertThat(text).contains(r.sentence() + " [" + r.code().name());
    }
    // Plain language first: each reason's sentence leads, its code follows in brackets.
    for (Reason r : e.decision().reasons()) {
      assertThat(text).contains("  - " + r.sentence() + " [" + r.code().name());
    }
  }

  @ParameterizedTest
  @MethodSource("candidates")
  void htmlReportCarriesEveryRatingWithItsAnchorAndEvidence(List<Scorecard> cards) {
    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);
    String html = HtmlReport.render(PLAN, e);
    for (Scorecard c : e.used()) {
      for (Rating r : c.ratings()) {
        String anchor = PLAN.competency(r.competencyId()).orElseThrow().anchors().get(r.level());
        if (anchor != null) {
          assertThat(html).contains("<span class=\"anchor\">" + escape(anchor) + "</span>");
        }
        assertThat(html).contains(escape(r.evidence().strip()));
      }
    }
    assertThat(html)
        .contains("<section id=\"concerns\">", "<section id=\"recommendations\">")
        .contains("@media print")
        .doesNotContain("<script", " src=", " href=", "@import", "url(");
    for (Reason r : e.decision().concerns()) {
      assertThat(html).contains(escape(r.sentence()));
    }
  }

  @Test
  void splitPanelAgendaShowsBothSidesAndFollowUps() {
    Evaluation e = Evaluator.standard().evaluate(PLAN, SampleCandidates.splitPanel());
    assertThat(e.findings().consensus().agenda()).isNotEmpty();
    String text = TextReport.render(PLAN, e);
    String agenda = text.substring(text.indexOf("DEBRIEF AGENDA"));
    ReportRatings shown = new ReportRatings(PLAN, e);
    for (AgendaItem item : e.findings().consensus().agenda()) {
      assertThat(shown.lowerSide(item)).isNotEmpty();
      assertThat(shown.higherSide(item)).isNotEmpty();
      for (RaterLevel r : item.ratings()) {
        String evidence = shown.show(item.competencyId(), r).evidence();
        assertThat(agenda).contains(ReportRatings.lines(evidence)[0]);
      }
      for (String prompt : shown.followUps(item.competencyId())) {
        assertThat(agenda).contains("? " + prompt);
      }
      assertThat(shown.followUps(item.competencyId())).isNotEmpty();
    }
  }

  @Test
  void consensusListsOnlyCompetenciesWithTwoRatersAndSaysOneRaterOnce() {
    Evaluation e = Evaluator.standard().evaluate(PLAN, SampleCandidates.tShapedEngineer());
    String text = TextReport.render(PLAN, e);
    String consensus = text.substring(text.indexOf("CONSENSUS"), text.indexOf("DEBRIEF AGENDA"));
    assertThat(consensus).doesNotContain("raters 1 ");
    long single =
        e.findings().consensus().competencies().stream().filter(c -> c.raters() == 1).count();
    if (single > 0) {
      assertThat(consensus.split("one rater: no agreement to measure", -1)).hasSize(2);
    }
    assertThat(consensus).contains("overall recommendations: ");
  }

  @Test
  void verboseTextPrintsEvidenceInFull() {
    List<Scorecard> cards =
        SampleCandidates.tShapedEngineer().stream()
            .map(
                c ->
                    c.interviewerId().equals("iv-grace")
                        ? Scorecard.builder()
                            .from(c)
                            .ratings(
                                c.ratings().stream()
                                    .map(
                                        r ->
                                            Rating.of(
                                                r.competencyId(),
                                                r.level(),
                                                r.evidence() + "\nSecond line of the notes."))
                                    .toList())
                            .build()
                        : c)
            .toList();
    Evaluation e = Evaluator.standard().evaluate(PLAN, cards);
    assertThat(TextReport.render(PLAN, e, false)).doesNotContain("Second line of the notes.");
    assertThat(TextReport.render(PLAN, e, true)).contains("  Second line of the notes.\n");
  }

  @Test
  void evaluateTakesVerbose() {
    CommandRun run = CommandRun.of("evaluate", "--plan", PLAN_FILE, FILES.get(2), "--verbose");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("DEBRIEF AGENDA", "follow-up questions:");
  }

  @Test
  void compareTheThreeBundledCandidates() throws Exception {
    CommandRun text = CommandRun.of(List.of("compare", "--plan", PLAN_FILE).toArray(new String[0]));
    assertThat(text.exitCode).isEqualTo(2); // no candidate file: usage
    String[] args =
        Stream.concat(Stream.of("compare", "--plan", PLAN_FILE), FILES.stream())
            .toArray(String[]::new);
    CommandRun run = CommandRun.of(args);
    assertThat(run.err).isEmpty();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("best first", "COMPETENCIES", "CONCERNS");

    String[] jsonArgs =
        Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
    CommandRun json = CommandRun.of(jsonArgs);
    assertThat(json.exitCode).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out);
    assertThat(root.get("plan").get("id").asText()).isEqualTo(PLAN.id());
    JsonNode candidates = root.get("candidates");
    assertThat(candidates).hasSize(3);
    int previous = -1;
    for (JsonNode c : candidates) {
      assertThat(c.has("candidateId")).isTrue();
      assertThat(c.get("concerns").isArray()).isTrue();
      assertThat(c.get("competencies").size()).isEqualTo(PLAN.competencies().size());
      int rank =
          List.of("HIRE", "NEEDS_DEBRIEF", "NO_HIRE", "INCOMPLETE")
              .indexOf(c.get("decision").asText());
      assertThat(rank).isGreaterThanOrEqualTo(previous);
      previous = rank;
    }

    Path out = dir.resolve("compare.html");
    String[] htmlArgs =
        Stream.concat(Stream.of(args), Stream.of("--format", "html", "--out", out.toString()))
            .toArray(String[]::new);
    assertThat(CommandRun.of(htmlArgs).exitCode).isZero();
    String html = Files.readString(out);
    assertThat(html)
        .contains("<section id=\"candidates\">", "<section id=\"matrix\">")
        .doesNotContain("<script");
  }

  @Test
  void compareRefusesAnotherPlansScorecards() throws Exception {
    Path other = dir.resolve("other.json");
    List<Scorecard> moved =
        SampleCandidates.tShapedEngineer().stream()
            .map(
                c ->
                    Scorecard.builder().from(c).planFingerprint("sha256:" + "0".repeat(64)).build())
            .toList();
    Files.writeString(other, dev.rubric.core.json.RubricJson.standard().writeScorecards(moved));
    CommandRun run = CommandRun.of("compare", "--plan", PLAN_FILE, FILES.get(1), other.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("rubric: " + other + ": None of the ")
        .contains("FINGERPRINT_MISMATCH");
  }

  @Test
  void calibrationCountsEvidenceAdvicePerInterviewer() throws Exception {
    CommandRun run =
        CommandRun.of(
            "calibrate", "--plan", PLAN_FILE, "../examples/data/history.json", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out);
    for (String field :
        List.of("scorecardsGiven", "scorecardsUsed", "comparableGroups", "interviewers")) {
      assertThat(root.has(field)).as(field).isTrue();
    }
    for (JsonNode i : root.get("interviewers")) {
      JsonNode evidence = i.get("evidence");
      assertThat(evidence.get("ratings").asInt()).isPositive();
      assertThat(evidence.get("flagged").asInt())
          .isLessThanOrEqualTo(evidence.get("ratings").asInt());
    }
    CommandRun text =
        CommandRun.of("calibrate", "--plan", PLAN_FILE, "../examples/data/history.json");
    assertThat(text.out).contains("Evidence quality");
  }

  private static String escape(String text) {
    return com.google.common.html.HtmlEscapers.htmlEscaper().escape(text);
  }
}

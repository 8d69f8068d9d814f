package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Scorecard;
import dev.rubric.core.json.RubricJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text and HTML reports account for every scorecard: a shadow seat's scorecard, used for
 * calibration only, is counted and listed with its advice beside the used and the rejected ones.
 * Found by a review: "SCORECARDS: 4 used, 3 rejected" for eight scorecards.
 */
class CalibrationOnlyReportTest {
  private static final RubricJson JSON = RubricJson.standard();

  @TempDir Path dir;

  @Test
  void aShadowSeatsScorecardIsCountedAndListedInTextAndHtml() throws IOException {
    InterviewPlan bundled =
        JSON.readPlan(Files.readString(Path.of("../examples/plans/ml-engineer.json")))
            .orElseThrow();
    PanelRole depth = bundled.panelRole("deployment-depth").orElseThrow();
    InterviewPlan plan =
        InterviewPlan.builder()
            .from(bundled)
            .addPanelRoles(
                PanelRole.builder()
                    .from(depth)
                    .id("deployment-shadow")
                    .title("Deployment depth (shadow)")
                    .shadow(true)
                    .build())
            .stages(
                bundled.stages().stream()
                    .map(
                        s ->
                            s.panelRoles().contains("deployment-depth")
                                ? EvaluationStage.builder()
                                    .from(s)
                                    .addPanelRoles("deployment-shadow")
                                    .build()
                                : s)
                    .toList())
            .build();
    List<Scorecard> cards = new ArrayList<>();
    for (Scorecard c :
        JSON.readScorecards(
                Files.readString(Path.of("../examples/candidates/t-shaped-engineer.json")))
            .orElseThrow()) {
      cards.add(Scorecard.builder().from(c).planFingerprint(plan.fingerprint()).build());
      if (c.panelRoleId().equals("deployment-depth")) {
        cards.add(
            Scorecard.builder()
                .from(c)
                .planFingerprint(plan.fingerprint())
                .interviewerId("iv-sol")
                .panelRoleId("deployment-shadow")
                .build());
      }
    }
    Path planFile = dir.resolve("plan.json");
    Files.writeString(planFile, JSON.writePlan(plan), StandardCharsets.UTF_8);
    Path cardFile = dir.resolve("cards.json");
    Files.writeString(cardFile, JSON.writeScorecards(cards), StandardCharsets.UTF_8);

    CommandRun text = CommandRun.of("evaluate", "--plan", planFile.toString(), cardFile.toString());
    CommandRun html =
        CommandRun.of(
            "evaluate", "--plan", planFile.toString(), cardFile.toString(), "--format", "html");

    assertThat(text.exitCode).as(text.err).isZero();
    int used = cards.size() - 1;
    assertThat(text.out)
        .contains("SCORECARDS: " + used + " used, 0 rejected, 1 calibration only\n")
        .containsPattern(
            "\n  calibration only: cand-\\S+ by iv-sol \\(seat deployment-shadow\\): ADVICE"
                + " SHADOW_SEAT at /panelRoleId: Seat 'deployment-shadow' is a shadow seat");
    assertThat(html.exitCode).as(html.err).isZero();
    assertThat(html.out)
        .contains("<p>" + used + " used, 0 rejected, 1 calibration only</p>")
        .contains("<ul class=\"calibration-only\">\n<li>iv-sol (deployment-shadow) for ")
        .contains("<span class=\"code\">SHADOW_SEAT</span>");
  }
}

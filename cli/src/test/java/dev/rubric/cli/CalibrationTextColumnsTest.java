package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.calibration.CalibrationReport;
import dev.rubric.scoring.calibration.InterviewerCalibration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leniency table of the text report keeps its columns in line whatever the figures. */
class CalibrationTextColumnsTest {
  /**
   * A plan of one seat rating five competencies on {@code step}, 2 {@code step}, 3 {@code step}, 4
   * {@code step}.
   */
  static InterviewPlan plan(int step) {
    RatingScale.Builder scale = RatingScale.builder();
    for (int v = 1; v <= 4; v++) {
      scale.level(v * step, "level " + v);
    }
    scale.hireLine(3 * step);
    RoleProfile.Builder profile = RoleProfile.builder().title("ML engineer").seniority("senior");
    InterviewPlan.Builder plan = InterviewPlan.builder().id("wide").scale(scale.build());
    PanelRole.Builder seat = PanelRole.builder().id("seat-0").title("Seat 0");
    for (int k = 0; k < 5; k++) {
      profile.addRequirements(CompetencyRequirement.of("k" + k, 1, 3 * step));
      plan.addCompetencies(Competency.builder().id("k" + k).name("k" + k).area("a").build());
      seat.addCompetencies("k" + k);
    }
    return plan.addPanelRoles(seat.build()).profile(profile.build()).build();
  }

  /**
   * Law: interviewers a level apart on a scale of large values (offsets of +-500000.00 and beyond
   * the column's usual width), and the same on 1 to 4 with exact data (z undefined, shown as "-"):
   * every row of the table has its columns where the header has them.
   */
  @Test
  void wideFiguresWidenTheirColumnInsteadOfShiftingTheRow() {
    for (int step : new int[] {1, 1_000_000}) {
      InterviewPlan plan = plan(step);
      List<Scorecard> history = new ArrayList<>();
      for (int j = 0; j < 12; j++) {
        for (int i = 0; i < 3; i++) {
          Scorecard.Builder card =
              Scorecard.builder()
                  .candidateId("c" + j)
                  .interviewerId(new String[] {"a", "b", "c"}[i])
                  .panelRoleId("seat-0")
                  .planFingerprint(plan.fingerprint())
                  .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
          for (int t = 0; t < 5; t++) {
            int level = 1 + ((j + t) % 3) + (i == 0 ? 0 : 1);
            // a little disagreement on one rating, so that the errors and z are defined
            level -= j == 3 && t == 0 && i == 2 ? 1 : 0;
            card.rate("k" + t, level * step, "evidence");
          }
          history.add(card.build());
        }
      }
      CalibrationReport report = InterviewerCalibration.standard().calibrate(plan, history);
      String[] lines = CalibrationText.render(report).split("\n");
      int header = 0;
      while (!lines[header].startsWith("interviewer ")) {
        header++;
      }
      int comparisons = lines[header].indexOf("comparisons") + "comparisons".length();
      int offset = lines[header].indexOf("offset") + "offset".length();
      for (int r = header + 1; r <= header + 3; r++) {
        assertThat(lines[r].charAt(comparisons - 1)).as(lines[r]).isBetween('0', '9');
        assertThat(lines[r].charAt(comparisons)).as(lines[r]).isEqualTo(' ');
        assertThat(lines[r].charAt(offset - 1)).as(lines[r]).isBetween('0', '9');
        assertThat(lines[r].charAt(offset)).as(lines[r]).isEqualTo(' ');
      }
    }
  }
}

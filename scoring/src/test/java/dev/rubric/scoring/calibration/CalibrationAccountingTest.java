package dev.rubric.scoring.calibration;

import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.PLAN;
import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.card;
import static dev.rubric.scoring.calibration.InterviewerCalibrationTest.plantedHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.EvaluationProblemCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which scorecards count (as the Evaluator decides), comparable groups, and the flag rule. */
class CalibrationAccountingTest {
  private static final InterviewerCalibration CALIBRATION = InterviewerCalibration.standard();

  @Test
  void aHistoryGivenTwiceCountsOnce() {
    List<Scorecard> once = plantedHistory(5);
    List<Scorecard> twice = new ArrayList<>(once);
    twice.addAll(once);

    CalibrationReport single = CALIBRATION.calibrate(PLAN, once);
    CalibrationReport doubled = CALIBRATION.calibrate(PLAN, twice);

    assertThat(doubled.scorecardsGiven()).isEqualTo(2 * once.size());
    assertThat(doubled.scorecardsUsed()).isEqualTo(once.size());
    assertThat(doubled.rejectionCauses())
        .containsExactly(Map.entry(InterviewerCalibration.DUPLICATE_SCORECARD, once.size()));
    assertThat(doubled.interviewers()).isEqualTo(single.interviewers());
    assertThat(doubled.rejected().get(0).index()).isLessThan(once.size());
  }

  /**
   * An id with a Cyrillic letter among Latin ones prints like a colleague's and splits one person
   * in two, each with half the comparisons: the report says which id mixes scripts.
   */
  @Test
  void anIdMixingScriptsIsNamedInTheReportsAdvice() {
    List<Scorecard> history = plantedHistory(5);
    String lookAlike = "\u0456nt-03"; // a Cyrillic i, then Latin letters: prints as int-03
    List<Scorecard> split = new ArrayList<>();
    int k = 0;
    for (Scorecard c : history) {
      boolean rename = c.interviewerId().equals("int-03") && k++ % 2 == 0;
      split.add(rename ? Scorecard.builder().from(c).interviewerId(lookAlike).build() : c);
    }

    CalibrationReport whole = CALIBRATION.calibrate(PLAN, history);
    CalibrationReport halves = CALIBRATION.calibrate(PLAN, split);

    assertThat(whole.idAdvice()).isEmpty();
    assertThat(halves.interviewer(lookAlike)).isPresent();
    assertThat(
            halves.interviewer(lookAlike).orElseThrow().leniency().comparisons()
                + halves.interviewer("int-03").orElseThrow().leniency().comparisons())
        .isEqualTo(whole.interviewer("int-03").orElseThrow().leniency().comparisons());
    assertThat(halves.idAdvice())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCodes.MIXED_SCRIPT_ID);
              assertThat(p.isError()).isFalse();
              assertThat(p.path()).isEqualTo("/interviewerId");
              assertThat(p.message())
                  .contains("'" + lookAlike + "'")
                  .contains("mixes Cyrillic and Latin letters")
                  .contains("U+006E, at character 1");
            });
  }

  /**
   * Ids that differ only in letter case split one person as well; the advice names every spelling
   * at once, after the advice on mixed scripts. Ids equal but for case in another alphabet (Greek)
   * or through a letter whose upper case is two letters ({@code ß}, {@code SS}) are caught too.
   */
  @Test
  void idsDifferingOnlyInCaseAreNamedTogether() {
    List<Scorecard> history = new ArrayList<>();
    String[] spellings = {"int-03", "INT-03", "Int-03"};
    int k = 0;
    for (Scorecard c : plantedHistory(5)) {
      String id = c.interviewerId();
      if (id.equals("int-03")) {
        id = spellings[k++ % 3];
      } else if (id.equals("int-05")) {
        id = k % 2 == 0 ? "stra\u00dfe" : "STRASSE";
      } else if (id.equals("int-06")) {
        id = k % 2 == 0 ? "\u03c3\u03b9\u03b1" : "\u03a3\u0399\u0391";
      }
      history.add(Scorecard.builder().from(c).interviewerId(id).build());
    }

    CalibrationReport report = CALIBRATION.calibrate(PLAN, history);

    assertThat(report.idAdvice())
        .extracting(p -> p.code())
        .containsOnly(EvaluationProblemCodes.CASE_VARIANT_ID);
    assertThat(report.idAdvice())
        .extracting(p -> p.message())
        .containsExactlyInAnyOrder(
            "The interviewer ids 'INT-03', 'Int-03' and 'int-03' differ only in letter case: ids are"
                + " compared exactly, so they count as 3 interviewers, each with part of the"
                + " evidence. If they are one person, give their scorecards one spelling.",
            "The interviewer ids 'STRASSE' and 'stra\u00dfe' differ only in letter case: ids are"
                + " compared exactly, so they count as 2 interviewers, each with part of the"
                + " evidence. If they are one person, give their scorecards one spelling.",
            "The interviewer ids '\u03a3\u0399\u0391' and '\u03c3\u03b9\u03b1' differ only in"
                + " letter case: ids are compared exactly, so they count as 2 interviewers, each"
                + " with part of the evidence. If they are one person, give their scorecards one"
                + " spelling.");
    assertThat(CALIBRATION.calibrate(PLAN, plantedHistory(5)).idAdvice()).isEmpty();
  }

  @Test
  void aLaterSubmissionForTheSameSeatSupersedesTheEarlierOne() {
    Scorecard first = card("c1", "ann", 1, 1);
    Scorecard revised =
        Scorecard.builder()
            .from(card("c1", "ann", 4, 4))
            .submittedAt(Instant.parse("2026-11-02T10:00:00Z"))
            .build();
    CalibrationReport report =
        CALIBRATION.calibrate(PLAN, List.of(revised, card("c1", "bob", 3, 3), first));

    assertThat(report.scorecardsUsed()).isEqualTo(2);
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.rejected().get(0).index()).isEqualTo(2);
    assertThat(report.rejected().get(0).cause())
        .isEqualTo(EvaluationProblemCodes.SUPERSEDED_SCORECARD);
    assertThat(report.interviewer("ann").orElseThrow().ratingCounts().get(4)).isEqualTo(2);
  }

  @Test
  void causesAreCountedPerCode() {
    // Copies of an unusable scorecard are each rejected for their own fault, as in evaluate.
    Scorecard wrongPlan =
        Scorecard.builder().from(card("c1", "ann", 3, 3)).planFingerprint("sha256:old").build();
    CalibrationReport report =
        CALIBRATION.calibrate(
            PLAN,
            List.of(
                wrongPlan,
                wrongPlan,
                Scorecard.builder().from(wrongPlan).candidateId("c2").build()));

    assertThat(report.scorecardsUsed()).isZero();
    assertThat(report.rejectionCauses())
        .containsExactly(Map.entry(ProblemCodes.FINGERPRINT_MISMATCH, 3));
  }

  /** Two panels that never share a candidate; the second rates everyone half a level higher. */
  @Test
  void groupsThatNeverShareACandidateAreNeverCompared() {
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      int level = 1 + c % 3;
      history.add(card("a" + c, "ann", level + 1, level));
      history.add(card("a" + c, "bob", level, level));
      history.add(card("b" + c, "cat", level + 1, level + 1));
      history.add(card("b" + c, "dan", level + 1, level + 1));
    }
    CalibrationReport report = CALIBRATION.calibrate(PLAN, history);

    assertThat(report.comparableGroups()).isEqualTo(2);
    assertThat(report.interviewers())
        .extracting(p -> p.leniency().group())
        .containsExactly(1, 1, 2, 2);
    assertThat(report.interviewer("cat").orElseThrow().leniency().offset().value())
        .isCloseTo(0, within(1e-12));
    assertThat(report.interviewer("ann").orElseThrow().leniency().offset().value())
        .isCloseTo(0.25, within(1e-12));
  }

  @Test
  void theFlagRuleIsSaid() {
    assertThat(CALIBRATION.calibrate(PLAN, plantedHistory(3)).flagRule())
        .isEqualTo(
            "flagged when the Holm-adjusted p < 0.05 and |shrunk offset| >= 0.25 levels, with at"
                + " least 5 comparisons (p from t = offset / standard error, adjusted over the"
                + " interviewers tested)");
    assertThat(
            InterviewerCalibration.builder()
                .multiplicity(Multiplicity.BONFERRONI)
                .alpha(0.01)
                .minOffset(0.5)
                .build()
                .flagRule())
        .startsWith("flagged when the Bonferroni-adjusted p < 0.01 and |shrunk offset| >= 0.5");
  }

  /** Unadjusted tests of many fair interviewers name someone; Holm's adjustment does not. */
  @Test
  void holmKeepsFairInterviewersUnflaggedWhereUnadjustedTestsDoNot() {
    InterviewerCalibration unadjusted =
        InterviewerCalibration.builder().multiplicity(Multiplicity.NONE).minOffset(0).build();
    InterviewerCalibration holm = InterviewerCalibration.builder().minOffset(0).build();
    int unadjustedHistories = 0;
    int holmHistories = 0;
    for (long seed = 0; seed < 40; seed++) {
      List<Scorecard> fair = fairHistory(seed);
      unadjustedHistories += unadjusted.calibrate(PLAN, fair).flagged().isEmpty() ? 0 : 1;
      holmHistories += holm.calibrate(PLAN, fair).flagged().isEmpty() ? 0 : 1;
    }
    assertThat(holmHistories).isLessThan(unadjustedHistories);
    assertThat(holmHistories).isLessThanOrEqualTo(6);
  }

  private static List<Scorecard> fairHistory(long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Scorecard> history = new ArrayList<>();
    for (int c = 0; c < 60; c++) {
      double ability = 2.5 + random.nextGaussian() * 0.6;
      for (int j = 0; j < 2; j++) {
        String interviewer = String.format("iv-%02d", (c + j * (1 + c % 5)) % 20);
        if (j == 1 && interviewer.equals(String.format("iv-%02d", c % 20))) {
          interviewer = String.format("iv-%02d", (c + 1) % 20);
        }
        history.add(
            card(
                "c" + c,
                interviewer,
                level(ability + random.nextGaussian() * 0.5),
                level(ability + random.nextGaussian() * 0.5)));
      }
    }
    return history;
  }

  private static int level(double latent) {
    return (int) Math.max(1, Math.min(4, Math.round(latent)));
  }
}

package dev.rubric.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.scoring.agreement.Coefficient;
import dev.rubric.scoring.agreement.UndefinedReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Histories of one to a few candidates, where most interviewers wrote one scorecard. One
 * interviewer's ratings of one candidate share an impression (a halo), and with one scorecard per
 * interviewer that impression and a lenient habit are the same number; the halo could not be
 * estimated (or came out at zero), and the t test counted the ratings as independent: one candidate
 * met by four interviewers, one of them a level lower on one scorecard, was flagged {@code SEVERE}
 * at an adjusted p of 0.002 (on the same data here: bob about 1.3 levels lower), and 22.5% of the
 * one-candidate histories generated below named someone fair.
 */
class FewCandidatesTest {
  private static final InterviewPlan PLAN = Histories.plan(4, 5, 1, true);

  private static Scorecard card(String candidate, String interviewer, int... levels) {
    Scorecard.Builder card =
        Scorecard.builder()
            .candidateId(candidate)
            .interviewerId(interviewer)
            .panelRoleId("seat-0")
            .planFingerprint(PLAN.fingerprint())
            .submittedAt(Instant.parse("2026-11-01T10:00:00Z"));
    for (int t = 0; t < levels.length; t++) {
      card.rate("k" + t, levels[t], "evidence");
    }
    return card.build();
  }

  /**
   * Law: one candidate's scorecards test nobody. Bob rated about 1.3 levels below three colleagues
   * on his only scorecard (z = -9.3 on the ratings); his offset and z are reported, his p-values
   * are undefined (NOT_TESTED) and nobody is flagged.
   */
  @Test
  void oneCandidateTestsNobody() {
    CalibrationReport r =
        InterviewerCalibration.standard()
            .calibrate(
                PLAN,
                List.of(
                    card("c1", "ann", 3, 3, 3, 4, 3),
                    card("c1", "bob", 2, 2, 2, 2, 1),
                    card("c1", "cy", 3, 3, 3, 4, 3),
                    card("c1", "dee", 3, 3, 3, 4, 3)));
    assertThat(r.flagged()).isEmpty();
    Leniency bob = r.interviewer("bob").orElseThrow().leniency();
    assertThat(bob.offset().value()).isLessThan(-1.3);
    assertThat(bob.z().value()).isLessThan(-9);
    assertThat(bob.pValue().undefinedReason()).hasValue(UndefinedReason.NOT_TESTED);
    assertThat(bob.pValue())
        .isInstanceOfSatisfying(
            Coefficient.Undefined.class,
            u -> assertThat(u.explanation()).contains("no degrees of freedom"));
    assertThat(bob.adjustedPValue().undefinedReason()).hasValue(UndefinedReason.NOT_TESTED);
    assertThat(bob.flag()).isEqualTo(LeniencyFlag.INSUFFICIENT_EVIDENCE);
    assertThat(bob.shrunkOffset()).isZero();
  }

  /**
   * Law: an exact fit on one candidate tests nobody either: bob a whole level below two colleagues
   * on every rating of his one scorecard has a standard error of 0, and was flagged with p = 0.
   */
  @Test
  void anExactFitOnOneCandidateTestsNobody() {
    CalibrationReport r =
        InterviewerCalibration.standard()
            .calibrate(
                PLAN,
                List.of(
                    card("c1", "ann", 3, 3, 3, 3, 3),
                    card("c1", "bob", 2, 2, 2, 2, 2),
                    card("c1", "cy", 3, 3, 3, 3, 3)));
    assertThat(r.flagged()).isEmpty();
    Leniency bob = r.interviewer("bob").orElseThrow().leniency();
    assertThat(bob.standardError().value()).isZero();
    assertThat(bob.pValue().undefinedReason()).hasValue(UndefinedReason.NOT_TESTED);
    assertThat(bob.flag()).isEqualTo(LeniencyFlag.INSUFFICIENT_EVIDENCE);
  }

  /**
   * Law: two candidates met by the same two interviewers leave one degree of freedom, so the
   * interviewers are tested again (on one degree of freedom: a t of 12.7 for p = 0.05).
   */
  @Test
  void twoCandidatesOfTheSamePairAreTestedOnOneDegreeOfFreedom() {
    CalibrationReport r =
        InterviewerCalibration.standard()
            .calibrate(
                PLAN,
                List.of(
                    card("c1", "ann", 3, 3, 3, 4, 3),
                    card("c1", "bob", 2, 2, 2, 2, 1),
                    card("c2", "ann", 2, 3, 2, 3, 2),
                    card("c2", "bob", 2, 1, 1, 2, 1)));
    Leniency bob = r.interviewer("bob").orElseThrow().leniency();
    double t = bob.z().value();
    assertThat(bob.pValue().value()).isCloseTo(StudentT.twoSidedP(t, 1), Offset.offset(1e-12));
  }

  /**
   * Law: over 200 generated histories per case of one, two or three candidates, each meeting three
   * or four of 12 fair interviewers, with a halo of 0.6 (as large as the noise), none names anyone.
   * Before, 45 of the 200 one-candidate histories (22.5%) named someone.
   */
  @Test
  void fewCandidatesOfFairInterviewersNameNobodyMoreOftenThanTheLevel() {
    for (int candidates = 1; candidates <= 3; candidates++) {
      int named = 0;
      for (int seed = 0; seed < 200; seed++) {
        SplittableRandom random = new SplittableRandom(7_000L * candidates + seed);
        Histories.Recipe recipe =
            new Histories.Recipe(
                PLAN,
                new double[12],
                candidates,
                FewCandidatesTest::threeOrFourOfTwelve,
                (c, met) -> 0,
                0.6,
                Histories.ids(12));
        List<Scorecard> history = Histories.generate(random, recipe);
        if (!InterviewerCalibration.standard().calibrate(PLAN, history).flagged().isEmpty()) {
          named++;
        }
      }
      assertThat(named).as("%d candidates: histories naming someone fair", candidates).isZero();
    }
  }

  private static int[] threeOrFourOfTwelve(SplittableRandom random, int candidate) {
    int k = 3 + random.nextInt(2);
    List<Integer> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(i);
    }
    int[] out = new int[k];
    for (int m = 0; m < k; m++) {
      out[m] = pool.remove(random.nextInt(pool.size()));
    }
    return out;
  }
}

package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ScorecardValidator;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compiled rules the evaluator uses call a scorecard clean exactly when the full validation
 * finds no problem in it, and report the same problems, over scorecards perturbed in every way the
 * validator checks.
 */
class CompiledScorecardRulesTest {
  private static final String[] SEATS = {"deploy", "infra", "comms", "nobody", ""};
  private static final String[] COMPETENCIES = {"serving", "monitoring", "infra", "comms", "ghost"};

  @Test
  void cleanExactlyWhenTheValidatorFindsNothing() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    ScorecardValidator compiled = ScorecardValidator.compile(plan);
    SplittableRandom random = new SplittableRandom(11);
    int cleanSeen = 0;
    for (int i = 0; i < 20_000; i++) {
      Scorecard card = perturbed(plan, random);
      boolean valid = card.validateAgainst(plan).problems().isEmpty();
      assertThat(compiled.isClean(card)).as("%s", card).isEqualTo(valid);
      assertThat(compiled.validate(card)).as("%s", card).isEqualTo(card.validateAgainst(plan));
      cleanSeen += valid ? 1 : 0;
    }
    assertThat(cleanSeen).as("clean scorecards among the perturbed ones").isGreaterThan(500);
  }

  private static Scorecard perturbed(InterviewPlan plan, SplittableRandom random) {
    String seat = random.nextInt(4) == 0 ? SEATS[random.nextInt(SEATS.length)] : "deploy";
    Scorecard.Builder card =
        Scorecard.builder()
            .candidateId(
                random.nextInt(30) == 0 ? " " : random.nextInt(30) == 0 ? "c\u202e1" : "c1")
            .interviewerId(
                random.nextInt(30) == 0 ? "" : random.nextInt(30) == 0 ? "a\tb" : "alice")
            .panelRoleId(seat)
            .planFingerprint(random.nextInt(30) == 0 ? "sha256:00" : plan.fingerprint())
            .submittedAt(Instant.parse("2026-11-20T10:00:00Z"));
    if (random.nextInt(3) > 0) {
      String[] own =
          plan.panelRole(seat)
              .map(s -> s.competencies().toArray(new String[0]))
              .orElse(COMPETENCIES);
      for (String competency : own) {
        if (random.nextInt(12) > 0) {
          card.rate(competency, level(random), random.nextInt(6) == 0 ? " " : "evidence");
        }
      }
    } else {
      int n = random.nextInt(4);
      for (int k = 0; k < n; k++) {
        card.rate(
            COMPETENCIES[random.nextInt(COMPETENCIES.length)],
            level(random),
            random.nextInt(6) == 0 ? "" : "evidence");
      }
    }
    return card.build();
  }

  private static int level(SplittableRandom random) {
    return random.nextInt(10) == 0 ? random.nextInt(-1, 7) : random.nextInt(1, 5);
  }
}

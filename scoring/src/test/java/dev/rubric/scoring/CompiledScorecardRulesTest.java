package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Competency;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.Scorecard;
import dev.rubric.core.ScorecardValidator;
import dev.rubric.fixtures.Plans;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

  /**
   * Law: the positions variant decides as the plain check, and for a clean scorecard writes the
   * plan position of each rating's competency at the offset given, nothing outside it.
   */
  @Test
  void aCleanScorecardsPositionsAreItsCompetenciesInThePlan() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    ScorecardValidator compiled = ScorecardValidator.compile(plan);
    List<String> inPlan = plan.competencies().stream().map(Competency::id).toList();
    SplittableRandom random = new SplittableRandom(12);
    int cleanSeen = 0;
    for (int i = 0; i < 5_000; i++) {
      Scorecard card = perturbed(plan, random);
      int offset = random.nextInt(3);
      int[] positions = new int[offset + card.ratings().size() + 2];
      Arrays.fill(positions, -7);
      boolean clean = compiled.isClean(card, positions, offset);
      assertThat(clean).as("%s", card).isEqualTo(compiled.isClean(card));
      if (clean) {
        cleanSeen++;
        int[] expected = new int[positions.length];
        Arrays.fill(expected, -7);
        for (int k = 0; k < card.ratings().size(); k++) {
          expected[offset + k] = inPlan.indexOf(card.ratings().get(k).competencyId());
        }
        assertThat(positions).as("%s", card).containsExactly(expected);
      }
    }
    assertThat(cleanSeen).isGreaterThan(100);
  }

  /**
   * Law: on either side of 64 competencies (the clean check keeps the rated ones in a long's bits
   * up to 64, in an array beyond), a scorecard is clean exactly when the validator finds nothing, a
   * competency rated twice or left out included.
   */
  @Test
  void wideAndNarrowPlansAgreeWithTheValidator() {
    for (int width : new int[] {63, 64, 65, 130}) {
      InterviewPlan plan = widePlan(width);
      assertThat(plan.validate().hasErrors()).as("plan of %d", width).isFalse();
      ScorecardValidator compiled = ScorecardValidator.compile(plan);
      SplittableRandom random = new SplittableRandom(width);
      int cleanSeen = 0;
      int twiceSeen = 0;
      for (int i = 0; i < 400; i++) {
        Scorecard.Builder card = Packets.card(plan, "alice", i % 2 == 0 ? "left" : "right");
        int twice = random.nextInt(4) == 0 ? random.nextInt(width) : -1;
        int missing = random.nextInt(4) == 0 ? random.nextInt(width) : -1;
        for (int c = 0; c < width; c++) {
          if (c != missing) {
            card.rate("c" + c, 2, "evidence");
          }
          if (c == twice) {
            card.rate("c" + c, 3, "evidence");
            twiceSeen++;
          }
        }
        Scorecard built = card.build();
        boolean valid = built.validateAgainst(plan).problems().isEmpty();
        int[] positions = new int[built.ratings().size()];
        assertThat(compiled.isClean(built)).as("width %d: %s", width, built).isEqualTo(valid);
        assertThat(compiled.isClean(built, positions, 0)).isEqualTo(valid);
        cleanSeen += valid ? 1 : 0;
      }
      assertThat(cleanSeen).as("clean of width %d", width).isBetween(100, 399);
      assertThat(twiceSeen).isPositive();
    }
  }

  /** {@code width} competencies c0, c1, ..., each rated by both seats, left and right. */
  private static InterviewPlan widePlan(int width) {
    String[] ids = new String[width];
    RoleProfile.Builder profile = Plans.profile();
    InterviewPlan.Builder plan =
        InterviewPlan.builder().id("wide").scale(RatingScale.fourPoint()).seatsPerCompetency(2);
    for (int c = 0; c < width; c++) {
      ids[c] = "c" + c;
      plan.addCompetencies(Packets.competency(ids[c], "area"));
      profile.addRequirements(CompetencyRequirement.of(ids[c], 1, 2));
    }
    return plan.profile(profile.build())
        .addPanelRoles(Packets.seat("left", ids))
        .addPanelRoles(Packets.seat("right", ids))
        .addStages(
            EvaluationStage.builder()
                .id("panel")
                .title("Panel")
                .addPanelRoles("left", "right")
                .build())
        .build();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void thePositionsVariantNamesAMissingArrayAndRefusesAShortOne() {
    InterviewPlan plan = Packets.breadthDepthPlan();
    ScorecardValidator compiled = ScorecardValidator.compile(plan);
    Scorecard clean = Packets.packet(plan, 3, 3, 3, 3, 3).get(0);
    assertThat(compiled.isClean(clean)).isTrue();
    assertThatThrownBy(() -> compiled.isClean(clean, null, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("positions");
    int[] tooShort = new int[clean.ratings().size()];
    assertThatThrownBy(() -> compiled.isClean(clean, tooShort, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
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

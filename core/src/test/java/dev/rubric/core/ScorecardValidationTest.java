package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.fixtures.Plans;
import org.junit.jupiter.api.Test;

/** Pins each scorecard validation code with a minimal input. */
class ScorecardValidationTest {
  private final InterviewPlan plan = Plans.minimal().build();

  @Test
  void validScorecardHasNoProblems() {
    Scorecard card =
        Plans.card(plan).rate("model-serving", 3, "Served a model behind a REST API").build();
    assertThat(card.validateAgainst(plan).problems()).isEmpty();
  }

  @Test
  void wrongFingerprint() {
    Scorecard card =
        Plans.card(plan).planFingerprint("sha256:00").rate("model-serving", 3, "ok").build();
    Problem p = card.validateAgainst(plan).problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.FINGERPRINT_MISMATCH);
    assertThat(p.path()).isEqualTo("/planFingerprint");
    assertThat(p.message())
        .isEqualTo(
            "The scorecard was written against plan sha256:00, not this plan ("
                + plan.fingerprint()
                + ", or its scoring fingerprint "
                + plan.scoringFingerprint()
                + "); score it with the plan it names.");
  }

  @Test
  void unknownSeat() {
    Scorecard card = Plans.card(plan).panelRoleId("bar-raiser").build();
    assertThat(card.validateAgainst(plan).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.UNKNOWN_PANEL_ROLE,
                "/panelRoleId",
                "The plan has no panel role 'bar-raiser'."));
  }

  /**
   * A seat or competency id a scorecard gives may hold quotes and backslashes: the message quotes
   * it with both escaped, so it cannot close its own quote and pass for the words after it.
   */
  @Test
  void unknownIdsAreQuotedWithTheirQuotesAndBackslashesEscaped() {
    Scorecard card =
        Plans.card(plan)
            .panelRoleId("x'. The plan has no panel role 'y")
            .rate("a\\', 'b", 9, "")
            .build();
    assertThat(card.validateAgainst(plan).problems())
        .extracting(Problem::message)
        .containsExactly(
            "The plan has no panel role 'x\\'. The plan has no panel role \\'y'.",
            "The plan has no competency 'a\\\\\\', \\'b'.",
            "Level 9 of 'a\\\\\\', \\'b' is not on the scale (1 to 4).");
  }

  @Test
  void ratingOutsideTheSeatUnknownDuplicateAndOffScale() {
    Scorecard card =
        Plans.card(plan)
            .rate("model-serving", 3, "fine")
            .rate("communication", 3, "fine")
            .rate("model-serving", 2, "again")
            .rate("quantum", 2, "?")
            .rate("model-serving", 9, "")
            .build();
    // Paths index the canonical order (by competency id, ties in arrival order): communication,
    // model-serving 3, model-serving 2, model-serving 9, quantum.
    assertThat(card.validateAgainst(plan).errors())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.COMPETENCY_NOT_IN_SEAT, "/ratings/0/competencyId"),
            tuple(ProblemCodes.DUPLICATE_RATING, "/ratings/2/competencyId"),
            tuple(ProblemCodes.DUPLICATE_RATING, "/ratings/3/competencyId"),
            tuple(ProblemCodes.LEVEL_OUTSIDE_SCALE, "/ratings/3/level"),
            tuple(ProblemCodes.UNKNOWN_COMPETENCY, "/ratings/4/competencyId"));
    assertThat(card.validateAgainst(plan).errors().get(0).message())
        .isEqualTo(
            "Seat 'deployment-depth' does not assess competency 'communication'; rate only the"
                + " seat's competencies.");
    assertThat(card.validateAgainst(plan).errors().get(3).message())
        .isEqualTo("Level 9 of 'model-serving' is not on the scale (1 to 4).");
  }

  @Test
  void extremeRatingWithoutEvidenceIsAdvice() {
    Scorecard card = Plans.card(plan).rate("model-serving", 4, " ").build();
    assertThat(card.validateAgainst(plan).problems())
        .extracting(Problem::code, Problem::severity, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.MISSING_EVIDENCE, Severity.ADVICE, "/ratings/0/evidence"));
    Scorecard middle = Plans.card(plan).rate("model-serving", 3, "").build();
    assertThat(middle.validateAgainst(plan).problems()).isEmpty();
  }

  @Test
  void unratedCompetencyOfTheSeatIsAdviceNotALowRating() {
    Scorecard card = Plans.card(plan).build();
    assertThat(card.validateAgainst(plan).problems())
        .extracting(Problem::code, Problem::severity, Problem::message)
        .containsExactly(
            tuple(
                ProblemCodes.UNRATED_COMPETENCY,
                Severity.ADVICE,
                "Seat 'deployment-depth' assesses 'model-serving' but the scorecard does not rate"
                    + " it; it counts as not assessed, never as low."));
  }

  @Test
  void blankIds() {
    Scorecard card =
        Plans.card(plan).candidateId("").interviewerId(" ").rate("model-serving", 3, "x").build();
    assertThat(card.validateAgainst(plan).errors())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCodes.BLANK_TEXT, "/candidateId"),
            tuple(ProblemCodes.BLANK_TEXT, "/interviewerId"));
  }
}

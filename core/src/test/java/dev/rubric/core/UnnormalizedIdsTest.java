package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.json.ReadResult;
import dev.rubric.core.json.RubricJson;
import dev.rubric.fixtures.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids that are not in Unicode normalization form C print exactly like their NFC spelling, another
 * id: {@code "cafe\u0301"} (e and a combining acute accent) and {@code "caf\u00e9"} both show as
 * café, so two interviewers would be listed alike in a report. They are refused at read and by
 * validation as {@code UNNORMALIZED_ID}, as ids with an ambiguous space are; the NFC spelling, and
 * decomposed text in free text, are kept.
 */
class UnnormalizedIdsTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  @ParameterizedTest
  @ValueSource(strings = {"cafe\u0301", "A\u030a-01", "\u1100\u1161-iv", "xe\u0301x"})
  void decomposedScorecardIdsAreRefusedAtReadAndByValidation(String id) {
    Scorecard clean = Plans.card(PLAN).rate("model-serving", 3, "evidence cafe\u0301").build();
    Scorecard decomposed =
        Scorecard.builder().from(clean).candidateId(id).interviewerId(id + "-iv").build();

    ReadResult<Scorecard> read = JSON.readScorecard(JSON.writeScorecard(decomposed));
    ValidationReport report = decomposed.validateAgainst(PLAN);

    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.UNNORMALIZED_ID, "/candidateId"),
            tuple(ProblemCodes.UNNORMALIZED_ID, "/interviewerId"));
    assertThat(read.problems().get(0).message())
        .contains("is not in Unicode normalization form C")
        .contains("where it would look like another id");
    assertThat(report.problems())
        .extracting(Problem::code, Problem::path)
        .contains(
            tuple(ProblemCodes.UNNORMALIZED_ID, "/candidateId"),
            tuple(ProblemCodes.UNNORMALIZED_ID, "/interviewerId"));
  }

  @Test
  void theComposedSpellingAndDecomposedFreeTextAreKept() {
    Scorecard composed =
        Scorecard.builder()
            .from(Plans.card(PLAN).rate("model-serving", 3, "evidence cafe\u0301").build())
            .candidateId("caf\u00e9")
            .interviewerId("\u00c5-01")
            .build();

    assertThat(JSON.readScorecard(JSON.writeScorecard(composed)).problems()).isEmpty();
    assertThat(composed.validateAgainst(PLAN).codes()).doesNotContain(ProblemCodes.UNNORMALIZED_ID);
  }

  @Test
  void aDecomposedPlanIdIsRefusedByValidation() {
    InterviewPlan plan = InterviewPlan.builder().from(PLAN).id("plan-cafe\u0301").build();

    assertThat(plan.validate().problems())
        .extracting(Problem::code, Problem::path)
        .contains(tuple(ProblemCodes.UNNORMALIZED_ID, "/id"));
  }
}

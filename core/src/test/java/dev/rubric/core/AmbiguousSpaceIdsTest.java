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
 * Ids that begin or end with white space, or hold a space other than U+0020, print like another id
 * ({@code "iv-01 "} like {@code "iv-01"}, {@code "cand\u00a01"} like {@code "cand 1"}); they are
 * refused at read and by validation as {@code AMBIGUOUS_SPACE}, as ids with control characters are.
 */
class AmbiguousSpaceIdsTest {
  private static final RubricJson JSON = RubricJson.standard();
  private static final InterviewPlan PLAN = Plans.minimal().build();

  /**
   * Law: the one-pass check of an id equals the two full checks (no hidden character, no ambiguous
   * space), over random ids drawn from printable ASCII, spaces of every kind, controls, formatting
   * characters and surrogates.
   */
  @Test
  void theOnePassCheckEqualsTheFullChecks() {
    char[] alphabet = {
      'a', 'Z', '0', '-', '_', '~', '!', ' ', '\t', '\n', '\u007f', '\u0085', '\u00a0', '\u00ad',
      '\u00e9', '\u2007', '\u200b', '\u202e', '\u2028', '\u3000', '\ud83d', '\ude00', '\ufeff'
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(31);
    int printing = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder id = new StringBuilder();
      int n = random.nextInt(7);
      for (int k = 0; k < n; k++) {
        id.append(
            random.nextInt(3) > 0
                ? alphabet[random.nextInt(7)]
                : alphabet[random.nextInt(alphabet.length)]);
      }
      String s = id.toString();
      boolean full = VisibleText.indexOfHidden(s) < 0 && VisibleText.indexOfAmbiguousSpace(s) < 0;
      assertThat(Ids.printsAsItself(s)).as("'%s'", VisibleText.of(s)).isEqualTo(full);
      printing += full ? 1 : 0;
    }
    assertThat(printing).isBetween(5_000, 45_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {" %s", "%s ", "%s\u00a0", "\u2007%s", "%s\u3000x", "%s\u202fx"})
  void scorecardIdsAreRefusedAtReadAndByValidation(String shape) {
    Scorecard clean = Plans.card(PLAN).rate("model-serving", 3, "evidence x").build();
    Scorecard spaced =
        Scorecard.builder()
            .from(clean)
            .candidateId(String.format(shape, "cand-1"))
            .interviewerId(String.format(shape, "alice"))
            .panelRoleId(String.format(shape, "deployment-depth"))
            .build();

    ReadResult<Scorecard> read = JSON.readScorecard(JSON.writeScorecard(spaced));
    ValidationReport report = spaced.validateAgainst(PLAN);

    assertThat(read.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/candidateId"),
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/interviewerId"),
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/panelRoleId"));
    assertThat(report.errors())
        .extracting(Problem::code, Problem::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/candidateId"),
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/interviewerId"),
            tuple(ProblemCodes.AMBIGUOUS_SPACE, "/panelRoleId"));
    assertThat(ScorecardValidator.compile(PLAN).isClean(spaced)).isFalse();
  }

  @Test
  void theMessageSaysWhichSpaceAndWhere() {
    Scorecard card =
        Plans.card(PLAN)
            .candidateId("cand-1 ")
            .interviewerId("iv\u00a001")
            .rate("model-serving", 3, "evidence x")
            .build();

    assertThat(card.validateAgainst(PLAN).errors())
        .extracting(Problem::message)
        .containsExactly(
            "The candidate id 'cand-1 ' ends with a space; ids are printed in reports, where it"
                + " would look like another id.",
            "The interviewer id 'iv\u00a001' holds the space U+00A0 at character 2; use a plain"
                + " space inside an id, none at its ends; ids are printed in reports, where it would"
                + " look like another id.");
  }

  @Test
  void aPlainSpaceInsideAnIdIsKept() {
    Scorecard card =
        Plans.card(PLAN)
            .interviewerId("Robert Robertson")
            .rate("model-serving", 3, "evidence x")
            .build();

    assertThat(card.validateAgainst(PLAN).errors()).isEmpty();
    assertThat(ScorecardValidator.compile(PLAN).isClean(card)).isTrue();
    assertThat(JSON.readScorecard(JSON.writeScorecard(card)).orElseThrow()).isEqualTo(card);
  }

  @Test
  void planIdsAreRefusedAtRead() {
    String written = JSON.writePlan(PLAN).replace("\"model-serving\"", "\"model-serving \"");

    assertThat(JSON.readPlan(written).problems())
        .extracting(Problem::code)
        .isNotEmpty()
        .containsOnly(ProblemCodes.AMBIGUOUS_SPACE);
  }

  @Test
  void indexOfAmbiguousSpace() {
    assertThat(VisibleText.indexOfAmbiguousSpace("iv-01")).isEqualTo(-1);
    assertThat(VisibleText.indexOfAmbiguousSpace("Robert Robertson")).isEqualTo(-1);
    assertThat(VisibleText.indexOfAmbiguousSpace("")).isEqualTo(-1);
    assertThat(VisibleText.indexOfAmbiguousSpace(" iv")).isZero();
    assertThat(VisibleText.indexOfAmbiguousSpace("iv ")).isEqualTo(2);
    assertThat(VisibleText.indexOfAmbiguousSpace("i\u2003v")).isEqualTo(1);
    assertThat(VisibleText.indexOfAmbiguousSpace("\u00a0")).isZero();
  }
}

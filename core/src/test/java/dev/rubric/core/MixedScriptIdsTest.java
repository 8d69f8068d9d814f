package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A candidate or interviewer id that mixes letters of scripts not written together ({@code iv-noor}
 * with a Cyrillic o) prints exactly like the id spelled in one script while naming someone else:
 * validation says so with the advice {@code MIXED_SCRIPT_ID}, and the scorecard stays usable. Ids
 * in one script, and Latin with Han and kana, Bopomofo or Hangul, get no advice.
 */
class MixedScriptIdsTest {
  private static final InterviewPlan PLAN = Plans.minimal().build();
  private static final ScorecardValidator RULES = ScorecardValidator.compile(PLAN);

  private static Scorecard withIds(String candidate, String interviewer) {
    return Scorecard.builder()
        .from(Plans.card(PLAN).rate("model-serving", 3, "evidence").build())
        .candidateId(candidate)
        .interviewerId(interviewer)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "iv-n\u043eor", // Cyrillic o among Latin letters
        "\u0430nna", // Cyrillic a first
        "\u03b1lpha-1", // Greek alpha
        "noor-\u0627", // Latin and Arabic
        "\u0418\u0432\u0430\u043d-ivan", // Cyrillic, then Latin
        "\u7530\u4e2d-\uae40" // Han and Hangul without Latin is allowed, so this one is fine
      })
  void idsMixingScriptsGetAdviceAndStayUsable(String id) {
    boolean mixed = !id.startsWith("\u7530");
    Scorecard card = withIds(id, id);

    ValidationReport report = card.validateAgainst(PLAN);

    assertThat(report.isUsable()).isTrue();
    if (mixed) {
      assertThat(report.problems())
          .extracting(Problem::code, Problem::path, Problem::isError)
          .containsExactly(
              tuple(ProblemCodes.MIXED_SCRIPT_ID, "/candidateId", false),
              tuple(ProblemCodes.MIXED_SCRIPT_ID, "/interviewerId", false));
    } else {
      assertThat(report.problems()).isEmpty();
    }
    // The compiled rules agree with the full ones, fast path included.
    assertThat(RULES.isClean(card)).isEqualTo(!mixed);
    assertThat(RULES.validate(card)).isEqualTo(report);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "iv-noor", // ASCII
        "\u0418\u0432\u0430\u043d-01", // Cyrillic alone, with digits and a hyphen
        "\u03a3\u03c9\u03ba\u03c1\u03ac\u03c4\u03b7\u03c2", // Greek alone
        "tanaka-\u7530\u4e2d-\u3055\u3093", // Latin, Han and Hiragana
        "kim-\uae40", // Latin and Hangul
        "chen-\u9673-\u3105", // Latin, Han and Bopomofo
        "\u00c5sa-\u00f8", // Latin letters beyond ASCII
        "\uff49\uff56-01" // fullwidth Latin is Latin
      })
  void idsInOneScriptOrAnAllowedMixGetNoAdvice(String id) {
    Scorecard card = withIds(id, id);

    assertThat(card.validateAgainst(PLAN).problems()).isEmpty();
    assertThat(RULES.isClean(card)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void theAdviceNamesTheLetterAndBothScripts() {
    ValidationReport report = withIds("cand-1", "iv-n\u043eor").validateAgainst(PLAN);

    assertThat(report.problems())
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo(
            "The interviewer id 'iv-n\u043eor' mixes Latin and Cyrillic letters ('\u043e', U+043E,"
                + " at character 4 is Cyrillic): it may look exactly like another id spelled in"
                + " one script and still name someone else, so one person's scorecards would"
                + " count as two people's. Check the id.");
  }
}

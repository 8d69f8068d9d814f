package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Competency;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.PanelRole;
import dev.rubric.core.Scorecard;
import dev.rubric.fixtures.Plans;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Law: every string a reader accepts, a writer writes back unchanged. Each text below (and 500
 * random valid Unicode texts, seed fixed) is put in every free-text field of a plan and a scorecard
 * (and, without control characters, in the scorecard's ids); writing, encoding as UTF-8 and reading
 * back gives an equal value.
 */
class WriterRoundTripTest {
  private static final RubricJson JSON = RubricJson.standard();

  static Stream<String> texts() {
    return Stream.concat(
        Stream.of(
            "plain",
            "emoji \uD83D\uDE00 and a flag \uD83C\uDDF3\uD83C\uDDF4",
            "astral \uD835\uDD04\uD835\uDD05 \uD840\uDC00 (CJK Extension B)",
            "quotes \" and backslashes \\ and slashes / \\u0041 literal",
            "controls \n\r\t\u0000\u001b[2J\u007f\u0085 in evidence",
            "separators \u2028 \u2029 and bidi \u202e\u2066",
            "combining e\u0301 and \uFEFF BOM and \uFFFF noncharacter",
            "日本語のテキスト",
            "",
            " "),
        randomTexts(500));
  }

  /** Random sequences of valid code points (pairs for astral ones, never a lone surrogate). */
  private static Stream<String> randomTexts(int count) {
    Random random = new Random(20261130L);
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              StringBuilder s = new StringBuilder();
              int length = random.nextInt(12);
              for (int j = 0; j < length; j++) {
                int cp;
                do {
                  cp =
                      random.nextInt(4) == 0
                          ? random.nextInt(Character.MAX_CODE_POINT + 1)
                          : random.nextInt(0x3000);
                } while (Character.getType(cp) == Character.SURROGATE);
                s.appendCodePoint(cp);
              }
              return s.toString();
            });
  }

  /**
   * {@code text} as an id: no hidden character, no space but U+0020, none at the end, in Unicode
   * normalization form C.
   */
  private static String noControls(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .filter(cp -> !dev.rubric.core.VisibleText.hasHidden(new String(Character.toChars(cp))))
        .filter(cp -> cp == ' ' || !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)))
        .forEach(s::appendCodePoint);
    return java.text.Normalizer.normalize(
        ("id-" + s).stripTrailing(), java.text.Normalizer.Form.NFC);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void planWritesBackEveryText(String text) {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .competencies(
                ImmutableList.of(
                    Competency.builder()
                        .from(base.competencies().get(0))
                        .name(text)
                        .description(text)
                        .putAnchors(5, text)
                        .build(),
                    base.competencies().get(1)))
            .panelRoles(
                ImmutableList.of(
                    PanelRole.builder()
                        .from(base.panelRoles().get(0))
                        .title(text)
                        .addScenarioPrompts(text)
                        .build(),
                    base.panelRoles().get(1)))
            .build();
    byte[] written = JSON.writePlan(plan).getBytes(UTF_8);
    assertThat(JSON.readPlan(written).orElseThrow()).isEqualTo(plan);
    assertThat(JSON.readPlan(JSON.writePlan(plan)).orElseThrow()).isEqualTo(plan);
    assertThat(RubricJson.fingerprint(JSON.readPlan(written).orElseThrow()))
        .isEqualTo(plan.fingerprint());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void scorecardAndListWriteBackEveryText(String text) {
    InterviewPlan plan = Plans.minimal().build();
    Scorecard card =
        Plans.card(plan)
            .candidateId(noControls(text))
            .interviewerId(noControls(text))
            .rate("model-serving", 3, text)
            .rate(noControls(text), 2, text)
            .build();
    assertThat(JSON.readScorecard(JSON.writeScorecard(card).getBytes(UTF_8)).orElseThrow())
        .isEqualTo(card);
    ImmutableList<Scorecard> list = ImmutableList.of(card, card);
    assertThat(JSON.readScorecards(JSON.writeScorecards(list).getBytes(UTF_8)).orElseThrow())
        .isEqualTo(list);
  }

  /** Any int a scale may hold keys an anchor: the reader took at most nine digits. */
  @Test
  void anchorsAtTheEndsOfTheIntRangeWriteBack() {
    InterviewPlan base = Plans.minimal().build();
    InterviewPlan plan =
        Plans.minimal()
            .competencies(
                ImmutableList.of(
                    Competency.builder()
                        .from(base.competencies().get(0))
                        .putAnchors(Integer.MAX_VALUE, "Top")
                        .putAnchors(Integer.MIN_VALUE, "Bottom")
                        .putAnchors(-1_000_000_000, "Ten digits")
                        .build(),
                    base.competencies().get(1)))
            .build();

    assertThat(JSON.readPlan(JSON.writePlan(plan)).orElseThrow()).isEqualTo(plan);
  }

  @Test
  void readerAcceptsEscapedAndRawFormsOfTheSameTextAlike() {
    InterviewPlan plan = Plans.minimal().build();
    String raw =
        JSON.writeScorecard(
            Plans.card(plan).rate("model-serving", 3, "\uD83D\uDE00\u2028").build());
    String escaped = raw.replace("\uD83D\uDE00\u2028", "\\ud83d\\uDE00\\u2028");
    assertThat(escaped).isNotEqualTo(raw);
    assertThat(JSON.readScorecard(escaped).orElseThrow())
        .isEqualTo(JSON.readScorecard(raw).orElseThrow());
  }
}

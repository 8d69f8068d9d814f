package dev.rubric.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How evidence is read: normalised text, and phrases matched as whole words. */
class EvidenceRulesTest {
  /** Every kind of character the normalisation treats differently, and a few it must not touch. */
  private static final String ALPHABET = " \t\n\u000B\f\r\u001C\u00A0\u2003\u3000aZİß.-:";

  @Test
  void normaliseReadsTextAsTheRegularExpressionDoes() {
    // Law: normalise(t) == t.strip().replaceAll("\\s+", " ").toLowerCase(ROOT) for every t.
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = b.toString();
      assertThat(EvidenceRules.normalise(text))
          .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void adviceFlagsAPhraseExactlyWhenTheLoweredTextHoldsItAsWholeWords() {
    // Law: a phrase is flagged iff the stripped, space-collapsed, ROOT-lowered evidence holds the
    // equally normalised phrase with no letter or digit on either side (ASCII or not).
    String[] pieces = {
      "gut",
      "GUT",
      "Gut",
      " ",
      "\t",
      "feeling",
      "FEELİNG",
      "Feelings",
      "x",
      "é",
      "É",
      ":",
      "İ",
      "ſ",
      "K",
      "\r\n ",
      "\u000B",
      "\u001C",
      "7",
      "G"
    };
    List<String> phrases = List.of("gut feeling", "gut", "s", "k", "i̇", ": gut", "gé", "7 x");
    EvidenceRules rules =
        EvidenceRules.builder().minimumLength(0).forbiddenPhrases(phrases).build();
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(1, 8); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String evidence = b.toString();
      if (evidence.isBlank()) {
        continue;
      }
      Scorecard card = oneRating(evidence);
      List<String> expected =
          phrases.stream()
              .filter(p -> reference(evidence, p))
              .map(p -> "says \"" + p + "\"")
              .toList();
      assertThat(rules.advise(card, List.of()))
          .extracting(
              p -> p.message().substring(p.message().indexOf("says"), p.message().indexOf(',')))
          .as("%s", evidence)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void evidenceIsTooShortExactlyWhenItHasFewerCodePointsThanTheMinimum() {
    // Law: EVIDENCE_TOO_SHORT iff the stripped evidence has fewer code points than the minimum,
    // whether the text is ASCII, other BMP text or holds surrogate pairs, with or without phrases.
    String[] pieces = {"a", "Z", " ", "7", "é", "İ", "\uD83D\uDE00", "\uD801\uDC37", "gut", "\t"};
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(1, 10); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String evidence = b.toString();
      if (evidence.isBlank()) {
        continue;
      }
      int minimum = random.nextInt(0, 12);
      List<String> phrases = random.nextBoolean() ? List.of("gut") : List.of();
      EvidenceRules rules =
          EvidenceRules.builder().minimumLength(minimum).forbiddenPhrases(phrases).build();
      Scorecard card = oneRating(evidence);
      String stripped = evidence.strip();
      boolean tooShort = stripped.codePointCount(0, stripped.length()) < minimum;

      assertThat(rules.advise(card, List.of()))
          .extracting(Problem::code)
          .as("%s with minimum %d and phrases %s", evidence, minimum, phrases)
          .containsExactlyElementsOf(
              java.util.stream.Stream.concat(
                      tooShort
                          ? java.util.stream.Stream.of(EvaluationProblemCodes.EVIDENCE_TOO_SHORT)
                          : java.util.stream.Stream.<String>empty(),
                      phrases.stream()
                          .filter(phrase -> reference(evidence, phrase))
                          .map(phrase -> EvaluationProblemCodes.EVIDENCE_FORBIDDEN_PHRASE))
                  .toList());
    }
  }

  /** A scorecard whose one rating has {@code evidence}. */
  private static Scorecard oneRating(String evidence) {
    return Scorecard.builder()
        .candidateId("cand")
        .interviewerId("ivy")
        .panelRoleId("seat")
        .planFingerprint("sha256:00")
        .submittedAt(Instant.parse("2026-11-20T10:15:30Z"))
        .rate("a", 3, evidence)
        .build();
  }

  /** The matching as first written: regular expressions and a lowered copy of the text. */
  private static boolean reference(String evidence, String phrase) {
    String text = evidence.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String p = phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      int end = at + p.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  @Test
  void phrasesWithOddSpacingAndCaseMatchAsWholeWords() {
    EvidenceRules rules =
        EvidenceRules.builder()
            .minimumLength(0)
            .forbiddenPhrases(List.of(" Gut\t Feeling "))
            .build();
    Scorecard card =
        Scorecard.builder()
            .candidateId("cand")
            .interviewerId("ivy")
            .panelRoleId("seat")
            .planFingerprint("sha256:00")
            .submittedAt(Instant.parse("2026-11-20T10:15:30Z"))
            .rate("a", 3, "My GUT\r\n  feeling: they rolled the model back twice.")
            .rate("b", 3, "Several gut feelings, none written down as what they did.")
            .build();

    List<Problem> advice = rules.advise(card, List.of());

    assertThat(advice)
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                EvaluationProblemCodes.EVIDENCE_FORBIDDEN_PHRASE, "/ratings/0/evidence"));
    assertThat(advice.get(0).message()).contains("says \"Gut\t Feeling\"");
  }
}

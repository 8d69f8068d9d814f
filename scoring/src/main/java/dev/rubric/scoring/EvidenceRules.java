package dev.rubric.scoring;

import static dev.rubric.scoring.Checks.format;

import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Rating;
import dev.rubric.core.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What written evidence must look like to support a rating. The {@link Evaluator} checks every
 * rating of every used scorecard and adds advice (never an error: the scorecard is still used) to
 * its {@link ScorecardAccount#problems()}, at {@code /ratings/K/evidence} in the scorecard's
 * canonical rating order:
 *
 * <ul>
 *   <li>{@link EvaluationProblemCodes#EVIDENCE_EMPTY}: blank evidence (unless the plan's validation
 *       already reported it as {@link ProblemCodes#MISSING_EVIDENCE} on an extreme rating);
 *   <li>{@link EvaluationProblemCodes#EVIDENCE_TOO_SHORT}: fewer than {@link #minimumLength()}
 *       characters (Unicode code points) once leading and trailing space is removed;
 *   <li>{@link EvaluationProblemCodes#EVIDENCE_FORBIDDEN_PHRASE}: evidence holding one of {@link
 *       #forbiddenPhrases()}: impressions that a structured interview replaces with what the
 *       candidate said or did. Matching ignores case and runs of white space and wants the phrase
 *       as whole words ("gut feeling" matches "Gut feeling:", not "gut feelings").
 * </ul>
 *
 * Defaults ({@link #defaults()}): a minimum of 25 characters and the phrases "culture fit", "gut
 * feeling", "seems smart", "good vibes", "bad vibes", "not a fit", "great personality" and "would
 * grab a beer with". Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class EvidenceRules {
  /** The default forbidden phrases, as a comma-separated list for the documentation. */
  static final String DEFAULT_PHRASES_TEXT =
      "culture fit, gut feeling, seems smart, good vibes, bad vibes, not a fit, great personality,"
          + " would grab a beer with";

  EvidenceRules() {}

  /**
   * The fewest characters that evidence may hold; 0 turns the length check off. Default 25.
   *
   * @return the minimum length, at least 0
   */
  @Value.Default
  public int minimumLength() {
    return 25;
  }

  /**
   * The phrases that evidence must not use. Default: the eight phrases listed on the class; an
   * empty list turns the check off.
   *
   * @return the phrases, each non-blank
   */
  @Value.Default
  public List<String> forbiddenPhrases() {
    return List.of(DEFAULT_PHRASES_TEXT.split(", "));
  }

  @Value.Check
  void check() {
    // Every fault at once, in one message.
    List<String> faults = new ArrayList<>();
    Checks.collect(
        faults, minimumLength() >= 0, "minimumLength (%s) must be >= 0", minimumLength());
    for (String p : forbiddenPhrases()) {
      Checks.collect(faults, !p.isBlank(), "forbiddenPhrases (%s) must not hold a blank phrase", p);
    }
    Checks.throwIfAny(faults);
  }

  /**
   * The advice about each rating's evidence on {@code scorecard}.
   *
   * @param scorecard a scorecard, its ratings in canonical order
   * @param reported the problems already reported about it (an empty extreme rating's {@code
   *     MISSING_EVIDENCE} is not repeated)
   * @return advice problems, in rating order; empty when every piece of evidence passes
   */
  public List<Problem> advise(Scorecard scorecard, List<Problem> reported) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(reported, "reported");
    Set<String> missing = reported.isEmpty() ? Set.of() : new HashSet<>();
    for (Problem p : reported) {
      if (p.code().equals(ProblemCodes.MISSING_EVIDENCE)) {
        missing.add(p.path());
      }
    }
    List<Problem> out = new ArrayList<>();
    boolean[] held = new boolean[forbiddenPhrases().size()];
    List<Rating> ratings = scorecard.ratings();
    for (int k = 0; k < ratings.size(); k++) {
      Rating r = ratings.get(k);
      String text = r.evidence().strip();
      if (text.isEmpty()) {
        String path = path(k);
        if (!missing.contains(path)) {
          out.add(
              Problem.advice(
                  EvaluationProblemCodes.EVIDENCE_EMPTY,
                  path,
                  format(
                      "Rating %d of '%s' has no written evidence; write what the candidate said"
                          + " or did.",
                      r.level(), r.competencyId())));
        }
        continue;
      }
      // The phrase scan tells whether the text is ASCII, where characters and code points agree.
      int length = phrasesIn(text, held) ? text.length() : text.codePointCount(0, text.length());
      if (length < minimumLength()) {
        out.add(
            Problem.advice(
                EvaluationProblemCodes.EVIDENCE_TOO_SHORT,
                path(k),
                format(
                    "The evidence for '%s' has %d characters, fewer than %d; it cannot show"
                        + " what the candidate said or did.",
                    r.competencyId(), length, minimumLength())));
      }
      for (int p = 0; p < held.length; p++) {
        if (held[p]) {
          out.add(
              Problem.advice(
                  EvaluationProblemCodes.EVIDENCE_FORBIDDEN_PHRASE,
                  path(k),
                  format(
                      "The evidence for '%s' says \"%s\", an impression rather than evidence;"
                          + " write what the candidate said or did.",
                      r.competencyId(), forbiddenPhrases().get(p).strip())));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Sets {@code held[p]} to whether the stripped, non-blank {@code text} holds forbidden phrase
   * {@code p} as whole words. ASCII text (the usual case) is read once, as it is: a phrase can only
   * start where the character before is not a letter or digit, only the phrases whose first
   * character is the one there are tried there, the text's letters A to Z are lowered as they are
   * compared (all that {@code toLowerCase(Locale.ROOT)} would do to it) and a phrase's space
   * matches a run of white space. Other text is normalised and searched phrase by phrase. Both give
   * the answer of searching the normalised text for each normalised phrase.
   *
   * @return true when the text was read as ASCII (then its length is its number of code points);
   *     false when it holds other characters or there is no phrase to look for
   */
  private boolean phrasesIn(String text, boolean[] held) {
    List<String> phrases = normalisedPhrases();
    Arrays.fill(held, false);
    if (held.length == 0) {
      return false;
    }
    int[][] byFirst = phrasesByFirstCharacter();
    int n = text.length();
    boolean inWord = false; // whether the character before is a letter or digit
    for (int at = 0; at < n; at++) {
      char c = text.charAt(at);
      if (c >= 0x80) {
        matchNormalised(text, held);
        return false;
      }
      if (!inWord) {
        for (int p : byFirst[lowerAscii(c)]) {
          held[p] |= matchesAsciiAt(text, at, phrases.get(p));
        }
      }
      inWord = isAsciiLetterOrDigit(c);
    }
    return true;
  }

  /** {@link #phrasesIn} for any text: the normalised text searched for each normalised phrase. */
  private void matchNormalised(String text, boolean[] held) {
    List<String> phrases = normalisedPhrases();
    String normal = normalise(text);
    for (int p = 0; p < held.length; p++) {
      held[p] = containsWords(normal, phrases.get(p));
    }
  }

  private static String path(int rating) {
    return "/ratings/" + rating + "/evidence";
  }

  /**
   * {@link #forbiddenPhrases()} as {@link #normalise} reads them, in the same order: normalised
   * once per set of rules, not once per rating.
   */
  @Value.Lazy
  List<String> normalisedPhrases() {
    List<String> out = new ArrayList<>(forbiddenPhrases().size());
    for (String phrase : forbiddenPhrases()) {
      out.add(normalise(phrase));
    }
    return out;
  }

  /**
   * {@code text} stripped, each run of the white space {@code \s} matches in a regular expression
   * (space, tab, line feed, vertical tab, form feed, carriage return) made one space, and lower
   * case under {@link Locale#ROOT}: {@code text.strip().replaceAll("\\s+", " ").toLowerCase(ROOT)},
   * without compiling a pattern per call. Text that holds no such run is not copied before its case
   * is lowered.
   */
  static String normalise(String text) {
    return collapseSpaces(text).toLowerCase(Locale.ROOT);
  }

  /**
   * {@code text} stripped, each run of {@code \s} white space made one space; see {@link
   * #normalise}.
   */
  private static String collapseSpaces(String text) {
    String s = text.strip();
    int n = s.length();
    StringBuilder b = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end))) {
        end++;
      }
      if (b == null && (c != ' ' || end > i + 1)) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(' ');
      }
      i = end - 1;
    }
    return b == null ? s : b.toString();
  }

  /** Whether {@code c} is one of the characters {@code \s} matches: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Whether {@code phrase} (normalised) occurs in the lowered {@code text} as whole words. */
  private static boolean containsWords(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the normalised {@code phrase} matches ASCII {@code text} at {@code at} and ends a word
   * there: its space matches a run of the white space {@code \s} matches, its other characters the
   * text's characters with A to Z lowered.
   */
  private static boolean matchesAsciiAt(String text, int at, String phrase) {
    int n = text.length();
    int i = at;
    for (int k = 0; k < phrase.length(); k++) {
      char want = phrase.charAt(k);
      if (i >= n) {
        return false;
      }
      if (want == ' ') {
        if (!isSpace(text.charAt(i))) {
          return false;
        }
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      } else if (lowerAscii(text.charAt(i++)) != want) {
        return false;
      }
    }
    return i == n || !isAsciiLetterOrDigit(text.charAt(i));
  }

  /**
   * For each ASCII character, the indexes of the normalised phrases that start with it (a phrase
   * starting with any other character never matches ASCII text): built once per set of rules.
   */
  @Value.Lazy
  int[][] phrasesByFirstCharacter() {
    List<String> phrases = normalisedPhrases();
    int[][] out = new int[128][];
    for (char c = 0; c < 128; c++) {
      int count = 0;
      for (String p : phrases) {
        count += p.charAt(0) == c ? 1 : 0;
      }
      out[c] = new int[count];
      int at = 0;
      for (int p = 0; p < phrases.size(); p++) {
        if (phrases.get(p).charAt(0) == c) {
          out[c][at++] = p;
        }
      }
    }
    return out;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The defaults: 25 characters and the default phrases.
   *
   * @return the default rules
   */
  public static EvidenceRules defaults() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvidenceRules}. Not thread-safe. */
  public static final class Builder extends ImmutableEvidenceRules.Builder {
    Builder() {}
  }
}

package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.AMBIGUOUS_SPACE;
import static dev.rubric.core.ProblemCodes.CONTROL_CHARACTER;
import static dev.rubric.core.ProblemCodes.UNNORMALIZED_ID;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The check shared by the validators that an id prints as itself: it holds nothing {@link
 * VisibleText} would escape and no space that would make it print like another id. Stateless.
 */
final class Ids {
  private Ids() {}

  /**
   * Records a {@code CONTROL_CHARACTER} problem at {@code path} when {@code id} holds a control
   * character, a bidirectional-formatting character, a line or paragraph separator or a lone
   * surrogate, or else an {@code AMBIGUOUS_SPACE} problem when it begins or ends with white space
   * or holds a space other than U+0020, or else an {@code UNNORMALIZED_ID} problem when it is not
   * in Unicode normalization form C (it would print like its NFC spelling, another id); returns
   * whether it did. A blank id (white space only, tabs and line breaks included) is left to the
   * check for blank text, so that it gets exactly one problem.
   */
  static boolean hasHidden(List<Problem> problems, String id, String path, String what) {
    if (id.isBlank()) {
      return false;
    }
    int hidden = VisibleText.indexOfHidden(id);
    if (hidden < 0) {
      int space = VisibleText.indexOfAmbiguousSpace(id);
      if (space >= 0) {
        problems.add(Problem.error(AMBIGUOUS_SPACE, path, ambiguousSpace(what, id, space)));
        return true;
      }
      if (Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
        return false;
      }
      problems.add(Problem.error(UNNORMALIZED_ID, path, unnormalized(what, id)));
      return true;
    }
    problems.add(
        Problem.error(
            CONTROL_CHARACTER,
            path,
            String.format(
                Locale.ROOT,
                "The %s '%s' holds the control or invisible character %s at character %d; ids"
                    + " are printed in reports, so they may hold no control characters,"
                    + " bidirectional overrides, invisible characters or line breaks.",
                what,
                id,
                VisibleText.of(new String(Character.toChars(id.codePointAt(hidden)))),
                hidden)));
    return true;
  }

  private static final Set<Character.UnicodeScript> JAPANESE =
      EnumSet.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA);
  private static final Set<Character.UnicodeScript> CHINESE =
      EnumSet.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.BOPOMOFO);
  private static final Set<Character.UnicodeScript> KOREAN =
      EnumSet.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HANGUL);

  /**
   * {@return the index of the first character of {@code id} whose script joins the scripts before
   * it in a mix that is not written together, or -1} Characters of no script of their own (digits,
   * punctuation, combining marks: Unicode's Common and Inherited) are passed over; one script
   * alone, or Latin with Han and the Japanese kana, with Han and Bopomofo, or with Han and Hangul,
   * is not mixed (Unicode Technical Standard #39, section 5.2, "highly restrictive").
   */
  static int mixedScriptAt(String id) {
    Set<Character.UnicodeScript> seen = EnumSet.noneOf(Character.UnicodeScript.class);
    for (int i = 0; i < id.length(); ) {
      int cp = id.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED
          && script != Character.UnicodeScript.UNKNOWN
          && seen.add(script)
          && seen.size() > 1
          && !JAPANESE.containsAll(seen)
          && !CHINESE.containsAll(seen)
          && !KOREAN.containsAll(seen)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Records a {@code MIXED_SCRIPT_ID} advice at {@code path} when {@code id} mixes scripts (see
   * {@link #mixedScriptAt}); returns whether it did.
   */
  static boolean mixesScripts(List<Problem> problems, String id, String path, String what) {
    int at = mixedScriptAt(id);
    if (at < 0) {
      return false;
    }
    int cp = id.codePointAt(at);
    Character.UnicodeScript first = null;
    for (int i = 0; i < at && first == null; ) {
      int c = id.codePointAt(i);
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s != Character.UnicodeScript.COMMON
          && s != Character.UnicodeScript.INHERITED
          && s != Character.UnicodeScript.UNKNOWN) {
        first = s;
      }
      i += Character.charCount(c);
    }
    problems.add(
        Problem.advice(
            ProblemCodes.MIXED_SCRIPT_ID,
            path,
            String.format(
                Locale.ROOT,
                "The %s '%s' mixes %s and %s letters ('%s', U+%04X, at character %d is %s): it may"
                    + " look exactly like another id spelled in one script and still name someone"
                    + " else, so one person's scorecards would count as two people's. Check the"
                    + " id.",
                what,
                id,
                scriptName(first),
                scriptName(Character.UnicodeScript.of(cp)),
                new String(Character.toChars(cp)),
                cp,
                at,
                scriptName(Character.UnicodeScript.of(cp)))));
    return true;
  }

  /** {@code LATIN} as {@code Latin}, {@code OLD_ITALIC} as {@code Old Italic}. */
  private static String scriptName(Character.@Nullable UnicodeScript script) {
    if (script == null) {
      return "other";
    }
    StringBuilder out = new StringBuilder();
    for (String word : script.name().split("_")) {
      out.append(out.length() == 0 ? "" : " ")
          .append(word.charAt(0))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** Whether {@code id} prints as itself: {@link #hasHidden} would record nothing for it. */
  static boolean printsAsItself(String id) {
    // The usual id is printable ASCII, with spaces inside only: it prints as itself, decided in
    // one pass; anything else is asked of both checks.
    int last = id.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = id.charAt(i);
      if (!((c > ' ' && c < 0x7F) || (c == ' ' && i > 0 && i < last))) {
        return VisibleText.indexOfHidden(id) < 0
            && VisibleText.indexOfAmbiguousSpace(id) < 0
            && Normalizer.isNormalized(id, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  /**
   * The sentence of an {@code UNNORMALIZED_ID} problem: {@code id} (of the kind {@code what}, or
   * "id") is not in normalization form C; {@code ObjectFields.checkId}, which the JSON readers and
   * importers share, says the same of an id.
   */
  static String unnormalized(String what, String id) {
    return String.format(
        Locale.ROOT,
        "The %s '%s' is not in Unicode normalization form C (it holds a decomposed character, such"
            + " as a letter followed by a combining accent); ids are printed in reports, where it"
            + " would look like another id. Write it in NFC.",
        what,
        id);
  }

  /** The sentence of an {@code AMBIGUOUS_SPACE} problem: the space at {@code at} in {@code id}. */
  static String ambiguousSpace(String what, String id, int at) {
    return String.format(
        Locale.ROOT,
        "The %s '%s' %s; ids are printed in reports, where it would look like another id.",
        what,
        id,
        VisibleText.ambiguousSpace(id, at));
  }
}

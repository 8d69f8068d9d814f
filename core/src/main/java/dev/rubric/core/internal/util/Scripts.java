package dev.rubric.core.internal.util;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an id mixes letters of scripts that are not written together, and the sentence that says
 * so: one rule for the {@code MIXED_SCRIPT_ID} advice on a scorecard and for every report that
 * lists people by id. Stateless.
 */
public final class Scripts {
  private Scripts() {}

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
   *
   * @param id the id
   */
  public static int mixedScriptAt(String id) {
    Set<Character.UnicodeScript> seen = EnumSet.noneOf(Character.UnicodeScript.class);
    for (int i = 0; i < id.length(); ) {
      int cp = id.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (hasScript(script)
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
   * {@return the sentence of a {@code MIXED_SCRIPT_ID} advice on {@code id}, of the kind {@code
   * what} ("interviewer id"), naming the letter where the scripts mix and both scripts; empty when
   * {@code id} does not mix scripts (see {@link #mixedScriptAt})}
   *
   * @param what the kind of id, for the sentence
   * @param id the id
   */
  public static Optional<String> mixedScriptSentence(String what, String id) {
    int at = mixedScriptAt(id);
    if (at < 0) {
      return Optional.empty();
    }
    int cp = id.codePointAt(at);
    Character.UnicodeScript first = null;
    for (int i = 0; i < at && first == null; ) {
      int c = id.codePointAt(i);
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (hasScript(s)) {
        first = s;
      }
      i += Character.charCount(c);
    }
    return Optional.of(
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
            scriptName(Character.UnicodeScript.of(cp))));
  }

  private static boolean hasScript(Character.UnicodeScript script) {
    return script != Character.UnicodeScript.COMMON
        && script != Character.UnicodeScript.INHERITED
        && script != Character.UnicodeScript.UNKNOWN;
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
}

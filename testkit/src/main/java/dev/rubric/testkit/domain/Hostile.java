package dev.rubric.testkit.domain;

import dev.rubric.core.json.JsonLimits;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Tuple.Pair;
import java.util.Locale;
import java.util.Optional;

/**
 * Ids at the edges of the grammars the model accepts and text with look-alike and invisible
 * characters, for {@link PlanShape#withHostileText} and {@link RubricGen#hostileScorecardsFor}.
 * Each style keeps the plain id or text it decorates inside it, so ids that were distinct stay
 * distinct; style 0 is the plain form, which shrinking reaches.
 */
final class Hostile {
  /** The longest string a JSON document of Rubric's default limits may hold. */
  static final int LONGEST = JsonLimits.DEFAULT_MAX_STRING_LENGTH;

  /**
   * Characters the model accepts in text that look like others or not at all: Cyrillic and Greek
   * look-alikes of Latin letters, a fullwidth letter, the zero-width space, non-joiner and joiner,
   * the byte-order mark, a soft hyphen, bidirectional marks, overrides and isolates, a no-break
   * space, line and paragraph separators, a combining acute accent, a tab, a line break and emoji
   * (one a joined sequence).
   */
  static final String ALPHABET =
      "аеорсοΑＡ\u200b\u200c\u200d\ufeff\u00ad\u200e\u200f\u202e\u202d\u2066\u2069\u00a0\u2028"
          + "\u2029\u0301\t\n😀👩\u200d💻";

  private static final String LATIN = "aceopxy";
  private static final String CYRILLIC = "асеорху";

  /** How many slug styles there are, the plain one (0) included. */
  static final int SLUG_STYLES = 6;

  /** How many styles of a person's id there are, the plain one (0) included. */
  static final int PERSON_STYLES = 8;

  private Hostile() {}

  /**
   * Styles of slug ids: mostly 0-4, the longest (5) one in 25, since a plan holding it repeats it
   * in every reference (a plan of twenty competencies still holds one about half of the time).
   */
  static Gen<Integer> slugStyles() {
    return Gen.frequency(24, Gen.integers(0, SLUG_STYLES - 2), 1, Gen.constant(SLUG_STYLES - 1));
  }

  /**
   * The slug id {@code plain} (the {@code index}-th of its kind, from 0) in {@code style}: 0 as it
   * is; 1 the shortest, one character (base 36 of the index, two from the 37th); 2 digits only; 3 a
   * hyphen between every character; 4 every letter and digit before it; 5 padded to {@link
   * #LONGEST} characters.
   */
  static String slug(int style, int index, String plain) {
    switch (style) {
      case 1:
        return Integer.toString(index, 36);
      case 2:
        return index + "-0123456789";
      case 3:
        return String.join("-", plain.replace("-", "").split(""));
      case 4:
        return "abcdefghijklmnopqrstuvwxyz0123456789-" + plain;
      case 5:
        return plain + "-" + "x".repeat(Math.max(1, LONGEST - plain.length() - 1));
      default:
        return plain;
    }
  }

  /**
   * Styles of the id of a person (a candidate or an interviewer), which may be any text that prints
   * as itself: mostly 0-6, the longest (7) one in 25.
   */
  static Gen<Integer> personStyles() {
    return Gen.frequency(
        24, Gen.integers(0, PERSON_STYLES - 2), 1, Gen.constant(PERSON_STYLES - 1));
  }

  /**
   * The person id {@code plain} in {@code style}: 0 as it is; 1 with Cyrillic look-alikes of its
   * Latin letters (it prints like the plain id but is another); 2 with spaces for hyphens; 3 in
   * Chinese before it; 4 an emoji and a space before it; 5 with a fullwidth digit; 6 with a
   * precomposed accent (normalization form C); 7 padded to {@link #LONGEST} characters.
   */
  static String person(int style, String plain) {
    switch (style) {
      case 1:
        return lookAlike(plain);
      case 2:
        return plain.replace('-', ' ');
      case 3:
        return "候选人-" + plain;
      case 4:
        return "😀 " + plain;
      case 5:
        return plain + "-\uff11";
      case 6:
        return "\u00e2" + plain;
      case 7:
        return plain + "-" + "x".repeat(Math.max(1, LONGEST - plain.length() - 1));
      default:
        return plain;
    }
  }

  /** Text decorations: a style 1-3 and hostile characters, or empty for the plain text. */
  static Gen<Optional<Pair<Integer, String>>> decorations() {
    return Gen.optionals(Gen.zip(Gen.integers(1, 3), Gen.strings(ALPHABET, 1, 8)));
  }

  /**
   * {@code plain} decorated: 1 the hostile characters before it, 2 its Latin letters swapped for
   * Cyrillic look-alikes, with the characters after it, 3 the hostile characters alone, unless they
   * are blank (then before it).
   */
  static String text(String plain, Optional<Pair<Integer, String>> decoration) {
    if (decoration.isEmpty()) {
      return plain;
    }
    String hostile = decoration.get().second();
    switch (decoration.get().first()) {
      case 2:
        return lookAlike(plain) + hostile;
      case 3:
        return hostile.isBlank() ? hostile + plain : hostile;
      default:
        return hostile + plain;
    }
  }

  /**
   * {@code plain} with its Latin letters {@code a c e o p x y} swapped for their Cyrillic
   * look-alikes; upper-cased when it has none of them.
   */
  static String lookAlike(String plain) {
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      int at = LATIN.indexOf(Character.toLowerCase(c));
      out.append(at < 0 || Character.isUpperCase(c) ? c : CYRILLIC.charAt(at));
    }
    return out.toString().equals(plain) ? plain.toUpperCase(Locale.ROOT) : out.toString();
  }
}

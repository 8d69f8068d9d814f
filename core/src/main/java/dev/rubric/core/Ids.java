package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.AMBIGUOUS_SPACE;
import static dev.rubric.core.ProblemCodes.CONTROL_CHARACTER;
import static dev.rubric.core.ProblemCodes.UNNORMALIZED_ID;

import dev.rubric.core.internal.util.Scripts;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /**
   * {@return the index of the first character of {@code id} whose script joins the scripts before
   * it in a mix that is not written together, or -1} See {@link Scripts#mixedScriptAt}.
   */
  static int mixedScriptAt(String id) {
    return Scripts.mixedScriptAt(id);
  }

  /**
   * Records a {@code MIXED_SCRIPT_ID} advice at {@code path} when {@code id} mixes scripts (see
   * {@link Scripts#mixedScriptAt}); returns whether it did.
   */
  static boolean mixesScripts(List<Problem> problems, String id, String path, String what) {
    Optional<String> sentence = Scripts.mixedScriptSentence(what, id);
    sentence.ifPresent(s -> problems.add(Problem.advice(ProblemCodes.MIXED_SCRIPT_ID, path, s)));
    return sentence.isPresent();
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

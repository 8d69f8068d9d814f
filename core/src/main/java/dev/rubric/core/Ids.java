package dev.rubric.core;

import static dev.rubric.core.ProblemCodes.CONTROL_CHARACTER;

import java.util.List;
import java.util.Locale;

/**
 * The check shared by the validators that an id holds nothing {@link VisibleText} would escape.
 * Stateless.
 */
final class Ids {
  private Ids() {}

  /**
   * Records a {@code CONTROL_CHARACTER} problem at {@code path} when {@code id} holds a control
   * character, a bidirectional-formatting character, a line or paragraph separator or a lone
   * surrogate; returns whether it did. A blank id (white space only, tabs and line breaks included)
   * is left to the check for blank text, so that it gets exactly one problem.
   */
  static boolean hasHidden(List<Problem> problems, String id, String path, String what) {
    if (id.isBlank()) {
      return false;
    }
    int hidden = VisibleText.indexOfHidden(id);
    if (hidden < 0) {
      return false;
    }
    problems.add(
        Problem.error(
            CONTROL_CHARACTER,
            path,
            String.format(
                Locale.ROOT,
                "The %s '%s' holds the control or formatting character %s at character %d; ids"
                    + " are printed in reports, so they may hold no control characters,"
                    + " bidirectional overrides or line breaks.",
                what,
                id,
                VisibleText.of(String.valueOf(id.charAt(hidden))),
                hidden)));
    return true;
  }
}

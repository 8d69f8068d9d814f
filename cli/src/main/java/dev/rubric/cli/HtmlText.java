package dev.rubric.cli;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.rubric.core.VisibleText;

/**
 * The one escaper of every HTML report: text from outside (ids, names, evidence, CSV cells) is
 * first made {@link VisibleText visible} (control, bidirectional and zero-width characters shown as
 * escapes, so a raw escape sequence or a right-to-left override can neither hide in the page nor
 * reorder what a reader sees) and then HTML-escaped ({@code <}, {@code >}, {@code &}, quotes), so
 * it can never become markup. Stateless and thread-safe.
 */
final class HtmlText {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private HtmlText() {}

  /**
   * {@code text} safe inside an HTML element or a quoted attribute value, shown one-to-one ({@link
   * VisibleText#unambiguous}), so that no two inputs look alike on the page.
   */
  static String escape(String text) {
    return ESCAPE.escape(VisibleText.unambiguous(text));
  }

  /**
   * {@code id} shown as a text report shows it where other words follow ({@link TableText#id}:
   * one-to-one, in double quotes when it holds a space), safe in HTML: in a sentence or a list item
   * of the page ({@code iv-1 (seat) for cand-1: ...}), an id such as {@code iv-x (seat) 4, iv-y}
   * reads as one id, never as more of the line.
   */
  static String id(String id) {
    return ESCAPE.escape(TableText.id(id));
  }

  /**
   * Text already made visible (a cell {@link TableText} built) safe in HTML: HTML-escaped only, so
   * that its backslashes are not doubled a second time.
   */
  static String escapeShown(String shown) {
    return ESCAPE.escape(VisibleText.of(shown));
  }
}

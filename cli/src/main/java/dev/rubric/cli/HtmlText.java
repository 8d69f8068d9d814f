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

  /** {@code text} safe inside an HTML element or a quoted attribute value. */
  static String escape(String text) {
    return ESCAPE.escape(VisibleText.of(text));
  }
}

package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.scoring.Evaluation;
import dev.rubric.scoring.json.EvaluationJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the commands write JSON: as the library writes it, with every character that {@link
 * VisibleText} would hide written as a JSON escape ({@code \}{@code u202E}), so a JSON report shows
 * user text as the text and HTML reports do and no input can reach the terminal raw through it.
 *
 * <p>Jackson already escapes the C0 controls inside strings; it writes DEL U+007F, the C1 controls
 * U+0080 to U+009F, the invisible formatting characters (bidirectional overrides, zero-width
 * characters), the line and paragraph separators U+2028 and U+2029 and a lone surrogate as they
 * are. Each of these can only stand inside a string of the document, where a JSON {@code \}{@code
 * uXXXX} escape denotes the same character: a JSON reader gets exactly the values it got before.
 * Line breaks and tabs outside strings are the layout and are kept. Stateless and thread-safe.
 */
final class VisibleJson {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private VisibleJson() {}

  /**
   * {@code node} as indented JSON followed by a line break, hidden characters escaped, and a number
   * that is not finite written as {@code null}: JSON has no NaN or infinity, and Jackson would
   * write one as a string ({@code "-Infinity"}), which a script reading a figure as a number does
   * not expect. The reports write an undefined figure as {@code null} with its reason; this holds
   * that contract for any figure the data leave undefined.
   *
   * @param node the tree
   * @return the JSON text
   */
  static String pretty(JsonNode node) {
    return of(JsonTrees.pretty(finite(node)));
  }

  /**
   * {@code node}, or a copy of it in which every number that is not finite is {@code null}.
   *
   * @param node the tree
   * @return {@code node} itself when all its numbers are finite
   */
  static JsonNode finite(JsonNode node) {
    if (allFinite(node)) {
      return node;
    }
    JsonNode copy = node.deepCopy();
    nullNonFinite(copy);
    return nonFinite(copy) ? NullNode.getInstance() : copy;
  }

  /** A double or float holding NaN or an infinity (a big decimal is always written as digits). */
  private static boolean nonFinite(JsonNode node) {
    return (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue());
  }

  private static boolean allFinite(JsonNode node) {
    if (nonFinite(node)) {
      return false;
    }
    for (JsonNode child : node) {
      if (!allFinite(child)) {
        return false;
      }
    }
    return true;
  }

  private static void nullNonFinite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (nonFinite(child)) {
          object.putNull(name);
        } else {
          nullNonFinite(child);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        if (nonFinite(child)) {
          array.set(i, NullNode.getInstance());
        } else {
          nullNonFinite(child);
        }
      }
    }
  }

  /**
   * {@code evaluation} in the {@link EvaluationJson} form, hidden characters escaped, ending with
   * one line break.
   *
   * @param evaluation the evaluation
   * @return the JSON text
   * @throws InputRejected if the evaluation holds a value no evaluation document can carry (an
   *     imported evidence longer than the JSON limits): the message names it by its JSON pointer
   */
  static String evaluation(Evaluation evaluation) {
    String written;
    try {
      written = EvaluationJson.write(evaluation);
    } catch (IllegalArgumentException unwritable) {
      throw new InputRejected(
          "the evaluation"
              + evaluation.candidateId().map(c -> " of candidate " + c).orElse("")
              + " cannot be written as JSON: "
              + unwritable.getMessage());
    }
    return of(written.stripTrailing()) + "\n";
  }

  /**
   * {@code json} with every character {@link VisibleText} hides, except the line breaks and tabs of
   * the layout, written as a JSON {@code \}{@code uXXXX} escape (a character outside the Basic
   * Multilingual Plane as the escapes of its two surrogates).
   *
   * @param json JSON text as Jackson writes it: control characters inside strings already escaped
   * @return the same document, its hidden characters escaped; {@code json} itself when none is
   */
  static String of(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      int width =
          Character.isHighSurrogate(c)
                  && i + 1 < json.length()
                  && Character.isLowSurrogate(json.charAt(i + 1))
              ? 2
              : 1;
      boolean hidden =
          c >= 0x7F
              ? VisibleText.hasHidden(json.subSequence(i, i + width))
              : c < 0x20 && c != '\n' && c != '\r' && c != '\t';
      if (hidden && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        for (int k = i; k < i + width; k++) {
          if (hidden) {
            char h = json.charAt(k);
            out.append("\\u")
                .append(HEX[(h >> 12) & 0xF])
                .append(HEX[(h >> 8) & 0xF])
                .append(HEX[(h >> 4) & 0xF])
                .append(HEX[h & 0xF]);
          } else {
            out.append(json.charAt(k));
          }
        }
      }
      i += width - 1;
    }
    return out == null ? json : out.toString();
  }
}

package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.JSON_UNSUPPORTED_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rubric.core.Problem;
import dev.rubric.core.internal.jackson.JsonFactories;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every Rubric JSON format shares: the schema version and its check, the indented writer and
 * the test for errors added to a sink. Stateless and thread-safe.
 */
public final class JsonTrees {
  /** The schema version Rubric writes and reads, in every format. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper WRITER =
      JsonMapper.builder(JsonFactories.unlimitedFactory())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private JsonTrees() {}

  /**
   * Parses UTF-8 bytes into a tree under the default limits, with the strictness of the typed
   * readers (duplicate keys, NaN, trailing content, limits).
   *
   * <p>A document can parse into a tree and still be refused: a string holding a lone surrogate is
   * reported at its path while the tree is built. Then the problems are in {@code sink} and the
   * answer is null, so that no caller can read a refused document by looking only at the tree.
   *
   * @param json the document
   * @param sink where the problems of a refused document go
   * @return the tree, or null when the document was refused (its problems are in {@code sink})
   */
  public static @Nullable JsonNode parse(byte[] json, List<Problem> sink) {
    Objects.requireNonNull(json, "json");
    int before = sink.size();
    JsonNode root = StrictParser.standard().parse(json, sink);
    return root == null || hasErrorsSince(sink, before) ? null : root;
  }

  /**
   * Writes a tree as indented JSON followed by a line break.
   *
   * @param node the tree
   * @return the JSON text
   * @throws UncheckedIOException if Jackson cannot write the tree (it always can)
   */
  public static String pretty(JsonNode node) {
    Objects.requireNonNull(node, "node");
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code tree} as {@link #pretty} does, after making sure that the text is a document that
   * a reader under {@code limits} takes back: a tree holding a value no such document can hold is
   * refused up front, naming the value by its JSON pointer, rather than written into a document its
   * own reader would refuse or, worse, one whose UTF-8 bytes would silently differ. Refused: a
   * string or field name with a lone surrogate (UTF-8 cannot encode it), a string longer than
   * {@link ParseLimits#maxStringLength()}, a field name longer than {@link
   * ParseLimits#maxNameLength()}, a number that is NaN or infinite (JSON has no such number), an
   * array with more than {@link ParseLimits#maxArrayElements()} elements, an object with more than
   * {@link ParseLimits#maxFieldsPerObject()} fields, nesting deeper than {@link
   * ParseLimits#maxNestingDepth()}, and a text of more than {@link ParseLimits#maxDocumentBytes()}
   * UTF-8 bytes.
   *
   * @param tree the tree
   * @param limits the limits of the reader that reads the document back
   * @param what what the tree is, for the message ("the evaluation")
   * @return the JSON text
   * @throws IllegalArgumentException naming the first value that could not be read back
   */
  public static String prettyReadable(JsonNode tree, ParseLimits limits, String what) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(what, "what");
    String why = unreadable(tree, "", 1, limits);
    String text = why == null ? pretty(tree) : "";
    if (why == null) {
      long bytes = utf8Length(text);
      if (bytes > limits.maxDocumentBytes()) {
        why =
            String.format(
                Locale.ROOT,
                "it would have %d bytes, more than the %d a document may have"
                    + " (JsonLimits.maxDocumentBytes)",
                bytes,
                limits.maxDocumentBytes());
      }
    }
    if (why != null) {
      throw new IllegalArgumentException(
          "Cannot write "
              + what
              + " as JSON that Rubric reads back: "
              + why
              + ". Nothing was written.");
    }
    return text;
  }

  /**
   * Writes {@code tree} as {@link #pretty} does, after making sure that every string and field name
   * in it is Unicode text: one holding a lone surrogate has no UTF-8 form, so the document would
   * either be refused by every reader ({@code JSON_ENCODING}) or be saved with a {@code ?} in its
   * place. Such a tree is refused up front, naming the value by its JSON pointer, as {@link
   * #prettyReadable} refuses it; nothing else is checked, so a writer that writes what a person may
   * write (a string longer than a reader's limit, an id its reader refuses) still does.
   *
   * @param tree the tree
   * @param what what the tree is, for the message ("the scorecard")
   * @return the JSON text
   * @throws IllegalArgumentException naming the first string or field name with a lone surrogate
   */
  public static String prettyEncodable(JsonNode tree, String what) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(what, "what");
    String why = unencodable(tree, "");
    if (why != null) {
      throw new IllegalArgumentException(
          "Cannot write " + what + " as JSON: " + why + ". Nothing was written.");
    }
    return pretty(tree);
  }

  /** Why a string or field name in {@code node} at {@code path} has no UTF-8 form, or null. */
  private static @Nullable String unencodable(JsonNode node, String path) {
    if (node.isTextual()) {
      return loneSurrogate(node.textValue(), path, "string");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String why = unencodable(node.get(i), path + "/" + i);
        if (why != null) {
          return why;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String fieldPath = path + "/" + ObjectFields.escape(field.getKey());
        String why = loneSurrogate(field.getKey(), fieldPath, "field name");
        if (why == null) {
          why = unencodable(field.getValue(), fieldPath);
        }
        if (why != null) {
          return why;
        }
      }
    }
    return null;
  }

  /** Why the value {@code node} at {@code path} (at nesting {@code depth}) cannot be read back. */
  private static @Nullable String unreadable(
      JsonNode node, String path, int depth, ParseLimits limits) {
    if (node.isTextual()) {
      return unreadableText(
          node.textValue(), path, "string", limits.maxStringLength(), "maxStringLength");
    }
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      return String.format(
          Locale.ROOT,
          "the number at %s is %s, which JSON cannot hold",
          path.isEmpty() ? "the top level" : path,
          node.doubleValue());
    }
    if (!node.isContainerNode()) {
      return null;
    }
    String at = path.isEmpty() ? "the top level" : path;
    if (depth > limits.maxNestingDepth()) {
      return String.format(
          Locale.ROOT,
          "the value at %s is nested %d levels deep, more than the %d allowed"
              + " (JsonLimits.maxNestingDepth)",
          at,
          depth,
          limits.maxNestingDepth());
    }
    if (node.isArray()) {
      if (node.size() > limits.maxArrayElements()) {
        return String.format(
            Locale.ROOT,
            "the array at %s has %d elements, more than the %d an array may have"
                + " (JsonLimits.maxArrayElements)",
            at,
            node.size(),
            limits.maxArrayElements());
      }
      for (int i = 0; i < node.size(); i++) {
        String why = unreadable(node.get(i), path + "/" + i, depth + 1, limits);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (node.size() > limits.maxFieldsPerObject()) {
      return String.format(
          Locale.ROOT,
          "the object at %s has %d fields, more than the %d an object may have"
              + " (JsonLimits.maxFieldsPerObject)",
          at,
          node.size(),
          limits.maxFieldsPerObject());
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = path + "/" + ObjectFields.escape(field.getKey());
      String why =
          unreadableText(
              field.getKey(), fieldPath, "field name", limits.maxNameLength(), "maxNameLength");
      if (why == null) {
        why = unreadable(field.getValue(), fieldPath, depth + 1, limits);
      }
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static @Nullable String unreadableText(
      String text, String path, String kind, int maxLength, String limit) {
    String unencodable = loneSurrogate(text, path, kind);
    if (unencodable != null) {
      return unencodable;
    }
    // The reader counts a field name in bytes of UTF-8, a string in characters.
    boolean name = kind.equals("field name");
    long length = name ? utf8Length(text) : text.length();
    if (length > maxLength) {
      return String.format(
          Locale.ROOT,
          "the %s at %s has %d %s, more than the %d a %s may have (JsonLimits.%s)",
          kind,
          path,
          length,
          name ? "bytes of UTF-8" : "characters",
          maxLength,
          kind,
          limit);
    }
    return null;
  }

  /** Why {@code text}, the {@code kind} at {@code path}, has no UTF-8 form, or null. */
  private static @Nullable String loneSurrogate(String text, String path, String kind) {
    int surrogate = Utf8Text.loneSurrogate(text);
    if (surrogate >= 0) {
      return String.format(
          Locale.ROOT,
          "the %s at %s holds a lone surrogate (\\u%04x) at character %d, which is not Unicode"
              + " text and has no UTF-8 form",
          kind,
          path.isEmpty() ? "the top level" : path,
          (int) text.charAt(surrogate),
          surrogate);
    }
    return null;
  }

  /** The number of bytes of {@code text} in UTF-8 (it holds no lone surrogate). */
  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * Checks the field {@code schemaVersion} of {@code f}: a version other than {@link
   * #SCHEMA_VERSION}, or a missing one where it is required, adds a {@code
   * JSON_UNSUPPORTED_VERSION} error to the object's sink.
   *
   * @param f the object holding the field
   * @param required whether a missing field is an error
   */
  public static void checkVersion(ObjectFields f, boolean required) {
    boolean present = f.has("schemaVersion");
    Optional<JsonNode> v = f.raw("schemaVersion");
    if (v.isEmpty()) {
      if (required && !present) {
        addVersionProblem(f, "The field 'schemaVersion' is missing; this library reads version 1.");
      }
      return;
    }
    List<Problem> ignored = new ArrayList<>();
    Optional<Integer> version = ObjectFields.integer(v.get(), "", ignored);
    if (version.isEmpty() || version.get() != SCHEMA_VERSION) {
      addVersionProblem(
          f,
          "schemaVersion "
              + JsonFactories.compact(v.get())
              + " is not supported; this library reads version "
              + SCHEMA_VERSION
              + ".");
    }
  }

  private static void addVersionProblem(ObjectFields f, String message) {
    f.problemSink().add(Problem.error(JSON_UNSUPPORTED_VERSION, f.path("schemaVersion"), message));
  }

  /**
   * Whether an error was added to {@code sink} at or after index {@code before}.
   *
   * @param sink the problems
   * @param before the index to look from
   * @return true when one of them is an error
   */
  public static boolean hasErrorsSince(List<Problem> sink, int before) {
    for (int i = before; i < sink.size(); i++) {
      if (sink.get(i).isError()) {
        return true;
      }
    }
    return false;
  }
}

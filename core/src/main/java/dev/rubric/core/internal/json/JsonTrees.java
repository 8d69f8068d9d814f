package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.JSON_UNSUPPORTED_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rubric.core.Problem;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
              + v.get()
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

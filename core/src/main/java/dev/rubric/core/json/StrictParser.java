package dev.rubric.core.json;

import static dev.rubric.core.ProblemCodes.JSON_DUPLICATE_KEY;
import static dev.rubric.core.ProblemCodes.JSON_LIMIT_EXCEEDED;
import static dev.rubric.core.ProblemCodes.JSON_NOT_FINITE;
import static dev.rubric.core.ProblemCodes.JSON_SYNTAX;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rubric.core.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses bytes into a JSON tree under {@link JsonLimits}: duplicate keys, NaN and Infinity,
 * trailing content and every exceeded limit become one located problem. Immutable and thread-safe.
 */
final class StrictParser {
  /** Documents larger than this have their arrays counted while streaming: 1 MiB. */
  static final int STREAM_CHECK_BYTES = 1 << 20;

  private final JsonLimits limits;
  private final JsonMapper mapper;

  /**
   * The same limits and features, but duplicate keys are caught when the tree is built rather than
   * by the parser keeping a set of names per object: cheaper on the usual, valid document. Any
   * failure of this reader is reported by reading again with {@link #mapper}, so that problems
   * (which duplicate, where, or another fault met first) are exactly the strict parser's.
   */
  private final JsonMapper fast;

  StrictParser(JsonLimits limits) {
    this.limits = limits;
    this.mapper =
        JsonMapper.builder(factory(limits, true))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    this.fast =
        JsonMapper.builder(factory(limits, false))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
  }

  /** Parses {@code bytes}; returns null and adds one problem to {@code sink} on failure. */
  private static JsonFactory factory(JsonLimits limits, boolean parserFindsDuplicates) {
    JsonFactoryBuilder factory =
        new JsonFactoryBuilder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
    if (parserFindsDuplicates) {
      factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    return factory.build();
  }

  /**
   * The tree of a valid document read by {@link #fast}; null on any fault, left to the strict read.
   */
  private @Nullable JsonNode readValid(byte[] bytes) {
    try (JsonParser parser = fast.createParser(bytes)) {
      JsonNode root = fast.readTree(parser);
      return root == null || root.isMissingNode() ? null : root;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Nullable JsonNode parse(byte[] bytes, List<Problem> sink) {
    if (bytes.length > limits.maxDocumentBytes()) {
      sink.add(
          Problem.error(
              JSON_LIMIT_EXCEEDED,
              "",
              String.format(
                  Locale.ROOT,
                  "The document has %d bytes; the limit is %d.",
                  bytes.length,
                  limits.maxDocumentBytes())));
      return null;
    }
    // A large document is counted while streaming, before any tree is built, so that a
    // million-element array costs no memory; a small one (its tree is small too) is checked on the
    // tree, which costs less than a second pass over the bytes. An array longer than the limit
    // needs at least two bytes per element.
    boolean streamed =
        bytes.length > STREAM_CHECK_BYTES && bytes.length > 2L * limits.maxArrayElements();
    if (streamed && !arraysWithinLimit(bytes, sink)) {
      return null;
    }
    JsonNode valid = readValid(bytes);
    if (valid != null) {
      return streamed || !hasLongArray(valid) || arraysFit(valid, "", sink) ? valid : null;
    }
    try (JsonParser parser = mapper.createParser(bytes)) {
      JsonNode root;
      try {
        root = mapper.readTree(parser);
      } catch (StreamConstraintsException e) {
        sink.add(located(JSON_LIMIT_EXCEEDED, parser, e, "The document exceeds a limit: "));
        return null;
      } catch (NumberFormatException e) {
        // Jackson reads a float as BigDecimal and throws this, not a JsonProcessingException, when
        // the exponent does not fit an int (1e99999999999).
        sink.add(
            Problem.error(
                JSON_NOT_FINITE,
                parser.getParsingContext().pathAsPointer().toString(),
                String.format(
                    Locale.ROOT,
                    "The number before line %d, column %d cannot be read: its exponent is out of range.",
                    parser.currentLocation().getLineNr(),
                    parser.currentLocation().getColumnNr())));
        return null;
      } catch (JsonProcessingException e) {
        String code =
            e.getOriginalMessage().startsWith("Duplicate field") ? JSON_DUPLICATE_KEY : JSON_SYNTAX;
        sink.add(located(code, parser, e, code.equals(JSON_SYNTAX) ? "Malformed JSON: " : ""));
        return null;
      }
      if (root == null || root.isMissingNode()) {
        sink.add(Problem.error(JSON_SYNTAX, "", "The document is empty."));
        return null;
      }
      return streamed || !hasLongArray(root) || arraysFit(root, "", sink) ? root : null;
    } catch (IOException e) {
      // Reading from a byte array does not fail with I/O; anything here is malformed input.
      sink.add(Problem.error(JSON_SYNTAX, "", "Malformed JSON: " + e.getMessage()));
      return null;
    }
  }

  /** Whether the tree holds an array longer than the limit; builds no path. */
  private boolean hasLongArray(JsonNode node) {
    if (node.isArray() && node.size() > limits.maxArrayElements()) {
      return true;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && hasLongArray(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every array of the tree at {@code path} is within the limit; the first one that is not
   * is reported, located. Recursion is bounded by the nesting-depth limit.
   */
  private boolean arraysFit(JsonNode node, String path, List<Problem> sink) {
    if (node.isArray() && node.size() > limits.maxArrayElements()) {
      sink.add(
          Problem.error(
              JSON_LIMIT_EXCEEDED,
              path,
              String.format(
                  Locale.ROOT,
                  "The array has %d elements; the limit is %d.",
                  node.size(),
                  limits.maxArrayElements())));
      return false;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode child = node.get(i);
        if (child.isContainerNode() && !arraysFit(child, path + "/" + i, sink)) {
          return false;
        }
      }
    } else if (node.isObject()) {
      var fields = node.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        if (e.getValue().isContainerNode()
            && !arraysFit(e.getValue(), path + "/" + ObjectFields.escape(e.getKey()), sink)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Counts the elements of every array while streaming, before any tree is built, so that a
   * million-element array costs no memory. Malformed input passes here and is reported by the parse
   * that follows.
   */
  private boolean arraysWithinLimit(byte[] bytes, List<Problem> sink) {
    int limit = limits.maxArrayElements();
    try (JsonParser parser = mapper.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonStreamContext array = containingArray(parser, token);
        if (array != null && array.getCurrentIndex() >= limit) {
          String path = array.getParent().pathAsPointer().toString();
          int depth = array.getNestingDepth();
          int elements = countRest(parser, depth, array.getCurrentIndex() + 1);
          sink.add(
              Problem.error(
                  JSON_LIMIT_EXCEEDED,
                  path,
                  String.format(
                      Locale.ROOT,
                      "The array has %d elements; the limit is %d.",
                      elements,
                      limit)));
          return false;
        }
      }
    } catch (IOException e) {
      // Malformed or over another limit: the parse reports it with its location.
    }
    return true;
  }

  /** Counts the elements of the array at {@code depth} until it ends or the input fails. */
  private static int countRest(JsonParser parser, int depth, int seen) throws IOException {
    int elements = seen;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.END_ARRAY && parser.getParsingContext().getNestingDepth() < depth) {
        break;
      }
      JsonStreamContext array = containingArray(parser, token);
      if (array != null && array.getNestingDepth() == depth) {
        elements = array.getCurrentIndex() + 1;
      }
    }
    return elements;
  }

  /** The array whose element {@code token} starts, or null. */
  private static @Nullable JsonStreamContext containingArray(JsonParser parser, JsonToken token) {
    JsonStreamContext context;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = parser.getParsingContext().getParent();
    } else if (token.isScalarValue()) {
      context = parser.getParsingContext();
    } else {
      return null;
    }
    return context != null && context.inArray() ? context : null;
  }

  private static Problem located(
      String code, JsonParser parser, JsonProcessingException e, String prefix) {
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    JsonLocation at = e.getLocation();
    String where =
        at == null
            ? ""
            : String.format(Locale.ROOT, " (line %d, column %d)", at.getLineNr(), at.getColumnNr());
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    // Name the Rubric setting rather than Jackson's internals.
    message =
        message.replaceAll(
            ", from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`", "; see JsonLimits.max$1");
    return Problem.error(code, pointer, prefix + message + where + ".");
  }
}

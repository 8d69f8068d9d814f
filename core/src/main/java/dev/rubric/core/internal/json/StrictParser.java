package dev.rubric.core.internal.json;

import static dev.rubric.core.ProblemCodes.JSON_DUPLICATE_KEY;
import static dev.rubric.core.ProblemCodes.JSON_ENCODING;
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
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rubric.core.Problem;
import dev.rubric.core.internal.jackson.JsonFactories;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses bytes into a JSON tree under {@link ParseLimits}: bytes that are not UTF-8, duplicate
 * keys, NaN and Infinity, trailing content and every exceeded limit become one located problem;
 * each string or field name holding a lone surrogate becomes a located problem. Immutable and
 * thread-safe.
 */
public final class StrictParser {
  private static final StrictParser STANDARD = new StrictParser(ParseLimits.defaults());

  /** Documents larger than this have their arrays counted while streaming: 1 MiB. */
  public static final int STREAM_CHECK_BYTES = 1 << 20;

  private final ParseLimits limits;
  private final JsonMapper mapper;

  /**
   * The same limits and features, but duplicate keys are caught when the tree is built rather than
   * by the parser keeping a set of names per object: cheaper on the usual, valid document. Any
   * failure of this reader is reported by reading again with {@link #mapper}, so that problems
   * (which duplicate, where, or another fault met first) are exactly the strict parser's.
   */
  private final JsonMapper fast;

  /**
   * For counting while streaming: no set of names per object, and no canonical table of field names
   * (which a million distinct names would fill at a cost of seconds).
   */
  private final JsonFactory counting;

  /**
   * A parser under {@code limits}.
   *
   * @param limits the limits to enforce
   */
  public StrictParser(ParseLimits limits) {
    this.limits = limits;
    this.mapper =
        JsonMapper.builder(factory(limits, true))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    this.counting =
        factory(limits, false)
            .rebuild()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    this.fast =
        JsonMapper.builder(factory(limits, false))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
  }

  /**
   * A Jackson factory under {@code limits}, finding duplicate keys itself or not; the scorecard
   * stream reader of {@code dev.rubric.core.json} reads tokens through one.
   *
   * @param limits the limits to enforce
   * @param parserFindsDuplicates whether the parser keeps a set of names per object
   * @return the factory
   */
  public static JsonFactory factory(ParseLimits limits, boolean parserFindsDuplicates) {
    // Every constraint is set here, none left to Jackson's process-wide defaults, which the
    // application may have changed: StreamReadConstraints.builder() starts from Jackson's own
    // constants, so the token count (settable only from Jackson 2.18; 2.16 is supported) keeps
    // that builder's value, no limit.
    JsonFactoryBuilder factory =
        JsonFactories.builder(
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
    try (JsonParser parser = keepingText(fast.createParser(bytes))) {
      JsonNode root = fast.readTree(parser);
      return root == null || root.isMissingNode() ? null : root;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * {@code parser}, giving each fraction or exponent number as a {@link WrittenDecimal}: the tree
   * then keeps the number as the document spells it ({@code 821.0}, {@code 1.5e1}, {@code -0.0}),
   * and every message that shows the number ({@code JsonNode#asText()}) shows it so, never a
   * normalised {@code 821} or {@code 15} that reads like an integer the field would take.
   */
  private static JsonParser keepingText(JsonParser parser) {
    return new JsonParserDelegate(parser) {
      @Override
      public BigDecimal getDecimalValue() throws IOException {
        return new WrittenDecimal(super.getDecimalValue(), getText());
      }
    };
  }

  /**
   * A decimal that prints as the document wrote it. Its value, scale, {@code equals} and {@code
   * hashCode} are the {@link BigDecimal}'s of that text ({@code new BigDecimal(text)}); only {@link
   * #toString()} differs: the text itself, which {@code new BigDecimal} reads back to an equal
   * value.
   */
  @SuppressWarnings("serial") // never serialised: it lives in a tree for the length of one read
  private static final class WrittenDecimal extends BigDecimal {
    private final String text;

    WrittenDecimal(BigDecimal value, String text) {
      super(value.unscaledValue(), value.scale());
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * The parser under the default limits.
   *
   * @return the shared instance
   */
  public static StrictParser standard() {
    return STANDARD;
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public ParseLimits limits() {
    return limits;
  }

  /** Whether {@code bytes} are a UTF-8 byte-order mark and JSON white space at most. */
  private static boolean blankAfterByteOrderMark(byte[] bytes) {
    if (bytes.length < 3
        || (bytes[0] & 0xFF) != 0xEF
        || (bytes[1] & 0xFF) != 0xBB
        || (bytes[2] & 0xFF) != 0xBF) {
      return false;
    }
    for (int i = 3; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses {@code bytes} into a tree.
   *
   * @param bytes the document, UTF-8
   * @param sink where the one problem of a failed parse goes
   * @return the tree, or null when the document could not be parsed
   */
  public @Nullable JsonNode parse(byte[] bytes, List<Problem> sink) {
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
    Problem encoding = Utf8Text.problem(bytes);
    if (encoding != null) {
      sink.add(encoding);
      return null;
    }
    if (blankAfterByteOrderMark(bytes)) {
      // Jackson reads a byte-order mark with nothing after it as a character, not as a mark.
      sink.add(Problem.error(JSON_SYNTAX, "", "The document is empty."));
      return null;
    }
    // A large document is counted while streaming, before any tree is built, so that a
    // million-element array or a million-field object costs no memory; a small one (its tree is
    // small too) is checked on the tree, which costs less than a second pass over the bytes. An
    // array longer than the limit needs at least two bytes per element, an object with more fields
    // at least four per field.
    boolean streamed =
        bytes.length > STREAM_CHECK_BYTES
            && (bytes.length > 2L * limits.maxArrayElements()
                || bytes.length > 4L * limits.maxFieldsPerObject());
    if (streamed && !sizesWithinLimits(bytes, sink)) {
      return null;
    }
    JsonNode valid = readValid(bytes);
    if (valid != null) {
      return checked(valid, sink);
    }
    try (JsonParser parser = keepingText(mapper.createParser(bytes))) {
      JsonNode root;
      try {
        root = mapper.readTree(parser);
      } catch (StreamConstraintsException e) {
        sink.add(
            located(
                JSON_LIMIT_EXCEEDED,
                faultPointer(bytes, parser),
                e,
                "The document exceeds a limit: "));
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
            e.getOriginalMessage().startsWith("Duplicate field")
                ? JSON_DUPLICATE_KEY
                // Jackson refuses a field name with a lone surrogate escape itself.
                : e.getOriginalMessage().contains("surrogate") ? JSON_ENCODING : JSON_SYNTAX;
        // A duplicate is named by the parser's own context, which holds the repeated name.
        String pointer =
            code.equals(JSON_DUPLICATE_KEY)
                ? parser.getParsingContext().pathAsPointer().toString()
                : faultPointer(bytes, parser);
        sink.add(located(code, pointer, e, code.equals(JSON_SYNTAX) ? "Malformed JSON: " : ""));
        return null;
      }
      if (root == null || root.isMissingNode()) {
        sink.add(Problem.error(JSON_SYNTAX, "", "The document is empty."));
        return null;
      }
      return checked(root, sink);
    } catch (IOException e) {
      // Reading from a byte array does not fail with I/O; anything here is malformed input.
      sink.add(
          Problem.error(
              JSON_SYNTAX, "", "Malformed JSON: " + plain(String.valueOf(e.getMessage()))));
      return null;
    }
  }

  /**
   * {@code root}, or null when one of its arrays or objects is over a limit (the first such is
   * reported). Every string and field name holding a lone surrogate is reported too; the tree is
   * still returned then, so that the typed reader reports its other faults alongside.
   */
  private @Nullable JsonNode checked(JsonNode root, List<Problem> sink) {
    if (!needsReport(root)) {
      return root;
    }
    return report(root, new ArrayDeque<>(), sink) ? root : null;
  }

  /**
   * Whether the tree holds an array or object over a limit, or a string or field name with any
   * surrogate (paired or not); builds no path. Recursion is bounded by the nesting-depth limit.
   */
  private boolean needsReport(JsonNode node) {
    if (node.isTextual()) {
      return Utf8Text.hasSurrogate(node.textValue());
    }
    if (node.isArray() && node.size() > limits.maxArrayElements()) {
      return true;
    }
    if (node.isObject()) {
      if (node.size() > limits.maxFieldsPerObject()) {
        return true;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (Utf8Text.hasSurrogate(e.getKey()) || needsReport(e.getValue())) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode child : node) {
      if (needsReport(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports what {@link #needsReport} found, each at its path ({@code at}: the path's segments,
   * already escaped); false when an array or object is over a limit, which ends the walk.
   */
  private boolean report(JsonNode node, Deque<String> at, List<Problem> sink) {
    if (node.isTextual()) {
      if (Utf8Text.loneSurrogate(node.textValue()) >= 0) {
        sink.add(Utf8Text.loneSurrogateAt(pointer(at), node.textValue(), false));
      }
      return true;
    }
    if (node.isArray() && node.size() > limits.maxArrayElements()) {
      sink.add(overLimit(pointer(at), "array", node.size(), "elements", limits.maxArrayElements()));
      return false;
    }
    if (node.isObject() && node.size() > limits.maxFieldsPerObject()) {
      sink.add(
          overLimit(pointer(at), "object", node.size(), "fields", limits.maxFieldsPerObject()));
      return false;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        at.addLast(Integer.toString(i));
        boolean fits = report(node.get(i), at, sink);
        at.removeLast();
        if (!fits) {
          return false;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        at.addLast(ObjectFields.escape(e.getKey()));
        if (Utf8Text.loneSurrogate(e.getKey()) >= 0) {
          sink.add(Utf8Text.loneSurrogateAt(pointer(at), e.getKey(), true));
        }
        boolean fits = report(e.getValue(), at, sink);
        at.removeLast();
        if (!fits) {
          return false;
        }
      }
    }
    return true;
  }

  private static String pointer(Deque<String> segments) {
    StringBuilder path = new StringBuilder();
    segments.forEach(s -> path.append('/').append(s));
    return path.toString();
  }

  private static Problem overLimit(String path, String what, int size, String unit, int limit) {
    return Problem.error(
        JSON_LIMIT_EXCEEDED,
        path,
        String.format(Locale.ROOT, "The %s has %d %s; the limit is %d.", what, size, unit, limit));
  }

  /**
   * Counts the elements of every array and the fields of every object while streaming, before any
   * tree is built, so that a million-element array or a million-field object costs no memory. The
   * first one over its limit is reported: an array with its full count, an object at once.
   * Malformed input passes here and is reported by the parse that follows. The parser used keeps no
   * set of field names, so that a million distinct names cost nothing either.
   */
  private boolean sizesWithinLimits(byte[] bytes, List<Problem> sink) {
    int arrayLimit = limits.maxArrayElements();
    int fieldLimit = limits.maxFieldsPerObject();
    try (JsonParser parser = counting.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          JsonStreamContext object = parser.getParsingContext();
          if (object.getCurrentIndex() >= fieldLimit) {
            // Not counted to the end: a flood of fields is refused at once, in milliseconds.
            sink.add(
                Problem.error(
                    JSON_LIMIT_EXCEEDED,
                    object.getParent().pathAsPointer().toString(),
                    String.format(
                        Locale.ROOT,
                        "The object has more than %d fields; the limit is %d.",
                        fieldLimit,
                        fieldLimit)));
            return false;
          }
          continue;
        }
        JsonStreamContext array = containingArray(parser, token);
        if (array != null && array.getCurrentIndex() >= arrayLimit) {
          String path = array.getParent().pathAsPointer().toString();
          int elements = countRest(parser, array.getNestingDepth(), array.getCurrentIndex() + 1);
          sink.add(overLimit(path, "array", elements, "elements", arrayLimit));
          return false;
        }
      }
    } catch (IOException e) {
      // Malformed or over another limit: the parse reports it with its location.
    }
    return true;
  }

  /**
   * Counts the elements of the array, or the fields of the object, at {@code depth} until it ends
   * or the input fails.
   */
  private static int countRest(JsonParser parser, int depth, int seen) throws IOException {
    int count = seen;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token.isStructEnd() && parser.getParsingContext().getNestingDepth() < depth) {
        break;
      }
      JsonStreamContext context =
          token == JsonToken.FIELD_NAME
              ? parser.getParsingContext()
              : containingArray(parser, token);
      if (context != null && context.getNestingDepth() == depth) {
        count = context.getCurrentIndex() + 1;
      }
    }
    return count;
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

  /**
   * The pointer of the place where {@code bytes} stop parsing, found by streaming them again with
   * the strict reader's parser: the field or element whose value holds the fault, or the object
   * itself when the fault comes after its last complete entry, in the next field's name or in what
   * separates the entries. The failed parser's context cannot tell the two apart: until a name is
   * read it still names the field before, which holds nothing wrong ({@code {"candidateId": "c",
   * "k\\ud800": 1}} would be reported at {@code /candidateId}). When the stream finds no fault (one
   * only the tree reader sees, such as a second value after the document's), the failed parser's
   * context is used.
   */
  private String faultPointer(byte[] bytes, JsonParser failed) {
    String fallback = failed.getParsingContext().pathAsPointer().toString();
    try (JsonParser parser = mapper.createParser(bytes)) {
      @Nullable JsonToken last = null;
      while (true) {
        JsonToken token;
        JsonStreamContext before = parser.getParsingContext();
        String nameBefore = before.getCurrentName();
        try {
          token = parser.nextToken();
        } catch (IOException | RuntimeException e) {
          JsonStreamContext context = parser.getParsingContext();
          JsonStreamContext holder = context.getParent();
          // The parser reads a name and the start of its value in one step, and names the field
          // as soon as its name is read: a fault in the value (tru, a number too long) finds the
          // new name in place, a fault in or before the name finds the one before.
          boolean beforeTheName =
              context == before
                  && context.inObject()
                  && last != JsonToken.FIELD_NAME
                  && Objects.equals(context.getCurrentName(), nameBefore);
          return beforeTheName && holder != null
              ? holder.pathAsPointer().toString()
              : context.pathAsPointer().toString();
        }
        if (token == null) {
          return fallback;
        }
        last = token;
        if (token == JsonToken.VALUE_STRING) {
          try {
            // A string is read lazily: a fault inside it is the value's, at its field.
            parser.getText();
          } catch (IOException | RuntimeException e) {
            return parser.getParsingContext().pathAsPointer().toString();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }

  private static Problem located(
      String code, String pointer, JsonProcessingException e, String prefix) {
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
    return Problem.error(code, pointer, prefix + plain(message) + where + ".");
  }

  /**
   * Jackson's message said in the reader's terms: the Rubric setting instead of Jackson's
   * constraint, and no advice to switch on a Jackson feature (the reader cannot), no Jackson class
   * name and no redacted source. For example {@code Non-standard token 'NaN': enable
   * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow} becomes {@code Non-standard token 'NaN':
   * JSON numbers are finite; write a number or leave the field out}. A length over a limit is said
   * as the limit alone: Jackson gives the length where it stopped reading, not the length of the
   * name or string (a 300,000-character name is "512").
   */
  static String plain(String message) {
    String said =
        message
            .replaceAll(
                "Name length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from"
                    + " `StreamReadConstraints\\.getMaxNameLength\\(\\)`\\)",
                "A field name is longer than the maximum of $1 bytes of UTF-8"
                    + " (see JsonLimits.maxNameLength)")
            .replaceAll(
                "String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from"
                    + " `StreamReadConstraints\\.getMaxStringLength\\(\\)`\\)",
                "A string is longer than the maximum of $1 characters"
                    + " (see JsonLimits.maxStringLength)")
            .replaceAll(
                "Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from"
                    + " `StreamReadConstraints\\.getMaxNumberLength\\(\\)`\\)",
                "A number is longer than the maximum of $1 characters"
                    + " (see JsonLimits.maxNumberLength)")
            .replaceAll(
                ", from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`", "; see JsonLimits.max$1")
            .replaceAll(
                ": enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                ": JSON numbers are finite; write a number or leave the field out")
            .replaceAll(
                "JSON spec does not allow numbers to have plus signs: enable"
                    + " `JsonReadFeature\\.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow",
                "JSON numbers have no plus sign; write 1, not +1")
            .replaceAll(
                "Trailing token \\(of type \\w+\\) found after value \\(bound as `[^`]*`\\): not"
                    + " allowed as per `DeserializationFeature\\.FAIL_ON_TRAILING_TOKENS`",
                "More content after the end of the document's one JSON value")
            .replaceAll(
                "maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature"
                    + " 'ALLOW_COMMENTS' not enabled for parser\\)",
                "JSON allows no comments")
            .replaceAll(
                "\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)")
            .replaceAll(
                "Unexpected low surrogate in field name: 0x(\\p{XDigit}{4})",
                "A field name holds a lone surrogate (\\\\u$1), which is not Unicode text: escape"
                    + " a character outside the Basic Multilingual Plane as a pair"
                    + " (\\\\ud83d\\\\ude00), or write it as it is")
            .replaceAll(
                "Broken surrogate pair in field name: expected .*",
                "A field name holds a lone surrogate (a high surrogate that no low surrogate"
                    + " follows), which is not Unicode text: escape a character outside the Basic"
                    + " Multilingual Plane as a pair (\\\\ud83d\\\\ude00), or write it as it is")
            .replace("end-of-input in VALUE_STRING", "end-of-input in a string value")
            .replace("end-of-input in field name", "end-of-input in a field name");
    return withoutParserAdvice(said);
  }

  /**
   * {@code message} without any advice or name that only makes sense to a Jackson user, whatever
   * message it came in: "enable `JsonReadFeature.X` to allow", "(not recognized as one since
   * Feature 'X' not enabled for parser)", "as per `DeserializationFeature.X`", a class name in
   * backquotes, a {@code com.fasterxml} name and a redacted source.
   */
  private static String withoutParserAdvice(String message) {
    return message
        .replaceAll("[:;,]?\\s*\\(?enable `[^`]*` to allow\\)?", "")
        .replaceAll("[:;,]?\\s*\\((?:[^()]*\\s)?Feature '[^']*' not enabled[^)]*\\)", "")
        .replaceAll("[:;,]?\\s*\\(?(?:not allowed )?as per `[^`]*`\\)?", "")
        .replaceAll("[:;,]?\\s*\\((?:Feature|JsonReadFeature|JsonParser\\.Feature)[^)]*\\)", "")
        .replaceAll("`[^`]*`", "a value")
        .replaceAll("\\[Source: [^\\]]*\\]", "")
        .replaceAll("\\b(?:com\\.fasterxml|tools\\.jackson)(?:\\.\\w+)+", "the JSON reader")
        .replaceAll("\\b(?:JsonReadFeature|JsonParser\\.Feature|StreamReadFeature)\\.\\w+", "")
        .replaceAll("\\bJackson\\b", "the JSON reader");
  }
}

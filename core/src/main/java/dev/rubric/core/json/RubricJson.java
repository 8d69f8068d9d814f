package dev.rubric.core.json;

import static dev.rubric.core.ProblemCodes.JSON_UNSUPPORTED_VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads and writes Rubric's JSON: plans, scorecards and lists of scorecards.
 *
 * <p>The format: camelCase field names; a top-level {@code "schemaVersion": 1}; timestamps as
 * ISO-8601 ({@code 2026-11-26T10:15:30Z}); recommendations as {@code strong_no}, {@code no}, {@code
 * yes}, {@code strong_yes}; absent optional fields left out. JSON Schema (draft 2020-12) files ship
 * at {@code /dev/rubric/core/schema/plan.schema.json} and {@code scorecard.schema.json} on the
 * classpath.
 *
 * <p>Reading is strict and total: an unknown field, a duplicate key, a non-integer level (an
 * integer is a number whose decimal text denotes exactly one: {@code 3}, {@code 3.0}, {@code
 * 30e-1}; never {@code 3.0000000000000001}), NaN or Infinity, a wrong type, a missing field, an id
 * holding a control character, bytes that are not UTF-8, a string holding a lone surrogate or an
 * exceeded {@link JsonLimits limit} becomes a {@link Problem} located by a JSON pointer, never an
 * exception and never a silent default. At most {@link JsonLimits#maxProblems()} problems are
 * reported per document, then one {@code PROBLEMS_TRUNCATED} problem saying how many more were
 * found. Structural faults are reported together; a document that is not well-formed JSON yields
 * one problem at the point where parsing stopped. Reading checks the format, not the meaning: call
 * {@link InterviewPlan#validate()} on the plan read.
 *
 * <p>Writing then reading gives an equal object: every string a reader accepts (any Unicode text,
 * emoji and other characters outside the Basic Multilingual Plane included) is written back
 * unchanged. A scorecard's ratings are written in its canonical order (by competency id). Instances
 * are immutable and thread-safe.
 */
public final class RubricJson {
  /** The schema version this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final RubricJson STANDARD = new RubricJson(JsonLimits.defaults());
  private static final ObjectMapper WRITER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper CANONICAL = JsonMapper.builder().build();

  private final JsonLimits limits;
  private final StrictParser parser;

  /**
   * The token-stream reader of valid scorecard documents; anything else goes to {@link #parser}.
   */
  private final ScorecardStream scorecards;

  private RubricJson(JsonLimits limits) {
    this.limits = limits;
    this.parser = new StrictParser(limits);
    this.scorecards = new ScorecardStream(limits);
  }

  /** A reader and writer with the default limits. */
  public static RubricJson standard() {
    return STANDARD;
  }

  /** A reader and writer with the given limits. */
  public static RubricJson withLimits(JsonLimits limits) {
    return new RubricJson(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- plans

  /** Reads a plan from UTF-8 bytes. */
  public ReadResult<InterviewPlan> readPlan(byte[] json) {
    return read(json, (node, sink) -> PlanCodec.read(node, "", sink));
  }

  /** Reads a plan from a string. */
  public ReadResult<InterviewPlan> readPlan(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null ? ReadResult.failed(List.of(Utf8Text.unencodable(json))) : readPlan(bytes);
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes, reading at most the size limit plus one byte.
   *
   * @throws IOException when the stream fails
   */
  public ReadResult<InterviewPlan> readPlan(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readPlan(bounded(json));
  }

  /** Writes a plan as indented JSON. */
  public String writePlan(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return pretty(PlanCodec.write(plan));
  }

  /**
   * The fingerprint of {@code plan}: {@code sha256:} and the lowercase hex SHA-256 of its canonical
   * JSON (the writer's key order, no insignificant whitespace, UTF-8).
   */
  public static String fingerprint(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return "sha256:" + Hashing.sha256().hashBytes(canonicalBytes(plan)).toString();
  }

  /** The canonical JSON bytes of {@code plan}, as hashed by {@link #fingerprint}. */
  public static byte[] canonicalBytes(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    try {
      return CANONICAL.writeValueAsBytes(PlanCodec.write(plan));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- scorecards

  /**
   * Reads one scorecard from UTF-8 bytes. A valid document is read straight from the token stream;
   * any other is read as a tree, which reports every problem.
   */
  public ReadResult<Scorecard> readScorecard(byte[] json) {
    Objects.requireNonNull(json, "json");
    List<Scorecard> fast = scorecards.read(json, false);
    return fast != null ? ReadResult.of(fast.get(0)) : readScorecardTree(json);
  }

  /**
   * Reads one scorecard from UTF-8 bytes through the tree: the strict reader, with its problems.
   */
  ReadResult<Scorecard> readScorecardTree(byte[] json) {
    return read(json, (node, sink) -> ScorecardCodec.read(node, "", sink, true));
  }

  /** Reads one scorecard from a string. */
  public ReadResult<Scorecard> readScorecard(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null
        ? ReadResult.failed(List.of(Utf8Text.unencodable(json)))
        : readScorecard(bytes);
  }

  /** Writes one scorecard as indented JSON. */
  public String writeScorecard(Scorecard card) {
    Objects.requireNonNull(card, "card");
    return pretty(ScorecardCodec.write(card, true));
  }

  /**
   * Reads a list of scorecards from UTF-8 bytes: either {@code {"schemaVersion": 1, "scorecards":
   * [...]}} or a bare array of scorecards (each with its own {@code schemaVersion}, optional).
   * Every problem in every scorecard is reported, located by its index. A valid document is read
   * straight from the token stream; any other is read as a tree, which reports every problem.
   */
  public ReadResult<ImmutableList<Scorecard>> readScorecards(byte[] json) {
    Objects.requireNonNull(json, "json");
    List<Scorecard> fast = scorecards.read(json, true);
    return fast != null ? ReadResult.of(ImmutableList.copyOf(fast)) : readScorecardsTree(json);
  }

  /** Reads scorecards from UTF-8 bytes through the tree: the strict reader, with its problems. */
  ReadResult<ImmutableList<Scorecard>> readScorecardsTree(byte[] json) {
    return read(json, RubricJson::readScorecardList);
  }

  /** Reads a list of scorecards from a string. */
  public ReadResult<ImmutableList<Scorecard>> readScorecards(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null
        ? ReadResult.failed(List.of(Utf8Text.unencodable(json)))
        : readScorecards(bytes);
  }

  /**
   * Reads a list of scorecards from a stream of UTF-8 bytes.
   *
   * @throws IOException when the stream fails
   */
  public ReadResult<ImmutableList<Scorecard>> readScorecards(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readScorecards(bounded(json));
  }

  /** Writes a list of scorecards as {@code {"schemaVersion": 1, "scorecards": [...]}}. */
  public String writeScorecards(Iterable<Scorecard> cards) {
    Objects.requireNonNull(cards, "cards");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode list = o.putArray("scorecards");
    cards.forEach(c -> list.add(ScorecardCodec.write(c, false)));
    return pretty(o);
  }

  // ---------------------------------------------------------------- trees

  /**
   * Parses UTF-8 bytes into a JSON tree under this instance's limits, with the same strictness
   * (duplicate keys, NaN, trailing content, limits) as the typed readers. Other Rubric formats are
   * built on this and {@link ObjectFields}.
   */
  public ReadResult<JsonNode> readTree(byte[] json) {
    return read(json, (node, sink) -> Optional.of(node));
  }

  /** Writes a tree as indented JSON. */
  public static String pretty(JsonNode node) {
    Objects.requireNonNull(node, "node");
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- internals

  private <T> ReadResult<T> read(
      byte[] json, BiFunction<JsonNode, List<Problem>, Optional<T>> reader) {
    Objects.requireNonNull(json, "json");
    ProblemSink sink = ProblemSink.of(limits);
    JsonNode root = parser.parse(json, sink);
    if (root == null) {
      return ReadResult.failed(sink.reported());
    }
    Optional<T> value = reader.apply(root, sink);
    if (value.isEmpty() || hasErrorsSince(sink, 0)) {
      return ReadResult.failed(sink.reported());
    }
    return ReadResult.of(value.get());
  }

  private static Optional<ImmutableList<Scorecard>> readScorecardList(
      JsonNode root, List<Problem> sink) {
    if (root.isArray()) {
      return Optional.of(
          ObjectFields.elements(root, "", sink, (n, p, s) -> ScorecardCodec.read(n, p, s, false)));
    }
    Optional<ObjectFields> maybe = ObjectFields.of(root, "", sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields f = maybe.get();
    checkVersion(f, true);
    ImmutableList<Scorecard> cards =
        f.list("scorecards", true, (n, p, s) -> ScorecardCodec.read(n, p, s, false));
    f.finish();
    return Optional.of(cards);
  }

  private byte[] bounded(InputStream in) throws IOException {
    return ByteStreams.toByteArray(ByteStreams.limit(in, limits.maxDocumentBytes() + 1L));
  }

  static void checkVersion(ObjectFields f, boolean required) {
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

  static boolean hasErrorsSince(List<Problem> sink, int before) {
    for (int i = before; i < sink.size(); i++) {
      if (sink.get(i).isError()) {
        return true;
      }
    }
    return false;
  }
}

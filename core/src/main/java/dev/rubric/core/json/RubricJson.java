package dev.rubric.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Problem;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.core.internal.jackson.JsonFactories;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.internal.json.ProblemSink;
import dev.rubric.core.internal.json.ScorecardTrees;
import dev.rubric.core.internal.json.StrictParser;
import dev.rubric.core.internal.json.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  public static final int SCHEMA_VERSION = JsonTrees.SCHEMA_VERSION;

  private static final RubricJson STANDARD = new RubricJson(JsonLimits.defaults());

  /**
   * Reads back the canonical form, whatever it holds: no limit of a reader of outside documents.
   */
  private static final ObjectMapper CANONICAL = JsonFactories.unlimited();

  private final JsonLimits limits;
  private final StrictParser parser;

  /**
   * The token-stream reader of valid scorecard documents; anything else goes to {@link #parser}.
   */
  private final ScorecardStream scorecards;

  private RubricJson(JsonLimits limits) {
    this.limits = limits;
    this.parser = new StrictParser(limits.toParseLimits());
    this.scorecards = new ScorecardStream(limits);
  }

  /** {@return a reader and writer with the default limits} */
  public static RubricJson standard() {
    return STANDARD;
  }

  /**
   * {@return a reader and writer with the given limits}
   *
   * @param limits the limits on the size and shape of documents read
   */
  public static RubricJson withLimits(JsonLimits limits) {
    return new RubricJson(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the limits in force} */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- plans

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the JSON document
   * @return the plan, or every problem found
   */
  public ReadResult<InterviewPlan> readPlan(byte[] json) {
    return read(json, (node, sink) -> PlanCodec.read(node, "", sink));
  }

  /**
   * Reads a plan from a string.
   *
   * @param json the JSON document
   * @return the plan, or every problem found
   */
  public ReadResult<InterviewPlan> readPlan(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null ? ReadResult.failed(List.of(Utf8Text.unencodable(json))) : readPlan(bytes);
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes, reading at most the size limit plus one byte.
   *
   * @param json the JSON document
   * @return the plan, or every problem found
   * @throws IOException when the stream fails
   */
  public ReadResult<InterviewPlan> readPlan(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readPlan(bounded(json));
  }

  /**
   * Writes a plan as indented JSON, as it is, whatever it holds. A plan document is what a person
   * may write, and {@link #readPlan} refuses with a located problem what a person may not: an id
   * with a control character or an ambiguous space, an approval outside the years 0001 to 9999, a
   * weight that is not a finite number, a string beyond {@link #limits()}. Any other plan reads
   * back equal, with the same fingerprint. A string holding a lone surrogate has no UTF-8 form at
   * all, so no document can carry it: it is refused here, as {@code EvaluationJson.write} refuses
   * it.
   *
   * @param plan the interview plan
   * @return the JSON text of the plan
   * @throws IllegalArgumentException if a string or field name of the plan holds a lone surrogate
   *     ({@code "x\}{@code ud800y"}); the message names it by its JSON pointer
   */
  public String writePlan(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    try {
      return JsonTrees.prettyEncodable(CANONICAL.readTree(plan.canonicalJson()), "the plan");
    } catch (IOException e) {
      // The canonical form is well-formed JSON.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the fingerprint of {@code plan}: {@code sha256:} and the lowercase hex SHA-256 of its
   * canonical JSON (the writer's key order, no insignificant whitespace, UTF-8)}
   *
   * @param plan the interview plan
   */
  public static String fingerprint(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return plan.fingerprint();
  }

  /**
   * The canonical JSON bytes of {@code plan}, as hashed by {@link #fingerprint}.
   *
   * @param plan the plan
   * @return the bytes of {@link InterviewPlan#canonicalJson()}
   */
  public static byte[] canonicalBytes(InterviewPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return plan.canonicalJson();
  }

  // ---------------------------------------------------------------- scorecards

  /**
   * Reads one scorecard from UTF-8 bytes. A valid document is read straight from the token stream;
   * any other is read as a tree, which reports every problem.
   *
   * @param json the JSON document
   * @return the scorecard, or every problem found
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
    return read(json, (node, sink) -> ScorecardTrees.read(node, "", sink));
  }

  /**
   * Reads one scorecard from a string.
   *
   * @param json the JSON document
   * @return the scorecard, or every problem found
   */
  public ReadResult<Scorecard> readScorecard(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null
        ? ReadResult.failed(List.of(Utf8Text.unencodable(json)))
        : readScorecard(bytes);
  }

  /**
   * Writes one scorecard as indented JSON, as it is, whatever it holds: this text is also the
   * evaluator's last tie-break between scorecards, so it never throws for a scorecard. A scorecard
   * document is what a person may write, and its reader refuses with a located problem what a
   * person may not: a timestamp outside the years 0001 to 9999, an id with a control character or
   * an ambiguous space, a string beyond {@link #limits()}. Any other scorecard reads back equal; an
   * evaluation's JSON ({@code EvaluationJson}) reads back the scorecards it rejected, such values
   * included. A string holding a lone surrogate has no UTF-8 form at all, so no document can carry
   * it: it is refused here, as {@code EvaluationJson.write} refuses it.
   *
   * @param card the scorecard to write
   * @return the JSON text of the scorecard
   * @throws IllegalArgumentException if a string of the scorecard holds a lone surrogate (evidence
   *     {@code "x\}{@code ud800y"}); the message names it by its JSON pointer
   */
  public String writeScorecard(Scorecard card) {
    Objects.requireNonNull(card, "card");
    return JsonTrees.prettyEncodable(ScorecardTrees.write(card), "the scorecard");
  }

  /**
   * Reads a list of scorecards from UTF-8 bytes: either {@code {"schemaVersion": 1, "scorecards":
   * [...]}} or a bare array of scorecards (each with its own {@code schemaVersion}, optional).
   * Every problem in every scorecard is reported, located by its index. A valid document is read
   * straight from the token stream; any other is read as a tree, which reports every problem.
   *
   * @param json the JSON document
   * @return the scorecards, or every problem found
   */
  public ReadResult<List<Scorecard>> readScorecards(byte[] json) {
    Objects.requireNonNull(json, "json");
    List<Scorecard> fast = scorecards.read(json, true);
    return fast != null ? ReadResult.of(ImmutableList.copyOf(fast)) : readScorecardsTree(json);
  }

  /** Reads scorecards from UTF-8 bytes through the tree: the strict reader, with its problems. */
  ReadResult<List<Scorecard>> readScorecardsTree(byte[] json) {
    return read(json, RubricJson::readScorecardList);
  }

  /**
   * Reads a list of scorecards from a string.
   *
   * @param json the JSON document
   * @return the scorecards, or every problem found
   */
  public ReadResult<List<Scorecard>> readScorecards(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = Utf8Text.encode(json);
    return bytes == null
        ? ReadResult.failed(List.of(Utf8Text.unencodable(json)))
        : readScorecards(bytes);
  }

  /**
   * Reads a list of scorecards from a stream of UTF-8 bytes.
   *
   * @param json the JSON document
   * @return the scorecards, or every problem found
   * @throws IOException when the stream fails
   */
  public ReadResult<List<Scorecard>> readScorecards(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return readScorecards(bounded(json));
  }

  /**
   * Writes a list of scorecards as {@code {"schemaVersion": 1, "scorecards": [...]}}.
   *
   * @param cards the scorecards to write
   * @return the JSON text of the scorecard list
   * @throws IllegalArgumentException if a string of a scorecard holds a lone surrogate; the message
   *     names it by its JSON pointer ({@code /scorecards/2/ratings/0/evidence}), as {@link
   *     #writeScorecard} does
   */
  public String writeScorecards(Iterable<Scorecard> cards) {
    Objects.requireNonNull(cards, "cards");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode list = o.putArray("scorecards");
    cards.forEach(c -> list.add(ScorecardTrees.write(c, false)));
    return JsonTrees.prettyEncodable(o, "the scorecards");
  }

  // ---------------------------------------------------------------- internals

  private <T> ReadResult<T> read(
      byte[] json, BiFunction<JsonNode, List<Problem>, Optional<T>> reader) {
    Objects.requireNonNull(json, "json");
    ProblemSink sink = ProblemSink.of(limits.toParseLimits());
    JsonNode root = parser.parse(json, sink);
    if (root == null) {
      return ReadResult.failed(sink.reported());
    }
    Optional<T> value = reader.apply(root, sink);
    if (value.isEmpty() || JsonTrees.hasErrorsSince(sink, 0)) {
      return ReadResult.failed(sink.reported());
    }
    return ReadResult.of(value.get());
  }

  private static Optional<List<Scorecard>> readScorecardList(JsonNode root, List<Problem> sink) {
    if (root.isArray()) {
      return Optional.of(
          ObjectFields.elements(root, "", sink, (n, p, s) -> ScorecardTrees.read(n, p, s, false)));
    }
    if (root.isObject() && !root.has("scorecards") && root.has("ratings")) {
      // One scorecard where a list is read: one problem that says so, not an unknown field for
      // each of its fields.
      sink.add(
          Problem.error(
              ProblemCodes.JSON_MISSING_FIELD,
              "/scorecards",
              "The required field 'scorecards' is missing: this document is one scorecard (it has"
                  + " 'ratings'), where a list of scorecards is read; give it as {\"schemaVersion\":"
                  + " 1, \"scorecards\": [ ... ]} or as [ ... ]."));
      return Optional.empty();
    }
    Optional<ObjectFields> maybe = ObjectFields.of(root, "", sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields f = maybe.get();
    JsonTrees.checkVersion(f, true);
    ImmutableList<Scorecard> cards =
        f.list("scorecards", true, (n, p, s) -> ScorecardTrees.read(n, p, s, false));
    f.finish();
    return Optional.of(cards);
  }

  private byte[] bounded(InputStream in) throws IOException {
    return ByteStreams.toByteArray(ByteStreams.limit(in, limits.maxDocumentBytes() + 1L));
  }
}

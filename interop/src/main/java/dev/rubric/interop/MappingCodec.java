package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.BLANK_TEXT;
import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.core.ProblemCodes.JSON_NOT_INTEGER;
import static dev.rubric.core.ProblemCodes.JSON_UNSUPPORTED_VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import dev.rubric.core.internal.json.ParseLimits;
import dev.rubric.core.json.ReadResult;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON form of an {@link ImportMapping}. */
final class MappingCodec {
  static final int VERSION = 1;

  private MappingCodec() {}

  static ReadResult<ImportMapping> read(byte[] bytes) {
    List<Problem> parseProblems = new ArrayList<>();
    JsonNode tree = JsonTrees.parse(bytes, parseProblems);
    if (tree == null) {
      return ReadResult.failed(parseProblems);
    }
    List<Problem> sink = new ArrayList<>();
    Optional<ImportMapping> mapping = read(tree, sink);
    if (mapping.isEmpty() || sink.stream().anyMatch(Problem::isError)) {
      return ReadResult.failed(sink);
    }
    return ReadResult.of(mapping.get());
  }

  private static Optional<ImportMapping> read(JsonNode root, List<Problem> sink) {
    Optional<ObjectFields> maybe = ObjectFields.of(root, "", sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    ObjectFields f = maybe.get();
    f.optionalInt("schemaVersion")
        .filter(v -> v != VERSION)
        .ifPresent(
            v ->
                sink.add(
                    Problem.error(
                        JSON_UNSUPPORTED_VERSION,
                        f.path("schemaVersion"),
                        "schemaVersion "
                            + v
                            + " is not supported; this library reads version 1.")));
    ImportMapping.Builder b = ImportMapping.builder();
    // A vendor or fingerprint that is missing, null or not a string is reported once, as such, and
    // not again as an unknown vendor or a blank fingerprint it never was.
    int beforeVendor = sink.size();
    String vendor = f.requiredString("vendor");
    boolean vendorRead = sink.size() == beforeVendor;
    Optional<AtsVendor> v = AtsVendor.fromName(vendor);
    if (v.isPresent()) {
      b.vendor(v.get());
    } else if (vendorRead) {
      sink.add(
          Problem.error(
              JSON_INVALID_VALUE,
              f.path("vendor"),
              "Unknown vendor '"
                  + vendor
                  + "'; use one of "
                  + Arrays.stream(AtsVendor.values())
                      .map(AtsVendor::jsonName)
                      .collect(Collectors.joining(", "))
                  + "."));
    }
    int beforeFingerprint = sink.size();
    String fingerprint = f.requiredString("planFingerprint");
    if (fingerprint.isBlank() && sink.size() == beforeFingerprint) {
      sink.add(Problem.error(BLANK_TEXT, f.path("planFingerprint"), "planFingerprint is blank."));
    }
    b.planFingerprint(fingerprint.isBlank() ? "?" : fingerprint);
    ImmutableMap<String, String> competencies = map(f, "competencies", sink, MappingCodec::text);
    b.putAllCompetencies(competencies);
    List<String> ignored = f.strings("ignored", false);
    b.addAllIgnored(ignored);
    b.putAllSeats(map(f, "seats", sink, MappingCodec::text));
    f.raw("defaultSeat")
        .flatMap(n -> text(n, f.path("defaultSeat"), sink))
        .ifPresent(b::defaultSeat);
    b.putAllRatingLevels(map(f, "ratingLevels", sink, MappingCodec::level));
    b.putAllRecommendations(map(f, "recommendations", sink, MappingCodec::recommendation));
    Optional<String> recommendationField = f.optionalString("recommendationField");
    recommendationField.ifPresent(b::recommendationField);
    List<String> evidenceFields = f.strings("evidenceFields", false);
    b.addAllEvidenceFields(evidenceFields);
    b.putAllCandidates(map(f, "candidates", sink, MappingCodec::text));
    b.putAllInterviewers(map(f, "interviewers", sink, MappingCodec::text));
    f.raw("requireMappedIds")
        .ifPresent(
            n -> {
              if (n.isBoolean()) {
                b.requireMappedIds(n.booleanValue());
              } else {
                sink.add(ObjectFields.wrongType(f.path("requireMappedIds"), "a boolean", n));
              }
            });
    f.finish();
    List<Problem> conflicts =
        conflicts(v, competencies, ignored, evidenceFields, recommendationField);
    sink.addAll(conflicts);
    if (v.isEmpty() || !conflicts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  /**
   * The entries that give one vendor key two uses that exclude each other, each a located {@link
   * InteropProblemCodes#MAPPING_CONFLICT} naming both entries by their JSON pointers: a key mapped
   * to a competency and also ignored or named as evidence, a key both ignored and named as
   * evidence, and a recommendation field that is also mapped to a competency or named as evidence.
   * Such a mapping would settle the conflict by the importer's order of lookup, differently for
   * each vendor, and a rated element would be read as the user did not mean. (A recommendation
   * field that is also ignored is not a conflict: the recommendation is ignored.) A vendor's
   * default recommendation field (Ashby's {@code overall_recommendation}, when no {@code
   * recommendationField} is set) named as evidence is the same conflict as an explicit one.
   */
  static List<Problem> conflicts(
      Optional<AtsVendor> vendor,
      Map<String, String> competencies,
      List<String> ignored,
      List<String> evidenceFields,
      Optional<String> recommendationField) {
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < ignored.size(); i++) {
      String key = ignored.get(i);
      if (competencies.containsKey(key) && ignored.indexOf(key) == i) {
        out.add(
            conflict(
                "/ignored/" + i,
                key,
                "ignored",
                "mapped to competency '" + competencies.get(key) + "' at " + competency(key),
                "a key is either imported or ignored"));
      }
    }
    for (int i = 0; i < evidenceFields.size(); i++) {
      String key = evidenceFields.get(i);
      if (evidenceFields.indexOf(key) != i) {
        continue;
      }
      if (competencies.containsKey(key)) {
        out.add(
            conflict(
                "/evidenceFields/" + i,
                key,
                "named in evidenceFields",
                "mapped to competency '" + competencies.get(key) + "' at " + competency(key),
                "a field is either a rating or the evidence of the ratings"));
      }
      if (ignored.contains(key)) {
        out.add(
            conflict(
                "/evidenceFields/" + i,
                key,
                "named in evidenceFields",
                "ignored at /ignored/" + ignored.indexOf(key),
                "an ignored key is not read, so it gives no evidence"));
      }
    }
    if (recommendationField.isPresent()) {
      String key = recommendationField.get();
      if (competencies.containsKey(key)) {
        out.add(
            conflict(
                "/recommendationField",
                key,
                "the recommendationField",
                "mapped to competency '" + competencies.get(key) + "' at " + competency(key),
                "a field is either the overall recommendation or a competency's rating"));
      }
      if (evidenceFields.contains(key)) {
        out.add(
            conflict(
                "/recommendationField",
                key,
                "the recommendationField",
                "named in evidenceFields at /evidenceFields/" + evidenceFields.indexOf(key),
                "a field is either the overall recommendation or evidence"));
      }
    }
    if (recommendationField.isEmpty() && vendor.equals(Optional.of(AtsVendor.ASHBY))) {
      String key = AshbyFeedback.DEFAULT_RECOMMENDATION_FIELD;
      int i = evidenceFields.indexOf(key);
      if (i >= 0) {
        out.add(
            Problem.error(
                InteropProblemCodes.MAPPING_CONFLICT,
                "/evidenceFields/" + i,
                "'"
                    + key
                    + "' is named in evidenceFields and is Ashby's overall recommendation field,"
                    + " read as the recommendation since no recommendationField is set; a field is"
                    + " either the overall recommendation or evidence, not both: remove it from"
                    + " evidenceFields, or set recommendationField to another path."));
      }
    }
    return out;
  }

  private static String competency(String key) {
    return "/competencies/" + ObjectFields.escape(key);
  }

  private static Problem conflict(
      String path, String key, String use, String otherUse, String rule) {
    return Problem.error(
        InteropProblemCodes.MAPPING_CONFLICT,
        path,
        String.format(
            Locale.ROOT,
            "'%s' is %s and %s; %s, not both: remove one of the two entries.",
            VisibleText.of(key),
            use,
            otherUse,
            rule));
  }

  /** Reads a JSON object whose values {@code value} reads; a faulty value is left out. */
  private static <V> ImmutableMap<String, V> map(
      ObjectFields f, String name, List<Problem> sink, ObjectFields.ElementReader<V> value) {
    Optional<JsonNode> raw = f.raw(name);
    if (raw.isEmpty()) {
      return ImmutableMap.of();
    }
    if (!raw.get().isObject()) {
      sink.add(ObjectFields.wrongType(f.path(name), "an object", raw.get()));
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, V> out = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : raw.get().properties()) {
      String at = f.path(name) + "/" + ObjectFields.escape(e.getKey());
      value.read(e.getValue(), at, sink).ifPresent(v -> out.put(e.getKey(), v));
    }
    return out.buildOrThrow();
  }

  /**
   * Reads an id of ours (a competency, seat, candidate or interviewer id): a non-blank string
   * without control, bidirectional-formatting or lone-surrogate characters, which would forge lines
   * in a text report.
   */
  private static Optional<String> text(JsonNode n, String at, List<Problem> sink) {
    if (!n.isTextual()) {
      sink.add(ObjectFields.wrongType(at, "a string", n));
      return Optional.empty();
    }
    if (n.textValue().isBlank()) {
      sink.add(Problem.error(BLANK_TEXT, at, "The value at " + at + " is blank."));
      return Optional.empty();
    }
    if (!ObjectFields.checkId(n.textValue(), at, sink)) {
      return Optional.empty();
    }
    return Optional.of(n.textValue());
  }

  /**
   * Reads a plan level: a JSON number that is exactly an integer ({@code 3}, {@code 3.0}); {@code
   * 3.9999999999999999} or {@code 1e-400}, which only round to one, is {@code JSON_NOT_INTEGER}.
   */
  private static Optional<Integer> level(JsonNode n, String at, List<Problem> sink) {
    if (!n.isNumber()) {
      sink.add(ObjectFields.wrongType(at, "an integer", n));
      return Optional.empty();
    }
    Optional<String> exact = ImportSession.exactInteger(n);
    if (exact.isPresent()) {
      BigInteger v = new BigInteger(exact.get());
      if (v.bitLength() < Integer.SIZE) {
        return Optional.of(v.intValueExact());
      }
    }
    sink.add(
        Problem.error(
            JSON_NOT_INTEGER,
            at,
            "Expected an integer level, found " + n.asText() + ", which is not exactly one."));
    return Optional.empty();
  }

  private static Optional<Recommendation> recommendation(
      JsonNode n, String at, List<Problem> sink) {
    Optional<Recommendation> r =
        n.isTextual() ? Recommendation.fromJsonName(n.textValue()) : Optional.empty();
    if (r.isEmpty()) {
      sink.add(
          Problem.error(
              JSON_INVALID_VALUE,
              at,
              "Expected one of strong_no, no, yes, strong_yes at " + at + ", found " + n + "."));
    }
    return r;
  }

  static String write(ImportMapping m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", VERSION);
    o.put("vendor", m.vendor().jsonName());
    o.put("planFingerprint", m.planFingerprint());
    putMap(o, "competencies", m.competencies());
    if (!m.ignored().isEmpty()) {
      m.ignored().forEach(o.putArray("ignored")::add);
    }
    putMap(o, "seats", m.seats());
    m.defaultSeat().ifPresent(s -> o.put("defaultSeat", s));
    if (!m.ratingLevels().isEmpty()) {
      ObjectNode levels = o.putObject("ratingLevels");
      m.ratingLevels().forEach(levels::put);
    }
    if (!m.recommendations().isEmpty()) {
      ObjectNode recs = o.putObject("recommendations");
      m.recommendations().forEach((k, r) -> recs.put(k, r.jsonName()));
    }
    m.recommendationField().ifPresent(s -> o.put("recommendationField", s));
    if (!m.evidenceFields().isEmpty()) {
      m.evidenceFields().forEach(o.putArray("evidenceFields")::add);
    }
    putMap(o, "candidates", m.candidates());
    putMap(o, "interviewers", m.interviewers());
    if (m.requireMappedIds()) {
      o.put("requireMappedIds", true);
    }
    return JsonTrees.prettyReadable(o, ParseLimits.defaults(), "the mapping");
  }

  private static void putMap(ObjectNode o, String name, Map<String, String> map) {
    if (!map.isEmpty()) {
      ObjectNode m = o.putObject(name);
      map.forEach(m::put);
    }
  }

  /** The index of the first surrogate in {@code text} that is not part of a pair; -1 if none. */
  static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}

package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Recommendation;
import dev.rubric.core.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one Ashby application feedback; see {@link AtsVendor#ASHBY}. */
final class AshbyFeedback {
  static final String DEFAULT_RECOMMENDATION_FIELD = "overall_recommendation";

  private AshbyFeedback() {}

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    Optional<String> candidate = s.candidate(f, "applicationId", "");
    Optional<String> interviewer =
        s.id(f, "submittedByUser", true)
            .flatMap(id -> s.interviewer(id, f.path("submittedByUser")));
    List<ImportSession.SeatKey> keys = new ArrayList<>();
    for (String name : new String[] {"interviewId", "feedbackFormDefinitionId"}) {
      f.optionalString(name).ifPresent(v -> keys.add(new ImportSession.SeatKey(v, f.path(name))));
    }
    Optional<String> seat = s.seat(keys, path);
    Optional<Instant> submittedAt = s.instant(f, "submittedAt");
    Map<String, String> types = fieldTypes(f.raw("formDefinition"));

    Map<String, JsonNode> entries = new LinkedHashMap<>();
    f.raw("submittedValues")
        .filter(n -> VendorFields.of(n, f.path("submittedValues"), s.sink).isPresent())
        .ifPresent(n -> n.properties().forEach(e -> entries.put(e.getKey(), e.getValue())));
    List<String> evidence = new ArrayList<>();
    entries.forEach(
        (k, v) -> {
          if (s.use(k) == ImportSession.Use.EVIDENCE && v.isTextual()) {
            evidence.add(v.textValue());
          }
        });
    String notes = String.join("\n\n", evidence);
    String recField = s.mapping.recommendationField().orElse(DEFAULT_RECOMMENDATION_FIELD);

    Optional<Recommendation> recommendation = Optional.empty();
    ImportSession.Ratings ratings = s.ratings();
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      String at = f.path("submittedValues") + "/" + ObjectFields.escape(key);
      ImportSession.Use use = s.use(key);
      if (key.equals(recField) && use != ImportSession.Use.COMPETENCY) {
        Optional<String> text = text(v);
        if (text.isPresent()) {
          recommendation = s.recommendation(text.get(), at, v.toString());
        }
      } else if (use == ImportSession.Use.COMPETENCY) {
        score(v, at, s).ifPresent(l -> ratings.add(s.competency(key), l, notes, at));
      } else if (use == ImportSession.Use.UNMAPPED && "Score".equals(types.get(key))) {
        s.error(
            UNKNOWN_ATTRIBUTE,
            at,
            "The Ashby Score field '"
                + key
                + "' is not in the mapping's competencies; map its path to a competency or add it"
                + " to ignored.");
      } else if (use != ImportSession.Use.EVIDENCE) {
        s.ignored(at);
      }
    }
    s.build(candidate, interviewer, seat, submittedAt, ratings, recommendation);
  }

  /** A value as text: a non-blank string, or a number; empty for null, blank or other types. */
  private static Optional<String> text(JsonNode v) {
    if (v.isTextual() && !v.textValue().isBlank()) {
      return Optional.of(v.textValue().trim());
    }
    if (v.isIntegralNumber()) {
      return Optional.of(v.asText());
    }
    return Optional.empty();
  }

  private static Optional<Integer> score(JsonNode v, String at, ImportSession s) {
    JsonNode value = v;
    if (v.isObject() && v.hasNonNull("score")) {
      value = v.get("score");
    } else if (v.isObject() && v.hasNonNull("value")) {
      value = v.get("value");
    }
    if (value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
      s.notAssessed(at);
      return Optional.empty();
    }
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      s.error(
          UNKNOWN_RATING,
          at,
          "The Ashby score " + v + " is not a number; Score fields hold 1 to 4.");
      return Optional.empty();
    }
    return s.level(text.get(), at, v.toString());
  }

  /** Field path to field type, from the form definition; lenient, as it is the vendor's. */
  private static Map<String, String> fieldTypes(Optional<JsonNode> form) {
    Map<String, String> types = new HashMap<>();
    form.ifPresent(
        d -> {
          for (JsonNode section : d.path("sections")) {
            for (JsonNode entry : section.path("fields")) {
              JsonNode field = entry.path("field");
              if (field.path("path").isTextual() && field.path("type").isTextual()) {
                types.put(field.path("path").textValue(), field.path("type").textValue());
              }
            }
          }
        });
    return types;
  }
}

package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.RATING_SCALE_MISMATCH;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Recommendation;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.jackson.JsonFactories;
import dev.rubric.core.internal.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one Ashby application feedback; see {@link AtsVendor#ASHBY}. */
final class AshbyFeedback {
  static final String DEFAULT_RECOMMENDATION_FIELD = "overall_recommendation";

  /**
   * Digits of any script, with any white space, space separator ({@code U+00A0}, {@code U+2003},
   * {@code U+3000}...), control or format character ({@code U+200B}, {@code U+FEFF}) around them.
   */
  private static final Pattern SCORE_LIKE =
      Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]*\\p{Nd}+[\\s\\p{Z}\\p{Cc}\\p{Cf}]*");

  private AshbyFeedback() {}

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    ImportSession.Ratings ratings = s.ratings(s.sink.size());
    Optional<String> candidate = ratings.essential(() -> s.candidate(f, "applicationId", ""));
    Optional<String> interviewer = ratings.essential(() -> s.interviewerIn(f, "submittedByUser"));
    Optional<String> seat =
        ratings.essential(
            () -> s.seat(s.seatKeysIn(f, "interviewId", "feedbackFormDefinitionId"), path));
    Optional<Instant> submittedAt = ratings.essential(() -> s.instant(f, "submittedAt"));
    Map<String, String> types = fieldTypes(f.raw("formDefinition"));
    Map<String, List<Choice>> choices =
        selectableValues(f.raw("formDefinition"), f.path("formDefinition"));

    Map<String, JsonNode> entries = new LinkedHashMap<>();
    s.container(f, "submittedValues", false)
        .ifPresent(
            values -> values.properties().forEach(e -> entries.put(e.getKey(), e.getValue())));
    String recField = s.mapping.recommendationField().orElse(DEFAULT_RECOMMENDATION_FIELD);
    List<ImportSession.EvidenceText> evidence = new ArrayList<>();
    entries.forEach(
        (k, v) -> {
          if (!k.equals(recField)
              && s.use(k) == ImportSession.Use.EVIDENCE
              && !"Score".equals(types.get(k))
              && v.isTextual()) {
            String at = f.path("submittedValues") + "/" + ObjectFields.escape(k);
            evidence.add(new ImportSession.EvidenceText(at, v.textValue()));
          }
        });
    String notes = s.evidence(evidence, ratings);

    Optional<Recommendation> recommendation = Optional.empty();
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      String at = f.path("submittedValues") + "/" + ObjectFields.escape(key);
      ImportSession.Use use = s.use(key);
      int before = s.sink.size();
      if (use == ImportSession.Use.IGNORED) {
        s.ignored(at);
      } else if (key.equals(recField) && use != ImportSession.Use.COMPETENCY) {
        recommendation = recommendation(v, at, s, ratings);
      } else if (use == ImportSession.Use.EVIDENCE && "Score".equals(types.get(key))) {
        s.refuse(
            UNKNOWN_ATTRIBUTE,
            at,
            "The Ashby Score field '"
                + VisibleText.of(key)
                + "' is named in the mapping's evidenceFields, but a score is a rating, not text;"
                + " map its path to a competency or add it to ignored.",
            before);
      } else if (use == ImportSession.Use.EVIDENCE) {
        if (!v.isTextual() && !v.isNull()) {
          s.unusedText(at); // a number or a list where text was named: listed, not carried
        }
      } else if (use == ImportSession.Use.COMPETENCY) {
        Optional<Integer> level = score(v, at, choices.getOrDefault(key, List.of()), s);
        if (level.isPresent()) {
          ratings.add(s.competency(key), level.get(), notes, at);
        } else if (s.sink.size() > before) {
          s.refused(at, before);
        }
      } else if ("Score".equals(types.get(key))) {
        s.refuse(
            UNKNOWN_ATTRIBUTE,
            at,
            "The Ashby Score field '"
                + VisibleText.of(key)
                + "' is not in the mapping's competencies; map its path to a competency or add it"
                + " to ignored.",
            before);
      } else if (!types.containsKey(key) && looksRated(v)) {
        s.refuse(
            UNKNOWN_ATTRIBUTE,
            at,
            "The Ashby field '"
                + VisibleText.of(key)
                + "' holds "
                + JsonFactories.compact(v)
                + ", which looks like a score, and no form definition gives its type; map its path"
                + " to a competency or add it to ignored.",
            before);
      } else if (!types.containsKey(key) && looksLikeRecommendation(key, v, s.mapping)) {
        s.refuse(
            UNKNOWN_ATTRIBUTE,
            at,
            "The Ashby field '"
                + VisibleText.of(key)
                + "' holds "
                + VisibleText.of(JsonFactories.compact(v))
                + ", which looks like a recommendation, but the mapping's recommendationField is '"
                + VisibleText.of(recField)
                + "'; name this field as recommendationField, or add it to ignored or"
                + " evidenceFields.",
            before);
      } else if (!v.isNull() && !(v.isTextual() && v.textValue().isBlank())) {
        s.unusedText(at);
      }
    }
    s.build(candidate, interviewer, seat, submittedAt, ratings, recommendation);
  }

  /**
   * A value as text: a non-blank string, as written (a space or control character around it is
   * kept, so a 4 followed by a NUL is no {@code 4}, as Greenhouse's {@code "yes "} is no {@code
   * yes}), or a number that is exactly an integer; empty for null, blank, other types and numbers
   * that only round to an integer.
   */
  private static Optional<String> text(JsonNode v) {
    if (v.isTextual() && !v.textValue().isBlank()) {
      return Optional.of(v.textValue());
    }
    return ImportSession.exactInteger(v);
  }

  /**
   * Whether a value with no form definition looks like a score: a number, a string of digits of any
   * script (around which spaces, control and format characters are passed over: a full-width {@code
   * "３"}, a 4 followed by a NUL and a 2 followed by a no-break space look like scores, and are
   * refused as such) or an object (Ashby wraps scores as {@code {"score": 3}}).
   */
  static boolean looksRated(JsonNode v) {
    return v.isNumber()
        || v.isObject()
        || (v.isTextual() && SCORE_LIKE.matcher(v.textValue()).matches());
  }

  /**
   * Whether a value that no form definition types and the mapping does not name looks like an
   * overall recommendation: it is at Ashby's default recommendation path (the mapping names
   * another), or its text (or the text of its {@code value}) is a recommendation of the mapping's
   * table. Such a value is refused rather than listed as unused text, so that a misspelt {@code
   * recommendationField} cannot drop the recommendation silently.
   */
  static boolean looksLikeRecommendation(String key, JsonNode v, ImportMapping mapping) {
    if (key.equals(DEFAULT_RECOMMENDATION_FIELD)) {
      return !v.isNull() && !(v.isTextual() && v.textValue().isBlank());
    }
    JsonNode value = v.isObject() && v.has("value") ? v.get("value") : v;
    return value.isTextual()
        && mapping.effectiveRecommendations().containsKey(value.textValue().strip());
  }

  /** The recommendation of one value; records its outcome. */
  private static Optional<Recommendation> recommendation(
      JsonNode v, String at, ImportSession s, ImportSession.Ratings card) {
    int mark = s.sink.size();
    JsonNode value = v.isObject() && v.has("value") ? v.get("value") : v;
    if (value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
      s.notAssessed(at);
      return Optional.empty();
    }
    Optional<String> text = value.isTextual() ? text(value) : Optional.empty();
    if (text.isEmpty()) {
      s.sink.add(
          ObjectFields.wrongType(
              at, "a recommendation (a string, or an object with a string 'value')", v));
      s.refused(at, mark);
      return Optional.empty();
    }
    Optional<Recommendation> r =
        s.recommendation(text.get(), at, VisibleText.of(JsonFactories.compact(v)));
    if (r.isPresent()) {
      card.recommendationAt(at);
    } else {
      s.refused(at, mark);
    }
    return r;
  }

  /**
   * The level of one Score value: a number or text, or an object whose one field is {@code score}
   * or {@code value} ({@code {"score": 3}}). An object with any other field ({@code {"score": 4,
   * "max": 5}}), or with both, is refused as {@code UNKNOWN_RATING}: a field the importer does not
   * read may say the score is out of another maximum, and reading its {@code score} alone would
   * re-scale it.
   */
  private static Optional<Integer> score(
      JsonNode v, String at, List<Choice> choices, ImportSession s) {
    if (v.isObject() && !(v.size() == 1 && (v.has("score") || v.has("value")))) {
      List<String> names = new ArrayList<>();
      v.fieldNames().forEachRemaining(n -> names.add("'" + VisibleText.of(n) + "'"));
      s.error(
          UNKNOWN_RATING,
          at,
          "The Ashby score "
              + VisibleText.of(JsonFactories.compact(v))
              + (names.isEmpty()
                  ? " is an empty object"
                  : " is an object with the fields " + String.join(", ", names))
              + "; a score object is read only when its one field is 'score' or 'value', since"
              + " another field may put the score on another scale: give the score alone, as"
              + " {\"score\": 3}.");
      return Optional.empty();
    }
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
          "The Ashby score "
              + VisibleText.of(JsonFactories.compact(v))
              + " is not a whole number; Score fields hold 1 to 4.");
      return Optional.empty();
    }
    if (s.ratingKeys().contains(text.get()) && choicesOutsideTable(choices, at, s)) {
      return Optional.empty();
    }
    return s.level(text.get(), at, VisibleText.of(JsonFactories.compact(v)));
  }

  /** One value a form field offers, with the path of its entry in the payload. */
  private record Choice(String value, String path) {}

  /**
   * Refuses a value whose field, by its form definition, offers values the rating table does not
   * read: a {@code ValueSelect} offering {@code "1"} to {@code "5"} under a table of 1 to 4
   * (Ashby's default) would read a vendor 4, one step below the top, as the plan's top level. Each
   * offered value ({@code selectableValues[i].value}, as a submitted value holds it) must be a key
   * of the table; the first that is not is blamed as {@code RATING_SCALE_MISMATCH} and the value is
   * not read (none is re-scaled). A field with no {@code selectableValues} says nothing of its
   * scale. (Asked only of a value the table reads: one it does not read is told so, as unknown.)
   *
   * @return whether the value was refused
   */
  private static boolean choicesOutsideTable(List<Choice> choices, String at, ImportSession s) {
    List<String> outside = new ArrayList<>();
    String first = "";
    for (Choice c : choices) {
      if (!s.ratingKeys().contains(c.value())) {
        outside.add("'" + VisibleText.of(c.value()) + "'");
        first = first.isEmpty() ? c.path() : first;
      }
    }
    if (outside.isEmpty()) {
      return false;
    }
    s.error(
        RATING_SCALE_MISMATCH,
        first,
        "The Ashby field at "
            + at
            + " offers the values "
            + String.join(", ", outside)
            + " in its form definition, which "
            + (s.mapping.ratingLevels().isEmpty()
                ? "Ashby's default table"
                : "the mapping's ratingLevels")
            + " (keys "
            + VisibleText.of(s.ratingKeys().toString())
            + ") does not read: the field rates on another scale, so its value is not read (none"
            + " is re-scaled); give the mapping's ratingLevels a key for every value the field"
            + " offers.");
    return true;
  }

  /**
   * Field path to the values its form definition offers ({@code selectableValues}), each as a
   * submitted value would hold it (the entry's {@code value}, or the entry itself when it is a
   * string or number); entries with no such value say nothing and are passed over. Lenient, as the
   * form definition is the vendor's.
   */
  private static Map<String, List<Choice>> selectableValues(Optional<JsonNode> form, String at) {
    Map<String, List<Choice>> offered = new HashMap<>();
    form.ifPresent(
        d -> {
          JsonNode sections = d.path("sections");
          for (int i = 0; i < sections.size(); i++) {
            JsonNode fields = sections.path(i).path("fields");
            for (int j = 0; j < fields.size(); j++) {
              JsonNode field = fields.path(j).path("field");
              JsonNode values = field.path("selectableValues");
              if (!field.path("path").isTextual() || !values.isArray()) {
                continue;
              }
              List<Choice> list = new ArrayList<>();
              for (int k = 0; k < values.size(); k++) {
                JsonNode entry = values.get(k);
                JsonNode value = entry.isObject() ? entry.path("value") : entry;
                String where =
                    at
                        + "/sections/"
                        + i
                        + "/fields/"
                        + j
                        + "/field/selectableValues/"
                        + k
                        + (entry.isObject() ? "/value" : "");
                text(value).ifPresent(t -> list.add(new Choice(t, where)));
              }
              offered
                  .computeIfAbsent(field.path("path").textValue(), p -> new ArrayList<>())
                  .addAll(list);
            }
          }
        });
    return offered;
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

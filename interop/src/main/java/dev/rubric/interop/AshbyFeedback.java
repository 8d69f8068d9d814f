package dev.rubric.interop;

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
        Optional<Integer> level = score(v, at, s);
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
  private static Optional<Integer> score(JsonNode v, String at, ImportSession s) {
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
    return s.level(text.get(), at, VisibleText.of(JsonFactories.compact(v)));
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

package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.DELETED_IN_SOURCE;
import static dev.rubric.interop.InteropProblemCodes.MISSING_FIELD;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RECOMMENDATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one Lever feedback form; see {@link AtsVendor#LEVER}. */
final class LeverFeedback {
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\s*(\\d+)");
  private static final ImmutableSet<String> SCORE_TYPES =
      ImmutableSet.of("score", "score-system", "scorecard");

  private LeverFeedback() {}

  /** One field of the form, as far as it could be read. */
  private record Field(String path, List<String> keys, String type, Optional<JsonNode> value) {
    String shown() {
      return keys.isEmpty() ? path : "'" + keys.get(keys.size() - 1) + "'";
    }
  }

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    Optional<String> candidate =
        s.candidate(
            f,
            "opportunity",
            "; pass the opportunity id to importScorecards(payload, candidateId)");
    Optional<String> interviewer =
        s.id(f, "user", true).flatMap(id -> s.interviewer(id, f.path("user")));
    List<ImportSession.SeatKey> keys = new ArrayList<>();
    for (String name : new String[] {"interview", "panel", "baseTemplateId", "text"}) {
      f.optionalString(name).ifPresent(v -> keys.add(new ImportSession.SeatKey(v, f.path(name))));
    }
    Optional<String> seat = s.seat(keys, path);
    Optional<Instant> submittedAt = completedAt(f, s);
    if (f.has("deletedAt")) {
      s.advice(
          DELETED_IN_SOURCE,
          f.path("deletedAt"),
          "Lever marks this feedback as deleted; it is imported, decide whether to use it.");
    }

    List<Field> fields = new ArrayList<>();
    f.raw("fields")
        .ifPresent(
            n ->
                fields.addAll(
                    ObjectFields.elements(n, f.path("fields"), s.sink, LeverFeedback::field)));
    List<String> evidence = new ArrayList<>();
    for (Field field : fields) {
      if (s.use(field.keys().toArray(new String[0])) == ImportSession.Use.EVIDENCE) {
        field.value().filter(JsonNode::isTextual).map(JsonNode::textValue).ifPresent(evidence::add);
      }
    }
    String notes = String.join("\n\n", evidence);

    Optional<Recommendation> recommendation = Optional.empty();
    ImportSession.Ratings ratings = s.ratings();
    Optional<String> recField = s.mapping.recommendationField();
    for (Field field : fields) {
      String[] fieldKeys = field.keys().toArray(new String[0]);
      ImportSession.Use use = s.use(fieldKeys);
      boolean isRecommendation =
          recField.isPresent()
              ? field.keys().contains(recField.get())
              : use != ImportSession.Use.COMPETENCY && field.type().equals("score-system");
      if (isRecommendation) {
        if (recommendation.isPresent()) {
          s.ignored(field.path()); // a second recommendation field: the first one counts
        } else {
          recommendation = recommendation(field, s);
        }
      } else if (use == ImportSession.Use.COMPETENCY) {
        rating(field, s)
            .ifPresent(l -> ratings.add(s.competency(fieldKeys), l, notes, field.path()));
      } else if (use == ImportSession.Use.IGNORED) {
        s.ignored(field.path());
      } else if (use == ImportSession.Use.UNMAPPED && SCORE_TYPES.contains(field.type())) {
        s.error(
            UNKNOWN_ATTRIBUTE,
            field.path() + "/text",
            "The Lever score field "
                + field.shown()
                + " is not in the mapping's competencies; map its id or text to a competency or add"
                + " it to ignored.");
      } else if (use == ImportSession.Use.UNMAPPED) {
        s.ignored(field.path());
      }
    }
    s.build(candidate, interviewer, seat, submittedAt, ratings, recommendation);
  }

  private static Optional<Field> field(JsonNode node, String path, List<Problem> sink) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, sink);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    VendorFields f = maybe.get();
    List<String> keys = new ArrayList<>();
    f.optionalString("id").ifPresent(keys::add);
    f.optionalString("text").ifPresent(keys::add);
    String type = f.optionalString("type").orElse("");
    return Optional.of(new Field(path, keys, type, f.raw("value")));
  }

  private static Optional<Instant> completedAt(VendorFields f, ImportSession s) {
    Optional<JsonNode> v = f.raw("completedAt");
    if (v.isEmpty()) {
      s.error(
          MISSING_FIELD,
          f.path("completedAt"),
          "The Lever feedback has no 'completedAt'; only completed feedback can be imported.");
      return Optional.empty();
    }
    if (!v.get().isIntegralNumber() || !v.get().canConvertToLong()) {
      s.sink.add(ObjectFields.wrongType(f.path("completedAt"), "epoch milliseconds", v.get()));
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochMilli(v.get().longValue()));
  }

  /** The leading digits of a Lever score value such as {@code "3 - Hire"} or {@code 3}. */
  static Optional<String> leadingDigits(JsonNode v) {
    if (v.isIntegralNumber()) {
      return Optional.of(v.asText());
    }
    if (v.isTextual()) {
      Matcher m = LEADING_DIGITS.matcher(v.textValue());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static boolean blank(Optional<JsonNode> v) {
    return v.isEmpty() || (v.get().isTextual() && v.get().textValue().isBlank());
  }

  private static Optional<Integer> rating(Field field, ImportSession s) {
    if (blank(field.value())) {
      s.notAssessed(field.path() + "/value");
      return Optional.empty();
    }
    JsonNode v = field.value().get();
    Optional<String> digits = leadingDigits(v);
    if (digits.isEmpty()) {
      s.error(
          UNKNOWN_RATING,
          field.path() + "/value",
          "The Lever score "
              + v
              + " of field "
              + field.shown()
              + " has no leading digit; Lever scores read like \"3 - Hire\".");
      return Optional.empty();
    }
    return s.level(digits.get(), field.path() + "/value", v.toString());
  }

  private static Optional<Recommendation> recommendation(Field field, ImportSession s) {
    if (blank(field.value())) {
      return Optional.empty();
    }
    JsonNode v = field.value().get();
    Optional<String> digits = leadingDigits(v);
    if (digits.isEmpty()) {
      s.error(
          UNKNOWN_RECOMMENDATION,
          field.path() + "/value",
          "The Lever overall rating "
              + v
              + " has no leading digit; Lever ratings read like \"4 - Strong Hire\".");
      return Optional.empty();
    }
    return s.recommendation(digits.get(), field.path() + "/value", v.toString());
  }
}

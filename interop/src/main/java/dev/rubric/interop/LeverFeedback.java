package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.JSON_INVALID_VALUE;
import static dev.rubric.interop.InteropProblemCodes.DELETED_IN_SOURCE;
import static dev.rubric.interop.InteropProblemCodes.DUPLICATE_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.MAPPING_CONFLICT;
import static dev.rubric.interop.InteropProblemCodes.MISSING_FIELD;
import static dev.rubric.interop.InteropProblemCodes.NOT_AN_OPTION;
import static dev.rubric.interop.InteropProblemCodes.RATING_SCALE_MISMATCH;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RATING;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_RECOMMENDATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.rubric.core.Problem;
import dev.rubric.core.Recommendation;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.jackson.JsonFactories;
import dev.rubric.core.internal.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one Lever feedback form; see {@link AtsVendor#LEVER}. */
final class LeverFeedback {
  /**
   * A whole number alone or before its label: after any spaces, ASCII digits followed by nothing
   * but spaces, or by a run of spaces, dashes ({@code -}, en and em dash) and colons and then a
   * letter (spaces are space separators such as U+0020 and U+00A0; a tab, newline or other control
   * character around the number makes the value unknown, as around any vendor's value): {@code
   * "3"}, {@code "3 - Hire"}, {@code "3: Hire"}. Anything else after the digits may continue the
   * number ({@code "3.5"}, {@code "3½"}, {@code "3 1/2"}, {@code "3/4"}, {@code "3٫5"}, a digit of
   * another script) and is not read as a whole level.
   */
  private static final Pattern LEADING_DIGITS =
      Pattern.compile(
          "^\\p{Zs}*([0-9]+)(?:\\p{Zs}*|[\\p{Zs}\\-\\u2013\\u2014:]+\\p{L}.*)$", Pattern.DOTALL);

  /** How a Lever score or rating must read, for the messages refusing one that does not. */
  private static final String SHAPE =
      "a whole number alone or before its label (white space, a dash or a colon, then a letter)";

  /** The earliest completion time read: 2000-01-01T00:00:00Z. */
  private static final Instant EARLIEST_COMPLETION = Instant.parse("2000-01-01T00:00:00Z");

  private static final ImmutableSet<String> SCORE_TYPES =
      ImmutableSet.of("score", "score-system", "scorecard");

  private LeverFeedback() {}

  /** One field of the form, as far as it could be read. */
  private record Field(
      String path,
      List<String> keys,
      String type,
      Optional<JsonNode> value,
      Optional<JsonNode> options) {
    String shown() {
      return keys.isEmpty() ? path : "'" + VisibleText.of(keys.get(keys.size() - 1)) + "'";
    }

    String[] keyArray() {
      return keys.toArray(new String[0]);
    }
  }

  /**
   * Whether {@code field} holds the overall recommendation: it is the mapping's recommendation
   * field or, when the mapping names none, a {@code score-system} field not mapped to a competency.
   */
  private static boolean isRecommendation(Field field, ImportSession s) {
    Optional<String> recField = s.mapping.recommendationField();
    return recField.isPresent()
        ? field.keys().contains(recField.get())
        : field.type().equals("score-system")
            && s.use(field.keyArray()) != ImportSession.Use.COMPETENCY;
  }

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    ImportSession.Ratings ratings = s.ratings(s.sink.size());
    Optional<String> candidate =
        ratings.essential(
            () ->
                s.candidate(
                    f,
                    "opportunity",
                    "; Lever gives it in the request's URL (/opportunities/{opportunity}/feedback):"
                        + " add it to each feedback as \"opportunity\", or pass it to"
                        + " importScorecards(payload, candidateId)"));
    Optional<String> interviewer = ratings.essential(() -> s.interviewerIn(f, "user"));
    Optional<String> seat =
        ratings.essential(
            () -> s.seat(s.seatKeysIn(f, "interview", "panel", "baseTemplateId", "text"), path));
    Optional<Instant> submittedAt = ratings.essential(() -> completedAt(f, s));
    if (f.has("deletedAt")) {
      s.advice(
          DELETED_IN_SOURCE,
          f.path("deletedAt"),
          "Lever marks this feedback as deleted; it is imported, decide whether to use it.");
    }

    List<Field> fields = new ArrayList<>();
    Optional<JsonNode> rawFields = s.container(f, "fields", true);
    if (rawFields.isPresent()) {
      for (int i = 0; i < rawFields.get().size(); i++) {
        String at = f.path("fields") + "/" + i;
        int before = s.sink.size();
        Optional<Field> field = field(rawFields.get().get(i), at, s.sink);
        if (field.isPresent()) {
          fields.add(field.get());
        } else {
          s.refused(at, before);
        }
      }
    }
    List<ImportSession.EvidenceText> evidence = new ArrayList<>();
    for (Field field : fields) {
      if (s.keyConflict(field.keyArray()).isEmpty()
          && !isRecommendation(field, s)
          && s.use(field.keyArray()) == ImportSession.Use.EVIDENCE
          && !SCORE_TYPES.contains(field.type())) {
        field
            .value()
            .filter(JsonNode::isTextual)
            .map(v -> new ImportSession.EvidenceText(field.path() + "/value", v.textValue()))
            .ifPresent(evidence::add);
      }
    }
    String notes = s.evidence(evidence, ratings);

    Optional<Recommendation> recommendation = Optional.empty();
    Optional<String> recommendationPath = Optional.empty();
    for (Field field : fields) {
      String[] fieldKeys = field.keyArray();
      ImportSession.Use use = s.use(fieldKeys);
      int before = s.sink.size();
      Optional<String> conflict = s.keyConflict(fieldKeys);
      if (conflict.isPresent()) {
        s.error(MAPPING_CONFLICT, field.path(), conflict.get());
        s.refused(field.path(), before);
      } else if (isRecommendation(field, s) && use == ImportSession.Use.IGNORED) {
        s.ignored(field.path());
      } else if (isRecommendation(field, s)
          && use == ImportSession.Use.EVIDENCE
          && s.mapping.recommendationField().isEmpty()) {
        // The same conflict as a recommendationField named in evidenceFields, which the mapping
        // refuses: the default recommendation field is found only here, by its type.
        s.refuse(
            MAPPING_CONFLICT,
            field.path(),
            "The Lever score-system field "
                + field.shown()
                + " is the overall recommendation (no recommendationField is set, so the"
                + " score-system field is read as it) and is named in the mapping's"
                + " evidenceFields; a field is either the overall recommendation or evidence, not"
                + " both: remove it from evidenceFields, or name another field as"
                + " recommendationField.",
            before);
      } else if (isRecommendation(field, s)) {
        if (recommendationPath.isPresent()) {
          s.refuse(
              DUPLICATE_ATTRIBUTE,
              field.path(),
              "The overall recommendation is already given by the field at "
                  + recommendationPath.get()
                  + "; only that one is imported. Name one field as the mapping's"
                  + " recommendationField.",
              before);
        } else {
          recommendationPath = Optional.of(field.path());
          recommendation = recommendation(field, s, ratings, before);
        }
      } else if (use == ImportSession.Use.EVIDENCE && SCORE_TYPES.contains(field.type())) {
        s.error(
            UNKNOWN_ATTRIBUTE,
            field.path() + "/text",
            "The Lever score field "
                + field.shown()
                + " is named in the mapping's evidenceFields, but a score is a rating, not text;"
                + " map its id or text to a competency or add it to ignored.");
        s.refused(field.path(), before);
      } else if (use == ImportSession.Use.EVIDENCE) {
        if (field.value().filter(v -> !v.isTextual() && !v.isNull()).isPresent()) {
          s.unusedText(field.path()); // a number or a list where text was named: not carried
        }
      } else if (use == ImportSession.Use.COMPETENCY) {
        Optional<Integer> level = rating(field, s);
        if (level.isPresent()) {
          ratings.add(s.competency(fieldKeys), level.get(), notes, field.path());
        } else if (s.sink.size() > before) {
          s.refused(field.path(), before);
        }
      } else if (use == ImportSession.Use.IGNORED) {
        s.ignored(field.path());
      } else if (SCORE_TYPES.contains(field.type())) {
        s.error(
            UNKNOWN_ATTRIBUTE,
            field.path() + "/text",
            "The Lever score field "
                + field.shown()
                + " is not in the mapping's competencies; map its id or text to a competency or add"
                + " it to ignored.");
        s.refused(field.path(), before);
      } else if (!blank(field.value())) {
        s.unusedText(field.path());
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
    int before = sink.size();
    List<String> keys = new ArrayList<>();
    f.optionalString("id").ifPresent(keys::add);
    f.optionalString("text").ifPresent(keys::add);
    String type = f.optionalString("type").orElse("");
    if (sink.size() > before) {
      return Optional.empty(); // an id, text or type of the wrong type: the field is unreadable
    }
    return Optional.of(new Field(path, keys, type, f.raw("value"), f.raw("options")));
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
    Instant at = Instant.ofEpochMilli(v.get().longValue());
    if (!ObjectFields.inRange(at)) {
      s.sink.add(ObjectFields.outOfRange(f.path("completedAt"), v.get().asText() + " ms"));
      return Optional.empty();
    }
    if (at.isBefore(EARLIEST_COMPLETION)) {
      // Lever was founded in 2012: a completion before 2000 is not a time Lever wrote, most likely
      // seconds given where milliseconds belong. Refused, never read as 1970 or multiplied.
      s.error(
          JSON_INVALID_VALUE,
          f.path("completedAt"),
          "'completedAt' "
              + v.get().asText()
              + " reads as "
              + at
              + " in epoch milliseconds, before 2000, so it is no completion time Lever wrote;"
              + " give epoch milliseconds (a value in seconds needs three more digits).");
      return Optional.empty();
    }
    return Optional.of(at);
  }

  /**
   * The whole number of a Lever score value such as {@code "3 - Hire"} or {@code 3}; empty when the
   * value is not one alone or before its label ({@link #LEADING_DIGITS}).
   */
  static Optional<String> leadingDigits(JsonNode v) {
    if (v.isNumber()) {
      return ImportSession.exactInteger(v);
    }
    if (v.isTextual()) {
      Matcher m = LEADING_DIGITS.matcher(v.textValue());
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static boolean blank(Optional<JsonNode> v) {
    return v.isEmpty() || (v.get().isTextual() && v.get().textValue().isBlank());
  }

  /** The level of a score field; empty with a problem, or not assessed (recorded) when blank. */
  private static Optional<Integer> rating(Field field, ImportSession s) {
    if (blank(field.value())) {
      s.notAssessed(field.path());
      return Optional.empty();
    }
    JsonNode v = field.value().get();
    Optional<String> digits = leadingDigits(v);
    if (digits.isEmpty()) {
      s.error(
          UNKNOWN_RATING,
          field.path() + "/value",
          "The Lever score "
              + JsonFactories.compact(v)
              + " of field "
              + field.shown()
              + " is not "
              + SHAPE
              + "; Lever scores read like \"3 - Hire\".");
      return Optional.empty();
    }
    if (s.ratingKeys().contains(digits.get())
        && optionsOutsideTable(field, s.ratingKeys(), "ratingLevels", s)) {
      return Optional.empty();
    }
    Optional<Integer> level =
        s.level(digits.get(), field.path() + "/value", JsonFactories.compact(v));
    if (level.isPresent()) {
      notAnOption(field, v, digits.get(), s); // said only of a value whose number is read
    }
    return level;
  }

  /**
   * Refuses the value of a field whose own {@code options} show a scale the table does not cover:
   * options numbered 1 to 5 ({@code "5 - Strong Hire"} down to {@code "1 - Strong No Hire"}) under
   * a table of 1 to 4 (Lever's default) would read a vendor 4, one step below the top, as the
   * plan's top level. The field's scale is the numbers its option texts begin with ({@link
   * #leadingDigits}; an option with no such number says nothing of the scale); when one of them is
   * not a key of {@code keys}, the value is refused as {@code RATING_SCALE_MISMATCH} at the first
   * such option, so a rating is never read onto a scale it was not written on. (Asked only of a
   * value whose own number the table reads: one it does not read is told so, as unknown.)
   *
   * @return whether the value was refused
   */
  private static boolean optionsOutsideTable(
      Field field, Set<String> keys, String table, ImportSession s) {
    if (field.options().isEmpty() || !field.options().get().isArray()) {
      return false;
    }
    JsonNode options = field.options().get();
    List<String> outside = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < options.size(); i++) {
      JsonNode text = options.get(i).path("text");
      Optional<String> number = text.isTextual() ? leadingDigits(text) : Optional.<String>empty();
      if (number.isPresent() && !keys.contains(number.get())) {
        outside.add(number.get());
        first = first < 0 ? i : first;
      }
    }
    if (outside.isEmpty()) {
      return false;
    }
    s.error(
        RATING_SCALE_MISMATCH,
        field.path() + "/options/" + first,
        "The Lever field "
            + field.shown()
            + " offers options numbered "
            + String.join(", ", outside)
            + ", which "
            + ((table.equals("ratingLevels") && s.mapping.ratingLevels().isEmpty())
                    || (table.equals("recommendations") && s.mapping.recommendations().isEmpty())
                ? "Lever's default table"
                : "the mapping's " + table)
            + " (keys "
            + keys
            + ") does not read: the field rates on another scale, so none of its values is read"
            + " (none is re-scaled); give the mapping's "
            + table
            + " a key for every option's number.");
    return true;
  }

  /**
   * Says so when a text value is not one of the texts the field's own {@code options} list: {@code
   * "3 - Strong Hire"} under options {@code "4 - Strong Hire"} and {@code "3 - Hire"} contradicts
   * itself, and only its leading number is read. Nothing is said when the field lists no option
   * texts.
   */
  private static void notAnOption(Field field, JsonNode v, String digits, ImportSession s) {
    if (!v.isTextual() || field.options().isEmpty() || !field.options().get().isArray()) {
      return;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode option : field.options().get()) {
      if (option.path("text").isTextual()) {
        texts.add(option.path("text").textValue());
      }
    }
    if (texts.isEmpty() || texts.contains(v.textValue())) {
      return;
    }
    s.advice(
        NOT_AN_OPTION,
        field.path() + "/value",
        "The Lever value "
            + VisibleText.of(JsonFactories.compact(v))
            + " of field "
            + field.shown()
            + " is not one of the field's options ("
            + VisibleText.of(String.join(", ", texts))
            + "); only its leading number, "
            + digits
            + ", is read.");
  }

  /** The recommendation of a field; records its outcome. */
  private static Optional<Recommendation> recommendation(
      Field field, ImportSession s, ImportSession.Ratings card, int mark) {
    if (blank(field.value())) {
      s.notAssessed(field.path());
      return Optional.empty();
    }
    JsonNode v = field.value().get();
    Optional<String> digits = leadingDigits(v);
    if (digits.isEmpty()) {
      s.error(
          UNKNOWN_RECOMMENDATION,
          field.path() + "/value",
          "The Lever overall rating "
              + JsonFactories.compact(v)
              + " is not "
              + SHAPE
              + "; Lever ratings read like \"4 - Strong Hire\".");
      s.refused(field.path(), mark);
      return Optional.empty();
    }
    if (s.recommendationKeys().contains(digits.get())
        && optionsOutsideTable(field, s.recommendationKeys(), "recommendations", s)) {
      s.refused(field.path(), mark);
      return Optional.empty();
    }
    Optional<Recommendation> r =
        s.recommendation(digits.get(), field.path() + "/value", JsonFactories.compact(v));
    if (r.isPresent()) {
      notAnOption(field, v, digits.get(), s); // said only of a value whose number is read
      card.recommendationAt(field.path());
    } else {
      s.refused(field.path(), mark);
    }
    return r;
  }
}

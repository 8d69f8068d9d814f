package dev.rubric.interop;

import static dev.rubric.core.ProblemCodes.BLANK_TEXT;
import static dev.rubric.interop.InteropProblemCodes.SUMMARY_CONTRADICTS_ATTRIBUTE;
import static dev.rubric.interop.InteropProblemCodes.SUMMARY_MISMATCH;
import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Recommendation;
import dev.rubric.core.VisibleText;
import dev.rubric.core.internal.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads one Greenhouse Harvest scorecard; see {@link AtsVendor#GREENHOUSE}. */
final class GreenhouseScorecards {
  static final String NO_DECISION = "no_decision";

  private GreenhouseScorecards() {}

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    ImportSession.Ratings ratings = s.ratings(s.sink.size());
    Optional<String> candidate = ratings.essential(() -> s.candidate(f, "candidate_id", ""));
    Optional<String> interviewer = ratings.essential(() -> s.interviewerIn(f, "interviewer"));
    // The seat keys are read inside essential: a malformed seat field is what keeps the ratings
    // out, not the "names no interview" that follows from it.
    Optional<String> seat = ratings.essential(() -> s.seat(seatKeys(f, s), path));
    Optional<Instant> submittedAt = ratings.essential(() -> s.instant(f, "submitted_at"));
    // The interview time, when the payload gives one: a malformed one refuses the scorecard, as a
    // malformed submission time does, rather than being dropped.
    int beforeInterviewTime = s.sink.size();
    Optional<Instant> interviewedAt = s.optionalInstant(f, "interviewed_at");
    if (s.sink.size() > beforeInterviewTime) {
      submittedAt = Optional.empty();
      ratings.keptOutFrom(beforeInterviewTime);
    }

    Optional<Recommendation> recommendation =
        s.recommendationField(f, "overall_recommendation", NO_DECISION, ratings);

    Optional<JsonNode> attributes = s.container(f, "attributes", true);
    if (attributes.isPresent()) {
      for (int i = 0; i < attributes.get().size(); i++) {
        attribute(attributes.get().get(i), f.path("attributes") + "/" + i, s, ratings);
      }
    }
    summary(f, s);
    // Answers to the scorecard's questions are free text that a Rubric scorecard has no place
    // for: each answered question is listed as unused text, never dropped silently.
    Optional<JsonNode> questions = f.raw("questions");
    if (questions.isPresent() && !questions.get().isArray()) {
      s.sink.add(ObjectFields.wrongType(f.path("questions"), "an array", questions.get()));
    } else if (questions.isPresent()) {
      for (int i = 0; i < questions.get().size(); i++) {
        String at = f.path("questions") + "/" + i;
        Optional<VendorFields> q = VendorFields.of(questions.get().get(i), at, s.sink);
        if (q.isPresent() && q.get().raw("answer").filter(a -> !blank(a)).isPresent()) {
          s.unusedText(at);
        }
      }
    }
    s.build(candidate, interviewer, seat, submittedAt, interviewedAt, ratings, recommendation);
  }

  /**
   * Checks the {@code ratings} summary (rating to attribute names) against the attributes: it only
   * repeats them, and the attribute is the rating imported; a name no attribute has is a rated
   * element that cannot be used, refused at its path. A summary of the wrong shape is a located
   * problem.
   */
  private static void summary(VendorFields f, ImportSession s) {
    Optional<JsonNode> summary = f.raw("ratings");
    if (summary.isEmpty()) {
      return;
    }
    if (!summary.get().isObject()) {
      int mark = s.sink.size();
      s.sink.add(ObjectFields.wrongType(f.path("ratings"), "an object", summary.get()));
      s.refused(f.path("ratings"), mark);
      return;
    }
    JsonNode attributes = f.raw("attributes").orElse(null);
    for (Map.Entry<String, JsonNode> e : summary.get().properties()) {
      String at = f.path("ratings") + "/" + ObjectFields.escape(e.getKey());
      JsonNode names = e.getValue();
      if (names.isNull()) {
        continue;
      }
      if (!names.isArray()) {
        int mark = s.sink.size();
        s.sink.add(ObjectFields.wrongType(at, "an array of attribute names", names));
        s.refused(at, mark);
        continue;
      }
      for (int i = 0; i < names.size(); i++) {
        JsonNode name = names.get(i);
        if (!name.isTextual()) {
          int mark = s.sink.size();
          s.sink.add(ObjectFields.wrongType(at + "/" + i, "an attribute name", name));
          s.refused(at + "/" + i, mark);
        } else if (!names(attributes, name.textValue())) {
          int mark = s.sink.size();
          s.refuse(
              SUMMARY_MISMATCH,
              at + "/" + i,
              "The ratings summary lists '"
                  + VisibleText.of(name.textValue())
                  + "' as '"
                  + VisibleText.of(e.getKey())
                  + "', but no attribute has that name; only attributes are imported.",
              mark);
        } else {
          List<String> own = ratingsOf(attributes, name.textValue());
          if (!own.isEmpty() && !own.contains(e.getKey())) {
            s.advice(
                SUMMARY_CONTRADICTS_ATTRIBUTE,
                at + "/" + i,
                "The ratings summary lists '"
                    + VisibleText.of(name.textValue())
                    + "' as '"
                    + VisibleText.of(e.getKey())
                    + "', but the attribute of that name is rated '"
                    + VisibleText.of(String.join("', '", own))
                    + "'; the attribute's rating is imported.");
          }
        }
      }
    }
  }

  /** The text ratings of the attributes named {@code name}, in payload order. */
  private static List<String> ratingsOf(@Nullable JsonNode attributes, String name) {
    List<String> ratings = new ArrayList<>();
    if (attributes != null && attributes.isArray()) {
      for (JsonNode a : attributes) {
        if (a.isObject()
            && name.equals(a.path("name").textValue())
            && a.path("rating").isTextual()) {
          ratings.add(a.path("rating").textValue());
        }
      }
    }
    return ratings;
  }

  /** Whether {@code attributes} holds an attribute named {@code name}. */
  static boolean names(@Nullable JsonNode attributes, String name) {
    if (attributes == null || !attributes.isArray()) {
      return false;
    }
    for (JsonNode a : attributes) {
      if (a.isObject() && name.equals(a.path("name").textValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(JsonNode v) {
    return v.isTextual() && v.textValue().isBlank();
  }

  private static List<ImportSession.SeatKey> seatKeys(VendorFields f, ImportSession s) {
    List<ImportSession.SeatKey> keys = new ArrayList<>();
    f.raw("interview_step")
        .flatMap(n -> VendorFields.of(n, f.path("interview_step"), s.sink))
        .ifPresent(
            step -> {
              s.id(step, "id", false)
                  .ifPresent(id -> keys.add(new ImportSession.SeatKey(id, step.path("id"))));
              step.optionalString("name")
                  .ifPresent(name -> keys.add(new ImportSession.SeatKey(name, step.path("name"))));
            });
    f.optionalString("interview")
        .ifPresent(name -> keys.add(new ImportSession.SeatKey(name, f.path("interview"))));
    return keys;
  }

  /**
   * Reads one attribute; it ends used (if its scorecard is built), not assessed, ignored or
   * refused. Every fault of the attribute is reported in one reading: a rating that is not a string
   * and a note that is not text are reported whatever the name says (blank, of the wrong type,
   * unmapped), and a note that is not text also when the rating is "no_decision" or the attribute
   * is refused; only an attribute the mapping ignores is not read. The error that keeps a refused
   * attribute out is the first: the name's, then the rating's.
   */
  private static void attribute(
      JsonNode node, String path, ImportSession s, ImportSession.Ratings ratings) {
    int mark = s.sink.size();
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      s.refused(path, mark);
      return;
    }
    VendorFields a = maybe.get();
    String name = a.requiredString("name");
    // missing or not a string when the sink grew
    boolean named = s.sink.size() == mark;
    if (named && name.isBlank()) {
      s.error(
          BLANK_TEXT,
          a.path("name"),
          "The Greenhouse attribute has a blank name, so no mapping can name it; its rating is not"
              + " imported.");
      named = false;
    }
    ImportSession.Use use = named ? s.use(name) : ImportSession.Use.IGNORED;
    if (named && use == ImportSession.Use.IGNORED) {
      s.ignored(path);
      return;
    }
    if (named && use != ImportSession.Use.COMPETENCY) {
      s.error(
          UNKNOWN_ATTRIBUTE,
          a.path("name"),
          "The Greenhouse attribute '"
              + VisibleText.of(name)
              + "' is not in the mapping's competencies (names match exactly); map it to a"
              + " competency or add it to ignored.");
    }
    boolean keptOut = s.sink.size() > mark;
    Optional<String> rating = a.optionalString("rating"); // a wrong type is recorded
    boolean ratingRead = !a.has("rating") || rating.isPresent();
    String note = a.optionalString("note").orElse(""); // a wrong type is recorded
    if (keptOut || !ratingRead) {
      s.refused(path, mark);
      return;
    }
    if (rating.isEmpty() || rating.get().isBlank() || rating.get().equals(NO_DECISION)) {
      s.notAssessed(path);
      return;
    }
    int lookup = s.sink.size();
    Optional<Integer> level =
        s.level(rating.get(), a.path("rating"), "'" + VisibleText.of(rating.get()) + "'");
    if (level.isPresent()) {
      ratings.add(s.competency(name), level.get(), note, path);
    } else {
      s.refused(path, lookup);
    }
  }
}

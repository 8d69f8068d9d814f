package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.UNKNOWN_ATTRIBUTE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Recommendation;
import dev.rubric.core.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    Optional<String> candidate = s.candidate(f, "candidate_id", "");
    Optional<String> interviewer =
        s.id(f, "interviewer", true).flatMap(id -> s.interviewer(id, f.path("interviewer")));
    Optional<String> seat = s.seat(seatKeys(f, s), path);
    Optional<Instant> submittedAt = s.instant(f, "submitted_at");

    Optional<Recommendation> recommendation =
        f.optionalString("overall_recommendation")
            .filter(r -> !r.equals(NO_DECISION))
            .flatMap(r -> s.recommendation(r, f.path("overall_recommendation"), "'" + r + "'"));

    ImportSession.Ratings ratings = s.ratings();
    f.raw("attributes")
        .ifPresent(
            n ->
                ObjectFields.<Object>elements(
                    n,
                    f.path("attributes"),
                    s.sink,
                    (a, at, sink) -> {
                      attribute(a, at, s, ratings);
                      return Optional.empty();
                    }));
    // Answers to the scorecard's questions are free text that a Rubric scorecard has no place
    // for: each answered question is accounted for as ignored, never dropped silently.
    f.raw("questions")
        .filter(JsonNode::isArray)
        .ifPresent(
            questions -> {
              for (int i = 0; i < questions.size(); i++) {
                JsonNode answer = questions.get(i).get("answer");
                if (answer != null && !answer.isNull() && !answer.asText().isBlank()) {
                  s.ignored(f.path("questions") + "/" + i);
                }
              }
            });
    s.build(candidate, interviewer, seat, submittedAt, ratings, recommendation);
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

  private static void attribute(
      JsonNode node, String path, ImportSession s, ImportSession.Ratings ratings) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields a = maybe.get();
    String name = a.requiredString("name");
    if (name.isEmpty()) {
      return;
    }
    ImportSession.Use use = s.use(name);
    if (use == ImportSession.Use.IGNORED) {
      s.ignored(path);
      return;
    }
    if (use != ImportSession.Use.COMPETENCY) {
      s.error(
          UNKNOWN_ATTRIBUTE,
          a.path("name"),
          "The Greenhouse attribute '"
              + name
              + "' is not in the mapping's competencies (names match exactly); map it to a"
              + " competency or add it to ignored.");
      return;
    }
    Optional<String> rating = a.optionalString("rating");
    if (a.has("rating") && rating.isEmpty()) {
      return; // not a string: the wrong type is already recorded
    }
    if (rating.isEmpty() || rating.get().equals(NO_DECISION)) {
      s.notAssessed(a.path("rating"));
      return;
    }
    String note = a.optionalString("note").orElse("");
    s.level(rating.get(), a.path("rating"), "'" + rating.get() + "'")
        .ifPresent(level -> ratings.add(s.competency(name), level, note, path));
  }
}

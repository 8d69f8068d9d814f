package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.DELETED_IN_SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Recommendation;
import dev.rubric.core.internal.json.ObjectFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one Merge unified scorecard; see {@link AtsVendor#MERGE}. Merge's common model has no
 * competency ratings, so the scorecards built here have none.
 */
final class MergeScorecards {
  static final String NO_DECISION = "NO_DECISION";

  private MergeScorecards() {}

  static void read(JsonNode node, String path, ImportSession s) {
    Optional<VendorFields> maybe = VendorFields.of(node, path, s.sink);
    if (maybe.isEmpty()) {
      return;
    }
    VendorFields f = maybe.get();
    ImportSession.Ratings card = s.ratings(s.sink.size());
    Optional<String> candidate = card.essential(() -> s.candidate(f, "application", ""));
    Optional<String> interviewer = card.essential(() -> s.interviewerIn(f, "interviewer"));
    Optional<String> seat =
        card.essential(
            () -> {
              List<ImportSession.SeatKey> keys = new ArrayList<>();
              s.id(f, "interview", false)
                  .ifPresent(id -> keys.add(new ImportSession.SeatKey(id, f.path("interview"))));
              return s.seat(keys, path);
            });
    Optional<Instant> submittedAt = card.essential(() -> s.instant(f, "submitted_at"));
    Optional<Recommendation> recommendation =
        s.recommendationField(f, "overall_recommendation", NO_DECISION, card);
    f.raw("remote_was_deleted")
        .filter(d -> !d.isBoolean())
        .ifPresent(
            d -> s.sink.add(ObjectFields.wrongType(f.path("remote_was_deleted"), "a boolean", d)));
    f.raw("remote_was_deleted")
        .filter(d -> d.isBoolean() && d.booleanValue())
        .ifPresent(
            d ->
                s.advice(
                    DELETED_IN_SOURCE,
                    f.path("remote_was_deleted"),
                    "Merge reports this scorecard as deleted in the source ATS; it is imported,"
                        + " decide whether to use it."));
    s.build(candidate, interviewer, seat, submittedAt, card, recommendation);
  }
}

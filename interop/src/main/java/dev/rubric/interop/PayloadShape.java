package dev.rubric.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What one element of a payload looks like, told by the fields only one vendor's payload has. Used
 * to refuse another vendor's payload (or a vendor document that is not a scorecard) with one clear
 * problem instead of a cascade of missing fields.
 */
enum PayloadShape {
  GREENHOUSE_SCORECARD(AtsVendor.GREENHOUSE, true, "a Greenhouse scorecard"),
  GREENHOUSE_JOB_STAGE(
      AtsVendor.GREENHOUSE,
      false,
      "a Greenhouse job stage (its interviews' ids and names are keys for the mapping's seats)"),
  LEVER_FEEDBACK(AtsVendor.LEVER, true, "Lever feedback"),
  LEVER_TEMPLATE(
      AtsVendor.LEVER,
      false,
      "a Lever feedback template (its field ids and texts are keys for the mapping)"),
  ASHBY_FEEDBACK(AtsVendor.ASHBY, true, "Ashby application feedback"),
  MERGE_SCORECARD(AtsVendor.MERGE, true, "a Merge scorecard");

  private final AtsVendor vendor;
  private final boolean scorecard;
  private final String description;

  PayloadShape(AtsVendor vendor, boolean scorecard, String description) {
    this.vendor = vendor;
    this.scorecard = scorecard;
    this.description = description;
  }

  AtsVendor vendor() {
    return vendor;
  }

  boolean isScorecard() {
    return scorecard;
  }

  String description() {
    return description;
  }

  /** The shape of {@code node}, if its fields tell; empty for anything unrecognised. */
  static Optional<PayloadShape> of(JsonNode node) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (node.has("submittedValues") || node.has("formDefinition")) {
      return Optional.of(ASHBY_FEEDBACK);
    }
    if (node.has("remote_data") || node.has("remote_id") || node.has("remote_was_deleted")) {
      return Optional.of(MERGE_SCORECARD);
    }
    if (node.has("fields")) {
      boolean feedback =
          node.has("user") || node.has("completedAt") || node.has("panel") || node.has("interview");
      return Optional.of(feedback ? LEVER_FEEDBACK : LEVER_TEMPLATE);
    }
    if (node.has("attributes") || node.has("interview_step") || node.has("candidate_id")) {
      return Optional.of(GREENHOUSE_SCORECARD);
    }
    if (node.has("interviews") && node.has("job_id")) {
      return Optional.of(GREENHOUSE_JOB_STAGE);
    }
    return Optional.empty();
  }
}

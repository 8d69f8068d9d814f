package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.interop.AtsVendor;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Tells an ATS payload given where Rubric scorecards were expected, so that {@code evaluate} can
 * suggest {@code --from VENDOR --mapping ...} in one line instead of listing every field Rubric
 * does not know. A payload is recognised by fields only that vendor's scorecards have, looked for
 * in the root object, the first element of a root array, or the same inside a {@code data} or
 * {@code results} wrapper:
 *
 * <ul>
 *   <li>Ashby: {@code submittedValues} or {@code formDefinition};
 *   <li>Merge: {@code remote_data}, {@code remote_id} or {@code remote_was_deleted};
 *   <li>Lever: {@code fields} with {@code user}, {@code completedAt}, {@code panel} or {@code
 *       interview};
 *   <li>Greenhouse: {@code attributes}, {@code interview_step} or {@code candidate_id}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class VendorPayloads {
  private VendorPayloads() {}

  /** The vendor whose scorecard payload {@code json} is, or empty when it is not recognised. */
  static Optional<AtsVendor> detect(byte[] json) {
    JsonNode root = JsonTrees.parse(json, new ArrayList<>());
    if (root == null) {
      return Optional.empty();
    }
    for (String wrapper : new String[] {"data", "results"}) {
      JsonNode inner = root.get(wrapper);
      if (root.isObject() && inner != null && (inner.isArray() || inner.isObject())) {
        root = inner;
        break;
      }
    }
    JsonNode element = root.isArray() && root.size() > 0 ? root.get(0) : root;
    return element != null && element.isObject() ? vendorOf(element) : Optional.empty();
  }

  private static Optional<AtsVendor> vendorOf(JsonNode node) {
    if (node.has("submittedValues") || node.has("formDefinition")) {
      return Optional.of(AtsVendor.ASHBY);
    }
    if (node.has("remote_data") || node.has("remote_id") || node.has("remote_was_deleted")) {
      return Optional.of(AtsVendor.MERGE);
    }
    if (node.has("fields")
        && (node.has("user")
            || node.has("completedAt")
            || node.has("panel")
            || node.has("interview"))) {
      return Optional.of(AtsVendor.LEVER);
    }
    if (node.has("attributes") || node.has("interview_step") || node.has("candidate_id")) {
      return Optional.of(AtsVendor.GREENHOUSE);
    }
    return Optional.empty();
  }

  /** The vendor's name as people write it, for example {@code Greenhouse}. */
  static String displayName(AtsVendor vendor) {
    String name = vendor.jsonName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

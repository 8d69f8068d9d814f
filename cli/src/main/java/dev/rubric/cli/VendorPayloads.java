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
 * in the root object or the first element of a root array, then the same inside a {@code data} or
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
    // The payload itself first: a scorecard may have a data or results field of its own.
    Optional<AtsVendor> direct = vendorOfFirst(root);
    if (direct.isPresent() || !root.isObject()) {
      return direct;
    }
    for (String wrapper : new String[] {"data", "results"}) {
      JsonNode inner = root.get(wrapper);
      if (inner != null && (inner.isArray() || inner.isObject())) {
        Optional<AtsVendor> wrapped = vendorOfFirst(inner);
        if (wrapped.isPresent()) {
          return wrapped;
        }
      }
    }
    return Optional.empty();
  }

  /** The vendor of {@code node}, or of its first element when it is an array. */
  private static Optional<AtsVendor> vendorOfFirst(JsonNode node) {
    JsonNode element = node.isArray() && node.size() > 0 ? node.get(0) : node;
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

package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.MISSING_FIELD;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.Problem;
import dev.rubric.core.internal.json.ObjectFields;
import java.util.List;
import java.util.Optional;

/**
 * A lenient reader of one object of a vendor's payload. Unlike {@link ObjectFields}, which reads
 * Rubric's own formats, it reads an explicit {@code null} as an absent value (vendors write {@code
 * "note": null}) and never reports fields nobody asked for: those are the vendor's. A field that is
 * needed and cannot be read is still a located problem.
 */
final class VendorFields {
  private final JsonNode node;
  private final String path;
  private final List<Problem> sink;

  private VendorFields(JsonNode node, String path, List<Problem> sink) {
    this.node = node;
    this.path = path;
    this.sink = sink;
  }

  /** A reader over {@code node}, or empty (with a problem) when it is not an object. */
  static Optional<VendorFields> of(JsonNode node, String path, List<Problem> sink) {
    if (!node.isObject()) {
      sink.add(ObjectFields.wrongType(path, "an object", node));
      return Optional.empty();
    }
    return Optional.of(new VendorFields(node, path, sink));
  }

  String path(String name) {
    return path + "/" + ObjectFields.escape(name);
  }

  /** Whether field {@code name} is present and not null. */
  boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /** The value of field {@code name}, if present and not null. */
  Optional<JsonNode> raw(String name) {
    return has(name) ? Optional.of(node.get(name)) : Optional.empty();
  }

  /** An optional string; a present value of another type is a problem. */
  Optional<String> optionalString(String name) {
    Optional<JsonNode> v = raw(name);
    if (v.isPresent() && !v.get().isTextual()) {
      sink.add(ObjectFields.wrongType(path(name), "a string", v.get()));
      return Optional.empty();
    }
    return v.map(JsonNode::textValue);
  }

  /** A required string; records a problem and returns "" when absent or not a string. */
  String requiredString(String name) {
    if (!has(name)) {
      sink.add(
          Problem.error(
              MISSING_FIELD, path(name), "The required field '" + name + "' is missing."));
      return "";
    }
    return optionalString(name).orElse("");
  }
}

package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.NOT_A_SCORECARD;
import static dev.rubric.interop.InteropProblemCodes.WRONG_VENDOR;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.RatingScale;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The importer of one vendor under one mapping: unwraps the payload, reads each element. */
final class VendorImporter implements AtsImporter {
  private final AtsVendor vendor;
  private final ImportMapping mapping;
  private final @Nullable RatingScale scale;

  VendorImporter(AtsVendor vendor, ImportMapping mapping, @Nullable RatingScale scale) {
    this.vendor = vendor;
    this.mapping = mapping;
    this.scale = scale;
  }

  @Override
  public AtsVendor vendor() {
    return vendor;
  }

  @Override
  public ImportMapping mapping() {
    return mapping;
  }

  @Override
  public ImportResult importScorecards(byte[] payload) {
    return run(Objects.requireNonNull(payload, "payload"), null);
  }

  @Override
  public ImportResult importScorecards(byte[] payload, String candidateId) {
    Objects.requireNonNull(payload, "payload");
    return run(payload, Objects.requireNonNull(candidateId, "candidateId"));
  }

  private ImportResult run(byte[] payload, @Nullable String candidateId) {
    ImportSession s = new ImportSession(mapping, scale, candidateId);
    JsonNode root = JsonTrees.parse(payload, s.sink);
    if (root == null) {
      return s.result();
    }
    String path = "";
    for (String wrapper : new String[] {"data", "results"}) {
      JsonNode inner = root.get(wrapper);
      if (root.isObject() && inner != null && (inner.isArray() || inner.isObject())) {
        root = inner;
        path = "/" + wrapper;
        break;
      }
    }
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        element(root.get(i), path + "/" + i, s);
      }
    } else {
      element(root, path, s);
    }
    return s.result();
  }

  private void element(JsonNode node, String path, ImportSession s) {
    int mark = s.sink.size();
    if (!node.isObject()) {
      // It may hold ratings nobody can see: one element, refused.
      s.sink.add(ObjectFields.wrongType(path, "an object", node));
      s.refused(path, mark);
      return;
    }
    Optional<PayloadShape> shape = PayloadShape.of(node);
    if (shape.isPresent() && shape.get().vendor() != vendor) {
      s.error(
          WRONG_VENDOR,
          path,
          String.format(
              Locale.ROOT,
              "This is %s, not %s; import it with the %s importer.",
              shape.get().description(),
              vendor.payloadName(),
              shape.get().vendor().jsonName()));
      s.refused(path, mark);
      return;
    }
    if (shape.isPresent() && !shape.get().isScorecard()) {
      s.error(
          NOT_A_SCORECARD,
          path,
          String.format(
              Locale.ROOT,
              "This is %s, not %s; nothing was imported from it.",
              shape.get().description(),
              vendor.payloadName()));
      s.refused(path, mark);
      return;
    }
    switch (vendor) {
      case GREENHOUSE -> GreenhouseScorecards.read(node, path, s);
      case LEVER -> LeverFeedback.read(node, path, s);
      case ASHBY -> AshbyFeedback.read(node, path, s);
      case MERGE -> MergeScorecards.read(node, path, s);
    }
  }
}

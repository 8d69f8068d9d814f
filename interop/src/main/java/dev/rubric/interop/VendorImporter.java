package dev.rubric.interop;

import static dev.rubric.interop.InteropProblemCodes.NOT_A_SCORECARD;
import static dev.rubric.interop.InteropProblemCodes.UNREAD_WRAPPER;
import static dev.rubric.interop.InteropProblemCodes.WRONG_VENDOR;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.core.RatingScale;
import dev.rubric.core.internal.json.JsonTrees;
import dev.rubric.core.internal.json.ObjectFields;
import java.util.ArrayList;
import java.util.List;
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
    items(root, "", s);
    return s.result();
  }

  /** Reads what a page holds: an array of elements, or one element. */
  private void items(JsonNode node, String path, ImportSession s) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unit(node.get(i), path + "/" + i, s);
      }
    } else {
      unit(node, path, s);
    }
  }

  /**
   * Reads one value where a scorecard or a page of them is expected: the payload's root, an element
   * of its array, what a page holds. A page is an object that is not shaped like any vendor's
   * document and has exactly one wrapper field ({@code data} or {@code results} holding an array or
   * an object); what that field holds is read, so pages saved in an array ({@code [{"data": [...]},
   * {"data": [...]}]}) and a page inside a page are read like one page. No wrapper field is passed
   * over unread: one beside another in an object that has both, or one inside a scorecard, is a
   * rated element refused as {@link InteropProblemCodes#UNREAD_WRAPPER}.
   */
  private void unit(JsonNode node, String path, ImportSession s) {
    List<String> wrappers = wrappers(node);
    Optional<PayloadShape> shape = PayloadShape.of(node);
    if (shape.isEmpty() && wrappers.size() == 1) {
      String name = wrappers.get(0);
      items(node.get(name), path + "/" + name, s);
      return;
    }
    if (shape.isEmpty() && wrappers.size() > 1) {
      for (String name : wrappers) {
        s.sink.beginElement();
        int mark = s.sink.size();
        s.error(
            UNREAD_WRAPPER,
            path + "/" + name,
            String.format(
                Locale.ROOT,
                "The object has both 'data' and 'results' holding arrays or objects, so it cannot"
                    + " be told which holds the %ss; neither is read. Give one page at a time.",
                vendor.payloadName()));
        s.refused(path + "/" + name, mark);
      }
      return;
    }
    element(node, path, s);
    if (shape.isPresent() && shape.get().vendor() == vendor && shape.get().isScorecard()) {
      for (String name : wrappers) {
        if (node.get(name).isEmpty()) {
          continue; // holds nothing that could be lost
        }
        s.sink.beginElement();
        int mark = s.sink.size();
        s.error(
            UNREAD_WRAPPER,
            path + "/" + name,
            String.format(
                Locale.ROOT,
                "This %s also has a '%s' field holding %s, as a page of results does; a %s is not"
                    + " a page, so nothing in '%s' is read. If it holds %ss, give them on their"
                    + " own.",
                vendor.payloadName(),
                name,
                node.get(name).isArray() ? "an array" : "an object",
                vendor.payloadName(),
                name,
                vendor.payloadName()));
        s.refused(path + "/" + name, mark);
      }
    }
  }

  /** The wrapper fields of {@code node}: {@code data} and {@code results} holding a container. */
  private static List<String> wrappers(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      for (String name : new String[] {"data", "results"}) {
        JsonNode inner = node.get(name);
        if (inner != null && inner.isContainerNode()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private void element(JsonNode node, String path, ImportSession s) {
    s.sink.beginElement();
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

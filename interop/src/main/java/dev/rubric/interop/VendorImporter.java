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
  private static final List<String> WRAPPER_NAMES = List.of("data", "results");

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
   * document, has no field a scorecard of this vendor can have (see {@link #scorecardFields}) and
   * has a wrapper field ({@code data} or {@code results}); what that field holds is read, so pages
   * saved in an array ({@code [{"data": [...]}, {"data": [...]}]}) and a page inside a page are
   * read like one page. A page whose wrapper holds an empty object or a scalar is one located
   * problem. An object with a scorecard field is read as a scorecard, whatever wrapper field it
   * also has. No wrapper field is passed over unread: one beside another in a page that has both,
   * or a non-empty one inside a scorecard, is a rated element refused as {@link
   * InteropProblemCodes#UNREAD_WRAPPER}.
   */
  private void unit(JsonNode node, String path, ImportSession s) {
    Optional<PayloadShape> shape = PayloadShape.of(node);
    List<String> wrappers = wrappers(node);
    if (shape.isEmpty() && node.isObject() && !hasScorecardField(node)) {
      if (wrappers.size() == 1) {
        String name = wrappers.get(0);
        JsonNode inner = node.get(name);
        if (inner.isObject() && inner.isEmpty()) {
          refuse(
              s,
              path + "/" + name,
              NOT_A_SCORECARD,
              String.format(
                  Locale.ROOT,
                  "This page's '%s' holds an empty object, not a %s or an array of them; nothing"
                      + " was imported from it.",
                  name,
                  vendor.payloadName()));
        } else {
          items(inner, path + "/" + name, s);
        }
        return;
      }
      if (wrappers.size() > 1) {
        for (String name : wrappers) {
          refuse(
              s,
              path + "/" + name,
              UNREAD_WRAPPER,
              String.format(
                  Locale.ROOT,
                  "The object has both 'data' and 'results' holding arrays or objects, so it"
                      + " cannot be told which holds the %ss; neither is read. Give one page at a"
                      + " time.",
                  vendor.payloadName()));
        }
        return;
      }
      for (String name : WRAPPER_NAMES) {
        JsonNode inner = node.get(name);
        if (inner != null) {
          // A page whose wrapper holds a scalar: one problem at the wrapper, not a scorecard
          // missing all its fields.
          s.sink.beginElement();
          int mark = s.sink.size();
          s.sink.add(
              ObjectFields.wrongType(
                  path + "/" + name,
                  "an array or an object of " + vendor.payloadName() + "s",
                  inner));
          s.refused(path + "/" + name, mark);
          return;
        }
      }
    }
    element(node, path, s);
    boolean readAsScorecard =
        shape.isEmpty() || (shape.get().vendor() == vendor && shape.get().isScorecard());
    if (!readAsScorecard || !node.isObject()) {
      return;
    }
    for (String name : wrappers) {
      if (node.get(name).isEmpty()) {
        continue; // holds nothing that could be lost
      }
      refuse(
          s,
          path + "/" + name,
          UNREAD_WRAPPER,
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
    }
  }

  /** One element of the payload refused at {@code at} with the error {@code code}. */
  private static void refuse(ImportSession s, String at, String code, String message) {
    s.sink.beginElement();
    s.refuse(code, at, message, s.sink.size());
  }

  /** The wrapper fields of {@code node}: {@code data} and {@code results} holding a container. */
  private static List<String> wrappers(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      for (String name : WRAPPER_NAMES) {
        JsonNode inner = node.get(name);
        if (inner != null && inner.isContainerNode()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Whether {@code node} has a field that a scorecard of this vendor can have. */
  private boolean hasScorecardField(JsonNode node) {
    for (String name : scorecardFields(vendor)) {
      if (node.has(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fields a scorecard of {@code vendor} can have, beyond the generic ({@code id}, times of
   * creation and update): those its reader reads and those its documents show. A page (the
   * vendor's, or one saved by a tool) has none of them: only its wrapper field and paging keys such
   * as {@code next}, {@code hasNext}, {@code moreDataAvailable} or {@code nextCursor}.
   */
  static List<String> scorecardFields(AtsVendor vendor) {
    return switch (vendor) {
      case GREENHOUSE ->
          List.of(
              "candidate_id",
              "application_id",
              "interviewer",
              "submitted_by",
              "interview_step",
              "interview",
              "submitted_at",
              "interviewed_at",
              "overall_recommendation",
              "attributes",
              "ratings",
              "questions");
      case LEVER ->
          List.of(
              "opportunity",
              "user",
              "interview",
              "panel",
              "baseTemplateId",
              "text",
              "type",
              "instructions",
              "completedAt",
              "deletedAt",
              "fields",
              "profile");
      case ASHBY ->
          List.of(
              "applicationId",
              "submittedByUser",
              "interviewId",
              "interviewEventId",
              "feedbackFormDefinitionId",
              "submittedAt",
              "formDefinition",
              "submittedValues");
      case MERGE ->
          List.of(
              "application",
              "interviewer",
              "interview",
              "submitted_at",
              "overall_recommendation",
              "remote_id",
              "remote_data",
              "remote_was_deleted",
              "remote_created_at");
    };
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
      s.refuse(
          WRONG_VENDOR,
          path,
          String.format(
              Locale.ROOT,
              "This is %s, not %s; import it with the %s importer.",
              shape.get().description(),
              vendor.payloadName(),
              shape.get().vendor().jsonName()),
          mark);
      return;
    }
    if (shape.isPresent() && !shape.get().isScorecard()) {
      s.refuse(
          NOT_A_SCORECARD,
          path,
          String.format(
              Locale.ROOT,
              "This is %s, not %s; nothing was imported from it.",
              shape.get().description(),
              vendor.payloadName()),
          mark);
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

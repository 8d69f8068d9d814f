package dev.rubric.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.ProblemCodes;
import dev.rubric.core.Scorecard;
import dev.rubric.testkit.ForAll;
import dev.rubric.testkit.Gen;
import dev.rubric.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The law of the import account: for any payload, valid or corrupted (types swapped, names emptied,
 * fields removed), every rated element ends in exactly one of used, not assessed, ignored by the
 * mapping, or a located problem. The rated elements are counted here independently, from the
 * definition in {@link ImportResult}'s Javadoc, by walking the payload tree.
 */
class ImportAccountingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CARD = Pattern.compile("^(/(data|results|[0-9]+))*");

  static Gen<PayloadGen.Payload> payloads() {
    return PayloadGen.payloads();
  }

  @Property(tries = 1500)
  void everyRatedElementEndsInExactlyOneOutcome(@ForAll("payloads") PayloadGen.Payload payload)
      throws Exception {
    ImportMapping mapping = PayloadGen.mapping(payload.vendor());
    byte[] bytes = MAPPER.writeValueAsString(payload.root()).getBytes(StandardCharsets.UTF_8);
    ImportResult result = run(payload, bytes);

    int rated = ratedElements(payload.root(), mapping);
    int used = result.count(ElementOutcome.Kind.USED);
    int notAssessed = result.count(ElementOutcome.Kind.NOT_ASSESSED);
    int ignored = result.count(ElementOutcome.Kind.IGNORED);
    int refused = result.count(ElementOutcome.Kind.PROBLEM);
    assertThat(used + notAssessed + ignored + refused)
        .as(
            "used %d + not assessed %d + ignored %d + problems %d; outcomes %s; problems %s",
            used, notAssessed, ignored, refused, result.outcomes(), result.problems())
        .isEqualTo(rated);

    Set<String> paths = new HashSet<>();
    for (ElementOutcome o : result.outcomes()) {
      assertThat(paths.add(o.path())).as("one outcome for %s", o.path()).isTrue();
      if (o.kind() == ElementOutcome.Kind.PROBLEM) {
        var problem = o.problem().orElseThrow();
        ImportOutcomes.checkOwnProblem(result, o, problem);
        assertThat(problem.path()).as("problem of %s", o.path()).startsWith(card(o.path()));
      }
    }
    int usedInCards = 0;
    for (Scorecard card : result.scorecards()) {
      usedInCards += card.ratings().size() + (card.overallRecommendation().isPresent() ? 1 : 0);
    }
    assertThat(usedInCards).as("ratings and recommendations in the scorecards").isEqualTo(used);
  }

  /**
   * The generator reaches every outcome, for every vendor that has ratings, and corrupted roots.
   */
  @Test
  void generatedPayloadsReachEveryOutcome() throws Exception {
    Map<AtsVendor, Set<ElementOutcome.Kind>> seen = new EnumMap<>(AtsVendor.class);
    Set<String> codes = new HashSet<>();
    for (PayloadGen.Payload payload : PayloadGen.payloads().sample(7L, 600)) {
      byte[] bytes = MAPPER.writeValueAsString(payload.root()).getBytes(StandardCharsets.UTF_8);
      ImportResult result = run(payload, bytes);
      for (ElementOutcome o : result.outcomes()) {
        seen.computeIfAbsent(payload.vendor(), v -> EnumSet.noneOf(ElementOutcome.Kind.class))
            .add(o.kind());
      }
      result.problems().forEach(p -> codes.add(p.code()));
    }
    for (AtsVendor v : new AtsVendor[] {AtsVendor.GREENHOUSE, AtsVendor.LEVER, AtsVendor.ASHBY}) {
      assertThat(seen.get(v))
          .as(v.jsonName())
          .containsExactlyInAnyOrder(ElementOutcome.Kind.values());
    }
    assertThat(seen.get(AtsVendor.MERGE))
        .contains(
            ElementOutcome.Kind.USED,
            ElementOutcome.Kind.NOT_ASSESSED,
            ElementOutcome.Kind.PROBLEM);
    assertThat(codes)
        .contains(
            ProblemCodes.JSON_WRONG_TYPE,
            ProblemCodes.BLANK_TEXT,
            ProblemCodes.CONTROL_CHARACTER,
            InteropProblemCodes.UNKNOWN_ATTRIBUTE,
            InteropProblemCodes.UNKNOWN_RATING,
            InteropProblemCodes.UNKNOWN_RECOMMENDATION,
            InteropProblemCodes.DUPLICATE_ATTRIBUTE,
            InteropProblemCodes.SUMMARY_MISMATCH);
  }

  /** Imports {@code bytes}; Lever feedback names no opportunity, so it is given one. */
  private static ImportResult run(PayloadGen.Payload payload, byte[] bytes) {
    AtsImporter importer = PayloadGen.mapping(payload.vendor()).importer(Fixtures.fourPointPlan());
    return payload.vendor() == AtsVendor.LEVER
        ? importer.importScorecards(bytes, "opp-1")
        : importer.importScorecards(bytes);
  }

  private static String card(String path) {
    Matcher m = CARD.matcher(path);
    return m.find() ? m.group() : "";
  }

  /** Counts rated elements as {@link ImportResult} defines them. */
  static int ratedElements(JsonNode root, ImportMapping mapping) {
    return inItems(root, mapping);
  }

  /** The rated elements of what a page holds: an array of elements, or one. */
  private static int inItems(JsonNode items, ImportMapping mapping) {
    int n = 0;
    if (items.isArray()) {
      for (JsonNode item : items) {
        n += inUnit(item, mapping);
      }
      return n;
    }
    return inUnit(items, mapping);
  }

  /** The rated elements of a value where a scorecard or a page of them is expected. */
  private static int inUnit(JsonNode node, ImportMapping mapping) {
    if (!node.isObject()) {
      return 1;
    }
    List<String> wrappers = new ArrayList<>();
    for (String name : new String[] {"data", "results"}) {
      if (node.get(name) != null && node.get(name).isContainerNode()) {
        wrappers.add(name);
      }
    }
    var shape = PayloadShape.of(node);
    boolean page =
        shape.isEmpty()
            && VendorImporter.scorecardFields(mapping.vendor()).stream().noneMatch(node::has);
    if (page && wrappers.size() == 1) {
      JsonNode inner = node.get(wrappers.get(0));
      // an empty object as a page's content is one problem at the wrapper
      return inner.isObject() && inner.isEmpty() ? 1 : inItems(inner, mapping);
    }
    if (page && wrappers.size() > 1) {
      return wrappers.size(); // which is the page cannot be told: each is refused
    }
    if (page && (node.has("data") || node.has("results"))) {
      return 1; // a page whose wrapper holds a scalar
    }
    int n = inCard(node, mapping);
    if (shape.isEmpty()
        || (shape.get().vendor() == mapping.vendor() && shape.get().isScorecard())) {
      for (String name : wrappers) {
        n += node.get(name).isEmpty() ? 0 : 1; // a wrapper inside a scorecard is not read
      }
    }
    return n;
  }

  private static boolean present(JsonNode node, String name) {
    return node.get(name) != null && !node.get(name).isNull();
  }

  private static int inCard(JsonNode card, ImportMapping m) {
    switch (m.vendor()) {
      case GREENHOUSE -> {
        int n = present(card, "overall_recommendation") ? 1 : 0;
        if (present(card, "attributes")) {
          n += card.get("attributes").isArray() ? card.get("attributes").size() : 1;
        }
        JsonNode summary = card.path("ratings");
        if (present(card, "ratings") && !summary.isObject()) {
          n++; // a summary of the wrong shape is refused whole
        }
        for (var e : summary.properties()) {
          if (!e.getValue().isArray() && !e.getValue().isNull()) {
            n++; // an entry of the wrong shape is refused
          }
          for (JsonNode name : e.getValue().isArray() ? e.getValue() : MAPPER.createArrayNode()) {
            if (!name.isTextual()) {
              n++; // a name of the wrong type is refused
              continue;
            }
            boolean backed = false;
            for (JsonNode a : card.path("attributes")) {
              backed |=
                  a.isObject()
                      && a.path("name").isTextual()
                      && a.path("name").textValue().equals(name.textValue());
            }
            n += name.isTextual() && !backed ? 1 : 0;
          }
        }
        return n;
      }
      case MERGE -> {
        return present(card, "overall_recommendation") ? 1 : 0;
      }
      case LEVER -> {
        if (card.has("fields")
            && !(card.has("user")
                || card.has("completedAt")
                || card.has("panel")
                || card.has("interview"))) {
          return 1; // a feedback template, not feedback
        }
        if (!present(card, "fields")) {
          return 0;
        }
        if (!card.get("fields").isArray()) {
          return 1;
        }
        int n = 0;
        for (JsonNode field : card.get("fields")) {
          n += leverFieldIsRated(field, m) ? 1 : 0;
        }
        return n;
      }
      case ASHBY -> {
        if (!present(card, "submittedValues")) {
          return 0;
        }
        JsonNode values = card.get("submittedValues");
        if (!values.isObject()) {
          return 1;
        }
        Map<String, String> types = new HashMap<>();
        for (JsonNode section : card.path("formDefinition").path("sections")) {
          for (JsonNode entry : section.path("fields")) {
            JsonNode f = entry.path("field");
            if (f.path("path").isTextual() && f.path("type").isTextual()) {
              types.put(f.path("path").textValue(), f.path("type").textValue());
            }
          }
        }
        String rec = m.recommendationField().orElse("overall_recommendation");
        int n = 0;
        for (var e : values.properties()) {
          String k = e.getKey();
          boolean competency = m.competencies().containsKey(k);
          if (m.ignored().contains(k) && !competency) {
            n++;
          } else if (k.equals(rec) && !competency) {
            n++;
          } else if (m.evidenceFields().contains(k)
              && !competency
              && !"Score".equals(types.get(k))) {
            continue;
          } else if (competency || "Score".equals(types.get(k))) {
            n++;
          } else if (!types.containsKey(k) && AshbyFeedback.looksRated(e.getValue())) {
            n++;
          } else if (!types.containsKey(k)
              && AshbyFeedback.looksLikeRecommendation(k, e.getValue(), m)) {
            n++;
          }
        }
        return n;
      }
    }
    throw new AssertionError(m.vendor());
  }

  private static boolean leverFieldIsRated(JsonNode field, ImportMapping m) {
    if (!field.isObject()) {
      return true;
    }
    List<String> keys = new ArrayList<>();
    for (String name : new String[] {"id", "text", "type"}) {
      JsonNode v = field.get(name);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return true; // unreadable: refused
      }
      if (v != null && v.isTextual() && !name.equals("type")) {
        keys.add(v.textValue());
      }
    }
    String type = field.path("type").isTextual() ? field.get("type").textValue() : "";
    Set<String> uses = new HashSet<>();
    for (String k : keys) {
      if (m.competencies().containsKey(k)) {
        uses.add("competency " + m.competencies().get(k));
      } else if (m.ignored().contains(k)) {
        uses.add("ignored");
      } else if (m.recommendationField().filter(k::equals).isPresent()) {
        uses.add("recommendation");
      } else if (m.evidenceFields().contains(k)) {
        uses.add("evidence");
      }
    }
    if (uses.size() > 1 && !uses.equals(Set.of("ignored", "recommendation"))) {
      return true; // id and text given different uses: refused as a conflict
    }
    boolean competency = keys.stream().anyMatch(m.competencies()::containsKey);
    boolean recommendation =
        m.recommendationField().isPresent()
            ? keys.contains(m.recommendationField().get())
            : type.equals("score-system") && !competency;
    if (recommendation || competency) {
      return true;
    }
    for (String k : keys) {
      if (m.ignored().contains(k)) {
        return true;
      }
      if (m.evidenceFields().contains(k)) {
        return Set.of("score", "score-system", "scorecard").contains(type); // a score is refused
      }
    }
    return Set.of("score", "score-system", "scorecard").contains(type);
  }
}
